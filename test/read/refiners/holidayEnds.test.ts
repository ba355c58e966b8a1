import { describe, expect, it } from "vitest";
import { checkDocument } from "../../../src/index.js";
import { parseDates } from "../../../src/read/parseDates.js";

// 14 Adar 5786 is Tuesday 3 March 2026, its evening Monday 2 March (ICU).
const REFERENCE = { reference: "2026-01-01" };

function pairsOf(text: string) {
  return checkDocument(text, REFERENCE).pairs.map((pair) => [
    pair.gregorian.iso,
    pair.verdict,
    pair.weekday.verdict,
  ]);
}

describe("holidayEnds", () => {
  it.each([
    "Purim 2026 begins on Monday night, March 2 and continues until Tuesday, March 3.",
    "Purim in 2026 will begin on the evening of Monday, March 2 and end at sundown on Tuesday, March 3.",
    "Purim 5786 begins Monday night, March 2, and lasts through Tuesday, March 3",
  ])("pairs the holiday with its evening and the day it lasts until: %j", (text) => {
    expect(pairsOf(text)).toEqual([
      ["2026-03-02", "match-after-sunset", "ok"],
      ["2026-03-03", "match", "ok"],
    ]);
  });

  it("judges the weekday of the day it lasts until (3 March 2026 is no Shabbat)", () => {
    const text = "Purim 5786 begins on Monday night, March 2 and continues until Shabbat, March 3";
    expect(pairsOf(text)).toEqual([
      ["2026-03-02", "match-after-sunset", "ok"],
      ["2026-03-03", "match", "mismatch"],
    ]);
    expect(checkDocument(text, REFERENCE).verdict).toBe("inconsistent");
  });

  it.each([
    // The evening that ends the day is no evening that begins it.
    "Purim 2026 begins Monday evening March 2 and ends Tuesday evening March 3.",
    // No clause of lasting: a second date after "and" is another statement.
    "Purim 2026 begins on Monday night, March 2 and the school trip is on March 3.",
    // A day of a holiday of several days is that day only.
    "The 2nd day of Pesach 5786 begins on Thursday night, April 2 and continues until Friday, April 3",
    // A Hebrew date written out is no named day.
    "13 Adar 5786 | Monday, March 2, 2026 and continues until Tuesday, March 3",
  ])("leaves the second date alone in %j", (text) => {
    const { groups } = parseDates(text, REFERENCE);
    expect(groups.filter((group) => group.kind === "pair")).toHaveLength(1);
  });

  it("records its step in the trace", () => {
    const { trace } = parseDates(
      "Purim 2026 begins on Monday night, March 2 and continues until Tuesday, March 3",
      {
        ...REFERENCE,
        trace: true,
      },
    );
    expect(trace?.some((entry) => entry.step === "holiday-ends")).toBe(true);
  });
});
