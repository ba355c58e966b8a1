import { describe, expect, it } from "vitest";
import { checkDocument } from "../../src/check/checkDocument.js";
import { parseDates } from "../../src/read/parseDates.js";
import { type ExpectedPair, expectPairs, REFERENCE } from "./fixtures.js";

// Forms of English and Hebrew pages the reader missed (test/pages, batch 2026-12-02w), written here
// with other days and words. Every match is checked against ICU (expectPairs).

type Row = [string, string, string, ExpectedPair[]];

describe("a Hebrew day and month joined by 'of the month' (לחודש, בחודש), the year after שנת", () => {
  it.each<Row>([
    [
      "לחודש before the month, the civil day in brackets",
      "נכתב ביום י״ב לחודש שבט תשפ״ה (10.2.2025)",
      "consistent",
      [{ iso: "2025-02-10", hebrew: "12 Sh'vat 5785", verdict: "match" }],
    ],
    [
      "לחודש מנחם אב with שנת before the year, as tombstones write it",
      "נפטר כ״ג לחודש מנחם אב שנת תשנ״ט, 5.8.1999",
      "consistent",
      [{ iso: "1999-08-05", hebrew: "23 Av 5759", verdict: "match" }],
    ],
    [
      "בחודש, a civil day two off: the page's error is caught",
      "נפגשנו בכ״ה בחודש ניסן תשפ״ד, 1.5.2024",
      "inconsistent",
      [{ iso: "2024-05-01", hebrew: "25 Nisan 5784", verdict: "mismatch" }],
    ],
    [
      "לחדש written without its ו, in pointed letters",
      "יוֹם א׳ ו׳ לְחֹדֶשׁ נִיסָן תשמ״ג — 20.3.1983",
      "consistent",
      [{ iso: "1983-03-20", hebrew: "6 Nisan 5743", verdict: "match", weekday: "ok" }],
    ],
  ])("%s", (_name, text, verdict, pairs) => {
    expectPairs(text, verdict, pairs);
  });

  it("keeps the connecting words inside the date's span", () => {
    const [mention] = parseDates("כ״א לחודש מנחם אב שנת תר״ץ", { reference: REFERENCE }).mentions;
    expect(mention?.text).toBe("כ״א לחודש מנחם אב שנת תר״ץ");
    expect(mention?.date).toEqual({ calendar: "hebrew", year: 5690, month: 5, day: 21 });
  });

  it("reads a weekday before the letter head's day", () => {
    const report = checkDocument("יוֹם ה’ ד’ לְחֹדֶשׁ מְנַחֵם אָב תרס”ט, פֹּה צְפַת", { reference: REFERENCE });
    expect(report.verdict).toBe("consistent");
    expect(report.dates.map((d) => d.hebrew)).toEqual(["4 Av 5669"]);
  });

  it("leaves months counted in words and the new month's day alone", () => {
    for (const text of ["עברו שלושה חודשים אדר", "א׳ ראש חודש שבט", "לפני חודש אב"]) {
      expect(parseDates(text, { reference: REFERENCE }).mentions, text).toEqual([]);
    }
  });

  it("does not take a year-like word after שנת that is not a year", () => {
    const [mention] = parseDates("י׳ לחודש אב שנת א", { reference: REFERENCE }).mentions;
    expect(mention?.text).toBe("י׳ לחודש אב");
  });
});

describe("'which corresponds this year to' between a Hebrew day and a civil day", () => {
  it.each<Row>([
    [
      "a civil day with its year",
      "Purim falls on the 14th day of Adar 5785, which corresponds this year to March 14, 2025.",
      "consistent",
      [{ iso: "2025-03-14", hebrew: "14 Adar 5785", verdict: "match" }],
    ],
    [
      "at sundown: the Hebrew day begins that evening",
      "The new year begins on 1 Tishrei 5786, which corresponds this year to September 22, 2025 at sundown.",
      "consistent",
      [{ iso: "2025-09-22", hebrew: "1 Tishrei 5786", verdict: "match-after-sunset" }],
    ],
    [
      "a day late, no evening word: a mismatch",
      "Purim falls on 14 Adar 5785, which corresponds this year to March 15, 2025.",
      "inconsistent",
      [{ iso: "2025-03-15", hebrew: "14 Adar 5785", verdict: "mismatch" }],
    ],
  ])("%s", (_name, text, verdict, pairs) => {
    expectPairs(text, verdict, pairs);
  });
});
