import { describe, expect, it } from "vitest";
import { parseDates } from "../../src/read/parseDates.js";
import { type ExpectedPair, expectPairs, REFERENCE } from "./fixtures.js";

// More forms of the held-out batch 2026-12-01h of real-page snippets (test/pages), in other words and
// with other days, so that the batch stays held out: Greek ordinal days and the Greek Κισλέβ, and the
// words of Greek and Romanian between a day and its month. Every match is checked against ICU
// (expectPairs).

type Row = [string, string, string, ExpectedPair[]];

describe("forms of the held-out batch 2026-12-01h, second round", () => {
  it.each<Row>([
    [
      "a Greek day as a feminine ordinal (1η) and Κισλέβ with β",
      "Τετάρτη 1η Δεκεμβρίου 2027 – 1 Κισλέβ 5788",
      "consistent",
      [{ iso: "2027-12-01", hebrew: "1 Kislev 5788", verdict: "match", weekday: "ok" }],
    ],
    [
      "a Greek ordinal day in the genitive (14ης)",
      "Κυριακή 14ης Δεκεμβρίου 2025 – 24 Κισλέβ 5786",
      "consistent",
      [{ iso: "2025-12-14", hebrew: "24 Kislev 5786", verdict: "match", weekday: "ok" }],
    ],
    [
      "'of the month' in Greek between a Hebrew day and its month",
      "Η νηστεία πέφτει στις 10 του μηνός Τισρί 5790 (19 Σεπτεμβρίου 2029).",
      "consistent",
      [{ iso: "2029-09-19", hebrew: "10 Tishrei 5790", verdict: "match" }],
    ],
    [
      "a Romanian Hebrew range with 'a lunii' before the month, its civil range in brackets",
      "Sărbătoarea ține în perioada 15 – 22 a lunii Nisan 5790 (18 – 25 aprilie 2030).",
      "consistent",
      [
        { iso: "2030-04-18", hebrew: "15 Nisan 5790", verdict: "match" },
        { iso: "2030-04-25", hebrew: "22 Nisan 5790", verdict: "match" },
      ],
    ],
  ])("%s", (_, text, verdict, pairs) => {
    expectPairs(text, verdict, pairs);
  });

  it.each<[string, string, { year: number; month: number; day: number }]>([
    ["the genitive in -ας", "από την 2ας Μαρτίου 2026", { year: 2026, month: 3, day: 2 }],
    ["the accusative in -ην", "την 4ην Μαρτίου 2026", { year: 2026, month: 3, day: 4 }],
  ])("reads a Greek ordinal day, %s", (_, text, fields) => {
    const { mentions } = parseDates(text, { reference: REFERENCE });
    expect(mentions.map((m) => ({ year: m.date?.year, month: m.date?.month, day: m.date?.day }))).toEqual([
      fields,
    ]);
  });

  it("leaves 'of' before a Hebrew month to the English reader, which reads it once", () => {
    const { mentions } = parseDates("It fell on 15 of Nisan 5790.", { reference: REFERENCE });
    expect(mentions.map((m) => [m.calendar, m.date?.month, m.date?.day])).toEqual([["hebrew", 1, 15]]);
  });

  it.each([
    ["a Romanian 'a lunii' before a word that is no month", "între 15 – 22 a lunii trecute"],
    ["a Greek ending on a number that is no day", "το 4ης τάξης σχολείο"],
  ])("reads no date in %s", (_, text) => {
    expect(parseDates(text, { reference: REFERENCE }).mentions).toEqual([]);
  });
});
