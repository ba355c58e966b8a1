import { describe, expect, it } from "vitest";
import { checkDocument } from "../../../src/check/checkDocument.js";
import { parseDates } from "../../../src/read/parseDates.js";

const REFERENCE = "2026-11-24";

function stepsOf(text: string): string[] {
  const reading = parseDates(text, { reference: REFERENCE, trace: true });
  return (reading.trace ?? []).filter((entry) => entry.field === "year").map((entry) => entry.step);
}

function pairsOf(text: string): Array<[string | undefined, string | undefined, string, string]> {
  return checkDocument(text, { reference: REFERENCE }).pairs.map((p) => [
    p.gregorian.iso,
    p.hebrew.canonical,
    p.verdict,
    p.weekday.verdict,
  ]);
}

describe("holidayYearOfPair: a holiday name and a civil date, neither with a year", () => {
  it("takes the nearest year in which the day, its weekday and the holiday agree", () => {
    const text = "Saturday, Oct 2 | Rosh Hashana Day 1";
    expect(stepsOf(text)).toContain("holiday-year-of-pair");
    expect(pairsOf(text)).toEqual([["2027-10-02", "1 Tishrei 5788", "match", "ok"]]);
  });

  it("reads an evening as the eve of the holiday's day (2020, not a nearer year without that Friday)", () => {
    expect(pairsOf("Friday evening, September 18: Rosh Hashanah")).toEqual([
      ["2020-09-18", "1 Tishrei 5781", "match-after-sunset", "ok"],
    ]);
  });

  it("reads the eve a name says, in a block", () => {
    expect(pairsOf("Friday, Oct 1\nRosh Hashana Eve")).toEqual([
      ["2027-10-01", "29 Elul 5787", "match", "ok"],
    ]);
  });

  it("finds Purim in Adar II of a leap year and in the one Adar of a common year", () => {
    expect(pairsOf("Sunday, March 24 | Purim")).toEqual([["2024-03-24", "14 Adar II 5784", "match", "ok"]]);
    expect(pairsOf("Tuesday, March 3 | Purim")).toEqual([["2026-03-03", "14 Adar 5786", "match", "ok"]]);
  });

  it("leaves a pair no year fits to the other steps", () => {
    expect(stepsOf("Tuesday, March 3 | Rosh Hashanah")).not.toContain("holiday-year-of-pair");
  });

  it("does not touch a pair whose civil date states its year", () => {
    expect(stepsOf("Saturday, Oct 2, 2027 | Rosh Hashana")).not.toContain("holiday-year-of-pair");
  });
});
