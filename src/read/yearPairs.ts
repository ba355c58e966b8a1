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

/** The same pattern, tried at one offset (the search near each civil year below). */
const PATTERN_AT = /* @__PURE__ */ new RegExp(PATTERN.source, "uy");

/**
 * The most UTF-16 code units from a match's start to its civil year's: a Hebrew year of seven
 * (ה׳תשפ״ז) and the widest join (two spaces, a mark, two spaces), or four digits and their join.
 */
const CIVIL_REACH = 12;

const ONE = 49;
const TWO = 50;
const FIVE = 53;
const HE = 0x05d4;
const TAV = 0x05ea;

/** Whether a match may begin with the character at `at`: a Hebrew year's ה or ת, or a year's first digit. */
function mayOpenMatch(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  return code === ONE || code === TWO || code === FIVE || code === HE || code === TAV;
}

/** Whether `at` is the second half of a surrogate pair, where a unicode pattern's search never starts. */
function insidePair(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  if (at === 0 || code < 0xdc00 || code > 0xdfff) return false;
  const before = text.charCodeAt(at - 1);
  return before >= 0xd800 && before <= 0xdbff;
}

/**
 * The matches of PATTERN, in order, as its global search finds them. Every match holds a civil
 * year, four digits that begin with 1 or 2 with no digit on either side (the joins around it are
 * spaces and marks, its edges look-arounds that refuse a digit), within CIVIL_REACH of the match's
 * start: with the text's runs of digits known, the pattern is tried only at the offsets before
 * those runs, not over the whole page.
 */
function* matchesOf(text: string, digitRuns: readonly number[] | undefined): Generator<RegExpExecArray> {
  if (digitRuns === undefined) {
    PATTERN.lastIndex = 0;
    for (let match = PATTERN.exec(text); match !== null; match = PATTERN.exec(text)) yield match;
    return;
  }
  // Offsets before `next` were tried, or lie inside a match already given.
  let next = 0;
  for (let run = 0; run < digitRuns.length; run += 2) {
    const civil = digitRuns[run]!;
    const first = text.charCodeAt(civil);
    if (digitRuns[run + 1]! - civil !== 4 || (first !== ONE && first !== TWO)) continue;
    for (let at = Math.max(next, civil - CIVIL_REACH); at <= civil; at++) {
      if (!mayOpenMatch(text, at) || insidePair(text, at)) continue;
      PATTERN_AT.lastIndex = at;
      const match = PATTERN_AT.exec(text);
      if (match === null) continue;
      // The global search goes on from the match's end.
      next = PATTERN_AT.lastIndex;
      at = next - 1;
      yield match;
    }
    next = Math.max(next, civil + 1);
  }
}

/**
 * The Hebrew years written beside Gregorian years, outside the spans of dates already read. With
 * `digitRuns`, the text's runs of digits as flat start/end pairs (textAnchors.ts), the pattern is
 * tried only near its four-digit runs; the pairs are the same.
 * @example yearPairs('ה\'תשפ"ז (2026)', [])[0]?.hebrew.year // 5787
 */
export function yearPairs(text: string, taken: readonly Span[], digitRuns?: readonly number[]): YearPair[] {
  const found: YearPair[] = [];
  if (!FOUR_DIGITS.test(text)) return found;
  let next = 0;
  for (const match of matchesOf(text, digitRuns)) {
    const start = match.index;
    const end = start + match[0].length;
    while (next < taken.length && taken[next]!.end <= start) next++;
    if (next < taken.length && taken[next]!.start < end) continue; // part of a date already read
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
