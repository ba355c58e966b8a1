import { describe, expect, it } from "vitest";
import { dayRangeExtractor } from "../../../src/read/extractors/dayRange.js";

describe("dayRange", () => {
  it.each([
    ["June 11–12, 2027", 1],
    ["11–12 June 2027", 1],
    ["Sivan 6-7, 5787", 1],
    ["October 31-November 1, 2026", 1],
    ["a well-known score of 3-4 in 2027", 0],
  ])("reads %j as %i range", (text, count) => {
    expect(dayRangeExtractor.extract(text, {})).toHaveLength(count);
  });
});
