import { gematriya, Locale } from "@hebcal/hdate";
import { hebrewCalendarMonthName } from "./monthName.js";

/**
 * A Hebrew date as a @hebcal locale writes it: in Hebrew script, the day and year in gematriya
 * (`י׳ אָב תשע״ח`, or `י׳ אב תשע״ח` without niqqud); in English or Ashkenazi transliteration,
 * digits and the month's name (`10 Av 5778`, `10 Teves 5778`).
 * @example hebrewDateText(5778, 10, 10, "ashkenazi") // "10 Teves 5778"
 */
export function hebrewDateText(year: number, month: number, day: number, locale: string): string {
  const name = hebrewCalendarMonthName(month, year, locale);
  return Locale.isHebrewLocale(locale)
    ? `${gematriya(day)} ${name} ${gematriya(year)}`
    : `${day} ${name} ${year}`;
}
