import { describe, expect, it } from "vitest";
import { dayRangeExtractor } from "../../../src/read/extractors/dayRange.js";
import { readWork, resetWork } from "../../../src/read/workCounter.js";
import { expectNothingReadWithoutItsRun, holdsSomeRun } from "./runShapes.js";

describe("dayRange", () => {
  it.each([
    ["June 11–12, 2027", 1],
    ["11–12 June 2027", 1],
    ["Sivan 6-7, 5787", 1],
    ["October 31-November 1, 2026", 1],
    ["a well-known score of 3-4 in 2027", 0],
    ["ce Chabbat samedi 8 et dimanche 9 décembre 2018", 1],
    ["les mardi 1er et mercredi 2 février 2022", 1],
    ["le 8 et demain 9 décembre 2018", 0],
    ["1 en 2 Tisjri 5787", 1],
    ["1 и 2 тишрея", 1],
  ])("reads %j as %i range", (text, count) => {
    expect(dayRangeExtractor.extract(text, {})).toHaveLength(count);
  });

  it("gives each day the weekday written before it (samedi 8 et dimanche 9 décembre 2018)", () => {
    const text = "ce Chabbat samedi 8 et dimanche 9 décembre 2018";
    const [range] = dayRangeExtractor.extract(text, {});
    const [first, last] = range!.parts!;
    expect([text.slice(first.start, first.end), first.stated]).toEqual([
      "samedi 8",
      { month: 12, day: 8, weekday: 6 },
    ]);
    expect([text.slice(last.start, last.end), last.stated]).toEqual([
      "dimanche 9 décembre 2018",
      { month: 12, day: 9, weekday: 0, year: 2018 },
    ]);
  });
});

describe("dayRangeExtractor.mayHoldRun", () => {
  it.each([
    "June 11–12, 2027",
    "6–7 Sivan 5787",
    "13. und 14. Adar",
    "1 Adar 1 – 2 Adar II 5784",
    "5–12.12.2026",
    "Sivan 6-7, 5787",
  ])("%s holds its first day", (text) => {
    expect(dayRangeExtractor.extract(text, {}).length).toBeGreaterThan(0);
    expect(holdsSomeRun(dayRangeExtractor, text)).toBe(true);
  });
  it.each(["June 110–12", "in 2027 and 2028", `June 11 ${"x".repeat(70)} 12`])("%s holds none", (text) => {
    expect(holdsSomeRun(dayRangeExtractor, text)).toBe(false);
  });
  it("nothing is read in a text without its run", () => {
    expectNothingReadWithoutItsRun(dayRangeExtractor);
  });
  it("looks for a join only up to the last run within reach, and not without a short one there", () => {
    const joinChars = (text: string) => {
      resetWork();
      holdsSomeRun(dayRangeExtractor, text);
      return readWork().joinChars;
    };
    // One run alone, or followed only by a year: no join is looked for.
    expect(joinChars(`on 11 ${"word ".repeat(20)}`)).toBe(0);
    expect(joinChars("on 11 of them, 2027 and 2028")).toBe(0);
    // "10:50": only the colon between the two runs.
    expect(joinChars("at 10:50 pm, and then some more words here")).toBe(1);
    // The dash is the first character after the first day.
    expect(joinChars("June 11–12, 2027")).toBe(1);
  });
});
