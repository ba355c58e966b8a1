import type { Calendar } from "../types.js";
import { weekdayIndexOf } from "./dayNumber.js";
import { dayNumberToGregorian, daysInGregorianMonth } from "./gregorian.js";
import { dayNumberToHebrew, daysInHebrewMonth } from "./hebrew.js";
import { dayNumberToJulian, daysInJulianMonth } from "./julian.js";
import { hebrewMonthInYear, isAdarIInCommonYear } from "./plainAdar.js";
import { dayNumberStrict } from "./validate.js";

// A month and day without a year, and the searches for the year that completes it. The readers
// decide which target a year is sought near (the date beside it, a weekday, the page, the reference);
// the arithmetic of which years hold the day is the calendar's.

/** A month and day without a year, in one calendar (a Hebrew month may be PLAIN_ADAR). */
export interface PartialDate {
  calendar: Calendar;
  month: number;
  day: number;
  oldStyle?: boolean;
}

/** A year found for a partial date, and the day it makes. */
export interface YearChoice {
  year: number;
  month: number;
  dayNumber: number;
}

/** The month a partial date means in a given year (plain Adar settles by the year). */
export function monthInYear(partial: PartialDate, year: number): number {
  return partial.calendar === "hebrew" ? hebrewMonthInYear(partial.month, partial.day, year) : partial.month;
}

function monthLength(partial: PartialDate, year: number, month: number): number {
  if (partial.calendar === "hebrew")
    return month >= 1 && month <= 13 && year >= 1 ? daysInHebrewMonth(year, month) : 0;
  if (month < 1 || month > 12) return 0;
  return partial.oldStyle ? daysInJulianMonth(year, month) : daysInGregorianMonth(year, month);
}

/**
 * The day number of a partial date in a year, or undefined when that year has no such day
 * (29 February, 30 Cheshvan, Adar II in a common year).
 * @example dayNumberInYear({calendar: "gregorian", month: 7, day: 22}, 2018) // 736897
 */
export function dayNumberInYear(partial: PartialDate, year: number): number | undefined {
  if (partial.calendar === "hebrew" && isAdarIInCommonYear(partial.month, year)) return undefined;
  try {
    const month = monthInYear(partial, year);
    // Most misses are settled by the month's length: a thrown and caught DateError per year tried
    // made a year search over 121 years cost a millisecond.
    if (partial.day < 1 || partial.day > monthLength(partial, year, month)) return undefined;
    return dayNumberStrict(
      { calendar: partial.calendar, year, month, day: partial.day },
      { oldStyle: partial.oldStyle },
    );
  } catch {
    return undefined; // outside the supported range
  }
}

/** The year of a day number in the partial date's own calendar. */
export function yearOfDay(partial: PartialDate, dayNumber: number): number {
  if (partial.calendar === "hebrew") return dayNumberToHebrew(dayNumber).year;
  return partial.oldStyle ? dayNumberToJulian(dayNumber).year : dayNumberToGregorian(dayNumber).year;
}

function nearer(a: YearChoice | undefined, dayNumber: number, target: number): boolean {
  return a === undefined || Math.abs(dayNumber - target) < Math.abs(a.dayNumber - target);
}

/**
 * The year, among those around a target day, that puts the partial date nearest the target.
 * @example yearNearest({calendar: "gregorian", month: 7, day: 22}, 736897)?.year // 2018
 */
export function yearNearest(
  partial: PartialDate,
  targetDayNumber: number,
  spread = 1,
): YearChoice | undefined {
  const centre = yearOfDay(partial, targetDayNumber);
  let best: YearChoice | undefined;
  for (let year = centre - spread; year <= centre + spread; year++) {
    const dayNumber = dayNumberInYear(partial, year);
    if (dayNumber !== undefined && nearer(best, dayNumber, targetDayNumber))
      best = { year, month: monthInYear(partial, year), dayNumber };
  }
  return best;
}

/**
 * The year nearest the reference in which the partial date falls on the weekday (Sunday = 0);
 * the search covers 60 years each way, more than any calendar needs for a weekday to recur.
 * @example yearFromWeekday({calendar: "gregorian", month: 7, day: 22}, 0, 737000)?.year // 2018 (737000 is 2018-11-02)
 */
export function yearFromWeekday(
  partial: PartialDate,
  weekday: number,
  referenceDayNumber: number,
): YearChoice | undefined {
  const centre = yearOfDay(partial, referenceDayNumber);
  let best: YearChoice | undefined;
  for (let offset = 0; offset <= 60; offset++) {
    // Years this far away lie at least (offset - 1) short years from the reference: none can be nearer.
    if (best !== undefined && (offset - 1) * 353 > Math.abs(best.dayNumber - referenceDayNumber)) break;
    for (const year of offset === 0 ? [centre] : [centre - offset, centre + offset]) {
      const dayNumber = dayNumberInYear(partial, year);
      if (dayNumber === undefined || weekdayIndexOf(dayNumber) !== weekday) continue;
      if (nearer(best, dayNumber, referenceDayNumber))
        best = { year, month: monthInYear(partial, year), dayNumber };
    }
  }
  return best;
}

/**
 * The Hebrew year in which a Hebrew day and month fall within a given Gregorian year.
 * @example yearInCivilYear({calendar: "hebrew", month: 7, day: 1}, 2024)?.year // 5785
 */
export function yearInCivilYear(partial: PartialDate, civilYear: number): YearChoice | undefined {
  for (const year of [civilYear + 3760, civilYear + 3761]) {
    const dayNumber = dayNumberInYear(partial, year);
    if (dayNumber !== undefined && dayNumberToGregorian(dayNumber).year === civilYear) {
      return { year, month: monthInYear(partial, year), dayNumber };
    }
  }
  return undefined;
}

/** What a pair of year-less dates must satisfy together. */
export interface PairConstraint {
  /** H's civil day minus G's that counts as agreeing: 0 by day, 1 when G is the evening before H. */
  offsets: readonly number[];
  /**
   * A stated weekday (Sunday = 0) and the day it names: G's civil day, or H's, shifted by `shift`
   * days (-1 for "Friday night" written with the Hebrew date of Shabbat).
   */
  weekday?: { index: number; of: "gregorian" | "hebrew"; shift: number };
}

/** Years in which a year-less Gregorian and Hebrew date agree. */
export interface PairYears {
  /** The fitting Gregorian years, nearest the target first. */
  years: number[];
  gregorian: YearChoice;
  hebrew: YearChoice;
}

/**
 * The Gregorian years within `spread` of a target day in which a Gregorian month-day and a Hebrew
 * month-day, both without a year, name agreeing days (and the weekday holds); the nearest first.
 * The offsets are tried in order: a year that fits by an earlier one is preferred to any that fit
 * only by a later one.
 * @example yearsOfPair({calendar: "gregorian", month: 4, day: 22}, {calendar: "hebrew", month: 1, day: 15}, {offsets: [0], weekday: {index: 4, of: "gregorian", shift: 0}}, 740000)?.years[0] // 2027
 */
export function yearsOfPair(
  gregorian: PartialDate,
  hebrew: PartialDate,
  constraint: PairConstraint,
  targetDayNumber: number,
  spread = 100,
): PairYears | undefined {
  const centre = yearOfDay(gregorian, targetDayNumber);
  for (const offset of constraint.offsets) {
    const fits: Array<{ g: YearChoice; h: YearChoice }> = [];
    for (let year = centre - spread; year <= centre + spread; year++) {
      const g = dayNumberInYear(gregorian, year);
      if (g === undefined) continue;
      const { weekday } = constraint;
      if (
        weekday &&
        weekdayIndexOf((weekday.of === "gregorian" ? g : g + offset) + weekday.shift) !== weekday.index
      )
        continue;
      const h = g + offset;
      const fields = dayNumberToHebrew(h);
      if (fields.day !== hebrew.day || dayNumberInYear(hebrew, fields.year) !== h) continue;
      fits.push({
        g: { year, month: gregorian.month, dayNumber: g },
        h: { year: fields.year, month: fields.month, dayNumber: h },
      });
    }
    if (fits.length === 0) continue;
    fits.sort(
      (a, b) => Math.abs(a.g.dayNumber - targetDayNumber) - Math.abs(b.g.dayNumber - targetDayNumber),
    );
    return { years: fits.map((fit) => fit.g.year), gregorian: fits[0]!.g, hebrew: fits[0]!.h };
  }
  return undefined;
}
