import { describe, expect, it } from "vitest";
import { digitRegions } from "../../src/read/digitRegions.js";
import { parseDates } from "../../src/read/parseDates.js";
import { wordRegions } from "../../src/read/wordRegions.js";

function regionsOf(text: string): Array<[number, number]> {
  const years: number[] = [];
  digitRegions(text, years);
  return wordRegions(text, years);
}

describe("wordRegions", () => {
  it('finds the stretch around an "of" with an ordinal before it', () => {
    expect(wordRegions("see the ninth of Av", [])).toEqual([[0, 19]]);
    expect(regionsOf(`${"x ".repeat(100)}the twentieth day of Av${" y".repeat(100)}`)).toHaveLength(1);
  });

  it.each([
    ['an "of" with a letter name after it', "the yahrzeit of Yud Shevat"],
    ["a year after a letter-named day", "Gimmel Tammuz 5787"],
    ["a year after Tu B'", "Tu B'Shvat 5787"],
    ["a year after an ordinal", "July the fourth, 2026"],
    ['a day in digits with "day of"', "the 20th day of the Hebrew month of Sivan"],
  ])("finds %s", (_name, text) => {
    expect(regionsOf(text)).toEqual([[0, text.length]]);
  });

  it.each([
    ['prose with an "of" every few words', "the end of the day, most of all, one of us, out of time, "],
    ['an ordinal not before "of"', "the ninth time in a row "],
    ["a year after a plain word", "in the year 5787 they built "],
    ["a Hebrew date with a year", "10 Av 5787 | "],
    ["a year after a month and no letter name", "Menachem Av 5787 "],
    ['digits before "day" without an ordinal ending', "the 12 day of the fair "],
    ['an ordinal in digits right before "of"', "the 20th of the fair "],
  ])("finds nothing in %s", (_name, unit) => {
    expect(regionsOf(unit.repeat(50))).toEqual([]);
  });

  // Work counted, not timed: the readers of words visit each character of the text at most once
  // (the stretches are disjoint), and what they find grows as the text does.
  it.each([
    ["the ninth of Av "],
    ["the twentieth day of the month of Av, in the year five thousand "],
    ["of Yud of Yud of Yud "],
    ["Yud Tes Kislev 5787 "],
    ["the first of the first of the "],
    ["f f f of of "],
  ])("stay linear on %j repeated", (unit) => {
    const counts = [200, 2000].map((times) => {
      const text = unit.repeat(times);
      const regions = regionsOf(text);
      let previous = 0;
      let covered = 0;
      for (const [start, end] of regions) {
        expect(start).toBeGreaterThanOrEqual(previous);
        expect(end).toBeGreaterThan(start);
        previous = end;
        covered += end - start;
      }
      expect(covered).toBeLessThanOrEqual(text.length);
      return parseDates(text, { reference: "2026-11-24" }).mentions.length;
    });
    // Ten times the text: ten times the dates (give or take those at the edges), never more.
    expect(counts[1]).toBeLessThanOrEqual(10 * counts[0]! + 10);
    expect(counts[1]).toBeGreaterThanOrEqual(10 * counts[0]! - 10);
  });
});
