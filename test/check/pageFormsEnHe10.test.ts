import { describe, expect, it } from "vitest";
import { checkDocument } from "../../src/check/checkDocument.js";
import { parseDates } from "../../src/read/parseDates.js";
import { type ExpectedPair, expectPairs, REFERENCE } from "./fixtures.js";

// Forms of English and Hebrew pages the reader missed (test/pages, batch 2026-12-02s and the older
// misses), written here with other days and words. Every match is checked against ICU (expectPairs).

type Row = [string, string, string, ExpectedPair[]];

describe("a civil date in digits with a Hebrew prefix letter glued to it", () => {
  it.each<Row>([
    [
      "ב (on), after the Hebrew day and month",
      'שמחת תורה תחול בכ"ב בתשרי ב14.10.2025.',
      "consistent",
      [{ iso: "2025-10-14", hebrew: "22 Tishrei 5786", verdict: "match" }],
    ],
    [
      "ב, a day late: the site error this form hid",
      'הצום יסתיים בי"ז בטבת ב7.1.2026.',
      "inconsistent",
      [{ iso: "2026-01-07", hebrew: "17 Tevet 5786", verdict: "mismatch" }],
    ],
    [
      "מ (from), with the Hebrew date after it",
      "הלימודים יתחילו מ20.06.2023, א' בתמוז תשפ\"ג",
      "consistent",
      [{ iso: "2023-06-20", hebrew: "1 Tamuz 5783", verdict: "match" }],
    ],
    [
      "ב with the weekday before it, the weekday wrong",
      'יום רביעי ב19.11.2024, י"ח בחשוון',
      "inconsistent",
      [{ iso: "2024-11-19", hebrew: "18 Cheshvan 5785", verdict: "match", weekday: "mismatch" }],
    ],
  ])("%s", (_name, text, verdict, pairs) => {
    expectPairs(text, verdict, pairs);
  });

  it("reads the date and keeps the letter in its span", () => {
    const [mention] = parseDates("נפגשים ל23.3.2027", { reference: REFERENCE }).mentions;
    expect(mention?.text).toBe("ל23.3.2027");
    expect(mention?.date).toEqual({ calendar: "gregorian", year: 2027, month: 3, day: 23 });
  });

  it("leaves codes and versions alone: two letters before the digits, or no year", () => {
    for (const text of ['מק"ט אב14.10.2025', "גרסה ב1.2.3", "דגם XB14.10.2025"]) {
      expect(parseDates(text, { reference: REFERENCE }).mentions, text).toEqual([]);
    }
  });

  it("takes the letter before a dash too, and reads the date once", () => {
    const text = 'כ"ב בתשרי ב-14.10.2025';
    expect(parseDates(text, { reference: REFERENCE }).mentions.map((m) => m.text)).toEqual([
      'כ"ב בתשרי',
      "ב-14.10.2025",
    ]);
    const report = checkDocument(text, { reference: REFERENCE });
    expect(report.pairs.map((p) => [p.gregorian.iso, p.verdict])).toEqual([["2025-10-14", "match"]]);
  });
});

describe("a weekday standing alone between a civil and a Hebrew date", () => {
  it.each<Row>([
    [
      "he: the day's name without יום",
      'יום הבחירות 14.10.25 שלישי כ"ב בתשרי תשפ"ו',
      "consistent",
      [{ iso: "2025-10-14", hebrew: "22 Tishrei 5786", verdict: "match" }],
    ],
    [
      "he: the civil date a day late",
      'יום הבחירות 15.10.25 שלישי כ"ב בתשרי תשפ"ו',
      "inconsistent",
      [{ iso: "2025-10-15", hebrew: "22 Tishrei 5786", verdict: "mismatch" }],
    ],
    [
      "he: with a pipe after the weekday",
      'עדכון 19/11/2024 | שלישי | י"ח בחשוון התשפ"ה',
      "consistent",
      [{ iso: "2024-11-19", hebrew: "18 Cheshvan 5785", verdict: "match" }],
    ],
  ])("%s", (_name, text, verdict, pairs) => {
    expectPairs(text, verdict, pairs);
  });

  it("joins nothing through a word that is no weekday", () => {
    const report = checkDocument('עדכון 14.10.25 הודעה כ"ב בתשרי תשפ"ו', { reference: REFERENCE });
    expect(report.pairs).toEqual([]);
  });
});

describe("an infobox flattened to lines: the day's heading and the rows of years under it", () => {
  it("leaves the first row's year to the row, not to the heading's day", () => {
    const text =
      "Tu BiShvat\nDate 15th day of Shevat\n2028 date sunset, February 11 –\nnightfall, February 12.\n" +
      "2029 date sunset, January 30 –\nnightfall, January 31.";
    expectPairs(text, "consistent", [
      { iso: "2028-02-11", hebrew: "15 Sh'vat 5788", verdict: "match-after-sunset" },
      { iso: "2028-02-12", hebrew: "15 Sh'vat 5788", verdict: "match" },
      { iso: "2029-01-30", hebrew: "15 Sh'vat 5789", verdict: "match-after-sunset" },
      { iso: "2029-01-31", hebrew: "15 Sh'vat 5789", verdict: "match" },
    ]);
  });

  it("still takes a Hebrew year on the next line, as a date widget writes it", () => {
    expectPairs("Sunday, July 22, 2018\n10 Av\n5778", "consistent", [
      { iso: "2018-07-22", hebrew: "10 Av 5778", verdict: "match", weekday: "ok" },
    ]);
  });
});
