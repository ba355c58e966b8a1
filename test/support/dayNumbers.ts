// Day numbers from a second source (the platform's Date), for fixtures: independent of src/calendars.
import { icuHebrew, UNIX_EPOCH_DAY_NUMBER } from "./icu.js";

const MS_PER_DAY = 86_400_000;

/** Day number (Rata Die) of a proleptic Gregorian date, years 100–9999, through Date.UTC. */
export function dayNumberOfGregorian(year: number, month: number, day: number): number {
  return Date.UTC(year, month - 1, day) / MS_PER_DAY + UNIX_EPOCH_DAY_NUMBER;
}

/** Day number of `YYYY-MM-DD`. */
export function dayNumberOfIso(iso: string): number {
  const [year, month, day] = iso.split("-").map(Number) as [number, number, number];
  return dayNumberOfGregorian(year, month, day);
}

/** ICU's Hebrew date of a day number as `{year, month, day}` (hebcal month numbers). */
export function icuHebrewFields(dayNumber: number): { year: number; month: number; day: number } {
  const { year, month, day } = icuHebrew(dayNumber);
  return { year, month, day };
}

/** The weekday (Sunday = 0) of a day number, through Date. */
export function weekdayOfDayNumber(dayNumber: number): number {
  return new Date((dayNumber - UNIX_EPOCH_DAY_NUMBER) * MS_PER_DAY).getUTCDay();
}
