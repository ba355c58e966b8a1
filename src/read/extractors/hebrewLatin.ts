import {
  hebrewMonthFromName,
  mayStartHebrewMonth,
  PLAIN_ADAR,
  WEEKDAY_LATIN_PATTERN,
  weekdayFromName,
} from "../lexicon.js";
import type { Candidate, Extractor, StatedFields } from "../mention.js";
import { caseless, END, ORDINAL, SPACE, START } from "../patterns.js";

// Hebrew dates in English letters: "10 Av 5778", "10th of Av, 5778", "the 10th day of Av 5778",
// "Av 10, 5778", "Sunday, 10 Av". Years are four or five digits (text writes 5778, not 778).
//
// The month is matched as one or two words of Latin letters and then looked up in the lexicon,
// rather than as an alternation of its 90-odd spellings: that alternation, case-insensitive, took
// ≈ 30 ms to compile on first use (most of a conversion's start-up) and scanned at a third of the
// speed. Two words cover "Menachem Av", "Mar Cheshvan", "Adar II", "Adar 1"; when the two-word form
// is not a month, the first word alone is tried.

const LETTER = "A-Za-z\\u00c0-\\u024f\\u1e00-\\u1eff";
const WORD = `[${LETTER}][${LETTER}'\\u2019\\u2018\\u02bc\`\\u00b4]{0,11}`;
const SECOND = `(?:[\\s\\u00a0-]{1,3}(?<second>[${LETTER}]{1,12}|[12])${END})?`;
const MONTH = `(?<month>(?<first>${WORD})${SECOND})`;
const YEAR = new RegExp(`,?${SPACE}(?<year>\\d{4,5})${END}`, "uy");
// A weekday before the date ("Sunday, 10 Av 5778") is a claim to check and a clue to the year.
const WEEKDAY = `(?:(?<weekday>${WEEKDAY_LATIN_PATTERN})${END}\\.?,?${SPACE})?`;
/** "sat", "sun", "wed" in lower case are words ("we wed 10 Av"), not weekdays. */
const WORD_WEEKDAYS = new Set(["sat", "sun", "wed"]);

const DAY_FIRST = new RegExp(
  caseless(
    `${START}${WEEKDAY}(?<date>(?:the${SPACE})?(?<day>\\d{1,2})${ORDINAL}(?:${SPACE}day)?(?:${SPACE}of)?(?:,?${SPACE}|-)${MONTH})`,
  ),
  "gud",
);
const MONTH_FIRST = new RegExp(
  caseless(`${START}${WEEKDAY}(?<date>${MONTH}${SPACE}(?<day>\\d{1,2})${ORDINAL}${END})`),
  "gud",
);
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/**
 * "Av" and "Ab" are ordinary tokens in English ("AV equipment", "Ab 5 muscles"): without a year
 * beside them we take them only written as a month name is, capitalized, and "Ab" only day first.
 */
function plausible(monthText: string, hasYear: boolean, monthFirst: boolean): boolean {
  if (hasYear || monthText.length > 2) return true;
  return monthText === "Av" || (monthText === "Ab" && !monthFirst);
}

/** The Gregorian era's years as text writes them: "Tishrei 1, 2024" mixes the calendars. */
const CIVIL_YEARS = { from: 1000, to: 2999 };

/** The month a match names (two words, else the first alone) and where its text ends. */
function monthOf(
  match: RegExpExecArray,
  text: string,
): { month: number; text: string; end: number } | undefined {
  const groups = match.groups!;
  const [monthStart, monthEnd] = match.indices!.groups!.month!;
  if (groups.second !== undefined) {
    const month = hebrewMonthFromName(groups.month!);
    if (month !== undefined) return { month, text: groups.month!, end: monthEnd };
  }
  const firstEnd = monthStart + groups.first!.length;
  // The first word must end at a boundary (the pattern's own END follows the second word).
  if (firstEnd < text.length && LETTER_OR_DIGIT.test(text[firstEnd]!)) return undefined;
  const month = hebrewMonthFromName(groups.first!);
  return month === undefined ? undefined : { month, text: groups.first!, end: firstEnd };
}

function collect(pattern: RegExp, text: string, out: Candidate[], monthFirst: boolean): void {
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    const groups = match.groups!;
    const found = monthOf(match, text);
    // Month first, a failed two-word reading ("visit Av 10") must not hide the date that starts at
    // its second word: look again from just after this match's start.
    if (found === undefined || (monthFirst && found.end !== match.indices!.groups!.month![1])) {
      const second = groups.second;
      if (monthFirst && second !== undefined && mayStartHebrewMonth(second))
        pattern.lastIndex = match.index + 1;
      if (found === undefined) continue;
      if (monthFirst) continue;
    }
    let end = monthFirst ? match.index + match[0].length : found.end;
    let yearText: string | undefined;
    YEAR.lastIndex = end;
    const year = YEAR.exec(text);
    if (year !== null) {
      yearText = year.groups!.year!;
      end = YEAR.lastIndex;
    }
    if (!plausible(found.text, yearText !== undefined, monthFirst)) continue;
    const stated: StatedFields = { day: Number(groups.day), month: found.month };
    if (found.month === PLAIN_ADAR) stated.plainAdar = true;
    if (yearText !== undefined) {
      const value = Number(yearText);
      // A Hebrew year from 1000 to 2999 (over 1,700 years BCE) is not what text beside a Hebrew
      // month means: it is the Gregorian year, and the Hebrew year is inferred from it.
      if (value >= CIVIL_YEARS.from && value <= CIVIL_YEARS.to) stated.civilYear = value;
      else stated.year = value;
    }
    let start = match.index;
    const weekdayText = groups.weekday;
    const weekday =
      weekdayText === undefined || WORD_WEEKDAYS.has(weekdayText) ? undefined : weekdayFromName(weekdayText);
    if (weekday !== undefined) stated.weekday = weekday;
    else start = match.indices!.groups!.date![0];
    out.push({ start, end, calendar: "hebrew", extractor: "hebrew-latin", stated });
    // Day first, the year (read after the match) may run past it: resume after the date.
    if (pattern.lastIndex < end) pattern.lastIndex = end;
  }
}

/** Hebrew dates written in English letters, day first or month first. */
export const hebrewLatinExtractor: Extractor = {
  name: "hebrew-latin",
  extract(text) {
    const out: Candidate[] = [];
    collect(DAY_FIRST, text, out, false);
    collect(MONTH_FIRST, text, out, true);
    return out;
  },
};
