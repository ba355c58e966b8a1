import { describe, expect, it } from "vitest";
import { checkDocument } from "../../src/check/checkDocument.js";
import { type ExpectedPair, expectPairs, REFERENCE } from "./fixtures.js";

// Forms behind the largest groups of misses on the real-page snippets (test/pages), written here
// with other days and words. Every match is checked against ICU (expectPairs).

type Row = [string, string, string, ExpectedPair[]];

describe("numeric civil dates beside a Hebrew date (year first with slashes)", () => {
  it.each<Row>([
    [
      "en: year first with slashes, in brackets after the Hebrew date",
      "Yahrzeit: 2 Tevet 5787 (2026/12/12)",
      "consistent",
      [{ iso: "2026-12-12", hebrew: "2 Tevet 5787", verdict: "match" }],
    ],
    [
      "en: year first with slashes and one-digit fields, a widget's line",
      "Today: 2027/1/8 | 29 Tevet 5787",
      "consistent",
      [{ iso: "2027-01-08", hebrew: "29 Tevet 5787", verdict: "match" }],
    ],
  ])("%s", (_, text, verdict, pairs) => {
    expectPairs(text, verdict, pairs);
  });

  it.each([
    ["a version number after Hebrew words", "שוחררה גרסה 4.12.26 של התוכנה, כ״ה בכסלו תשפ״ז"],
    // A sheet's own short date under the holiday it prepares for: the date is not the holiday's.
    ["a sheet's short date beside a holiday's name", "דף מידע חג שבועות תשפ״ז 3.5.27"],
    ["a dated address of a post", "ראו https://example.org/2026/12/04/post, כ״ה בכסלו תשפ״ז"],
  ])("does not pair %s", (_, text) => {
    const report = checkDocument(text, { reference: REFERENCE });
    expect(report.pairs).toEqual([]);
  });
});
