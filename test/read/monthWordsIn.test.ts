import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { digitRegions } from "../../src/read/digitRegions.js";
import {
  gregorianDayFirstWordsExtractor,
  gregorianDayWordsExtractor,
  gregorianMonthFirstWordsExtractor,
} from "../../src/read/extractors/gregorianDayWords.js";
import { hebrewDayWordsExtractor } from "../../src/read/extractors/hebrewDayWords.js";
import { hebrewLetterDayExtractor } from "../../src/read/extractors/hebrewLetterDay.js";
import { HEBREW_MONTH_FIRST_WORDS, LEXICON } from "../../src/read/lexicon.js";
import type { Candidate } from "../../src/read/mention.js";
import { type MonthWords, monthWordsIn } from "../../src/read/monthWordsIn.js";
import { parseDates } from "../../src/read/parseDates.js";
import { textAnchors } from "../../src/read/textAnchors.js";
import { wordRegions } from "../../src/read/wordRegions.js";
import { readWork, resetWork } from "../../src/read/workCounter.js";

// The gate before the readers of dates in words must be exact: wherever it keeps a reader from a
// stretch, that reader finds nothing there. Checked on generated stretches built from the words
// these dates are made of, and on the stretches of the real pages in test/pages.

const OPTIONS = { referenceYear: 2026 };

/** What each reader finds in a stretch, and whether the gate lets it run there. */
function readers(text: string): Array<[string, Candidate[], boolean]> {
  const holds: MonthWords = monthWordsIn(text);
  return [
    ["hebrew-day-words", hebrewDayWordsExtractor.extract(text, OPTIONS), holds.hebrew],
    ["gregorian day first", gregorianDayFirstWordsExtractor.extract(text, OPTIONS), holds.gregorian],
    [
      "gregorian month first",
      gregorianMonthFirstWordsExtractor.extract(text, OPTIONS),
      holds.gregorianAndDigit,
    ],
    ["hebrew-letter-day", hebrewLetterDayExtractor.extract(text, OPTIONS), holds.hebrew],
  ];
}

/** Whether the gate is exact on a stretch: a reader it skips finds nothing there. */
function gateIsExact(text: string): boolean {
  return readers(text).every(([, found, runs]) => runs || found.length === 0);
}

const spellings = (table: Record<number, readonly string[]>) => [...new Set(Object.values(table).flat())];
const WORDS = [
  "Av",
  "Adar",
  "Sivan",
  "May",
  "March",
  "Dec",
  "the",
  "of",
  "day",
  "month",
  "Hebrew",
  "in the year",
  "on",
  "first",
  "second",
  "ninth",
  "twenty",
  "third",
  "fourth",
  "tenth",
  "20th",
  "Yud",
  "Tes",
  "Chof",
  "Gimmel",
  "Beis",
  "Lamed",
  "Chai",
  "Tu",
  "B'",
  "B’",
  "Bi",
  "Be",
  "Be'",
  "b",
  "have",
  "five",
  "make",
  "about",
  "Sunday",
  "5787",
  "2026",
  "1999",
  "12",
  "'",
  "’",
];
const SEPARATORS = [" ", " ", " ", "  ", "\n", "\u00a0", "-", "", ",", ", ", ".", "(", "'s "];
const cased = (word: string, how: number): string =>
  how === 0 ? word : how === 1 ? word.toUpperCase() : word.charAt(0).toUpperCase() + word.slice(1);
/** A word of `words` or a made-up one, in lower case, capitals or capitalized. */
const word = (words: readonly string[]) =>
  fc
    .tuple(
      fc.oneof({ arbitrary: fc.constantFrom(...words), weight: 5 }, fc.stringMatching(/^[a-zA-Z']{1,6}$/)),
      fc.integer({ min: 0, max: 2 }),
    )
    .map(([text, how]) => cased(text, how));
const gap = fc.constantFrom(...SEPARATORS);
/** Words and gaps in any order: the prose around a date, and near misses of one. */
const noise = fc
  .array(fc.tuple(word(WORDS), gap), { maxLength: 8 })
  .map((parts) => parts.map(([text, after]) => text + after).join(""));
const ORDINALS = [
  "first",
  "second",
  "ninth",
  "tenth",
  "fourth",
  "twenty-third",
  "twenty third",
  "thirtieth",
  "20th",
];
const LETTERS = ["Yud", "Tes", "Chof", "Gimmel", "Beis", "Lamed", "Aleph", "Zayin", "Chai"];
const month = fc.oneof(word(spellings(LEXICON.hebrewMonthsLatin)), word(spellings(LEXICON.gregorianMonths)));
const year = fc.constantFrom("5787", "2026", "1999", "12", "");
/** The shapes the readers read, each piece drawn from its words or made up, the gaps from SEPARATORS. */
const shaped = fc.oneof(
  fc
    .tuple(
      fc.constantFrom("the ", "The ", "on the "),
      word(ORDINALS),
      fc.constantFrom(" of ", " day of ", " day of the Hebrew month of ", " of the month of "),
      month,
      gap,
      year,
    )
    .map((parts) => parts.join("")),
  fc
    .tuple(month, fc.constantFrom(" the ", " The "), word(ORDINALS), gap, year)
    .map((parts) => parts.join("")),
  fc
    .tuple(
      word(LETTERS),
      gap,
      fc.option(
        fc.tuple(word(LETTERS), gap).map((parts) => parts.join("")),
        { nil: "" },
      ),
      month,
      gap,
      year,
    )
    .map((parts) => parts.join("")),
  fc
    .tuple(
      fc.constantFrom("Tu ", "tu ", "Tu-"),
      fc.constantFrom("B'", "B’", "Bi", "Be", "Be'", "Be’", "b", "B ", "Be-"),
      month,
      gap,
      year,
    )
    .map((parts) => parts.join("")),
);
const stretch = fc.tuple(noise, shaped, noise).map((parts) => parts.join(" "));

/** The texts of the real pages (test/pages/snippets.jsonl). */
function pageTexts(): string[] {
  const lines = readFileSync(new URL("../pages/snippets.jsonl", import.meta.url), "utf8")
    .trim()
    .split("\n");
  return lines.map((line) => (JSON.parse(line) as { text: string }).text);
}

describe("monthWordsIn", () => {
  it("tells the month words of a stretch (the documented examples)", () => {
    expect(monthWordsIn("the fourth of July")).toEqual({
      hebrew: false,
      gregorian: true,
      gregorianAndDigit: false,
    });
    expect(HEBREW_MONTH_FIRST_WORDS.has("menachem")).toBe(true);
  });

  it.each<[string, MonthWords]>([
    ["make out, second of pose run", { hebrew: false, gregorian: false, gregorianAndDigit: false }],
    ["have five of the best", { hebrew: false, gregorian: false, gregorianAndDigit: false }],
    ["the ninth of Av", { hebrew: true, gregorian: false, gregorianAndDigit: false }],
    ["the tenth of Sh'vat", { hebrew: true, gregorian: false, gregorianAndDigit: false }],
    ["the tenth of Sh’vat", { hebrew: true, gregorian: false, gregorianAndDigit: false }],
    ["the first of Menachem Av", { hebrew: true, gregorian: false, gregorianAndDigit: false }],
    ["the first of MenachemAv", { hebrew: true, gregorian: false, gregorianAndDigit: false }],
    ["Tu B'Shvat", { hebrew: true, gregorian: false, gregorianAndDigit: false }],
    ["Tu B’Av", { hebrew: true, gregorian: false, gregorianAndDigit: false }],
    ["Tu BiShvat", { hebrew: true, gregorian: false, gregorianAndDigit: false }],
    ["Tu BeAv", { hebrew: true, gregorian: false, gregorianAndDigit: false }],
    ["Tu Be'Av", { hebrew: true, gregorian: false, gregorianAndDigit: false }],
    ["Tu Be’Av", { hebrew: true, gregorian: false, gregorianAndDigit: false }],
    ["Tu Bshvat", { hebrew: true, gregorian: false, gregorianAndDigit: false }],
    ["a beam, a bead, a bite, a b", { hebrew: false, gregorian: false, gregorianAndDigit: false }],
    ["July's fourth", { hebrew: false, gregorian: true, gregorianAndDigit: false }],
    ["'Julyx 'July", { hebrew: false, gregorian: true, gregorianAndDigit: false }],
    ["July the fourth, 2026", { hebrew: false, gregorian: true, gregorianAndDigit: true }],
    ["the 3rd of Ab and Dec.", { hebrew: true, gregorian: true, gregorianAndDigit: true }],
  ])("%j", (text, expected) => {
    expect(monthWordsIn(text)).toEqual(expected);
  });

  it("rests on the lexicon's shapes: Gregorian months of three ASCII letters or more, Hebrew first words of ASCII letters and apostrophes", () => {
    for (const spelling of spellings(LEXICON.gregorianMonths)) expect(spelling).toMatch(/^[a-z]{3,}$/);
    for (const word of HEBREW_MONTH_FIRST_WORDS) expect(word).toMatch(/^[a-z][a-z']+$/);
  });

  it("keeps no reader from a generated stretch where it finds a date", () => {
    fc.assert(fc.property(stretch, gateIsExact), { numRuns: 4000 });
  });

  it("is tested on stretches where each reader finds dates and where each is skipped", () => {
    const found = new Map<string, number>();
    const skipped = new Map<string, number>();
    for (const text of fc.sample(stretch, { numRuns: 4000, seed: 7 })) {
      for (const [name, candidates, runs] of readers(text)) {
        if (candidates.length > 0) found.set(name, (found.get(name) ?? 0) + 1);
        if (!runs) skipped.set(name, (skipped.get(name) ?? 0) + 1);
      }
    }
    for (const name of [
      "hebrew-day-words",
      "gregorian day first",
      "gregorian month first",
      "hebrew-letter-day",
    ]) {
      expect(found.get(name) ?? 0).toBeGreaterThan(30);
      expect(skipped.get(name) ?? 0).toBeGreaterThan(1000);
    }
  });

  it("keeps no reader from a stretch of the real pages where it finds a date", () => {
    let stretches = 0;
    let withDates = 0;
    for (const text of pageTexts()) {
      expect(gateIsExact(text)).toBe(true);
      const years: number[] = [];
      digitRegions(text, years);
      for (const [start, end] of wordRegions(text, years, textAnchors(text).ofEnds)) {
        const piece = text.slice(start, end);
        stretches++;
        if (readers(piece).some(([, candidates]) => candidates.length > 0)) withDates++;
        expect(gateIsExact(piece)).toBe(true);
      }
    }
    expect(stretches).toBeGreaterThan(20);
    expect(withDates).toBeGreaterThan(5);
  });

  it("splits the Gregorian reader into its two forms, in its order", () => {
    fc.assert(
      fc.property(stretch, (text) => {
        expect(gregorianDayWordsExtractor.extract(text, OPTIONS)).toEqual([
          ...gregorianDayFirstWordsExtractor.extract(text, OPTIONS),
          ...gregorianMonthFirstWordsExtractor.extract(text, OPTIONS),
        ]);
      }),
      { numRuns: 500 },
    );
  });
});

describe("the readers of dates in words, counted", () => {
  function runs(text: string): number {
    resetWork();
    parseDates(text, { reference: "2026-11-24" });
    return readWork().wordReaderRuns;
  }

  it("run none over prose whose stretches hold no month", () => {
    expect(runs("They could make out, second of pose run, the ninth of the ten. ".repeat(20))).toBe(0);
  });

  it("run each only where its month (and, month first, a digit) stands", () => {
    // The two Hebrew readers.
    expect(runs("We fast on the ninth of Av.")).toBe(2);
    // The Gregorian day-first form only: no digit for the month-first one's year.
    expect(runs("on the fourth of July")).toBe(1);
    // Both Gregorian forms.
    expect(runs("on the fourth of July, 2026")).toBe(2);
    // All four: a month of each calendar and a digit.
    expect(runs("the ninth of Av, the fourth of July 2026")).toBe(4);
  });
});
