import { describe, expect, it } from "vitest";
import { spacedDottedExtractor } from "../../../src/read/extractors/spacedDotted.js";
import { expectNothingReadWithoutItsRun, holdsSomeRun } from "./runShapes.js";

describe("spacedDotted", () => {
  it.each([
    ["(1886 – 14. 3. 1941, 15. Adar 5701)", "14. 3. 1941", { year: 1941, month: 3, day: 14 }],
    ["Zemřel 9. 8. 1940.", "9. 8. 1940", { year: 1940, month: 8, day: 9 }],
    ["dne 1.\u00a011.\u00a02031", "1.\u00a011.\u00a02031", { year: 2031, month: 11, day: 1 }],
  ])("reads %j", (text, spanned, stated) => {
    const [found] = spacedDottedExtractor.extract(text, {});
    expect([text.slice(found!.start, found!.end), found!.stated]).toEqual([spanned, stated]);
  });

  it("takes the weekday before and the evening word after as the date's", () => {
    const [found] = spacedDottedExtractor.extract("v nedeľu 4. 9. 2039 večer", {});
    expect(found?.stated).toMatchObject({ year: 2039, month: 9, day: 4, weekday: 0, evening: true });
  });

  it.each([
    "1. 2. 3. 4.",
    "verze 1. 2. 20145",
    "13. 13. 2014",
    "32. 1. 2014",
    "1.2. 2014",
    "1. 2.2014",
    "11. 3. 3000",
    "v1. 2. 2014",
    "14. 3. 1941.5",
  ])("reads nothing in %j", (text) => {
    expect(spacedDottedExtractor.extract(text, {})).toEqual([]);
  });
});

describe("spacedDottedExtractor.mayHoldRun", () => {
  it("holds a day, a dot and a space, a month, a dot and a space, and four digits", () => {
    expect(holdsSomeRun(spacedDottedExtractor, "on 14. 3. 1941")).toBe(true);
    expect(holdsSomeRun(spacedDottedExtractor, "on 14.3.1941")).toBe(false);
    expect(holdsSomeRun(spacedDottedExtractor, "on 14. 3. 41")).toBe(false);
  });

  it("reads nothing in a text without such a run", () => {
    expectNothingReadWithoutItsRun(spacedDottedExtractor);
  });
});
