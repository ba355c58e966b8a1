import { describe, it } from "vitest";
import { type ExpectedPair, expectPairs } from "./fixtures.js";

// Forms of the held-out batch 2026-12-01l of real-page snippets (test/pages) that its round of fixes
// reads, written here in other words and with other days, so that the batch stays held out. Every
// match is checked against ICU (expectPairs).

type Row = [string, string, string, ExpectedPair[]];

describe("forms of the held-out batch 2026-12-01l", () => {
  it.each<Row>([
    [
      "German 'Schawuot' with its civil date in brackets",
      "Schawuot (11.06.2027)",
      "consistent",
      [{ iso: "2027-06-11", hebrew: "6 Sivan 5787", verdict: "match" }],
    ],
    [
      "French 'Chavouoth' and the weekday of its day",
      "Chavouoth 5787 : vendredi 11 juin 2027",
      "consistent",
      [{ iso: "2027-06-11", hebrew: "6 Sivan 5787", verdict: "match", weekday: "ok" }],
    ],
    [
      "Romanian 'will be celebrated … between X and Y', the cedilla 'ş' in 'şi'",
      "Hanuca va fi sărbătorită în 2026 între 4 şi 12 decembrie.",
      "consistent",
      [
        { iso: "2026-12-04", hebrew: "25 Kislev 5787", verdict: "match-after-sunset" },
        { iso: "2026-12-12", hebrew: "2 Tevet 5787", verdict: "match" },
      ],
    ],
    [
      "Russian 'is kept from the evening of', with a weekday in the genitive",
      "В 2027 году Шавуот отмечается с вечера четверга 10 июня.",
      "consistent",
      [{ iso: "2027-06-10", hebrew: "6 Sivan 5787", verdict: "match-after-sunset", weekday: "ok" }],
    ],
    [
      "Ukrainian 'is kept' before a range from the eve",
      "Песах у 2027 році відзначається 21 - 29 квітня.",
      "consistent",
      [
        { iso: "2027-04-21", hebrew: "15 Nisan 5787", verdict: "match-after-sunset" },
        { iso: "2027-04-29", hebrew: "22 Nisan 5787", verdict: "match" },
      ],
    ],
    [
      "Polish past 'began' is the evening the festival began on",
      "Tegoroczna Chanuka rozpoczęła się 4 grudnia 2026.",
      "consistent",
      [{ iso: "2026-12-04", hebrew: "25 Kislev 5787", verdict: "match-after-sunset" }],
    ],
    [
      "Dutch 'is celebrated on'",
      "Dit jaar wordt Joods Nieuwjaar gevierd op 2 oktober 2027.",
      "consistent",
      [{ iso: "2027-10-02", hebrew: "1 Tishrei 5788", verdict: "match" }],
    ],
    [
      "Dutch 't/m' (up to and including) under a heading's holiday",
      "Rosj Hasjana\n1 t/m 3 oktober 2027",
      "consistent",
      [
        { iso: "2027-10-01", hebrew: "1 Tishrei 5788", verdict: "match-after-sunset" },
        { iso: "2027-10-03", hebrew: "2 Tishrei 5788", verdict: "match" },
      ],
    ],
    [
      "French 'pour se terminer le' after an evening start",
      "Roch Hachana débute le 1er octobre 2027 au soir pour se terminer le 3 octobre.",
      "consistent",
      [
        { iso: "2027-10-01", hebrew: "1 Tishrei 5788", verdict: "match-after-sunset" },
        { iso: "2027-10-03", hebrew: "2 Tishrei 5788", verdict: "match" },
      ],
    ],
    [
      "Italian 'di' between a day and a Hebrew month",
      "Il 25 di Kislev 5787 corrisponde al 5 dicembre 2026.",
      "consistent",
      [{ iso: "2026-12-05", hebrew: "25 Kislev 5787", verdict: "match" }],
    ],
    [
      "a holiday of one day beside its evening and its day, the second day with an article ('ed il')",
      "Purim cade il 22 ed il 23 marzo 2027.",
      "consistent",
      [
        { iso: "2027-03-22", hebrew: "14 Adar II 5787", verdict: "match-after-sunset" },
        { iso: "2027-03-23", hebrew: "14 Adar II 5787", verdict: "match" },
      ],
    ],
    [
      "a one-day holiday's range written as two dates with their weekdays",
      "Purim 2027:\n\nMontag, 22. März 2027 bis Dienstag, 23. März 2027",
      "consistent",
      [
        { iso: "2027-03-22", hebrew: "14 Adar II 5787", verdict: "match-after-sunset", weekday: "ok" },
        { iso: "2027-03-23", hebrew: "14 Adar II 5787", verdict: "match", weekday: "ok" },
      ],
    ],
    [
      "Italian infobox rows: from the sunset of one date to the night of the next",
      "Purim\nData\n  • 2027: dal tramonto del 22 marzo alla notte del 23 marzo",
      "consistent",
      [
        { iso: "2027-03-22", hebrew: "14 Adar II 5787", verdict: "match-after-sunset" },
        { iso: "2027-03-23", hebrew: "14 Adar II 5787", verdict: "match" },
      ],
    ],
    [
      "Italian infobox rows under the infobox's fields: each row's evening and day, not its last end alone",
      "Purim\nNome originale פורים\nTipo religiosa\nData\n  • 2026: dal tramonto del 2 marzo alla notte del 3 marzo\n  • 2027: dal tramonto del 22 marzo alla notte del 23 marzo\nReligione Ebraismo",
      "consistent",
      [
        { iso: "2026-03-02", hebrew: "14 Adar 5786", verdict: "match-after-sunset" },
        { iso: "2026-03-03", hebrew: "14 Adar 5786", verdict: "match" },
        { iso: "2027-03-22", hebrew: "14 Adar II 5787", verdict: "match-after-sunset" },
        { iso: "2027-03-23", hebrew: "14 Adar II 5787", verdict: "match" },
      ],
    ],
    [
      "Sukkot's range from its eve to Simchat Torah, as pages group the festival",
      "Sukot 2027 (15. října – 24. října 2027)",
      "consistent",
      [
        { iso: "2027-10-15", hebrew: "15 Tishrei 5788", verdict: "match-after-sunset" },
        { iso: "2027-10-24", hebrew: "23 Tishrei 5788", verdict: "match" },
      ],
    ],
    [
      "a Sukkot range that runs past Simchat Torah is judged at its last end",
      "Sukot 2027 (15. října – 26. října 2027)",
      "inconsistent",
      [
        { iso: "2027-10-15", hebrew: "15 Tishrei 5788", verdict: "match-after-sunset" },
        { iso: "2027-10-26", hebrew: "21 Tishrei 5788", verdict: "mismatch" },
      ],
    ],
    [
      "Romanian 'în anul' introduces the year of a year-less date",
      "În anul 2026, Hanuca începe pe 5 decembrie.",
      "consistent",
      [{ iso: "2026-12-05", hebrew: "25 Kislev 5787", verdict: "match" }],
    ],
    [
      "Slovak 'v roku' after the date gives its year",
      "Roš Hašana pripadne na 2. októbra v roku 2027.",
      "consistent",
      [{ iso: "2027-10-02", hebrew: "1 Tishrei 5788", verdict: "match" }],
    ],
    [
      "German 'and ends after eight days on' after the evening of the first candle",
      "Chanukka beginnt in diesem Jahr am Freitag, 4.12.2026, und endet nach acht Tagen am Samstag, 12.12.2026.",
      "consistent",
      [
        { iso: "2026-12-04", hebrew: "25 Kislev 5787", verdict: "match-after-sunset", weekday: "ok" },
        { iso: "2026-12-12", hebrew: "2 Tevet 5787", verdict: "match", weekday: "ok" },
      ],
    ],
    [
      "German schedule lines 'Beginn mit Sonnenuntergang am' and 'Endet mit Anbruch der Nacht am'",
      "Schawuot\n\nBeginn mit Sonnenuntergang am Donnerstag 10. Juni 2027\n\nEndet mit Anbruch der Nacht am Samstag 12. Juni 2027",
      "consistent",
      [
        { iso: "2027-06-10", hebrew: "6 Sivan 5787", verdict: "match-after-sunset", weekday: "ok" },
        { iso: "2027-06-12", hebrew: "7 Sivan 5787", verdict: "match", weekday: "ok" },
      ],
    ],
    [
      "German 'ist' and 'der' between the weekday and its date",
      "Das offizielle Datum für Purim 2027 ist Dienstag, der 23. März.",
      "consistent",
      [{ iso: "2027-03-23", hebrew: "14 Adar II 5787", verdict: "match", weekday: "ok" }],
    ],
    [
      "the same form with another year's day is the page's mistake",
      "Das Datum für Purim 2027 ist Montag, der 8. März.",
      "inconsistent",
      [{ iso: "2027-03-08", hebrew: "14 Adar II 5787", verdict: "mismatch", weekday: "ok" }],
    ],
    [
      "a range that ends after the holiday is judged at both ends (a day late)",
      "У 2027 році Шавуот відзначається з 12 по 13 червня.",
      "inconsistent",
      [
        { iso: "2027-06-12", hebrew: "6 Sivan 5787", verdict: "mismatch" },
        { iso: "2027-06-13", hebrew: "7 Sivan 5787", verdict: "mismatch" },
      ],
    ],
  ])("%s", (_, text, verdict, pairs) => {
    expectPairs(text, verdict, pairs);
  });
});
