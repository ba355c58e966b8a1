import { describe, expect, it } from "vitest";
import { dottedYearFirstExtractor } from "../../../src/read/extractors/dottedYearFirst.js";
import { holidayNameExtractor } from "../../../src/read/extractors/holidayName.js";
import { parseDates } from "../../../src/read/parseDates.js";
import { expectNothingReadWithoutItsRun, holdsSomeRun } from "./runShapes.js";

describe("dottedYearFirst", () => {
  it.each([
    ["2017.09.29.", "2017.09.29.", { year: 2017, month: 9, day: 29 }],
    ["Jom Kipur 2017.09.30. 19:11", "2017.09.30.", { year: 2017, month: 9, day: 30 }],
    ["(2024.10.12)", "2024.10.12", { year: 2024, month: 10, day: 12 }],
  ])("reads %j", (text, spanned, stated) => {
    const [found] = dottedYearFirstExtractor.extract(text, {});
    expect([text.slice(found!.start, found!.end), found!.stated]).toEqual([spanned, stated]);
  });

  it.each([
    "IntelliJ IDEA 2021.3.1",
    "1.2017.09.29",
    "2017.09.29.5",
    "2017.13.01",
    "2017.09.32",
    "12017.09.29",
    "2017.09.29a",
  ])("reads nothing in %j", (text) => {
    expect(dottedYearFirstExtractor.extract(text, {})).toEqual([]);
  });

  it("leaves the year to the date when a holiday name stands before it", () => {
    const { mentions } = parseDates("Jom Kipur 2017.09.30.", { reference: "2026-12-01" });
    expect(mentions.map((mention) => [mention.text, mention.extractor])).toEqual([
      ["Jom Kipur", "holiday-name"],
      ["2017.09.30.", "dotted-year-first"],
    ]);
    expect(holidayNameExtractor.extract("Jom Kipur 2017.", {})[0]?.stated.civilYear).toBe(2017);
  });
});

describe("dottedYearFirstExtractor.mayHoldRun", () => {
  it("holds four digits, a period, two digits and a period", () => {
    expect(holdsSomeRun(dottedYearFirstExtractor, "on 2017.09.29.")).toBe(true);
    expect(holdsSomeRun(dottedYearFirstExtractor, "on 2017-09-29")).toBe(false);
    expect(holdsSomeRun(dottedYearFirstExtractor, "on 2017.9.29")).toBe(false);
  });

  it("reads nothing in a text without such a run", () => {
    expectNothingReadWithoutItsRun(dottedYearFirstExtractor);
  });
});
