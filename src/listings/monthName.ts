import { getMonthName, Locale } from "@hebcal/hdate";

/**
 * A Hebrew month's name in a year, in a @hebcal locale (`he`, `he-x-NoNikud`, `ashkenazi`, `en`):
 * month 12 is "Adar I" only in a leap year, plain "Adar" in a common one.
 * @example hebrewCalendarMonthName(10, 5778, "ashkenazi") // "Teves"
 */
export function hebrewCalendarMonthName(month: number, year: number, locale: string): string {
  const name = getMonthName(month, year);
  return locale === "en" ? name : Locale.gettext(name, locale);
}
