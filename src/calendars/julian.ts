import type { CalendarDate } from "../types.js";

// The Julian (Old Style) calendar, for dates written before a country took the Gregorian reform
// or marked "O.S.". Astronomical year numbering, as in gregorian.ts.

/** Day number of 1 January, year 1, in the Julian calendar (30 December, year 0, Gregorian). */
const JULIAN_EPOCH = -1;

/** Whether a Julian year is a leap year (every fourth year). */
export function isJulianLeapYear(year: number): boolean {
  return ((year % 4) + 4) % 4 === 0;
}

/** Days in a Julian month (1–12) of a year. */
export function daysInJulianMonth(year: number, month: number): number {
  if (month === 2) return isJulianLeapYear(year) ? 29 : 28;
  return [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
}

/**
 * The day number of Julian fields; no validation.
 * @example julianToDayNumber(1582, 10, 5) // 577736, the same day as Gregorian 1582-10-15
 */
export function julianToDayNumber(year: number, month: number, day: number): number {
  const y = year - 1;
  const leapCorrection = month <= 2 ? 0 : isJulianLeapYear(year) ? -1 : -2;
  return (
    JULIAN_EPOCH -
    1 +
    365 * y +
    Math.floor(y / 4) +
    Math.floor((367 * month - 362) / 12) +
    leapCorrection +
    day
  );
}

/**
 * The Julian fields of a day number.
 * @example dayNumberToJulian(577736) // {year: 1582, month: 10, day: 5}
 */
export function dayNumberToJulian(dayNumber: number): Omit<CalendarDate, "calendar"> {
  const year = Math.floor((4 * (dayNumber - JULIAN_EPOCH) + 1464) / 1461);
  const priorDays = dayNumber - julianToDayNumber(year, 1, 1);
  const correction = dayNumber < julianToDayNumber(year, 3, 1) ? 0 : isJulianLeapYear(year) ? 1 : 2;
  const month = Math.floor((12 * (priorDays + correction) + 373) / 367);
  const day = dayNumber - julianToDayNumber(year, month, 1) + 1;
  return { year, month, day };
}
