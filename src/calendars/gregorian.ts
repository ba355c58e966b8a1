import type { CalendarDate } from "../types.js";

// Gregorian arithmetic is written here rather than taken from @hebcal/hdate's greg2abs/abs2greg:
// those go through a JS Date read with *local* getters (so the host's time zone leaks in) and
// Date maps years 0–99 to 1900–1999. These are the standard fixed-day formulas of the proleptic
// Gregorian calendar, with astronomical year numbering (year 0 is 1 BCE).

/** Whether a Gregorian year (astronomical numbering) is a leap year. */
export function isGregorianLeapYear(year: number): boolean {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}

const MONTH_LENGTHS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Days in a Gregorian month (1–12) of a year. */
export function daysInGregorianMonth(year: number, month: number): number {
  return month === 2 && isGregorianLeapYear(year) ? 29 : (MONTH_LENGTHS[month - 1] ?? 0);
}

/**
 * The day number (Rata Die: 1 January of year 1 is day 1) of Gregorian fields; no validation.
 * @example gregorianToDayNumber(2018, 7, 22) // 736897
 */
export function gregorianToDayNumber(year: number, month: number, day: number): number {
  const y = year - 1;
  const leapCorrection = month <= 2 ? 0 : isGregorianLeapYear(year) ? -1 : -2;
  return (
    365 * y +
    Math.floor(y / 4) -
    Math.floor(y / 100) +
    Math.floor(y / 400) +
    Math.floor((367 * month - 362) / 12) +
    leapCorrection +
    day
  );
}

function floorMod(a: number, b: number): number {
  return a - b * Math.floor(a / b);
}

/**
 * The Gregorian fields of a day number.
 * @example dayNumberToGregorian(736897) // {calendar: "gregorian", year: 2018, month: 7, day: 22}
 */
export function dayNumberToGregorian(dayNumber: number): CalendarDate & { calendar: "gregorian" } {
  const d0 = dayNumber - 1;
  const n400 = Math.floor(d0 / 146097);
  const d1 = floorMod(d0, 146097);
  const n100 = Math.floor(d1 / 36524);
  const d2 = floorMod(d1, 36524);
  const n4 = Math.floor(d2 / 1461);
  const n1 = Math.floor(floorMod(d2, 1461) / 365);
  const yearsBefore = 400 * n400 + 100 * n100 + 4 * n4 + n1;
  // The last day of a 4- or 400-year cycle belongs to the year just counted.
  const year = n100 === 4 || n1 === 4 ? yearsBefore : yearsBefore + 1;
  const priorDays = dayNumber - gregorianToDayNumber(year, 1, 1);
  const correction = dayNumber < gregorianToDayNumber(year, 3, 1) ? 0 : isGregorianLeapYear(year) ? 1 : 2;
  const month = Math.floor((12 * (priorDays + correction) + 373) / 367);
  const day = dayNumber - gregorianToDayNumber(year, month, 1) + 1;
  return { calendar: "gregorian", year, month, day };
}

// Month and day numbers as ISO writes them, looked up rather than padded on every call.
const TWO_DIGITS = Array.from({ length: 32 }, (_, n) => String(n).padStart(2, "0"));

/**
 * "YYYY-MM-" of years 1000–9999, by year, then month: a batch of dates shares a few hundred. A row
 * is made for a year when first written (one array of every month, filled up front, cost ≈ 7 ms
 * at start-up).
 */
const isoMonthPrefixes: Array<string[] | undefined> = new Array(10000);

/** ISO 8601 calendar date; years outside 0–9999 use the expanded six-digit form (`-003760-09-07`). */
export function formatIsoDate(year: number, month: number, day: number): string {
  const dd = TWO_DIGITS[day] ?? String(day).padStart(2, "0");
  if (
    year >= 1000 &&
    year <= 9999 &&
    Number.isInteger(year) &&
    month >= 1 &&
    month <= 12 &&
    Number.isInteger(month)
  ) {
    let row = isoMonthPrefixes[year];
    if (row === undefined) {
      row = new Array(13).fill("");
      isoMonthPrefixes[year] = row;
    }
    let prefix = row[month]!;
    if (prefix === "") {
      prefix = `${year}-${TWO_DIGITS[month]}-`;
      row[month] = prefix;
    }
    return prefix + dd;
  }
  const mm = TWO_DIGITS[month] ?? String(month).padStart(2, "0");
  if (year >= 0 && year <= 9999) return `${String(year).padStart(4, "0")}-${mm}-${dd}`;
  const sign = year < 0 ? "-" : "+";
  return `${sign}${String(Math.abs(year)).padStart(6, "0")}-${mm}-${dd}`;
}
