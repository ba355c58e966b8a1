// From @hebcal/hdate's gematriya module, not its index (calendars/hebrew.ts says why).
import { gematriya } from "@hebcal/hdate/dist/esm/gematriya";
import { hebrewMonthText } from "./hebrewMonthText.js";

// How a Hebrew date is written: "10 Av 5778" and, in Hebrew script as @hebcal/hdate's
// HDate.renderGematriya writes it, "י׳ אָב תשע״ח" (its own gematriya and month names). Every
// conversion writes both, so the pieces are cached: the day, and the month with the year, which a
// whole batch of dates shares. Building an HDate per conversion would cost more than the conversion.

/** The last year a supported day can fall in; later years are written without the cache. */
const LAST_CACHED_YEAR = 13761;
const MONTH_SLOTS = 14;

// Filled with "" up front (not left with holes), so V8 keeps it a flat array.
const dayGematriya: string[] = new Array(31).fill("");
const dayDigits = Array.from({ length: 31 }, (_, day) => String(day));
// By year, then by month: a row of 14 is made for a year when first written. (One flat array of
// every year × month, filled up front, cost ≈ 10 ms at start-up.)
const englishMonthYear: Array<string[] | undefined> = new Array(LAST_CACHED_YEAR + 1);
const hebrewMonthYear: Array<string[] | undefined> = new Array(LAST_CACHED_YEAR + 1);

function rowOf(table: Array<string[] | undefined>, year: number, month: number): string[] | undefined {
  if (!(year >= 1 && year <= LAST_CACHED_YEAR && month >= 1 && month < MONTH_SLOTS)) return undefined;
  let row = table[year];
  if (row === undefined) {
    row = new Array(MONTH_SLOTS).fill("");
    table[year] = row;
  }
  return row;
}

/**
 * A Hebrew date in English; `monthName` is the month's name in that year.
 * @example renderEnglishText(5778, 5, 10, "Av") // "10 Av 5778"
 */
export function renderEnglishText(year: number, month: number, day: number, monthName: string): string {
  const row = rowOf(englishMonthYear, year, month);
  const dayText = dayDigits[day];
  if (row === undefined || dayText === undefined) return `${day} ${monthName} ${year}`;
  let rest = row[month]!;
  if (rest === "") {
    rest = ` ${monthName} ${year}`;
    row[month] = rest;
  }
  return dayText + rest;
}

/**
 * A Hebrew date in Hebrew script with niqqud on the month.
 * @example renderHebrewText(5778, 5, 10) // "י׳ אָב תשע״ח"
 */
export function renderHebrewText(year: number, month: number, day: number): string {
  return hebrewDayPart(day) + hebrewMonthYearPart(year, month);
}

/**
 * The day's part of renderHebrewText, a string kept for each day (so a batch can keep its bytes too).
 * @example hebrewDayPart(10) // "י׳"
 */
export function hebrewDayPart(day: number): string {
  let dayPart = dayGematriya[day];
  if (dayPart === undefined) dayPart = gematriya(day);
  else if (dayPart === "") {
    dayPart = gematriya(day);
    dayGematriya[day] = dayPart;
  }
  return dayPart;
}

/**
 * The month and year's part of renderHebrewText, from the space on, a string kept for each month.
 * @example hebrewMonthYearPart(5778, 5) // " אָב תשע״ח"
 */
export function hebrewMonthYearPart(year: number, month: number): string {
  const row = rowOf(hebrewMonthYear, year, month);
  if (row === undefined) return hebrewMonthAndYear(year, month);
  let rest = row[month]!;
  if (rest === "") {
    rest = hebrewMonthAndYear(year, month);
    row[month] = rest;
  }
  return rest;
}

function hebrewMonthAndYear(year: number, month: number): string {
  return ` ${hebrewMonthText(month, year)} ${gematriya(year)}`;
}
