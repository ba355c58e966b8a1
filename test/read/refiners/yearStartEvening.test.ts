import { describe, expect, it } from "vitest";
import { checkDocument } from "../../../src/index.js";

// Days from ICU: 1 Tishrei 5786 is Tuesday 23 September 2025 (its evening Monday 22 September),
// 29 Elul 5786 is Friday 11 September 2026, 1 Tishrei 5787 Saturday 12 September 2026.
const REFERENCE = { reference: "2026-01-01" };

function pairsOf(text: string) {
  return checkDocument(text, REFERENCE).pairs.map((pair) => [pair.gregorian.iso, pair.verdict]);
}

describe("a Hebrew year over its civil span", () => {
  it.each([
    "The present year of 5786 in the Jewish calendar runs from September 22, 2025, to September 11, 2026.",
    "The year 5786 in the Hebrew calendar runs from September 22, 2025 to September 11, 2026.",
  ])("reads its first civil day as the evening the year begins: %j", (text) => {
    expect(pairsOf(text)).toEqual([
      ["2025-09-22", "match-after-sunset"],
      ["2026-09-11", "match"],
    ]);
  });

  it("leaves a first day two days off a mismatch", () => {
    const text = "The year 5786 runs from September 21, 2025, to September 11, 2026.";
    expect(pairsOf(text)[0]).toEqual(["2025-09-21", "mismatch"]);
  });

  it("does not span days listed after a comma without a year", () => {
    const text = "Services begin Monday night September 22, through Tuesday, September 23 and Wednesday.";
    const ranges = checkDocument(text, REFERENCE).ranges.filter((range) => range.calendar === "gregorian");
    expect(ranges).toEqual([]);
  });
});

describe("a calendar's gloss between an evening word and its date", () => {
  it("reads the sundown before the civil calendar's day, and the Hebrew calendar's day after it", () => {
    const text =
      "At sunset on the civil calendar day of September 22, 2025, and on the Hebrew calendar day 1 Tishrei 5786, the year turns.";
    expect(pairsOf(text)).toEqual([["2025-09-22", "match-after-sunset"]]);
  });

  it("without a sundown, the day before stays a mismatch", () => {
    const text =
      "On the civil calendar day of September 22, 2025, and on the Hebrew calendar day 1 Tishrei 5786, the year turns.";
    expect(pairsOf(text)).toEqual([["2025-09-22", "mismatch"]]);
  });
});
