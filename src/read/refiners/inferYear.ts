import { weekdayIndexOf, weekdayOf } from "../../calendars/dayNumber.js";
import { dayNumberToGregorian, daysInGregorianMonth } from "../../calendars/gregorian.js";
import {
  dayNumberToHebrew,
  daysInHebrewMonth,
  HEBREW_MONTH,
  isHebrewLeapYear,
} from "../../calendars/hebrew.js";
import { dayNumberToJulian, daysInJulianMonth } from "../../calendars/julian.js";
import { dayNumberStrict } from "../../calendars/validate.js";
import type { Calendar } from "../../types.js";
import { PLAIN_ADAR } from "../lexicon.js";

/** A month and day without a year, in one calendar. */
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

/** The month a partial date means in a given year: plain Adar is Adar in common years, Adar II in leap years. */
export function monthInYear(partial: PartialDate, year: number): number {
  if (partial.calendar !== "hebrew" || partial.month !== PLAIN_ADAR) return partial.month;
  if (!isHebrewLeapYear(year)) return HEBREW_MONTH.ADAR_I;
  // Adar II always has 29 days: the 30th of "Adar" in a leap year can only be Adar I's.
  return partial.day === 30 ? HEBREW_MONTH.ADAR_I : HEBREW_MONTH.ADAR_II;
}

/**
 * Whether a Hebrew month written out as "Adar I" stands in a year without one. (Month 12 from the
 * readers always means "Adar I" written out; a bare "Adar" is PLAIN_ADAR.)
 */
export function isAdarIInCommonYear(calendar: string, month: number, year: number): boolean {
  return calendar === "hebrew" && month === HEBREW_MONTH.ADAR_I && !isHebrewLeapYear(year);
}

function monthLength(partial: PartialDate, year: number, month: number): number {
  if (partial.calendar === "hebrew")
    return month >= 1 && month <= 13 && year >= 1 ? daysInHebrewMonth(year, month) : 0;
  if (month < 1 || month > 12) return 0;
  return partial.oldStyle ? daysInJulianMonth(year, month) : daysInGregorianMonth(year, month);
}

function dayNumberIn(partial: PartialDate, year: number): number | undefined {
  if (isAdarIInCommonYear(partial.calendar, partial.month, year)) return undefined;
  try {
    const month = monthInYear(partial, year);
    // Most misses (29 February, 30 Cheshvan, Adar II) are settled by the month's length: a thrown
    // and caught DateError per year tried made a year search over 121 years cost a millisecond.
    if (partial.day < 1 || partial.day > monthLength(partial, year, month)) return undefined;
    return dayNumberStrict(
      { calendar: partial.calendar, year, month, day: partial.day },
      { oldStyle: partial.oldStyle },
    );
  } catch {
    return undefined; // no such day that year (30 Cheshvan, 29 February, Adar II): not a candidate
  }
}

function yearOf(partial: PartialDate, dayNumber: number): number {
  if (partial.calendar === "hebrew") return dayNumberToHebrew(dayNumber).year;
  return partial.oldStyle ? dayNumberToJulian(dayNumber).year : dayNumberToGregorian(dayNumber).year;
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
  const centre = yearOf(partial, targetDayNumber);
  let best: YearChoice | undefined;
  for (let year = centre - spread; year <= centre + spread; year++) {
    const dayNumber = dayNumberIn(partial, year);
    if (dayNumber === undefined) continue;
    if (
      best === undefined ||
      Math.abs(dayNumber - targetDayNumber) < Math.abs(best.dayNumber - targetDayNumber)
    ) {
      best = { year, month: monthInYear(partial, year), dayNumber };
    }
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
  const centre = yearOf(partial, referenceDayNumber);
  let best: YearChoice | undefined;
  for (let offset = 0; offset <= 60; offset++) {
    // Years this far away lie at least (offset - 1) short years from the reference: none can be nearer.
    if (best !== undefined && (offset - 1) * 353 > Math.abs(best.dayNumber - referenceDayNumber)) break;
    for (const year of offset === 0 ? [centre] : [centre - offset, centre + offset]) {
      const dayNumber = dayNumberIn(partial, year);
      if (dayNumber === undefined || weekdayIndexOf(dayNumber) !== weekday) continue;
      if (
        best === undefined ||
        Math.abs(dayNumber - referenceDayNumber) < Math.abs(best.dayNumber - referenceDayNumber)
      ) {
        best = { year, month: monthInYear(partial, year), dayNumber };
      }
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
    const dayNumber = dayNumberIn(partial, year);
    if (dayNumber !== undefined && dayNumberToGregorian(dayNumber).year === civilYear) {
      return { year, month: monthInYear(partial, year), dayNumber };
    }
  }
  return undefined;
}

/** How an inference from the weekday is explained; `dayNumber` is the day chosen. */
export function weekdayYearNote(dayNumber: number): string {
  return `the year nearest the reference day in which it falls on a ${weekdayOf(dayNumber)}`;
}

/** How an inference from the reference day is explained. */
export function referenceYearNote(referenceDayNumber: number): string {
  const reference = dayNumberToGregorian(referenceDayNumber);
  return `the year that puts it nearest the reference day ${reference.year}-${String(reference.month).padStart(2, "0")}-${String(reference.day).padStart(2, "0")}`;
}
