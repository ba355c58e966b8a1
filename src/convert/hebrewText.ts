import { gematriya, getMonthName, Locale } from "@hebcal/hdate";

// How a Hebrew date is written: "10 Av 5778" and, in Hebrew script as @hebcal/hdate's
// HDate.renderGematriya writes it, "י׳ אָב תשע״ח" (its own gematriya and month names). Every
// conversion writes both, so the pieces are cached: the day, and the month with the year, which a
// whole batch of dates shares. Building an HDate per conversion would cost more than the conversion.

/** The last year a supported day can fall in; later years are written without the cache. */
const LAST_CACHED_YEAR = 13761;
const MONTH_SLOTS = 14;

// Filled with "" up front (not left with holes), so V8 keeps it a flat array.
const dayGematriya: string[] = new Array(31).fill("");
// Maps, not arrays of every year × month: allocating those cost ≈ 10 ms at start-up.
const englishMonthYear = new Map<number, string>();
const hebrewMonthYear = new Map<number, string>();

function slot(year: number, month: number): number {
  return year >= 1 && year <= LAST_CACHED_YEAR && month >= 1 && month < MONTH_SLOTS
    ? year * MONTH_SLOTS + month
    : -1;
}

/**
 * A Hebrew date in English; `monthName` is the month's name in that year.
 * @example renderEnglishText(5778, 5, 10, "Av") // "10 Av 5778"
 */
export function renderEnglishText(year: number, month: number, day: number, monthName: string): string {
  const index = slot(year, month);
  if (index < 0) return `${day} ${monthName} ${year}`;
  let rest = englishMonthYear.get(index);
  if (rest === undefined) {
    rest = ` ${monthName} ${year}`;
    englishMonthYear.set(index, rest);
  }
  return day + rest;
}

/**
 * A Hebrew date in Hebrew script with niqqud on the month.
 * @example renderHebrewText(5778, 5, 10) // "י׳ אָב תשע״ח"
 */
export function renderHebrewText(year: number, month: number, day: number): string {
  let dayPart = dayGematriya[day];
  if (dayPart === undefined) dayPart = gematriya(day);
  else if (dayPart === "") {
    dayPart = gematriya(day);
    dayGematriya[day] = dayPart;
  }
  const index = slot(year, month);
  if (index < 0) return `${dayPart}${hebrewMonthAndYear(year, month)}`;
  let rest = hebrewMonthYear.get(index);
  if (rest === undefined) {
    rest = hebrewMonthAndYear(year, month);
    hebrewMonthYear.set(index, rest);
  }
  return dayPart + rest;
}

function hebrewMonthAndYear(year: number, month: number): string {
  // getMonthName says "Adar I" for month 12 only in a leap year; a common year's is plain "Adar".
  const name = Locale.gettext(getMonthName(month, year), "he");
  return ` ${name} ${gematriya(year)}`;
}
