import { describe, expect, it } from "vitest";
import {
  BEGIN_FIELD_REACH,
  HOLIDAY_REACH,
  hebrewYearNumerals,
  holidayWindows,
} from "../../src/read/holidayWindows.js";
import { parseDates } from "../../src/read/parseDates.js";
import { textAnchors } from "../../src/read/textAnchors.js";
import { readWork, resetWork } from "../../src/read/workCounter.js";

const REFERENCE = "2026-12-01";
/** The runs of digits of a text as spans. */
const runsOf = (text: string) => {
  const runs = textAnchors(text).digitRuns;
  return runs
    .filter((_, index) => index % 2 === 0)
    .map((start, index) => ({ start, end: runs[2 * index + 1]! }));
};
const names = (text: string) =>
  parseDates(text, { reference: REFERENCE })
    .mentions.filter((mention) => mention.extractor === "holiday-name")
    .map((mention) => mention.text);
/** Prose with no date, no digit and no holiday name, `length` characters long (cut at a space). */
const prose = (length: number) =>
  "the rain fell on the hills and the river rose ".repeat(length / 46 + 1).slice(0, length);

describe("holidayWindows", () => {
  it("@example", () => {
    expect(holidayWindows("Purim 5787", [6, 10], [], false)).toEqual([[0, 10]]);
    expect(hebrewYearNumerals("ערב פסח תשפ״ז")).toEqual([{ start: 8, end: 13 }]);
  });

  it("keeps the reach on each side of a run of digits, cut outward at white space", () => {
    const text = `${"word ".repeat(40)}2026${" word".repeat(40)}`;
    const [[start, end]] = holidayWindows(text, [], runsOf(text), false) as [[number, number]];
    expect(200 - start).toBeGreaterThanOrEqual(HOLIDAY_REACH);
    expect(200 - start).toBeLessThan(HOLIDAY_REACH + 5);
    expect(end - 204).toBeGreaterThanOrEqual(HOLIDAY_REACH);
    expect(end - 204).toBeLessThan(HOLIDAY_REACH + 5);
    expect(text[start - 1]).toBe(" ");
    expect(text[end]).toBe(" ");
  });

  it("joins windows that meet, and keeps apart those that do not", () => {
    const near = "1 word 2";
    expect(holidayWindows(near, [], runsOf(near), false)).toEqual([[0, near.length]]);
    const gap = " x".repeat(HOLIDAY_REACH * 2);
    const far = `1${gap}2`;
    const windows = holidayWindows(far, [], runsOf(far), false);
    expect(windows).toHaveLength(2);
    expect(windows[0]![1]).toBeLessThan(windows[1]![0]);
  });

  it("stands around dates given in any order, and around nothing without them", () => {
    const text = `${"מילה ".repeat(60)}א${"מילה ".repeat(60)}ב`;
    const second = { start: text.length - 1, end: text.length };
    const first = { start: 300, end: 301 };
    const windows = holidayWindows(text, [], [second, first], false);
    expect(windows).toHaveLength(2);
    expect(windows[0]![0]).toBeLessThanOrEqual(300 - HOLIDAY_REACH);
    expect(windows[1]![1]).toBe(text.length);
    expect(holidayWindows(text, [], [], false)).toEqual([]);
  });

  it("runs a word without white space to its end, so a name is never cut", () => {
    const text = `${"x".repeat(200)}5787`;
    expect(holidayWindows(text, [], runsOf(text), false)).toEqual([[0, text.length]]);
  });

  it("stands around years of four or five digits and Hebrew years in letters, not other numbers", () => {
    const gap = " x".repeat(HOLIDAY_REACH);
    const numbers = `1${gap} 22${gap} 333${gap} 4444${gap} 55555${gap} 666666`;
    const runs = textAnchors(numbers).digitRuns;
    const windows = holidayWindows(numbers, runs, [], false);
    expect(windows.map(([start, end]) => numbers.slice(start, end).match(/\d+/g))).toEqual([
      ["4444"],
      ["55555"],
    ]);
    const hebrew = `${"מילה ".repeat(40)}תשפ״ז${" מילה".repeat(40)}`;
    expect(holidayWindows(hebrew, [], [], true)).toHaveLength(1);
    expect(holidayWindows(hebrew, [], [], false)).toEqual([]);
  });

  it("finds Hebrew years in letters, with their thousands or without", () => {
    expect(hebrewYearNumerals("ה׳תרל״ה ותש״פ").map(({ start, end }) => [start, end])).toEqual([
      [2, 7],
      [9, 13],
    ]);
    expect(hebrewYearNumerals("פורים שמח")).toEqual([]);
    // A mark after letters that hold no ת within three, or at the text's start: no year.
    expect(hebrewYearNumerals("ארה״ב, ז״ל, ״א")).toEqual([]);
    expect(hebrewYearNumerals("5ת״פ")).toEqual([{ start: 1, end: 4 }]);
  });
});

describe("holiday names on a page: only near a date written with numbers", () => {
  it("reads a name beside a date, before it or after it", () => {
    expect(names("Purim was celebrated on Friday, February 26, 2021.")).toEqual(["Purim"]);
    expect(names("Friday, November 21, 2025\n\nHalachic Times (Zmanim)\nRosh Chodesh Kislev")).toEqual([
      "Rosh Chodesh Kislev",
    ]);
    expect(names("Purim 5787")).toEqual(["Purim 5787"]);
    expect(names("י״ד באדר תשפ״ז\n\nפורים")).toEqual(["פורים"]);
    expect(names("ל״ג בעומר תשפ״ז")).toEqual(["ל״ג בעומר תשפ״ז"]);
  });

  it("reads no name alone in prose, far from any date", () => {
    expect(names("We ate in the sukkah all of Succos.")).toEqual([]);
    expect(names("חג הפסח הוא חג החירות")).toEqual([]);
    expect(names(`Purim ${prose(HOLIDAY_REACH + 50)} 2021`)).toEqual([]);
    expect(names(`Purim ${prose(HOLIDAY_REACH - 20)} 2021`)).toEqual(["Purim"]);
  });

  it("reads a name a paragraph above a begin verb's field, and no farther", () => {
    const field = "\n\nStarts evening of March 16, 2022";
    expect(names(`Purim ${prose(BEGIN_FIELD_REACH - 60)}.${field}`)).toEqual(["Purim"]);
    expect(names(`Purim ${prose(BEGIN_FIELD_REACH + 60)}.${field}`)).toEqual([]);
    // The same date after a field of no begin verb, or inside the paragraph, keeps the usual reach.
    expect(names(`Purim ${prose(HOLIDAY_REACH + 50)}.\n\nRegistration closes March 16, 2022`)).toEqual([]);
    expect(names(`Purim ${prose(HOLIDAY_REACH + 50)}. Starts evening of March 16, 2022`)).toEqual([]);
  });

  it("reads no name beside a number that is no date and no year", () => {
    expect(names("Purim drew 4,161 people, 89% of them children.")).toEqual([]);
    expect(names("Purim drew 4161 people.")).toEqual(["Purim"]);
    expect(names("On Purim, March 3, the hall was full.")).toEqual(["Purim"]);
  });

  it("hands the holiday readers nothing on prose without digits or Hebrew dates", () => {
    for (const text of [prose(20_000), "עברית בלי תאריך ".repeat(1_000), "Purim and Pesach ".repeat(1_000)]) {
      resetWork();
      parseDates(text, { reference: REFERENCE });
      expect(readWork().holidayChars).toBe(0);
    }
  });

  it("hands them only the windows around the dates, whatever the page's length", () => {
    for (const length of [10_000, 100_000]) {
      const text = `${prose(length)} on March 3, 2027 ${prose(length)}`;
      resetWork();
      parseDates(text, { reference: REFERENCE });
      // Two runs of digits, one window: the reach on each side, the date, and the words cut whole.
      const { holidayChars } = readWork();
      expect(holidayChars).toBeGreaterThanOrEqual(2 * HOLIDAY_REACH);
      expect(holidayChars).toBeLessThanOrEqual(2 * HOLIDAY_REACH + 40);
    }
  });
});
