import { gematriya, getMonthName, isLeapYear, Locale } from "@hebcal/hdate";

// The Hebrew-script rendering of a date, as @hebcal/hdate's HDate.renderGematriya writes it
// ("י׳ אָב תשע״ח"), built from its own gematriya and Hebrew month names, with each piece cached:
// building an HDate for every conversion costs more than the conversion itself.

const dayText: string[] = [];
/** By month number; index 0 holds a common year's "Adar" (month 12 is "Adar I" only in leap years). */
const monthText: string[] = [];
const yearText: string[] = [];

/**
 * A Hebrew date in Hebrew script with niqqud on the month.
 * @example renderHebrewText(5778, 5, 10) // "י׳ אָב תשע״ח"
 */
export function renderHebrewText(year: number, month: number, day: number): string {
  dayText[day] ??= gematriya(day);
  const key = month === 12 && !isLeapYear(year) ? 0 : month;
  monthText[key] ??= Locale.gettext(getMonthName(month, year), "he");
  yearText[year] ??= gematriya(year);
  return `${dayText[day]} ${monthText[key]} ${yearText[year]}`;
}
