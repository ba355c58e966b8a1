import { HDate } from "@hebcal/hdate";
import { weekdayOf } from "../calendars/dayNumber.js";
import { dayNumberToGregorian, formatIsoDate } from "../calendars/gregorian.js";
import { dayNumberToHebrew, hebrewMonthName, isHebrewLeapYear } from "../calendars/hebrew.js";
import type { Inference, TimeOfDay } from "../read/mention.js";
import type { Calendar, CalendarDate, Weekday } from "../types.js";
import { hebrewEvents } from "./events.js";

/** The Gregorian side of a conversion. */
export interface GregorianDay {
  year: number;
  month: number;
  day: number;
  /** `YYYY-MM-DD` (expanded `±YYYYYY-MM-DD` outside years 0–9999). */
  iso: string;
  weekday: Weekday;
}

/** The Hebrew side of a conversion. */
export interface HebrewDay {
  year: number;
  /** Canonical English month name as @hebcal spells it ("Av", "Sh'vat", "Adar", "Adar II"). */
  month: string;
  /** hebcal numbering: Nisan = 1 … Elul = 6, Tishrei = 7 … Adar I = 12, Adar II = 13. */
  monthNumber: number;
  day: number;
  leapYear: boolean;
  /** `10 Av 5778`. */
  text: string;
  /** `י׳ אָב תשע״ח`. */
  hebrewText: string;
}

/** A note on how the input was read that the caller should know about. */
export interface ConversionWarning {
  code: string;
  message: string;
}

/** What was read, before conversion. */
export interface InputDescription {
  /** `fields`, `date` (JS Date), `datetime` (luxon), or `text`. */
  kind: "fields" | "date" | "datetime" | "text";
  calendar: Calendar;
  /** The date as read, in its own calendar (Julian dates appear as their Gregorian day). */
  date: CalendarDate;
  text?: string;
  /** Which extractor read the text. */
  extractor?: string;
  time?: TimeOfDay;
  offsetMinutes?: number;
  stated?: { weekday?: Weekday };
}

/** The answer for one date. */
export interface ConversionResult {
  input: InputDescription;
  gregorian: GregorianDay;
  hebrew: HebrewDay;
  /** The Hebrew date is the one that began on the evening of the Gregorian day. */
  afterSunset: boolean;
  /** Day number (Rata Die) of the Gregorian day. */
  dayNumber: number;
  /** Holidays and events of the Hebrew day, in English (computed on first read). */
  readonly events: string[];
  inferred: Inference[];
  warnings: ConversionWarning[];
}

/** The Gregorian side of a day number. */
export function describeGregorian(dayNumber: number): GregorianDay {
  const { year, month, day } = dayNumberToGregorian(dayNumber);
  return { year, month, day, iso: formatIsoDate(year, month, day), weekday: weekdayOf(dayNumber) };
}

/** The Hebrew side of a day number. */
export function describeHebrew(dayNumber: number): HebrewDay {
  const { year, month: monthNumber, day } = dayNumberToHebrew(dayNumber);
  const month = hebrewMonthName(monthNumber, year);
  return {
    year,
    month,
    monthNumber,
    day,
    leapYear: isHebrewLeapYear(year),
    text: `${day} ${month} ${year}`,
    hebrewText: new HDate(dayNumber).renderGematriya(),
  };
}

/** Builds the result for a civil day; `events` is computed on first read (it loads the holiday tables). */
export function buildResult(
  dayNumber: number,
  input: InputDescription,
  options: { afterSunset: boolean; israel: boolean; inferred: Inference[]; warnings: ConversionWarning[] },
): ConversionResult {
  const hebrewDayNumber = options.afterSunset ? dayNumber + 1 : dayNumber;
  const result = {
    input,
    gregorian: describeGregorian(dayNumber),
    hebrew: describeHebrew(hebrewDayNumber),
    afterSunset: options.afterSunset,
    dayNumber,
    inferred: options.inferred,
    warnings: options.warnings,
  } as Omit<ConversionResult, "events"> as ConversionResult;
  let events: string[] | undefined;
  // An own enumerable getter: JSON.stringify and spreads see plain data, but callers who never
  // read the events never pay for the holiday computation.
  Object.defineProperty(result, "events", {
    enumerable: true,
    get: () => {
      events ??= hebrewEvents(hebrewDayNumber, options.israel);
      return events;
    },
  });
  return result;
}
