import { describe, expect, it } from "vitest";
import { parseDates } from "../../../src/read/parseDates.js";

describe("two-digit years", () => {
  it.each([
    ["Jun 26 '12", "2012-06-26"],
    ["22/11/14", "2014-11-22"],
    ["Jun 26, '95", "1995-06-26"],
  ])("%s: the century is taken near the reference year, and said so", (text, iso) => {
    const [mention] = parseDates(text, { reference: "2020-01-01" }).mentions;
    const [year, month, day] = iso.split("-").map(Number);
    expect(mention?.date).toEqual({ calendar: "gregorian", year, month, day });
    expect(mention?.inferred).toEqual([
      {
        field: "year",
        value: year,
        from: "reference",
        note: "the century of a two-digit year, taken near the reference year",
      },
    ]);
  });

  it("the century moves with the reference: '35 is 2035 near 2030, 1935 near 2020", () => {
    expect(parseDates("Jun 26 '35", { reference: "2030-01-01" }).mentions[0]?.date?.year).toBe(2035);
    expect(parseDates("Jun 26 '35", { reference: "2020-01-01" }).mentions[0]?.date?.year).toBe(1935);
  });
});
