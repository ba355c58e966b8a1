import { describe, expect, it } from "vitest";
import { checkDocument } from "../../../src/index.js";
import { parseDates } from "../../../src/read/parseDates.js";

// Days from ICU: 3 Iyar 5785 is Thursday 1 May 2025 (its evening Wednesday 30 April), 4 Iyar 5786
// is Tuesday 21 April 2026, 4 Iyar 5787 Tuesday 11 May 2027, 1 Kislev 5786 Friday 21 November 2025,
// 15 Kislev 5786 Friday 5 December 2025.
const REFERENCE = { reference: "2026-01-01" };

function pairsOf(text: string) {
  return checkDocument(text, REFERENCE).pairs.map((pair) => [pair.gregorian.iso, pair.verdict]);
}

describe("eveningBefore", () => {
  it.each([
    "Rosh Chodesh Kislev falls this week, from sundown Thursday, November 20, 2025 (Kislev 1 5786).",
    "The month begins at sunset on Thursday, November 20, 2025 | 1 Kislev 5786",
  ])("reads an evening written on the date's line before it: %j", (text) => {
    expect(pairsOf(text)).toEqual([["2025-11-20", "match-after-sunset"]]);
  });

  it("reads the evening of a list's heading into each of its rows", () => {
    const text =
      "Yom Ha'atzmaut, Israel's Independence Day, begins at sundown on:\n30 April 2025 | 3 Iyar 5785 |\n20 April 2026 | 4 Iyar 5786 |\n- 10 May 2027 | 4 Iyar 5787 |";
    expect(pairsOf(text)).toEqual([
      ["2025-04-30", "match-after-sunset"],
      ["2026-04-20", "match-after-sunset"],
      ["2027-05-10", "match-after-sunset"],
    ]);
    const trace = parseDates(text, { ...REFERENCE, trace: true }).trace ?? [];
    expect(trace.filter((entry) => entry.step === "evening-before")).toHaveLength(3);
  });

  it.each([
    // The sundown that ends the day, and a time on it, name no evening of the date.
    ["Shabbat lasts until sundown Saturday, December 6, 2025 (16 Kislev 5786).", "2025-12-06"],
    ["Candle lighting at sunset, Friday, December 5, 2025 | 15 Kislev 5786", "2025-12-05"],
    // A heading above a blank line heads something else; one without an evening none.
    ["Begins at sundown on:\n\n21 November 2025 | 1 Kislev 5786 |", "2025-11-21"],
    ["Rosh Chodesh dates:\n21 November 2025 | 1 Kislev 5786 |", "2025-11-21"],
    [
      "Begins at sundown on:\nThe new month is greeted with its own prayers on 21 November 2025 | 1 Kislev 5786",
      "2025-11-21",
    ],
    // The date does not begin its row: the heading's evening is not its.
    ["Begins at sundown on:\nRosh Chodesh, 21 November 2025 | 1 Kislev 5786 |", "2025-11-21"],
  ])("leaves a daytime pair alone: %j", (text, iso) => {
    expect(pairsOf(text)).toEqual([[iso, "match"]]);
  });

  it("looks for a heading on no line above the first, nor far above", () => {
    expect(pairsOf("21 November 2025 | 1 Kislev 5786 |")).toEqual([["2025-11-21", "match"]]);
    const long = `Begins at sundown on:\n${"Rosh Chodesh ".repeat(50)}\n21 November 2025 | 1 Kislev 5786 |`;
    expect(pairsOf(long)).toEqual([["2025-11-21", "match"]]);
  });

  it("looks for a heading no further than a dozen rows up", () => {
    const rows = Array.from({ length: 12 }, () => "Rosh Chodesh").join("\n");
    const text = `Begins at sundown on:\n${rows}\n21 November 2025 | 1 Kislev 5786 |`;
    expect(pairsOf(text)).toEqual([["2025-11-21", "match"]]);
  });
});
