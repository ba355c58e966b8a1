import { describe, expect, it } from "vitest";
import { checkDocument } from "../../src/check/checkDocument.js";
import { type ExpectedPair, expectPairs, REFERENCE } from "./fixtures.js";

// The Seder nights stand for evenings: the first on the civil day before Pesach (the evening 15 Nisan
// begins), the second on the first day of Pesach (the evening 16 Nisan begins). The days come from
// the holiday table (Erev Pesach, Pesach I); expectPairs holds every match to ICU.

describe("the Seder nights are the evenings that begin 15 and 16 Nisan", () => {
  it.each<[string, string, ExpectedPair[]]>([
    [
      "First Seder: Friday, April 19, 2019",
      "consistent",
      [{ iso: "2019-04-19", hebrew: "15 Nisan 5779", verdict: "match-after-sunset", weekday: "ok" }],
    ],
    [
      "Second Seder Night: Saturday, April 20, 2019",
      "consistent",
      [{ iso: "2019-04-20", hebrew: "16 Nisan 5779", verdict: "match-after-sunset", weekday: "ok" }],
    ],
    [
      "Holidays 5780\nFirst Seder April 8, 2020",
      "consistent",
      [{ iso: "2020-04-08", hebrew: "15 Nisan 5780", verdict: "match-after-sunset" }],
    ],
  ])("%j", (text, verdict, pairs) => expectPairs(text, verdict, pairs));

  it("calls a first Seder on the first day of Pesach a day late", () => {
    const report = checkDocument("First Seder: Saturday, April 20, 2019", { reference: REFERENCE });
    expect(report.verdict).toBe("inconsistent");
    expect(report.findings.map((finding) => finding.code)).toContain("pair-mismatch");
  });

  it("reads the Seder night in Hebrew script", () => {
    const report = checkDocument("ליל הסדר: 5.4.2023", { reference: REFERENCE });
    expect(report.pairs.map((pair) => [pair.gregorian.iso, pair.hebrew.canonical, pair.verdict])).toEqual([
      ["2023-04-05", "15 Nisan 5783", "match-after-sunset"],
    ]);
  });
});
