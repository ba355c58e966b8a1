import { describe, expect, it } from "vitest";
import { checkDocument } from "../../../src/index.js";
import { hebrewPeriodExtractor } from "../../../src/read/extractors/hebrewPeriod.js";
import { expectNothingReadWithoutItsRun, holdsSomeRun } from "./runShapes.js";

const REFERENCE = { reference: "2026-12-01" };

describe("hebrewPeriod", () => {
  it.each([
    // Days checked with ICU: 1 Kislev 5779 = 2018-11-09, 30 Kislev 5779 = 2018-12-08.
    ["Kislev 5779\n9 de Novembro de 2018 a 8 de Dezembro de 2018", { year: 5779, month: 9, day: 1 }, 30],
    ["Kislev  5779\nNovember 9, 2018 – December 8, 2018", { year: 5779, month: 9, day: 1 }, 30],
    // Cheshvan 5778 has 29 days.
    ["Cheshvan 5778\n21 October 2017 - 18 November 2017", { year: 5778, month: 8, day: 1 }, 29],
    ["Their year 5784 runs from 16 September 2023 to 2 October 2024.", { year: 5784, month: 7, day: 1 }, 29],
    ["Hun jaar 5784 loopt van 16 september 2023 tot 2 oktober 2024.", { year: 5784, month: 7, day: 1 }, 29],
  ])("reads %j as its first and last day", (text, first, lastDay) => {
    const [period] = hebrewPeriodExtractor.extract(text, {});
    const [from, to] = period!.parts!;
    expect(from.stated).toEqual(first);
    expect(to.stated.day).toBe(lastDay);
  });

  it("reads plain Adar (PLAIN_ADAR, 0) as a month of 29 days, whichever Adar its year settles on", () => {
    const [period] = hebrewPeriodExtractor.extract("Adar 5784\nMarch 11, 2024 - April 8, 2024", {});
    expect(period!.parts!.map((part) => part.stated)).toEqual([
      { year: 5784, month: 0, day: 1, plainAdar: true },
      { year: 5784, month: 0, day: 29, plainAdar: true },
    ]);
  });

  it.each([
    "In Kislev 5779 he wrote a letter.\nNovember 9, 2018 - December 8, 2018",
    "Kislev 5779\nRosh Chodesh: Thursday, November 8, 2018",
    "Kislev 5779 9 de Novembro de 2018 a 8 de Dezembro de 2018",
    "September 2023\n1 September 2023 - 30 September 2023",
    "no year at all",
  ])("reads nothing in %j", (text) => {
    expect(hebrewPeriodExtractor.extract(text, {})).toEqual([]);
  });
});

describe("a Hebrew period over its civil span, on a page", () => {
  it.each([
    ["Kislev 5779\n9 de Novembro de 2018 a 8 de Dezembro de 2018", "consistent"],
    ["Hun jaar 5784 loopt van 16 september 2023 tot 2 oktober 2024.", "consistent"],
    // Each end is judged: the civil span a day early is a mistake at both ends.
    ["Kislev 5779\nNovember 8, 2018 - December 7, 2018", "inconsistent"],
  ])("%j is %s", (text, verdict) => {
    const document = checkDocument(text, REFERENCE);
    expect(document.verdict).toBe(verdict);
  });
});

describe("hebrewPeriodExtractor.mayHoldRun", () => {
  it("reads no period over two Hebrew dates: the span's ends are civil years", () => {
    expect(hebrewPeriodExtractor.extract("Av 5778\n10 Av 5778 - 11 Av 5778", {})).toEqual([]);
    expect(hebrewPeriodExtractor.extract("5778\r\n10 Av 5778 - 1st of Av, 5778", {})).toEqual([]);
  });

  it("holds a four-digit run beginning with 5, and no other", () => {
    expect(holdsSomeRun(hebrewPeriodExtractor, "Kislev 5779\nNovember 9, 2018 - December 8, 2018")).toBe(
      true,
    );
    expect(holdsSomeRun(hebrewPeriodExtractor, "November 9, 2018 - December 8, 2018")).toBe(false);
    expect(holdsSomeRun(hebrewPeriodExtractor, "57790 and 779")).toBe(false);
    // A Hebrew year without the span's two civil years after it.
    expect(holdsSomeRun(hebrewPeriodExtractor, "see 10 Av 5778 there, in 2018")).toBe(false);
  });

  it("reads nothing in a text without such a run", () => {
    expectNothingReadWithoutItsRun(hebrewPeriodExtractor);
  });
});
