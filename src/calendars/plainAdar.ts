import { HEBREW_MONTH, isHebrewLeapYear } from "./hebrew.js";

// "Adar" written without I or II is a fact of the calendar, not of spelling: in a common year it is
// the one Adar (month 12); in a leap year writers mostly mean Adar II, the month of Purim, except on
// the 30th, which only Adar I has.

/** Stands for "Adar" written without I/II: Adar in a common year, ambiguous in a leap year. */
export const PLAIN_ADAR = 0;

/**
 * The month a Hebrew month number means in a year: plain Adar is Adar in common years and Adar II in
 * leap years (Adar I on the 30th); any other month is itself.
 * @example hebrewMonthInYear(PLAIN_ADAR, 14, 5779) // 13
 */
export function hebrewMonthInYear(month: number, day: number, year: number): number {
  if (month !== PLAIN_ADAR) return month;
  if (!isHebrewLeapYear(year)) return HEBREW_MONTH.ADAR_I;
  return day === 30 ? HEBREW_MONTH.ADAR_I : HEBREW_MONTH.ADAR_II;
}

/**
 * Whether "Adar I" written out stands in a year without one. (Month 12 from the readers always means
 * "Adar I" written out; a bare "Adar" is PLAIN_ADAR.)
 * @example isAdarIInCommonYear(12, 5778) // true
 */
export function isAdarIInCommonYear(month: number, year: number): boolean {
  return month === HEBREW_MONTH.ADAR_I && !isHebrewLeapYear(year);
}
