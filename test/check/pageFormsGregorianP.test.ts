import { describe, expect, it } from "vitest";
import { checkDocument } from "../../src/check/checkDocument.js";
import { parseDates } from "../../src/read/parseDates.js";
import { type ExpectedPair, expectPairs, REFERENCE } from "./fixtures.js";

// Gregorian dates that real pages write and the reader missed (test/pages, "Gregorian date not
// read"), in other days and words. Every match is checked against ICU (expectPairs).

type Row = [string, string, string, ExpectedPair[]];

describe("a list of days opened by short dotted dates before a colon", () => {
  it.each<Row>([
    [
      "de: two rows of the same year",
      "Feiertage\n11.9.26: Erev Rosh Hashana\n21.9.26: Jom Kippur",
      "consistent",
      [
        { iso: "2026-09-11", hebrew: "29 Elul 5786", verdict: "match" },
        { iso: "2026-09-21", hebrew: "10 Tishrei 5787", verdict: "match" },
      ],
    ],
    [
      "en: a row a day late, its neighbour right",
      "Dates\n22.9.26: Yom Kippur\n26.9.26: Sukkot",
      "inconsistent",
      [
        { iso: "2026-09-22", hebrew: "10 Tishrei 5787", verdict: "mismatch" },
        { iso: "2026-09-26", hebrew: "15 Tishrei 5787", verdict: "match" },
      ],
    ],
  ])("%s", (_, text, verdict, pairs) => {
    expectPairs(text, verdict, pairs);
  });

  const read = (text: string) =>
    parseDates(text, { reference: REFERENCE }).mentions.filter((m) => m.calendar === "gregorian");

  it("reads a row whose neighbour below is a row of the same year", () => {
    expect(read("3.4.26: one\n5.4.26: two")).toHaveLength(2);
  });
  it("leaves a lone row, or rows of another year (a changelog's versions), unread", () => {
    expect(read("Notes\n1.2.14: fixed the parser")).toHaveLength(0);
    expect(read("1.2.14: fixed the parser\n1.2.13: first release")).toHaveLength(0);
  });
  it("leaves a row that does not open its line, or has no colon", () => {
    expect(read("see 1.2.14: one\n1.3.14: two")).toHaveLength(0);
    expect(read("1.2.14 one\n1.3.14 two")).toHaveLength(0);
  });
  it("keeps a document with a lone row unchecked", () => {
    expect(checkDocument("1.2.14: fixed", { reference: REFERENCE }).verdict).not.toBe("inconsistent");
  });
});

describe("a table's row whose cells ran together: year, month and day, weekday", () => {
  it.each<Row>([
    [
      "en: rows of years under the holiday's name",
      "Tisha B'Av by year\n\n2026July 23Thursday\n2027August 12Thursday",
      "consistent",
      [
        { iso: "2026-07-23", hebrew: "9 Av 5786", verdict: "match", weekday: "ok" },
        { iso: "2027-08-12", hebrew: "9 Av 5787", verdict: "match", weekday: "ok" },
      ],
    ],
    [
      "en: the heading 'Fast of the Ninth of Av', a row two days late",
      "Fast of the Ninth of Av\n\n2027August 14Saturday",
      "inconsistent",
      [{ iso: "2027-08-14", hebrew: "9 Av 5787", verdict: "mismatch", weekday: "ok" }],
    ],
  ])("%s", (_, text, verdict, pairs) => {
    expectPairs(text, verdict, pairs);
  });

  const read = (text: string) =>
    parseDates(text, { reference: REFERENCE }).mentions.filter((m) => m.calendar === "gregorian");

  it("reads the row's year, month, day and weekday, its span from the month on", () => {
    const [mention] = read("2026July 23Thursday | more");
    expect(mention?.date).toMatchObject({ year: 2026, month: 7, day: 23 });
    expect(mention?.text).toBe("July 23Thursday");
  });
  it("leaves glued words that are no month and weekday, abbreviations, or a row that goes on", () => {
    expect(read("2025Budget 3Days")).toHaveLength(0);
    expect(read("2025Jul 3Thursday")).toHaveLength(0);
    expect(read("2025July 3Thu")).toHaveLength(0);
    expect(read("2025July 3Thursday was hot")).toHaveLength(0);
    expect(read("2025July 3Sunny")).toHaveLength(0);
  });
});
