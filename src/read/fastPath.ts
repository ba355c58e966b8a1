import { HEBREW_MONTH, isHebrewLeapYear } from "../calendars/hebrew.js";
import { gregorianDayNumberStrict, hebrewDayNumberStrict } from "../calendars/validate.js";
import { isDateError } from "../errors.js";
import type { CalendarDate } from "../types.js";
import { readTimeAfter } from "./extractors/gregorianText.js";
import { parseGematriya, parseHebrewYear } from "./gematriya.js";
import {
  gregorianMonthFromName,
  HEBREW_MONTH_HEBREW_PATTERN,
  hebrewMonthFromName,
  PLAIN_ADAR,
  WEEKDAY_HEBREW_PATTERN,
  weekdayFromName,
} from "./lexicon.js";
import type { Inference, StatedFields } from "./mention.js";
import type { PipelineOptions } from "./parseDates.js";
import { HEBREW_NUMERAL_CHARS } from "./patterns.js";
import type { SingleReading } from "./readOneDate.js";
import {
  type PartialDate,
  referenceYearNote,
  weekdayYearNote,
  yearFromWeekday,
  yearNearest,
} from "./refiners/inferYear.js";
import { MONTH_FIRST_BY_DEFAULT } from "./refiners/resolveMentions.js";

// convertDate is mostly called with a string that is one date in a common form: "10 Av 5778",
// "July 22, 2018", "2018-07-22", "7/22/2018", "י׳ באב תשע״ח". Running all the readers and refiners
// over it costs ≈ 6 µs; these forms are read here in about 1 µs with one anchored pattern each.
// Only what is plain is read here: a capitalized month, a full year or none (inferred as the
// refiners infer it for a lone date), no plain Adar, no Old Style mark, nothing else in the string.
// Anything else (or anything invalid, whose error the readers word) returns undefined and goes to
// the readers. A property test checks that every reading made here is the one the readers make.

const ORDINAL = "(?:st|nd|rd|th)?";
/** One capitalized word, as month names are written ("Sh'vat", "Sept"); a second for "Adar II". */
const MONTH = "(?<month>[A-Z][A-Za-z'\\u2019]*(?: [A-Z][A-Za-z]*)?)";
const WEEKDAY = "(?:(?<weekday>[A-Z][a-z]{1,8})\\.?,? )?";

/** "10 Av 5778", "30th of Tishrei, 5683", "5 August 2007", "Sunday, 22nd July 2018". */
const DAY_FIRST = new RegExp(
  `^${WEEKDAY}(?<day>\\d{1,2})${ORDINAL}(?: of)?(?<comma>,?) ${MONTH}(?<dot>\\.?)(?:,? (?<year>\\d{4}))?(?=$|[ ,.])`,
);
/** "Iyyar 10, 5816", "Jan. 22, 1957", "Wednesday, November 7th 2046". */
const MONTH_FIRST = new RegExp(
  `^${WEEKDAY}${MONTH}(?<dot>\\.?) (?<day>\\d{1,2})${ORDINAL}(?:,? (?<year>\\d{4}))?(?=$|[ ,.])`,
);
const ISO = /^(?<year>[12]\d{3})-(?<month>0[1-9]|1[0-2])-(?<day>0[1-9]|[12]\d|3[01])$/;
const NUMERIC =
  /^(?<first>\d{1,2})(?<separator>[/.])(?<second>\d{1,2})\k<separator>(?<year>[12]\d{3})(?=$|[ ,])/;
/**
 * Lookups by the word as written: the lexicon folds every word (diacritics, apostrophes, case)
 * before looking it up, which costs more than the rest of a reading; a batch repeats a few dozen
 * words. Bounded, in case of a stream of distinct words that are no months.
 */
const MEMO_LIMIT = 2000;
const memo = {
  gregorianMonth: new Map<string, number | null>(),
  hebrewMonth: new Map<string, number | null>(),
  weekday: new Map<string, number | null>(),
};

/** The lookup's answer for a word, remembered; null stands for "no such name" (one map read either way). */
function memoized(
  cache: Map<string, number | null>,
  word: string,
  lookup: (word: string) => number | undefined,
): number | undefined {
  const known = cache.get(word);
  if (known !== undefined) return known ?? undefined;
  if (cache.size >= MEMO_LIMIT) cache.clear();
  const value = lookup(word);
  cache.set(word, value ?? null);
  return value;
}

/** "כ״ח באדר א׳ תתי״ז", "יום ג׳, ט״ו בניסן ת״ש": the Hebrew-script reader's pattern, whole string. */
let hebrewScriptPattern: RegExp | undefined;

function hebrewScript(): RegExp {
  const numeral = `[${HEBREW_NUMERAL_CHARS}]{1,8}`;
  const gap = "[\\s\\u00a0,]{1,3}";
  hebrewScriptPattern ??= new RegExp(
    `^(?:ב?(?<weekday>${WEEKDAY_HEBREW_PATTERN})${gap})?(?<day>${numeral})[\\s\\u00a0]{1,3}` +
      `(?:[בל]-?)?(?<month>${HEBREW_MONTH_HEBREW_PATTERN})(?:${gap}(?<year>${numeral}))?$`,
    "u",
  );
  return hebrewScriptPattern;
}

/** What may follow the date: nothing, a full stop, spaces. */
const TAIL = /^[\s.]*$/;

/**
 * The reading of a string that is one date in a common form, or undefined when the readers must
 * decide. Never throws.
 */
export function readCommonForm(text: string, options: PipelineOptions): SingleReading | undefined {
  const trimmed = text.trim();
  const first = trimmed.charCodeAt(0);
  if (first >= 48 && first <= 57) {
    return (
      readIso(trimmed, options) ?? readNumeric(trimmed, options) ?? readWords(DAY_FIRST, trimmed, options)
    );
  }
  if (first >= 0x05d0 && first <= 0x05ea) return readHebrewScript(trimmed, options);
  return readWords(MONTH_FIRST, trimmed, options) ?? readWords(DAY_FIRST, trimmed, options);
}

function readIso(text: string, options: PipelineOptions): SingleReading | undefined {
  const groups = ISO.exec(text)?.groups;
  if (groups === undefined) return undefined;
  const stated = { year: Number(groups.year), month: Number(groups.month), day: Number(groups.day) };
  return reading("gregorian", "iso", stated, options);
}

/**
 * "7/22/2018", "22.07.2018", "3/4/2020": a dotted date is day first; otherwise the numbers settle the
 * order, or it is read month first with the refiners' warning (alone in a string, nothing else can).
 */
function readNumeric(text: string, options: PipelineOptions): SingleReading | undefined {
  if (options.numericOrder !== "auto") return undefined;
  const match = NUMERIC.exec(text);
  if (match === null) return undefined;
  const groups = match.groups!;
  const a = Number(groups.first);
  const b = Number(groups.second);
  let month: number;
  let day: number;
  let ambiguous = false;
  if (a >= 1 && a <= 12 && b > 12) [month, day] = [a, b];
  else if (b >= 1 && b <= 12 && a > 12) [month, day] = [b, a];
  else if (groups.separator === ".") [month, day] = [b, a];
  else {
    [month, day] = [a, b];
    ambiguous = a !== b;
  }
  const stated: StatedFields = { month, day, year: Number(groups.year) };
  const result = withTime(text, match[0].length, stated, "numeric", options);
  if (result !== undefined && ambiguous) {
    const note = MONTH_FIRST_BY_DEFAULT;
    result.inferred.push({ field: "order", value: "mdy", from: "default", note });
    result.warnings.push({ code: "ambiguous-order", message: note });
  }
  return result;
}

function readWords(pattern: RegExp, text: string, options: PipelineOptions): SingleReading | undefined {
  const match = pattern.exec(text);
  if (match === null) return undefined;
  const groups = match.groups!;
  const monthText = groups.month!;
  const year = groups.year === undefined ? undefined : Number(groups.year);
  let weekday: number | undefined;
  if (groups.weekday !== undefined) {
    weekday = memoized(memo.weekday, groups.weekday, weekdayFromName);
    if (weekday === undefined) return undefined;
  }
  const day = Number(groups.day);
  // Fields in the order the readers state them.
  const gregorianMonth = memoized(memo.gregorianMonth, monthText, gregorianMonthFromName);
  if (gregorianMonth !== undefined) {
    // The Gregorian reader takes no comma between day and month ("15, July").
    if ((year !== undefined && (year < 1000 || year > 2999)) || groups.comma) return undefined;
    // "14 November. 9 pm": with no year, a full stop after the month ends the sentence, not the date.
    if (year === undefined && groups.dot !== "" && !TAIL.test(text.slice(match[0].length))) return undefined;
    const stated: StatedFields = { month: gregorianMonth, day };
    if (year !== undefined) stated.year = year;
    if (weekday !== undefined) stated.weekday = weekday;
    return withTime(text, match[0].length, stated, "gregorian-text", options);
  }
  // Hebrew months: no full stop after the name, and no plain Adar (the readers resolve it).
  const hebrewMonth = memoized(memo.hebrewMonth, monthText, hebrewMonthFromName);
  if (hebrewMonth === undefined || hebrewMonth === PLAIN_ADAR || groups.dot !== "") return undefined;
  if (year === undefined) {
    // Without a year, a two-letter month is taken only as "Av" ("AV equipment", "Ab 5 muscles").
    if (monthText.length <= 2 && monthText !== "Av") return undefined;
  } else if (year < 3000 || (hebrewMonth === HEBREW_MONTH.ADAR_I && !isHebrewLeapYear(year))) {
    // Years 1000–2999 are civil years; "Adar I" in a common year is an error the readers word.
    return undefined;
  }
  if (!TAIL.test(text.slice(match[0].length))) return undefined;
  const stated: StatedFields = { day, month: hebrewMonth };
  if (year !== undefined) stated.year = year;
  if (weekday !== undefined) stated.weekday = weekday;
  return reading("hebrew", "hebrew-latin", stated, options);
}

/** Hebrew script with gematriya numerals only (digits beside Hebrew letters go to the readers). */
function readHebrewScript(text: string, options: PipelineOptions): SingleReading | undefined {
  const groups = hebrewScript().exec(text)?.groups;
  if (groups === undefined) return undefined;
  const day = parseGematriya(groups.day!);
  const month = memoized(memo.hebrewMonth, groups.month!, hebrewMonthFromName);
  if (day === undefined || day > 30 || month === undefined || month === PLAIN_ADAR) return undefined;
  const stated: StatedFields = { day, month };
  if (groups.year !== undefined) {
    const year = parseHebrewYear(groups.year);
    if (year === undefined || (month === HEBREW_MONTH.ADAR_I && !isHebrewLeapYear(year))) return undefined;
    stated.year = year;
  }
  if (groups.weekday !== undefined) {
    const weekday = memoized(memo.weekday, groups.weekday.replace(/["״]/g, ""), weekdayFromName);
    if (weekday === undefined) return undefined;
    stated.weekday = weekday;
  }
  return reading("hebrew", "hebrew-script", stated, options);
}

/** The reading, with the time of day written after the date if any; nothing else may follow. */
function withTime(
  text: string,
  end: number,
  stated: StatedFields,
  extractor: string,
  options: PipelineOptions,
): SingleReading | undefined {
  let rest = end;
  if (!TAIL.test(text.slice(rest))) {
    const time = readTimeAfter(text, rest);
    if (time === undefined) return undefined;
    stated.time = time.time;
    if (time.offsetMinutes !== undefined) stated.offsetMinutes = time.offsetMinutes;
    rest = time.end;
    if (!TAIL.test(text.slice(rest))) return undefined;
  }
  return reading("gregorian", extractor, stated, options);
}

function reading(
  calendar: "gregorian" | "hebrew",
  extractor: string,
  stated: StatedFields,
  options: PipelineOptions,
): SingleReading | undefined {
  let year = stated.year;
  const inferred: Inference[] = [];
  if (year === undefined) {
    const inference = inferYear(
      { calendar, month: stated.month!, day: stated.day! },
      stated.weekday,
      options,
    );
    if (inference === undefined) return undefined;
    year = inference.value as number;
    inferred.push(inference);
  }
  const date: CalendarDate = { calendar, year, month: stated.month!, day: stated.day! };
  let dayNumber: number;
  try {
    dayNumber = calendar === "hebrew" ? hebrewDayNumberStrict(date) : gregorianDayNumberStrict(date);
  } catch (error) {
    // Not a real day: the readers say why, in their words.
    if (isDateError(error)) return undefined;
    throw error;
  }
  return { calendar, date, dayNumber, extractor, stated, inferred, warnings: [] };
}

/**
 * The year of a date written without one, as the refiners choose it for a lone date: the year
 * nearest the reference in which it falls on the weekday written, else the year that puts it
 * nearest the reference, with the refiners' notes.
 */
function inferYear(
  partial: PartialDate,
  weekday: number | undefined,
  options: PipelineOptions,
): Inference | undefined {
  const { referenceDayNumber } = options;
  if (weekday !== undefined) {
    const choice = yearFromWeekday(partial, weekday, referenceDayNumber);
    if (choice === undefined) return undefined;
    return { field: "year", value: choice.year, from: "weekday", note: weekdayYearNote(choice.dayNumber) };
  }
  const choice = yearNearest(partial, referenceDayNumber);
  if (choice === undefined) return undefined;
  return {
    field: "year",
    value: choice.year,
    from: "reference",
    note: referenceYearNote(referenceDayNumber),
  };
}
