import { describe, expect, it } from "vitest";
import { slashedYearFirstExtractor } from "../../../src/read/extractors/slashedYearFirst.js";
import { parseDates } from "../../../src/read/parseDates.js";
import { expectNothingReadWithoutItsRun, holdsSomeRun } from "./runShapes.js";

describe("slashedYearFirst", () => {
  it.each([
    ["2026/12/04", "2026/12/04", { year: 2026, month: 12, day: 4 }],
    ["(2024/10/12)", "2024/10/12", { year: 2024, month: 10, day: 12 }],
    ["Posted 2025/1/5 at noon", "2025/1/5", { year: 2025, month: 1, day: 5 }],
    ["25 Kislev 5787 / 2026/12/05.", "2026/12/05", { year: 2026, month: 12, day: 5 }],
  ])("reads %j", (text, spanned, stated) => {
    const [found] = slashedYearFirstExtractor.extract(text, {});
    expect([text.slice(found!.start, found!.end), found!.stated]).toEqual([spanned, stated]);
  });

  it.each([
    "https://example.org/2026/12/04/post",
    "/2026/12/04",
    "2026/12/04/",
    "2026/12/04/7",
    "a2026/12/04",
    "12026/12/04",
    "2026/12/041",
    "2026/13/04",
    "2026/12/32",
    "2026/0/04",
    "5787/12/04",
    "1.2026/12/04",
    "2026/12/04.5",
  ])("reads nothing in %j", (text) => {
    expect(slashedYearFirstExtractor.extract(text, {})).toEqual([]);
  });

  it("pairs with a Hebrew date beside it", () => {
    const { groups, mentions } = parseDates("25 Kislev 5787 (2026/12/05)", { reference: "2026-12-01" });
    expect(mentions.map((mention) => mention.extractor)).toContain("slashed-year-first");
    expect(groups.length).toBe(1);
  });
});

describe("slashedYearFirstExtractor.mayHoldRun", () => {
  it("holds four digits, a slash, one or two digits and a slash", () => {
    expect(holdsSomeRun(slashedYearFirstExtractor, "on 2026/12/04")).toBe(true);
    expect(holdsSomeRun(slashedYearFirstExtractor, "on 2026/1/4")).toBe(true);
    expect(holdsSomeRun(slashedYearFirstExtractor, "on 2026-12-04")).toBe(false);
    expect(holdsSomeRun(slashedYearFirstExtractor, "on 2026/123/4")).toBe(false);
    expect(holdsSomeRun(slashedYearFirstExtractor, "on 26/12/04")).toBe(false);
    expect(holdsSomeRun(slashedYearFirstExtractor, "on 2026/12.04")).toBe(false);
  });

  it("reads nothing in a text without such a run", () => {
    expectNothingReadWithoutItsRun(slashedYearFirstExtractor);
  });
});
