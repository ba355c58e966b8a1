import { type AnchoredPattern, execSearch, patternOf, type Search } from "../anchoredSearch.js";
import { isSpace } from "../digitRegions.js";
import { gregorianMonthFromName, hebrewMonthFromName, suggestHebrewMonths } from "../lexicon.js";
import type { Candidate, Extractor } from "../mention.js";
import { END, ORDINAL, SPACE, SPACE_MAX, START } from "../patterns.js";

// A day, a word and a Hebrew-era year ("10 Avv 5778") is a Hebrew date with a misspelled month.
// We report it, with the spellings it is near, rather than pass over it in silence. Only words near
// a month count: "10 apples 5778" is no date at all.

const WORD = "(?<word>\\p{L}[\\p{L}'\\u2019]{1,14})";
const YEAR = "(?<year>[3-9]\\d{3})";
/** The year, after the white space that ends SPACE: its first digit comes first, for V8 to skip ahead to. */
const YEAR_ANCHOR = new RegExp(`[3-9](?<=\\s\\d)\\d{3}${END}`, "gu");
/** Day first: sticky, tried only shortly before a Hebrew-era year (anchoredSearch.ts). */
const DAY_FIRST: AnchoredPattern = {
  pattern: new RegExp(
    `${START}(?<day>\\d{1,2})${ORDINAL}(?:${SPACE}of)?${SPACE}${WORD}${END},?${SPACE}${YEAR}${END}`,
    "uy",
  ),
  anchor: YEAR_ANCHOR,
  // The day and its ordinal, SPACE, "of" and SPACE, the word (15 letters, each maybe two UTF-16
  // units), a comma and SPACE.
  reach: 2 + 2 + SPACE_MAX + 2 + SPACE_MAX + 15 * 2 + 1 + SPACE_MAX,
  letterFirst: false,
  // The day, "of" and the word.
  wordsBefore: 3,
};
/** Month first: sticky, tried only shortly before a day and a year (anchoredSearch.ts). */
const MONTH_FIRST: AnchoredPattern = {
  pattern: new RegExp(`${START}${WORD}${SPACE}(?<day>\\d{1,2})${ORDINAL}${END},?${SPACE}${YEAR}${END}`, "uy"),
  // The day and year, after the white space that ends SPACE. The day's first digit comes before the
  // look behind, so that V8 can skip ahead to digits.
  anchor: new RegExp(`\\d(?<=\\s\\d)\\d?${ORDINAL}${END},?${SPACE}[3-9]\\d{3}${END}`, "gu"),
  // The word (15 letters, each maybe two UTF-16 units) and SPACE.
  reach: 15 * 2 + SPACE_MAX,
  letterFirst: true,
  wordsBefore: 1,
};

function collect(search: Search, text: string, out: Candidate[]): void {
  patternOf(search).lastIndex = 0;
  for (let match = execSearch(search, text); match !== null; match = execSearch(search, text)) {
    const word = match.groups!.word!;
    if (hebrewMonthFromName(word) !== undefined || gregorianMonthFromName(word) !== undefined) continue;
    // Short lower-case words are English ("sold 10 at 5000", "10 bar 5778" read as "Av", "Iyar").
    if (word.length <= 3 && !/^\p{Lu}/u.test(word)) continue;
    const suggestions = suggestHebrewMonths(word);
    if (suggestions.length === 0) continue;
    out.push({
      start: match.index,
      end: match.index + match[0].length,
      calendar: "hebrew",
      extractor: "unknown-month",
      stated: { day: Number(match.groups?.day), year: Number(match.groups?.year) },
      problem: {
        code: "unknown-month",
        message: `"${word}" is not a Hebrew month; did you mean ${suggestions.map((s) => `"${s}"`).join(" or ")}?`,
        suggestions,
      },
    });
  }
}

/** Near-miss Hebrew month spellings next to a day and a Hebrew year. */
export const unknownMonthExtractor: Extractor = {
  name: "unknown-month",
  // Both forms end with a Hebrew-era year, a run of four digits from 3000 after white space (its
  // run comes last, but a stretch without one holds no match): not the end of a telephone number.
  mayHoldRun(text, runs, run) {
    const start = runs[run]!;
    const first = text.charCodeAt(start);
    return runs[run + 1]! - start === 4 && first >= 51 && first <= 57 && isSpace(text.charCodeAt(start - 1));
  },
  extract(text) {
    const out: Candidate[] = [];
    collect(DAY_FIRST, text, out);
    collect(MONTH_FIRST, text, out);
    return out;
  },
};
