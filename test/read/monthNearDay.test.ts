import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { gregorianTextExtractor } from "../../src/read/extractors/gregorianText.js";
import { hebrewLatinExtractor } from "../../src/read/extractors/hebrewLatin.js";
import { LEXICON } from "../../src/read/lexicon.js";
import type { Extractor } from "../../src/read/mention.js";
import { gregorianMonthAt, gregorianMonthNearDay, hebrewMonthNearDay } from "../../src/read/monthNearDay.js";
import { textAnchors } from "../../src/read/textAnchors.js";
import { readWork, resetWork } from "../../src/read/workCounter.js";
import { expectNothingReadWithoutItsRun, holdsSomeRun } from "./extractors/runShapes.js";

const PAGES = readFileSync(new URL("../pages/snippets.jsonl", import.meta.url), "utf8")
  .split("\n")
  .filter((line) => line.trim() !== "")
  .map((line) => (JSON.parse(line) as { text: string }).text);

/** Whether every reading of the extractor in the text holds a run of digits it says may be its own. */
function everyReadingHoldsItsRun(extractor: Extractor, text: string): boolean {
  const runs = textAnchors(text).digitRuns;
  return extractor.extract(text, {}).every((candidate) => {
    for (let run = 0; run < runs.length; run += 2) {
      if (runs[run]! < candidate.start || runs[run + 1]! > candidate.end) continue;
      if (extractor.mayHoldRun!(text, runs, run)) return true;
    }
    return false;
  });
}

describe("hebrewMonthNearDay", () => {
  it("documented example", () => {
    expect(hebrewMonthNearDay("on 10 Av", [3, 5], 0)).toBe(true);
  });
  it.each([
    "10 Av 5778",
    "the 10th day of Av, 5778",
    "Sunday, Av 10",
    "visit Menachem-Av 10",
    "10-Adar II",
    "12 Sh\u2019vat",
    "(Tishrei 1)",
    "\u1e24eshvan 12",
    "MARCHESHVAN 7",
  ])("%s: a month near a day", (text) => {
    expect(hebrewLatinExtractor.extract(text, {}).length).toBeGreaterThan(0);
    expect(holdsSomeRun(hebrewLatinExtractor, text)).toBe(true);
  });
  it.each([
    "at 10:50 pm rain",
    "It 26,594 minister",
    "on 10 Avenue",
    "10 Av 5778".replace("10", "100"),
    `Av ${"x ".repeat(30)}10`,
    "in 1989 she had 12 heads",
  ])("%s: none", (text) => {
    expect(holdsSomeRun(hebrewLatinExtractor, text)).toBe(false);
  });
  it("every spelling of the lexicon, day first and month first", () => {
    for (const spelling of Object.values(LEXICON.hebrewMonthsLatin).flat()) {
      for (const text of [`12 ${spelling} 5779`, `${spelling} 12, 5779`, `the 12th day of ${spelling}`]) {
        if (hebrewLatinExtractor.extract(text, {}).length > 0)
          expect(holdsSomeRun(hebrewLatinExtractor, text), text).toBe(true);
      }
    }
  });
  it("nothing is read in a text without its run", () => {
    expectNothingReadWithoutItsRun(hebrewLatinExtractor);
  });
  it("every reading in the pages holds its run", () => {
    for (const text of PAGES) expect(everyReadingHoldsItsRun(hebrewLatinExtractor, text), text).toBe(true);
  });
});

describe("gregorianMonthNearDay", () => {
  it("documented example", () => {
    expect(gregorianMonthNearDay("on 22 July", [3, 5], 0)).toBe(true);
  });
  it.each([
    "Sunday, July 22nd",
    "December 13, 2015 2:27 pm",
    "13th of December, 2015",
    "Dec. 13, 2015",
    "Friday, December17",
    "2November 2024",
    "Sun, 22 Jul 2018 14:30:00 +0000",
    "SEPT 5",
  ])("%s: a month near a day", (text) => {
    expect(gregorianTextExtractor.extract(text, {}).length).toBeGreaterThan(0);
    expect(holdsSomeRun(gregorianTextExtractor, text)).toBe(true);
  });
  it.each(["at 10:50 pm rain", "2018 July", "xjuly 22", `July ${"x ".repeat(30)}22`])("%s: none", (text) => {
    expect(holdsSomeRun(gregorianTextExtractor, text)).toBe(false);
  });
  it("the spellings are ASCII letters, three or more, as the test of their first three letters needs", () => {
    for (const spelling of Object.values(LEXICON.gregorianMonths).flat())
      expect(spelling).toMatch(/^[a-z]{3,}$/);
  });
  it("nothing is read in a text without its run", () => {
    expectNothingReadWithoutItsRun(gregorianTextExtractor);
  });
  it("every reading in the pages holds its run", () => {
    for (const text of PAGES) expect(everyReadingHoldsItsRun(gregorianTextExtractor, text), text).toBe(true);
  });
});

describe("the month words' pass", () => {
  it("looks at each character at most once, however many short runs stand near it", () => {
    const text = "1 2 3 4 5 6 7 8 9 ".repeat(2000);
    const runs = textAnchors(text).digitRuns;
    resetWork();
    for (let run = 0; run < runs.length; run += 2) hebrewMonthNearDay(text, runs, run);
    for (let run = 0; run < runs.length; run += 2) gregorianMonthNearDay(text, runs, run);
    expect(readWork().monthWordChars).toBeLessThanOrEqual(text.length);
    expect(readWork().monthWordChars).toBeGreaterThan(0);
  });
  it("finds a month after a word of one letter and any ASCII character, in either case", () => {
    // The two-letter test is kept by the pair of codes: a one-letter word's pair holds what follows it.
    for (const month of ["Av", "AV", "av", "Adar", "ADAR", "Elul", "Sh'vat", "SH'VAT"]) {
      for (const after of [" ", ",", "-", "'", ".", "(", "/"]) {
        const text = `a${after} ${month} 10`;
        const runs = textAnchors(text).digitRuns;
        expect(hebrewMonthNearDay(text, runs, 0), text).toBe(true);
        expect(hebrewMonthNearDay(`a${after} ${month}x 10`, [month.length + 5, month.length + 7], 0)).toBe(
          false,
        );
      }
    }
  });
  it("is made again for another text", () => {
    expect(hebrewMonthNearDay("10 Av", [0, 2], 0)).toBe(true);
    expect(hebrewMonthNearDay("10 Ax", [0, 2], 0)).toBe(false);
  });
});

describe("gregorianMonthAt", () => {
  it("holds every spelling's first three letters, in either case, and no other word", () => {
    expect(gregorianMonthAt("on Sept. 3", 3)).toBe(true);
    for (const spelling of Object.values(LEXICON.gregorianMonths).flat()) {
      expect(gregorianMonthAt(spelling, 0), spelling).toBe(true);
      expect(gregorianMonthAt(spelling.toUpperCase(), 0), spelling).toBe(true);
    }
    for (const word of ["on", "the", "Avenue", "ma", "Éclair", "12 May"])
      expect(gregorianMonthAt(word, 0), word).toBe(false);
  });
});
