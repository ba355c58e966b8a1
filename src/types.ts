/** The two calendars the library reads and writes (Julian appears only as a reading of Gregorian text). */
export type Calendar = "gregorian" | "hebrew";

/** A date as fields of one calendar; for Hebrew dates `month` uses hebcal numbering (Nisan = 1 … Adar II = 13). */
export interface CalendarDate {
  calendar: Calendar;
  year: number;
  month: number;
  day: number;
}

/** English weekday names, Sunday first as in both calendars' week. */
export const WEEKDAYS = [
  "Sunday",
  "Monday",
  "Tuesday",
  "Wednesday",
  "Thursday",
  "Friday",
  "Saturday",
] as const;

/** A weekday name. */
export type Weekday = (typeof WEEKDAYS)[number];

/** A half-open range of UTF-16 offsets into a text. */
export interface Span {
  start: number;
  end: number;
}
