import { type AnchoredPattern, execAnchored } from "../anchoredSearch.js";
import { hebrewMonthFromName, LEXICON, mayStartHebrewMonth, PLAIN_ADAR } from "../lexicon.js";
import type { Candidate, Extractor, StatedFields } from "../mention.js";
import { hebrewMonthNearDay } from "../monthNearDay.js";
import { caseless, END, ORDINAL, SPACE, SPACE_MAX, START } from "../patterns.js";
import { type WeekdayPrefix, weekdayAt, weekdayBefore } from "../weekdayPrefix.js";
import { stateWeekday } from "../weekdayWords.js";
import { yearWordsEnd } from "../yearWords.js";

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
/** "sat", "sun", "wed" in lower case are words ("we wed 10 Av"), not weekdays. */
const WORD_WEEKDAYS = new Set(["sat", "sun", "wed"]);

// A weekday before the date ("Sunday, 10 Av 5778") is a claim to check and a clue to the year. It
// is looked for behind the date (weekdayPrefix.ts), so the patterns begin with the date itself.
// Day first, so is the "the" that begins a date ("the 10th day of Av"): the pattern begins with
// the day's digits, which V8 skips ahead to, where "t" is in every other word.
const DAY_FIRST = new RegExp(
  caseless(`${START}(?<day>\\d{1,2})${ORDINAL}(?:${SPACE}day)?(?:${SPACE}of)?(?:,?${SPACE}|-)${MONTH}`),
  "gu",
);
const THE_BEFORE = new RegExp(caseless(`(?<=(?<the>${START}the${SPACE}))`), "uy");
/** Sticky: it is tried only shortly before day numbers (anchoredSearch.ts), and after a weekday. */
const MONTH_FIRST = new RegExp(caseless(`${START}${MONTH}${SPACE}(?<day>\\d{1,2})${ORDINAL}${END}`), "uy");
const MONTH_FIRST_SEARCH: AnchoredPattern = {
  pattern: MONTH_FIRST,
  // The day, after the white space that ends SPACE. Its first digit comes before the look behind,
  // so that V8 can skip ahead to digits.
  anchor: new RegExp(caseless(`\\d(?<=\\s\\d)\\d?${ORDINAL}${END}`), "gu"),
  // The month's two words (12 letters, up to 3 characters between, 12 letters) and SPACE.
  reach: 12 + 3 + 12 + SPACE_MAX,
  letterFirst: true,
  // The month's one or two words ("Av", "Menachem-Av", "Adar 2").
  wordsBefore: 2,
};
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

/** One match of a pattern, and where the search for it began. */
interface Reading {
  groups: Record<string, string | undefined>;
  /** A "the" or weekday before the date joins it only if it begins here or later. */
  from: number;
  /** Where the date begins, without a "the" or weekday before it. */
  dateStart: number;
  end: number;
  monthStart: number;
  monthEnd: number;
  /** Month first, the weekday before the date (it may be a word such as "sun"). */
  weekday?: WeekdayPrefix;
}

/** Where a day-first date at `at` begins: at "the" before it, if that begins at or after `from`. */
function theBefore(text: string, at: number, from: number): number {
  if (at - from < 4) return at;
  THE_BEFORE.lastIndex = at;
  const the = THE_BEFORE.exec(text)?.groups?.the;
  return the === undefined || at - the.length < from ? at : at - the.length;
}

/**
 * The next day-first match whose month may be one: the month ends it. A match whose first word
 * cannot begin a month (most "10 word" on a page) is passed over here, as collect would pass it over,
 * before any reading is built for it.
 */
function nextDayFirst(text: string): Reading | undefined {
  let from: number;
  let match: RegExpExecArray | null;
  do {
    from = DAY_FIRST.lastIndex;
    match = DAY_FIRST.exec(text);
    if (match === null) return undefined;
  } while (!mayStartHebrewMonth(match.groups!.first!));
  const end = DAY_FIRST.lastIndex;
  const monthStart = end - match.groups!.month!.length;
  return { groups: match.groups!, from, dateStart: match.index, end, monthStart, monthEnd: end };
}

/** Initials of the English weekdays, either case: a word with another initial is no weekday prefix. */
const WEEKDAY_INITIALS = new Set(
  Object.values(LEXICON.weekdaysLatin)
    .flat()
    .flatMap((name) => [name[0]!.toLowerCase(), name[0]!.toUpperCase()]),
);

/**
 * Whether collect would drop a month-first match and go on from its end, reading nothing: neither
 * word may begin a month (so no reading starts again at the second word), and the first word is no
 * weekday (after which the date is read again). Most "word 10" on a page are such matches, and
 * telling so here spares building a reading and looking for weekdays around each.
 */
function cannotBeMonthFirstDate(groups: Record<string, string | undefined>): boolean {
  const { first, second } = groups;
  return (
    !mayStartHebrewMonth(first!) &&
    (second === undefined || !mayStartHebrewMonth(second)) &&
    !WEEKDAY_INITIALS.has(first![0]!)
  );
}

/**
 * The next month-first match, with the weekday before it. The pattern used to begin with an
 * optional weekday, which it preferred: "Sunday Av 10" matched as a weekday and "Av 10", not as
 * a date of month "Sunday Av", and that reading is kept here.
 */
function nextMonthFirst(text: string): Reading | undefined {
  let from: number;
  let match: RegExpExecArray | null;
  do {
    from = MONTH_FIRST.lastIndex;
    match = execAnchored(MONTH_FIRST_SEARCH, text);
    if (match === null) return undefined;
  } while (cannotBeMonthFirstDate(match.groups!));
  const dateStart = match.index;
  const end = MONTH_FIRST.lastIndex;
  const reading: Reading = {
    groups: match.groups!,
    from,
    dateStart,
    end,
    monthStart: dateStart,
    monthEnd: dateStart + match.groups!.month!.length,
  };
  reading.weekday = weekdayBefore(text, dateStart, from, false);
  if (reading.weekday !== undefined) return reading;
  const weekday = weekdayAt(text, dateStart);
  if (weekday === undefined) return reading;
  MONTH_FIRST.lastIndex = weekday.end;
  const after = MONTH_FIRST.exec(text);
  if (after === null) {
    MONTH_FIRST.lastIndex = end;
    return reading;
  }
  return {
    groups: after.groups!,
    from,
    dateStart: weekday.end,
    end: MONTH_FIRST.lastIndex,
    monthStart: weekday.end,
    monthEnd: weekday.end + after.groups!.month!.length,
    weekday: { weekday: weekday.weekday, start: dateStart, word: weekday.word },
  };
}

/** The month a match names (two words, else the first alone) and where its text ends. */
function monthOf(reading: Reading, text: string): { month: number; text: string; end: number } | undefined {
  const { groups, monthStart, monthEnd } = reading;
  // Both readings begin with the first word: most words beside a number cannot begin a month.
  if (!mayStartHebrewMonth(groups.first!)) return undefined;
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

function collect(text: string, out: Candidate[], monthFirst: boolean): void {
  const pattern = monthFirst ? MONTH_FIRST : DAY_FIRST;
  const next = monthFirst ? nextMonthFirst : nextDayFirst;
  pattern.lastIndex = 0;
  for (let reading = next(text); reading !== undefined; reading = next(text)) {
    const groups = reading.groups;
    const found = monthOf(reading, text);
    // Month first, a failed two-word reading ("visit Av 10") must not hide the date that starts at
    // its second word: look again from just after this match's start.
    if (found === undefined || (monthFirst && found.end !== reading.monthEnd)) {
      const second = groups.second;
      if (monthFirst && second !== undefined && mayStartHebrewMonth(second))
        pattern.lastIndex = (reading.weekday?.start ?? reading.dateStart) + 1;
      if (found === undefined) continue;
      if (monthFirst) continue;
    }
    let end = monthFirst ? reading.end : found.end;
    let yearText: string | undefined;
    YEAR.lastIndex = end;
    let year = YEAR.exec(text);
    // A civil year that opens the next line is that line's, a row's year under a day's heading
    // ("Date 27th day of Nisan" / "2017 date sunset, April 23", an infobox flattened to lines).
    if (year?.[0].includes("\n") && Number(year.groups!.year) <= CIVIL_YEARS.to) year = null;
    if (year !== null) {
      yearText = year.groups!.year!;
      // "10 Av 5778 AM": the era written after the year is part of the date.
      end = yearWordsEnd(text, YEAR.lastIndex);
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
    // Day first, "the" and the weekday before the date are looked for only now that it is one.
    const dateStart = monthFirst ? reading.dateStart : theBefore(text, reading.dateStart, reading.from);
    const prefix = monthFirst ? reading.weekday : weekdayBefore(text, dateStart, reading.from, false);
    let start = dateStart;
    if (prefix !== undefined && !WORD_WEEKDAYS.has(prefix.weekday)) {
      stateWeekday(stated, prefix.word);
      start = prefix.start;
    }
    out.push({ start, end, calendar: "hebrew", extractor: "hebrew-latin", stated });
    // Day first, the year (read after the match) may run past it: resume after the date.
    if (pattern.lastIndex < end) pattern.lastIndex = end;
  }
}

/** Hebrew dates written in English letters, day first or month first. */
export const hebrewLatinExtractor: Extractor = {
  name: "hebrew-latin",
  // Its day is a run of one or two digits with a month name near it (monthNearDay.ts).
  mayHoldRun: hebrewMonthNearDay,
  runLeads: true,
  extract(text) {
    const out: Candidate[] = [];
    collect(text, out, false);
    collect(text, out, true);
    return out;
  },
};
