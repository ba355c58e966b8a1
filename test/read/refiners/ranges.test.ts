import { describe, expect, it } from "vitest";
import { parseDates } from "../../../src/read/parseDates.js";
import { joinsAsRange } from "../../../src/read/refiners/ranges.js";

describe("ranges: two dates of one calendar joined by a dash or an 'until'", () => {
  it.each([" - ", " until ", " до ", " bis ", " au ", " tot ", " t/m ", " hasta el ", " até ", " do "])(
    "%j joins a range",
    (gap) => {
      expect(joinsAsRange(gap)).toBe(true);
    },
  );

  it.each([" and then on ", ", and ", " und dann "])("%j does not", (gap) => {
    expect(joinsAsRange(gap)).toBe(false);
  });

  it("gives the range's second end the year of its first ('В 2024 | с 18 августа до 19 августа')", () => {
    const reading = parseDates("В 2024 | с 18 августа до 19 августа", { reference: "2026-12-01" });
    expect(reading.groups).toEqual([expect.objectContaining({ kind: "range", from: 0, to: 1 })]);
    expect(reading.mentions.map((mention) => mention.date?.year)).toEqual([2024, 2024]);
  });
});
