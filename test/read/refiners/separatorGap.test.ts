import { describe, expect, it } from "vitest";
import { joinGap } from "../../../src/read/refiners/joins.js";
import { MAX_GAP, separatorGap, withinALine } from "../../../src/read/refiners/separatorGap.js";

describe("separatorGap", () => {
  it("@example", () => {
    expect(separatorGap(" | ")?.kind).toBe("separator");
    expect(separatorGap(", which falls on ")).toBeUndefined();
  });

  it.each([" | ", ", ", " (", "\n", " • ", " I ", " – "])("%j joins as joinGap joins it", (gap) => {
    expect(separatorGap(gap)).toEqual({ kind: "separator", text: gap });
    expect(joinGap(gap)).toEqual(separatorGap(gap));
  });

  it("refuses two line breaks and a gap longer than a line's", () => {
    expect(separatorGap("\n\n")).toBeUndefined();
    expect(joinGap("\n\n")).toBeUndefined();
    expect(separatorGap(" ".repeat(MAX_GAP + 1))).toBeUndefined();
    expect(withinALine(" ".repeat(MAX_GAP))).toBe(true);
    expect(joinGap(`, which falls on ${" ".repeat(MAX_GAP)}`)).toBeUndefined();
  });
});
