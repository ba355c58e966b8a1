import { describe, it } from "vitest";
import { type ExpectedPair, expectPairs } from "./fixtures.js";

// French and Italian forms of the second round on those languages, in other words and on other days
// than the corpus's snippets. Every match is checked against ICU (expectPairs).

type Row = [string, string, string, ExpectedPair[]];

describe("two days joined by a word, each with its article and weekday, or in capitals", () => {
  it.each<Row>([
    [
      "French 'le vendredi 7 et le samedi 8 juin': the second day keeps its article",
      "Chavouot aura lieu le vendredi 7 et le samedi 8 juin 2030.",
      "consistent",
      [
        { iso: "2030-06-07", hebrew: "6 Sivan 5790", verdict: "match", weekday: "ok" },
        { iso: "2030-06-08", hebrew: "7 Sivan 5790", verdict: "match", weekday: "ok" },
      ],
    ],
    [
      "an Italian heading in capitals joins its days with 'E'",
      "SHAVUOT: VENERDÌ 7 E SABATO 8 GIUGNO 2030",
      "consistent",
      [
        { iso: "2030-06-07", hebrew: "6 Sivan 5790", verdict: "match", weekday: "ok" },
        { iso: "2030-06-08", hebrew: "7 Sivan 5790", verdict: "match", weekday: "ok" },
      ],
    ],
    [
      // A day early would be the eve and the first day, which pages write too.
      "the same heading a day late is the page's mistake",
      "SHAVUOT: SABATO 8 E DOMENICA 9 GIUGNO 2030",
      "inconsistent",
      [
        { iso: "2030-06-08", hebrew: "6 Sivan 5790", verdict: "mismatch", weekday: "ok" },
        { iso: "2030-06-09", hebrew: "7 Sivan 5790", verdict: "mismatch", weekday: "ok" },
      ],
    ],
    [
      // Their weekdays are checked, and right: nothing else is.
      "two days so joined beside no holiday pair with nothing",
      "Le concert aura lieu le vendredi 7 et le samedi 8 juin 2030.",
      "consistent",
      [],
    ],
  ])("%s", (_, text, verdict, pairs) => {
    expectPairs(text, verdict, pairs);
  });
});

describe("a holiday's verb before two days with the French plural article, and a sentence that refers back", () => {
  it.each<Row>([
    [
      "'tombe les' before two days pairs them with the holiday's two days",
      "Rosh Hachana tombe les 28 et 29 septembre 2030.",
      "consistent",
      [
        { iso: "2030-09-28", hebrew: "1 Tishrei 5791", verdict: "match" },
        { iso: "2030-09-29", hebrew: "2 Tishrei 5791", verdict: "match" },
      ],
    ],
    [
      "'sera célébrée les' a day late is the page's mistake",
      "Chavouot sera célébrée les 8 et 9 juin 2030.",
      "inconsistent",
      [
        { iso: "2030-06-08", hebrew: "6 Sivan 5790", verdict: "mismatch" },
        { iso: "2030-06-09", hebrew: "7 Sivan 5790", verdict: "mismatch" },
      ],
    ],
    [
      "the name inside 'La date de …', then 'les festivités' of the next sentence with its year",
      "La date de Roch Hachana change chaque année. En 2030, les festivités se dérouleront les 28 et 29 septembre.",
      "consistent",
      [
        { iso: "2030-09-28", hebrew: "1 Tishrei 5791", verdict: "match" },
        { iso: "2030-09-29", hebrew: "2 Tishrei 5791", verdict: "match" },
      ],
    ],
    [
      "Italian 'La festa di …', then 'i festeggiamenti cominciano il': they begin on the first day",
      "La festa di Sukkot dura sette giorni. Nel 2030, i festeggiamenti cominciano il 13 ottobre.",
      "inconsistent",
      [{ iso: "2030-10-13", hebrew: "15 Tishrei 5791", verdict: "mismatch" }],
    ],
    [
      "a clause of another subject ('et le marché') keeps the holiday from the days",
      "Roch Hachana est une fête, et le marché aura lieu les 28 et 29 septembre 2030.",
      "unchecked",
      [],
    ],
  ])("%s", (_, text, verdict, pairs) => {
    expectPairs(text, verdict, pairs);
  });
});

describe("a Hebrew day named as the day of the Hebrew month", () => {
  it.each<Row>([
    [
      "Italian 'il giorno 15 del mese ebraico di Nisan'",
      "Il giorno 15 del mese ebraico di Nisan 5790, il 18 aprile 2030, inizia Pesach.",
      "consistent",
      [{ iso: "2030-04-18", hebrew: "15 Nisan 5790", verdict: "match" }],
    ],
    [
      "Italian 'il 15° giorno del mese di Nisan' beside a civil day a day late",
      "Il 15° giorno del mese di Nisan 5790, il 19 aprile 2030",
      "inconsistent",
      [{ iso: "2030-04-19", hebrew: "15 Nisan 5790", verdict: "mismatch" }],
    ],
    [
      "French 'le 1er du mois hébraïque de Tichri'",
      "Le 1er du mois hébraïque de Tichri 5791, soit le 28 septembre 2030",
      "consistent",
      [{ iso: "2030-09-28", hebrew: "1 Tishrei 5791", verdict: "match" }],
    ],
    [
      "French '15e jour du mois de' (the ordinal 'e', also as 'ème' or a raised 'ᵉ')",
      "Le 15e jour du mois de Nissan 5790, soit le 18 avril 2030",
      "consistent",
      [{ iso: "2030-04-18", hebrew: "15 Nisan 5790", verdict: "match" }],
    ],
    [
      "French '14ᵉ jour du mois de Nissan' beside the civil day of the 15th",
      "Le 14ᵉ jour du mois de Nissan 5790, soit le 18 avril 2030",
      "inconsistent",
      [{ iso: "2030-04-18", hebrew: "14 Nisan 5790", verdict: "mismatch" }],
    ],
    [
      "French '15e jour du mois de Chvat' with no year, the year in the sentence after",
      "Tou Bichvat tombe au 15e jour du mois de Chvat, le mardi 25 janvier 2030.",
      "inconsistent",
      [{ iso: "2030-01-25", hebrew: "15 Sh'vat 5790", verdict: "mismatch", weekday: "mismatch" }],
    ],
    [
      "French '15e jour du mois de Chvat' with no year, on the right day",
      "Tou Bichvat tombe au 15e jour du mois de Chvat, le samedi 19 janvier 2030.",
      "consistent",
      [{ iso: "2030-01-19", hebrew: "15 Sh'vat 5790", verdict: "match", weekday: "ok" }],
    ],
    [
      "'giorno del mese di' before a word that names no month names no day",
      "Il 15° giorno del mese di digiuno, il 18 aprile 2030",
      "unchecked",
      [],
    ],
  ])("%s", (_, text, verdict, pairs) => {
    expectPairs(text, verdict, pairs);
  });
});

describe("the evening that ends a holiday, written with its last day", () => {
  it.each<Row>([
    [
      "French 'et se termine le … au soir' ends on that civil day, not the next Hebrew day's eve",
      "Chavouot commence le jeudi 6 juin 2030 au soir et se termine le samedi 8 juin 2030 au soir.",
      "consistent",
      [
        { iso: "2030-06-06", hebrew: "6 Sivan 5790", verdict: "match-after-sunset", weekday: "ok" },
        { iso: "2030-06-08", hebrew: "7 Sivan 5790", verdict: "match", weekday: "ok" },
      ],
    ],
    [
      "Italian 'e termina la sera di'",
      "Shavuot inizia la sera di giovedì 6 giugno 2030 e termina la sera di sabato 8 giugno 2030.",
      "consistent",
      [
        { iso: "2030-06-06", hebrew: "6 Sivan 5790", verdict: "match-after-sunset", weekday: "ok" },
        { iso: "2030-06-08", hebrew: "7 Sivan 5790", verdict: "match", weekday: "ok" },
      ],
    ],
    [
      "an end a day late is the page's mistake",
      "Chavouot commence le jeudi 6 juin 2030 au soir et se termine le dimanche 9 juin 2030 au soir.",
      "inconsistent",
      [
        { iso: "2030-06-06", hebrew: "6 Sivan 5790", verdict: "match-after-sunset", weekday: "ok" },
        { iso: "2030-06-09", hebrew: "7 Sivan 5790", verdict: "mismatch", weekday: "ok" },
      ],
    ],
    [
      "two evenings of no holiday pair with nothing",
      "Le festival commence le jeudi 6 juin 2030 au soir et se termine le samedi 8 juin 2030 au soir.",
      "consistent",
      [],
    ],
  ])("%s", (_, text, verdict, pairs) => {
    expectPairs(text, verdict, pairs);
  });
});

describe("a civil date that 'is' a holiday, in Italian, French and Dutch", () => {
  it.each<Row>([
    [
      "Italian 'è'",
      "Il 7 ottobre 2030 è Yom Kippur.",
      "consistent",
      [{ iso: "2030-10-07", hebrew: "10 Tishrei 5791", verdict: "match", weekday: "none" }],
    ],
    [
      "French 'est', a day late",
      "Le 8 octobre 2030 est Yom Kippour.",
      "inconsistent",
      [{ iso: "2030-10-08", hebrew: "10 Tishrei 5791", verdict: "mismatch", weekday: "none" }],
    ],
    [
      "French 'c'est' after a comma",
      "Le samedi 28 septembre 2030, c'est Roch Hachana.",
      "consistent",
      [{ iso: "2030-09-28", hebrew: "1 Tishrei 5791", verdict: "match", weekday: "ok" }],
    ],
    [
      "Dutch 'is het'",
      "Op 27 september 2031 is het Jom Kipoer.",
      "consistent",
      [{ iso: "2031-09-27", hebrew: "10 Tishrei 5792", verdict: "match", weekday: "none" }],
    ],
  ])("%s: %j", (_name, text, verdict, pairs) => {
    expectPairs(text, verdict, pairs);
  });
});

describe("'between' before a holiday's two days, in French, Dutch and German", () => {
  const both: ExpectedPair[] = [
    { iso: "2030-09-28", hebrew: "1 Tishrei 5791", verdict: "match", weekday: "none" },
    { iso: "2030-09-29", hebrew: "2 Tishrei 5791", verdict: "match", weekday: "none" },
  ];
  it.each<Row>([
    ["French 'entre'", "Roch Hachana a lieu entre le 28 et le 29 septembre 2030.", "consistent", both],
    ["Dutch 'tussen'", "Rosj Hasjana valt tussen 28 en 29 september 2030.", "consistent", both],
    [
      "German 'zwischen'",
      "Rosch Haschana fällt zwischen den 28. und 29. September 2030.",
      "consistent",
      both,
    ],
  ])("%s: %j", (_name, text, verdict, pairs) => {
    expectPairs(text, verdict, pairs);
  });
});
