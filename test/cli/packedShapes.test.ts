import { describe, expect, it } from "vitest";
import { findPackedShape, packShapes } from "../../src/cli/packedShapes.js";
import type { LearnedShape } from "../../src/read/readingShapes.js";

const AV: LearnedShape = {
  calendar: "hebrew",
  extractor: "hebrew-latin",
  month: 5,
  roles: ["day", "year"],
  weekday: undefined,
  century: 57,
};
const SUNDAY: LearnedShape = {
  calendar: "gregorian",
  extractor: "gregorian-text",
  month: 7,
  roles: ["day", "year"],
  weekday: 0,
  century: 20,
};

describe("packShapes and findPackedShape", () => {
  const packed = packShapes({ "\u00002 Av \u000057": AV, "Sunday, July \u00002, \u000020": SUNDAY });

  it("packs a shape a line, as the doc comment shows", () => {
    expect(packShapes({ k: AV })).toBe("\nk\thebrew\thebrew-latin\t5\tday,year\t\t57\n");
  });

  it("gives back each shape as it was packed, with and without a weekday", () => {
    expect(findPackedShape(packed, "\u00002 Av \u000057")).toEqual(AV);
    expect(findPackedShape(packed, "Sunday, July \u00002, \u000020")).toEqual(SUNDAY);
  });

  it("finds no shape for a key it does not hold, nor for a part of a line", () => {
    expect(findPackedShape(packed, "\u00002 Av \u000058")).toBeUndefined();
    expect(findPackedShape(packed, "Av")).toBeUndefined();
    expect(findPackedShape(packed, "hebrew")).toBeUndefined();
  });

  it("finds nothing for a key holding a separator, which could match across lines", () => {
    expect(findPackedShape(packed, "57\n\u00002 Av")).toBeUndefined();
    expect(findPackedShape(packed, "\u00002 Av \u000057\thebrew")).toBeUndefined();
  });
});
