import type { Span } from "../types.js";
import { parseHebrewYear } from "./gematriya.js";

// A page may date itself by years alone: a letter's "ה'תשפ"ז (2026)", a book's "5787 / 2026". No day is
// named, but the two years can still be checked against each other: a Hebrew year runs from the
// autumn of one Gregorian year to the autumn of the next, so they agree when they overlap.

/** A Hebrew year written beside a Gregorian year, with no day or month. */
export interface YearPair extends Span {
  hebrew: { text: string; year: number } & Span;
  gregorian: { text: string; year: number } & Span;
}

/** A Hebrew-script year: gershayim before its last letter, a thousands letter ה׳ before it or not.
 * In digits, only the years of the last four centuries (5600–5999): other four-digit numbers beside a
 * year are too often something else. */
const HEBREW_YEAR = "(?:ה['\u05f3\u2019]?)?ת[\u05d0-\u05ea]{0,2}[\"\u05f4\u201d][\u05d0-\u05ea]";
const LATIN_YEAR = "5[6-9]\\d{2}";
const CIVIL_YEAR = "[12]\\d{3}";
const BETWEEN = "(?:\\s{0,2}[(\\[/|,–—-]\\s{0,2}|\\s{1,2})";
/** Two numbers in digits stand for years only in brackets or across a spaced slash ("5787 (2026)", "5787 / 2026"), not as "5778-1234". */
const DIGITS_BETWEEN = "(?:\\s{0,2}[(\\[]\\s{0,2}|\\s{1,2}/\\s{1,2})";
const CLOSE = "\\s{0,2}[)\\]]?";
const START = "(?<![\\p{L}\\p{N}\"'\u05f3\u05f4])";
const END = "(?![\\p{L}\\p{N}\"'\u05f3\u05f4])";
// A pure call: a web page that only converts dates drops it, with the rest of this reader.
const PATTERN = /* @__PURE__ */ new RegExp(
  `${START}(?:(?:(?<hebrew>${HEBREW_YEAR})${BETWEEN}|(?<hebrewDigits>${LATIN_YEAR})${DIGITS_BETWEEN})(?<civil>${CIVIL_YEAR})${CLOSE}|(?<civilFirst>${CIVIL_YEAR})(?:${BETWEEN}(?<hebrewAfter>${HEBREW_YEAR})|${DIGITS_BETWEEN}(?<hebrewDigitsAfter>${LATIN_YEAR}))${CLOSE})${END}`,
  "gu",
);

const FOUR_DIGITS = /\d{4}/;

function hebrewYearOf(text: string): number | undefined {
  if (/^\d+$/.test(text)) return Number(text);
  return parseHebrewYear(text.replace(/["\u05f4\u201d]/g, "\u05f4").replace(/['\u2019]/g, "\u05f3"));
}

/** A date already read; `extractor` says which reader read it. */
type Taken = Span & { extractor?: string };

/**
 * Whether the date read at `taken[at]` is a holiday's name that ends with the Hebrew year opening
 * the match (`start` to `end`), and no other date reaches into it: in "חנוכה שנת תשפ״ב – 2021" the
 * holiday is read with its year, and the Gregorian year after it still says which years the page
 * means. A date with its day and month ("כ״ה בכסלו תשפ״ז (2026)") keeps its year to itself.
 */
function endsWithYear(
  taken: readonly Taken[],
  at: number,
  start: number,
  end: number,
  hebrewText: string,
): boolean {
  const date = taken[at]!;
  const after = taken[at + 1];
  return (
    date.extractor === "holiday-name" &&
    date.start < start &&
    date.end === start + hebrewText.length &&
    (after === undefined || after.start >= end)
  );
}

/**
 * The Hebrew years written beside Gregorian years, outside the spans of dates already read.
 * @example yearPairs('ה\'תשפ"ז (2026)', [])[0]?.hebrew.year // 5787
 */
export function yearPairs(text: string, taken: readonly Taken[]): YearPair[] {
  const found: YearPair[] = [];
  if (!FOUR_DIGITS.test(text)) return found;
  let next = 0;
  PATTERN.lastIndex = 0;
  for (let match = PATTERN.exec(text); match !== null; match = PATTERN.exec(text)) {
    const start = match.index;
    const end = start + match[0].length;
    while (next < taken.length && taken[next]!.end <= start) next++;
    const groups = match.groups!;
    const hebrewText = (groups.hebrew ??
      groups.hebrewDigits ??
      groups.hebrewAfter ??
      groups.hebrewDigitsAfter)!;
    const civilText = (groups.civil ?? groups.civilFirst)!;
    const hebrewYear = hebrewYearOf(hebrewText);
    if (hebrewYear === undefined || hebrewYear < 4000) continue;
    const hebrewFirst = groups.civil !== undefined;
    const hebrewStart = start + match[0].indexOf(hebrewText, hebrewFirst ? 0 : civilText.length);
    const civilStart = start + match[0].indexOf(civilText, hebrewFirst ? hebrewText.length : 0);
    // Part of a date already read. A year in letters that ends a holiday's name may still pair with
    // the Gregorian year after it; one in digits ("Pesach 5778 (2018)") stays the name's alone.
    const yearInLetters = groups.hebrew !== undefined;
    if (
      next < taken.length &&
      taken[next]!.start < end &&
      !(yearInLetters && endsWithYear(taken, next, start, end, hebrewText))
    )
      continue;
    found.push({
      start,
      end,
      hebrew: {
        text: hebrewText,
        year: hebrewYear,
        start: hebrewStart,
        end: hebrewStart + hebrewText.length,
      },
      gregorian: {
        text: civilText,
        year: Number(civilText),
        start: civilStart,
        end: civilStart + civilText.length,
      },
    });
  }
  return found;
}
