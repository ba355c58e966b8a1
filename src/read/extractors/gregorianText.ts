import { type AnchoredPattern, execSearch, patternOf, type Search } from "../anchoredSearch.js";
import { markEveningAfter } from "../eveningAfter.js";
import { GREGORIAN_MONTH_PATTERN, gregorianMonthFromName, LEXICON, normalizeWord } from "../lexicon.js";
import type { Candidate, ExtractOptions, Extractor, StatedFields, TimeOfDay } from "../mention.js";
import { gregorianMonthAt, gregorianMonthNearDay } from "../monthNearDay.js";
import { caseless, END, ORDINAL, SPACE, SPACE_MAX, START, yearNotNextRowLabel } from "../patterns.js";
import { readStyleMark } from "../styleMark.js";
import { takeWeekdayInBrackets } from "../weekdayInBrackets.js";
import { takeRowWeekdayAfter } from "../weekdayInRow.js";
import { weekdayBefore } from "../weekdayPrefix.js";
import { readWeekdayPhrase, stateWeekday } from "../weekdayWords.js";

// Gregorian dates with a month name, as pages write them: "Sunday, July 22nd", "December 13, 2015
// 2:27 pm", "13th of December, 2015", "Dec. 13, 2015", "Nov 14,2022", "Jun. 26 ’12", "Sun, 22 Jul 2018 14:30:00
// +0000", "Thursday 3 March 2016 10.05 GMT". A weekday before the date, a time after it, and an
// Old Style mark are part of the mention. A four-digit year outside 1000–2999 (5778) is a Hebrew
// year: the mention then has no year and ends before it.

const DAY = "(?<day>3[01]|[12]\\d|0?[1-9])";
const MONTH = `(?<month>${GREGORIAN_MONTH_PATTERN})${END}`;
const YEAR = `(?:(?<year>[12]\\d{3})${yearNotNextRowLabel("[12]\\d{3}")}|['\\u2019\\u2018](?<shortYear>\\d{2}))${END}`;

// A weekday before the date is looked for behind it (see weekdayPrefix.ts), so that these patterns
// begin with the date itself.

/** Month first: sticky, tried only shortly before a day number (anchoredSearch.ts). */
const MONTH_FIRST: AnchoredPattern = {
  pattern: new RegExp(
    caseless(
      `${START}(?<month>${GREGORIAN_MONTH_PATTERN})(?:${END}(?:\\.?${SPACE}|\\.)(?:the${SPACE})?|(?<gluedDay>(?=\\d)))` +
        `${DAY}${ORDINAL}${END}(?:(?:,?${SPACE}|,)${YEAR})?`,
    ),
    "uy",
  ),
  // The day, after the white space that ends SPACE or the month's period ("Dec.13"), or glued to a
  // month name's last letter ("December17"). Its first digit comes before the look behind, so that
  // V8 can skip ahead to digits.
  anchor: new RegExp(caseless(`\\d(?<=[\\s.ehlrty]\\d)\\d?${ORDINAL}${END}`), "gu"),
  // "September", "." and SPACE, "the" and SPACE.
  reach: "September.".length + SPACE_MAX + "the".length + SPACE_MAX,
  letterFirst: true,
  // The month and "the".
  wordsBefore: 2,
  // Every spelling of GREGORIAN_MONTH_PATTERN has three ASCII letters or more.
  mayStartAt: gregorianMonthAt,
};
/**
 * Day first. "The" joins a mention only after a weekday ("Sunday the 22nd of July"); alone it stays
 * outside. A page's template may glue the day to a capitalized month ("2November 2024"): read so only
 * with its year.
 */
const DAY_FIRST = new RegExp(
  caseless(
    `${START}${DAY}(?:${ORDINAL}${END}(?:${SPACE}of${SPACE}|${SPACE}|-)|(?<glued>(?=\\p{Lu}\\p{Ll})))` +
      `${MONTH}\\.?(?:(?:,?${SPACE}|-)${YEAR})?`,
  ),
  "gu",
);

/** A month name written out in full with a capital, as one a day may be glued to: not May or March. */
const GLUED_MONTH = /^(?!May$|March$)\p{Lu}\p{Ll}{3,8}$/u;
/** "may" and "march" are common verbs: written in lower case with no year they are not months. */
const WORD_MONTHS = new Set(["may", "mar", "march"]);
/** "sat", "sun", "wed" in lower case are words ("we wed 22 June"), not weekdays. */
const WORD_WEEKDAYS = new Set(["sat", "sun", "wed"]);

/** Unambiguous zone abbreviations, minutes east of UTC. IST (India, Israel, Ireland) is not one. */
const ZONE_OFFSETS: Record<string, number> = {
  EST: -300,
  EDT: -240,
  CST: -360,
  CDT: -300,
  MST: -420,
  MDT: -360,
  PST: -480,
  PDT: -420,
  BST: 60,
  CET: 60,
  CEST: 120,
  IDT: 180,
  EET: 120,
  EEST: 180,
};
const ZONE_NAMES = Object.keys(ZONE_OFFSETS)
  .sort((a, b) => b.length - a.length)
  .join("|");

// Sticky readers for what may follow a date (the style mark is styleMark.ts). Case matters for
// zones: "est" is a word.
const TIME = new RegExp(
  caseless(
    // "23.1.2021 / 11:54": a news site's date and time, a slash between.
    "(?:[\\s\\u00a0]{0,3}(?:,|at|@|-|\\u2013|\\u2014|\\||/))?[\\s\\u00a0]{1,3}" +
      "(?<hour>\\d{1,2})(?:(?<separator>[:.])(?<minute>\\d{2})(?::(?<second>\\d{2})(?:[.,]\\d{1,9})?)?)?" +
      `(?:[\\s\\u00a0]{0,2}(?<meridiem>[ap]\\.m\\.|[ap]m)${END})?`,
  ),
  "uy",
);
const ZONE = new RegExp(
  "[\\s\\u00a0]{0,2}(?:(?<utc>Z|UTC|GMT)(?<utcOffset>[+-]\\d{1,2}(?::?\\d{2})?)?|(?<offset>[+-]\\d{2}:?\\d{2})|" +
    `(?<abbreviation>${ZONE_NAMES})|\\((?<abbreviationInParens>${ZONE_NAMES})\\))${END}`,
  "uy",
);
const WORD_CHAR = /[\p{L}\p{N}]/uy;

/**
 * A two-digit year as a full year: 20yy when that is at most ten years after the reference year,
 * else 19yy.
 * @example fullYearFromTwoDigits(12, 2024) // 2012
 */
export function fullYearFromTwoDigits(twoDigits: number, referenceYear: number): number {
  return 2000 + twoDigits <= referenceYear + 10 ? 2000 + twoDigits : 1900 + twoDigits;
}

/**
 * The reference year of the options, or the current UTC year.
 * @example referenceYearOf({ referenceYear: 2018 }) // 2018
 */
export function referenceYearOf(options: ExtractOptions): number {
  return options.referenceYear ?? new Date().getUTCFullYear();
}

/**
 * The weekday index a prefix word names, unless it is a lower-case English word ("sun", "wed").
 * @example weekdayOfPrefix("Sun") // 0
 */
export function weekdayOfPrefix(word: string): number | undefined {
  if (WORD_WEEKDAYS.has(word)) return undefined;
  return readWeekdayPhrase(word, true)?.weekday;
}

function offsetFrom(sign: string, hours: number, minutes: number): number | undefined {
  if (hours > 14 || minutes > 59) return undefined;
  const total = hours * 60 + minutes;
  return sign === "-" && total !== 0 ? -total : total;
}

function readOffset(groups: Record<string, string | undefined>): number | undefined {
  if (groups.abbreviation !== undefined) return ZONE_OFFSETS[groups.abbreviation];
  if (groups.abbreviationInParens !== undefined) return ZONE_OFFSETS[groups.abbreviationInParens];
  const written = groups.offset ?? groups.utcOffset;
  if (written === undefined) return 0; // Z, UTC, GMT
  const digits = written.slice(1).replace(":", "");
  // "+3" and "+03" are hours; "+0300", "+03:00", "+530" end in two digits of minutes.
  const hours = digits.length <= 2 ? Number(digits) : Number(digits.slice(0, -2));
  const minutes = digits.length <= 2 ? 0 : Number(digits.slice(-2));
  return offsetFrom(written[0]!, hours, minutes);
}

/** A time of day read after a date, with its zone, and where it ends. */
export interface TimeReading {
  time: TimeOfDay;
  offsetMinutes?: number;
  end: number;
}

/**
 * The time of day (and zone) written right after offset `at` ("2:27 pm", ", 10:02 am", " at 9:15 PM
 * EDT", " 14:30:00 +0000", " 10.05 GMT"), or undefined when none is there or it is no real time.
 * @example readTimeAfter("July 22 at 9:15 PM EDT", 7)?.time // {hour: 21, minute: 15, second: 0}
 */
export function readTimeAfter(text: string, at: number): TimeReading | undefined {
  TIME.lastIndex = at;
  const match = TIME.exec(text);
  if (match === null) return undefined;
  const groups = match.groups!;
  let hour = Number(groups.hour);
  const minute = groups.minute === undefined ? 0 : Number(groups.minute);
  const second = groups.second === undefined ? 0 : Number(groups.second);
  const meridiem = groups.meridiem?.toLowerCase().replace(/\./g, "");
  // A bare number is not a time; "9 pm" is.
  if (groups.minute === undefined && meridiem === undefined) return undefined;
  if (minute > 59 || second > 59) return undefined;
  if (meridiem === undefined) {
    if (hour > 23) return undefined;
  } else {
    if (hour < 1 || hour > 12) return undefined;
    hour = (hour % 12) + (meridiem === "pm" ? 12 : 0);
  }
  let end = at + match[0].length;
  ZONE.lastIndex = end;
  const zone = ZONE.exec(text);
  const offsetMinutes = zone === null ? undefined : readOffset(zone.groups!);
  // "10.05" is a time only with am/pm or a zone beside it; alone it is a decimal number.
  if (groups.separator === "." && meridiem === undefined && offsetMinutes === undefined) return undefined;
  if (zone !== null && offsetMinutes !== undefined) {
    end += zone[0].length;
  } else {
    WORD_CHAR.lastIndex = end;
    if (WORD_CHAR.test(text)) return undefined;
  }
  const reading: TimeReading = { time: { hour, minute, second }, end };
  if (offsetMinutes !== undefined) reading.offsetMinutes = offsetMinutes;
  return reading;
}

function isAbbreviation(monthText: string, month: number): boolean {
  return normalizeWord(monthText) !== LEXICON.gregorianMonths[month]?.[0];
}

function collect(
  search: Search,
  weekdayWithThe: boolean,
  text: string,
  referenceYear: number,
  out: Candidate[],
): void {
  const pattern = patternOf(search);
  pattern.lastIndex = 0;
  for (;;) {
    // A weekday before where this search starts belongs to the previous match.
    const from = pattern.lastIndex;
    const match = execSearch(search, text);
    if (match === null) return;
    const groups = match.groups!;
    const monthText = groups.month!;
    const month = gregorianMonthFromName(monthText);
    if (month === undefined) continue;
    const hasYear = groups.year !== undefined || groups.shortYear !== undefined;
    if (groups.glued !== undefined && groups.year === undefined) continue;
    // "Friday, December17" (bethisraelmalden.org): a template glued the day to a capitalized month
    // written out in full; with a weekday before it or a year after it, else a tag ("July22"), and
    // "Dec17", "may2" or "Mar1" stay codes and words.
    if (groups.gluedDay !== undefined && !GLUED_MONTH.test(monthText)) continue;
    if (!hasYear && WORD_MONTHS.has(monthText)) continue;
    const stated: StatedFields = { month, day: Number(groups.day) };
    if (groups.year !== undefined) {
      stated.year = Number(groups.year);
    } else if (groups.shortYear !== undefined) {
      stated.year = fullYearFromTwoDigits(Number(groups.shortYear), referenceYear);
      stated.twoDigitYear = true;
    }
    let start = match.index;
    let end = match.index + match[0].length;
    // A full month name's trailing period ends the sentence, not the word.
    if (!hasYear && text[end - 1] === "." && !isAbbreviation(monthText, month)) end -= 1;
    const prefix = weekdayBefore(text, start, from, weekdayWithThe);
    if (groups.gluedDay !== undefined && prefix === undefined && !hasYear) continue;
    if (prefix !== undefined) {
      stateWeekday(stated, prefix.word);
      start = prefix.start;
    }
    const mark = readStyleMark(text, end, stated.year);
    if (mark !== undefined) {
      if (mark.oldStyle) stated.oldStyle = true;
      end = mark.end;
    }
    end = takeRowWeekdayAfter(text, end, stated);
    const reading = readTimeAfter(text, end);
    if (reading !== undefined) {
      stated.time = reading.time;
      if (reading.offsetMinutes !== undefined) stated.offsetMinutes = reading.offsetMinutes;
      end = reading.end;
    }
    end = markEveningAfter(text, end, stated);
    end = takeWeekdayInBrackets(text, end, stated);
    out.push({ start, end, calendar: "gregorian", extractor: "gregorian-text", stated });
  }
}

/**
 * The candidates in reading order; of two overlapping readings the longer stays ("5 July 22, 2018"
 * cannot be both "5 July" and "July 22, 2018").
 */
function inOrder(candidates: Candidate[]): Candidate[] {
  candidates.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Candidate[] = [];
  for (const candidate of candidates) {
    const last = kept[kept.length - 1];
    if (last === undefined || candidate.start >= last.end) kept.push(candidate);
    else if (candidate.end - candidate.start > last.end - last.start) kept[kept.length - 1] = candidate;
  }
  return kept;
}

/**
 * Gregorian dates written with a month name, month first or day first, with weekday and time.
 * @example gregorianTextExtractor.extract("Sunday, July 22nd", {})[0]?.stated // {month: 7, day: 22, weekday: 0}
 */
export const gregorianTextExtractor: Extractor = {
  name: "gregorian-text",
  // Its day is a run of one or two digits with a month name near it (monthNearDay.ts).
  mayHoldRun: gregorianMonthNearDay,
  runLeads: true,
  extract(text, options) {
    const referenceYear = referenceYearOf(options);
    const out: Candidate[] = [];
    collect(MONTH_FIRST, false, text, referenceYear, out);
    collect(DAY_FIRST, true, text, referenceYear, out);
    return inOrder(out);
  },
};
