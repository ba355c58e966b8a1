// From the module of @hebcal/hdate that holds them (a path its package exports): its index also
// brings its locale module, whose translation tables a web page's bundler keeps (the package
// declares no `sideEffects`), ≈ 3 KB that reading and converting a date never use.
import { daysInMonth, isLeapYear, monthsInYear } from "@hebcal/hdate/dist/esm/hdateBase";
import type { CalendarDate } from "../types.js";
import { hebrewDayNumberOf, hebrewFieldsOf } from "./hebrewYears.js";

// The Hebrew calendar's arithmetic (molad, postponements, month lengths) is @hebcal/hdate's, the
// day-number package @hebcal/core is built on; we only add strict validation on top, because its
// constructors roll invalid fields over (40 Av → 10 Elul) instead of rejecting them.

/** Hebrew month numbers as in @hebcal: Nisan = 1 … Elul = 6, Tishrei = 7 … Adar I = 12, Adar II = 13. */
export const HEBREW_MONTH = {
  NISAN: 1,
  IYYAR: 2,
  SIVAN: 3,
  TAMUZ: 4,
  AV: 5,
  ELUL: 6,
  TISHREI: 7,
  CHESHVAN: 8,
  KISLEV: 9,
  TEVET: 10,
  SHVAT: 11,
  ADAR_I: 12,
  ADAR_II: 13,
} as const;

// Canonical English names, spelled as @hebcal renders them; index = month number.
const MONTH_NAMES = [
  "",
  "Nisan",
  "Iyyar",
  "Sivan",
  "Tamuz",
  "Av",
  "Elul",
  "Tishrei",
  "Cheshvan",
  "Kislev",
  "Tevet",
  "Sh'vat",
  "Adar I",
  "Adar II",
] as const;

/** Whether a Hebrew year has 13 months (years 3, 6, 8, 11, 14, 17 and 19 of the 19-year cycle). */
export function isHebrewLeapYear(year: number): boolean {
  return isLeapYear(year);
}

/** Months in a Hebrew year: 12 or 13. */
export function monthsInHebrewYear(year: number): number {
  return monthsInYear(year);
}

/** Days (29 or 30) in a Hebrew month of a year; 0 for Adar II in a common year. */
export function daysInHebrewMonth(year: number, month: number): number {
  if (month === HEBREW_MONTH.ADAR_II && !isLeapYear(year)) return 0;
  return daysInMonth(month, year);
}

/**
 * The canonical English name of a Hebrew month in a year: month 12 is "Adar" in a common year.
 * @example hebrewMonthName(12, 5778) // "Adar"
 */
export function hebrewMonthName(month: number, year: number): string {
  if (month === HEBREW_MONTH.ADAR_I && !isLeapYear(year)) return "Adar";
  return MONTH_NAMES[month] ?? "";
}

/** The day number (Rata Die) of Hebrew fields; no validation. */
export function hebrewToDayNumber(year: number, month: number, day: number): number {
  return hebrewDayNumberOf(year, month, day);
}

/**
 * The Hebrew fields of a day number.
 * @example dayNumberToHebrew(736897) // {calendar: "hebrew", year: 5778, month: 5, day: 10}
 */
export function dayNumberToHebrew(dayNumber: number): CalendarDate & { calendar: "hebrew" } {
  const { year, month, day } = hebrewFieldsOf(dayNumber);
  return { calendar: "hebrew", year, month, day };
}

/**
 * Whether a Hebrew year overlaps a Gregorian year: Hebrew year Y begins in the autumn of Gregorian
 * year Y − 3761 and ends in the autumn of Y − 3760.
 * @example hebrewYearOverlaps(5787, 2026) // true
 */
export function hebrewYearOverlaps(hebrewYear: number, gregorianYear: number): boolean {
  return gregorianYear === hebrewYear - 3761 || gregorianYear === hebrewYear - 3760;
}
