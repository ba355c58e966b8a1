import { describe, expect, it } from "vitest";
import { checkDocument } from "../../src/check/checkDocument.js";
import { type ExpectedPair, expectPairs } from "./fixtures.js";

// A date widget's sentence names the Hebrew date as such ("… and the Hebrew date is …"), and a
// yahrzeit list gives the Hebrew day over the civil evening and day it spans. Every match is checked
// against ICU (expectPairs).

type Row = [string, string, string, ExpectedPair[]];

describe("a sentence that names the Hebrew date as such", () => {
  it.each<Row>([
    [
      "'and the Hebrew date is' after the civil date",
      "Today is Thursday, March 5, 2026 and the Hebrew date is 16 Adar 5786.",
      "consistent",
      [{ iso: "2026-03-05", hebrew: "16 Adar 5786", verdict: "match", weekday: "ok" }],
    ],
    [
      "the same sentence a day off: a mismatch",
      "Today is Thursday, March 5, 2026 and the Hebrew date is the 15th of Adar, 5786.",
      "inconsistent",
      [{ iso: "2026-03-05", hebrew: "15 Adar 5786", verdict: "mismatch", weekday: "ok" }],
    ],
    [
      "'the Jewish date is' after a comma",
      "It is Monday, 12 October 2026, the Jewish date is 1 Cheshvan 5787.",
      "consistent",
      [{ iso: "2026-10-12", hebrew: "1 Cheshvan 5787", verdict: "match", weekday: "ok" }],
    ],
    [
      "'on the Hebrew calendar' between the Hebrew date and the civil one",
      "She was born on 7 Adar 5745, on the Hebrew calendar, February 28, 1985.",
      "consistent",
      [{ iso: "1985-02-28", hebrew: "7 Adar 5745", verdict: "match" }],
    ],
  ])("%s", (_name, text, verdict, pairs) => {
    expectPairs(text, verdict, pairs);
  });

  it("does not join dates of two sentences by the words", () => {
    const report = checkDocument(
      "The meeting was on Thursday, March 5, 2026. Later the Hebrew date is printed: 20 Adar 5786.",
      { reference: "2026-03-01" },
    );
    expect(report.pairs).toEqual([]);
  });
});

describe("a Hebrew day over the civil evening and day it spans", () => {
  it("gives both ends of the civil range the year the pair allows", () => {
    // 19 Kislev 5776 began on Monday evening, 30 November 2015, and was Tuesday, 1 December 2015.
    const report = checkDocument("Yahrzeit: 19 Kislev (Monday night, November 30 – Tuesday, December 1)", {
      reference: "2026-12-01",
    });
    expect(report.findings.map((f) => f.code)).not.toContain("range-reversed");
    expect(report.pairs.map((p) => [p.gregorian.iso, p.hebrew.canonical, p.verdict])).toEqual([
      // Paired with the evening that begins it, the range's first end.
      ["2015-11-30", "19 Kislev 5776", "match-after-sunset"],
    ]);
    expect(report.ranges.map((r) => [r.from.iso, r.to.iso])).toEqual([["2015-11-30", "2015-12-01"]]);
    expect(report.verdict).toBe("consistent");
  });
});
