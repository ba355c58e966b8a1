import { flags } from "@hebcal/core/dist/esm/event";

/** What kind of day an entry of a holiday list is. */
export const HOLIDAY_KINDS = [
  "major",
  "minor",
  "fast",
  "modern",
  "rosh-chodesh",
  "special-shabbat",
  "sedra",
] as const;

/** One of {@link HOLIDAY_KINDS}. */
export type HolidayKind = (typeof HOLIDAY_KINDS)[number];

/**
 * The kind of a @hebcal/core holiday, from its flags. Checked in this order because flags combine:
 * Yom Kippur is a chag and a fast (major), Erev Purim is an erev of a minor holiday (minor), the
 * erev of Tish'a B'Av begins the fast (fast).
 * @example holidayKindOf(flags.CHAG | flags.MAJOR_FAST) // "major"
 */
export function holidayKindOf(mask: number): HolidayKind {
  if (mask & flags.CHAG) return "major";
  if (mask & (flags.MAJOR_FAST | flags.MINOR_FAST)) return "fast";
  if (mask & flags.MODERN_HOLIDAY) return "modern";
  if (mask & flags.ROSH_CHODESH) return "rosh-chodesh";
  if (mask & flags.SPECIAL_SHABBAT) return "special-shabbat";
  if (mask & (flags.MINOR_HOLIDAY | flags.CHANUKAH_CANDLES)) return "minor";
  // What is left are the days around a chag: its erev and chol hamoed.
  if (mask & (flags.EREV | flags.CHOL_HAMOED)) return "major";
  return "minor";
}
