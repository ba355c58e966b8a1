import { Locale } from "@hebcal/hdate";
import { weekdayIndexOf } from "../calendars/dayNumber.js";
import { dayNumberToGregorian } from "../calendars/gregorian.js";

let hebrewFormat: Intl.DateTimeFormat | undefined;

/**
 * A Gregorian day (by day number) with its weekday in Hebrew when the locale is Hebrew, as ICU
 * writes it (`יום ראשון, 22 ביולי 2018`); undefined otherwise, for the caller writes English itself.
 * @example gregorianDateText(736897, "he") // "יום ראשון, 22 ביולי 2018"
 */
export function gregorianDateText(dayNumber: number, locale: string): string | undefined {
  if (!Locale.isHebrewLocale(locale)) return undefined;
  hebrewFormat ??= new Intl.DateTimeFormat("he", {
    weekday: "long",
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  });
  const { year, month, day } = dayNumberToGregorian(dayNumber);
  const date = new Date(Date.UTC(2000, month - 1, day));
  // Date.UTC reads the years 0–99 as 1900–1999; setUTCFullYear takes any year as it is.
  date.setUTCFullYear(year);
  return hebrewFormat.format(date);
}

let hebrewWeekday: Intl.DateTimeFormat | undefined;

/**
 * A day's weekday, short: `Sun` … `Sat`, or in Hebrew as ICU writes it (`יום א׳` … `שבת`).
 * @example weekdayText(736897, "he") // "יום א׳"
 */
export function weekdayText(dayNumber: number, locale: string): string {
  if (!Locale.isHebrewLocale(locale)) return SHORT_WEEKDAYS[weekdayIndexOf(dayNumber)]!;
  hebrewWeekday ??= new Intl.DateTimeFormat("he", { weekday: "short", timeZone: "UTC" });
  // 7 January 2018 was a Sunday: any day of that week has the weekday asked for.
  return hebrewWeekday.format(new Date(Date.UTC(2018, 0, 7 + weekdayIndexOf(dayNumber))));
}

const SHORT_WEEKDAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
