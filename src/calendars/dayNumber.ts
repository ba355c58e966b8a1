import { WEEKDAYS, type Weekday } from "../types.js";
import { formatIsoDate, gregorianToDayNumber } from "./gregorian.js";
import { hebrewToDayNumber } from "./hebrew.js";

// The pivot between calendars is a day number (Rata Die: 1 January of year 1, Gregorian, is day 1),
// the same count @hebcal/hdate calls "abs".

/** The first supported day: 1 Tishrei of Hebrew year 1 (7 September 3761 BCE, proleptic Gregorian). */
export const MIN_DAY_NUMBER = hebrewToDayNumber(1, 7, 1);
/** The last supported day: 31 December 9999 (Gregorian), where ISO 8601's four-digit years end. */
export const MAX_DAY_NUMBER = gregorianToDayNumber(9999, 12, 31);

/** A human description of the supported range, for error messages. */
export const SUPPORTED_RANGE = `1 Tishrei 1 (${formatIsoDate(-3760, 9, 7)}) to 9999-12-31 (28 Cheshvan 13760)`;

/** Whether a day number lies in the supported range. */
export function isSupportedDayNumber(dayNumber: number): boolean {
  return Number.isInteger(dayNumber) && dayNumber >= MIN_DAY_NUMBER && dayNumber <= MAX_DAY_NUMBER;
}

/**
 * The weekday of a day number; day 1 (1 January, year 1) was a Monday.
 * @example weekdayOf(736897) // "Sunday"
 */
export function weekdayOf(dayNumber: number): Weekday {
  return WEEKDAYS[(((dayNumber % 7) + 7) % 7) as 0] as Weekday;
}

/** Weekday index, Sunday = 0 … Saturday = 6. */
export function weekdayIndexOf(dayNumber: number): number {
  return ((dayNumber % 7) + 7) % 7;
}
