import { describe, it } from "vitest";
import { type ExpectedPair, expectPairs } from "./fixtures.js";

// Infoboxes of the held-out batches, copied as text: the holiday's name heads rows of years far below
// it, under fields that give the holiday's rule ("Beginnt: 15. Tischri"); and a list that writes the
// evening in brackets after the civil date. Written here with other days and words; every match is
// checked against ICU (expectPairs).

type Row = [string, string, string, ExpectedPair[]];

/** Field lines between an infobox's name and its rows: more than a window's reach of text. */
const SUKKOT_FIELDS =
  "Sukkot\n\nOffizieller Name: סוכות\nAuch genannt: Laubhüttenfest\nArt: jüdisch, biblisch\n" +
  "Beginnt: 15. Tischri\nEndet: 21. Tischri (in der Diaspora 22. Tischri)\n";

describe("a holiday's name heads rows of years below many field lines", () => {
  it.each<Row>([
    [
      "de: each row's year is the holiday's; the rule's field lines lend no day",
      `${SUKKOT_FIELDS}Datum 2027Sonnenuntergang, 15. Oktober – Einbruch der Dunkelheit, 22. Oktober\nDatum 2028Sonnenuntergang, 4. Oktober – Einbruch der Dunkelheit, 11. Oktober`,
      "consistent",
      [
        { iso: "2027-10-15", hebrew: "15 Tishrei 5788", verdict: "match-after-sunset" },
        { iso: "2027-10-22", hebrew: "21 Tishrei 5788", verdict: "match" },
        { iso: "2028-10-04", hebrew: "15 Tishrei 5789", verdict: "match-after-sunset" },
        { iso: "2028-10-11", hebrew: "21 Tishrei 5789", verdict: "match" },
      ],
    ],
    [
      "de: a row two days late is caught",
      `${SUKKOT_FIELDS}Datum 2027Sonnenuntergang, 15. Oktober – Einbruch der Dunkelheit, 22. Oktober\nDatum 2028Sonnenuntergang, 6. Oktober – Einbruch der Dunkelheit, 13. Oktober`,
      "inconsistent",
      [
        { iso: "2027-10-15", hebrew: "15 Tishrei 5788", verdict: "match-after-sunset" },
        { iso: "2027-10-22", hebrew: "21 Tishrei 5788", verdict: "match" },
        { iso: "2028-10-13", hebrew: "21 Tishrei 5789", verdict: "mismatch" },
      ],
    ],
    [
      "cs: a sentence and five fields between the name and its one row",
      "Pesach\nDer Sederabend ist der Auftakt des Festes.\nName auf Hebräisch: פסח\nAuch genannt: Fest der ungesäuerten Brote\nArt: jüdisch\nBeginnt: 15. Nisan\nEndet: 22. Nisan\nRok 2030 západ slunce 17. dubna – soumrak 25. dubna",
      "consistent",
      [
        { iso: "2030-04-17", hebrew: "15 Nisan 5790", verdict: "match-after-sunset" },
        { iso: "2030-04-25", hebrew: "22 Nisan 5790", verdict: "match" },
      ],
    ],
    [
      "cs: the fields alone, with no row, make no date",
      "Pesach\nDer Sederabend ist der Auftakt des Festes.\nName auf Hebräisch: X\nArt: jüdisch\nKapitel 2030 des Buches",
      "no-dates",
      [],
    ],
  ])("%s", (_, text, verdict, pairs) => {
    expectPairs(text, verdict, pairs);
  });
});

describe("the evening in brackets after a list's civil date", () => {
  it.each<Row>([
    [
      "en: '(at sunset)' makes each row's date the evening its holiday begins",
      "Yom Kippur\n2028: Friday, Sept. 29 (at sunset)\nSukkot\n2028: Wednesday, Oct. 4 (at sunset)",
      "consistent",
      [
        { iso: "2028-09-29", hebrew: "10 Tishrei 5789", verdict: "match-after-sunset", weekday: "ok" },
        { iso: "2028-10-04", hebrew: "15 Tishrei 5789", verdict: "match-after-sunset", weekday: "ok" },
      ],
    ],
    [
      "en: an evening a day late is still caught",
      "Yom Kippur\n2028: Friday, Sept. 29 (at sunset)\nSukkot\n2028: Thursday, Oct. 5 (at sunset)",
      "inconsistent",
      [
        { iso: "2028-09-29", hebrew: "10 Tishrei 5789", verdict: "match-after-sunset", weekday: "ok" },
        { iso: "2028-10-05", hebrew: "15 Tishrei 5789", verdict: "mismatch", weekday: "ok" },
      ],
    ],
  ])("%s", (_, text, verdict, pairs) => {
    expectPairs(text, verdict, pairs);
  });
});

describe("a holiday 'is kept on' a civil range in German", () => {
  it.each<Row>([
    [
      "de: 'wird am' joins the name to its span, the first day's evening to its start",
      "Schawuot wird am 30. Mai - 1. Juni 2028 gefeiert.",
      "consistent",
      [
        { iso: "2028-05-30", hebrew: "6 Sivan 5788", verdict: "match-after-sunset" },
        { iso: "2028-06-01", hebrew: "7 Sivan 5788", verdict: "match" },
      ],
    ],
    [
      "de: the same span two days late is caught",
      "Schawuot wird am 1.-3. Juni 2028 gefeiert.",
      "inconsistent",
      [
        { iso: "2028-06-01", hebrew: "6 Sivan 5788", verdict: "mismatch" },
        { iso: "2028-06-03", hebrew: "7 Sivan 5788", verdict: "mismatch" },
      ],
    ],
  ])("%s", (_, text, verdict, pairs) => {
    expectPairs(text, verdict, pairs);
  });
});

describe("the Eighth Day beside a civil range that runs to Simchat Torah", () => {
  it.each<Row>([
    [
      "en: its evening, 22 and 23 Tishrei outside Israel, are its span",
      "Shmini Atzeres October 11-13, 2028",
      "consistent",
      [
        { iso: "2028-10-11", hebrew: "22 Tishrei 5789", verdict: "match-after-sunset" },
        { iso: "2028-10-13", hebrew: "23 Tishrei 5789", verdict: "match" },
      ],
    ],
    [
      "en: a range that begins on its second day is still a mistake",
      "Shmini Atzeres October 13-15, 2028",
      "inconsistent",
      [{ iso: "2028-10-13", hebrew: "22 Tishrei 5789", verdict: "mismatch" }],
    ],
  ])("%s", (_, text, verdict, pairs) => {
    expectPairs(text, verdict, pairs);
  });
});
