import { weekdayOf } from "../calendars/dayNumber.js";
import { dayNumberToGregorian, formatIsoDate, gregorianToDayNumber } from "../calendars/gregorian.js";
import { hebrewMonthName, isHebrewLeapYear } from "../calendars/hebrew.js";
import { hebrewFieldsOf } from "../calendars/hebrewYears.js";
import type { Inference, TimeOfDay } from "../read/index.js";
import type { Calendar, CalendarDate, Weekday } from "../types.js";
import { hebrewEvents } from "./events.js";
import { renderEnglishText, renderHebrewText } from "./hebrewText.js";

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
/** The closed list of conversion warning codes. */
export type ConversionWarningCode = "plain-adar-in-leap-year" | "ambiguous-order" | "weekday-mismatch";

/** Something convertDate read that the caller should know: a guess it had to make, or a claim that failed. */
export interface ConversionWarning {
  code: ConversionWarningCode;
  message: string;
}

/** What was read, before conversion. */
export interface InputDescription {
  /** `fields`, `date` (JS Date), `datetime` (luxon), or `text`. */
  kind: "fields" | "date" | "datetime" | "text";
  calendar: Calendar;
  /** The date as read, in its own calendar. */
  date: CalendarDate;
  text?: string;
  /** Which extractor read the text. */
  extractor?: string;
  time?: TimeOfDay;
  offsetMinutes?: number;
  /**
   * What the text said beside the day: its weekday, and `evening` when it names the evening ("Friday
   * night, December 4, 2026", "ליל שבת 4.12.2026", "am 10. Dezember abends"), which is then answered
   * after sunset unless `afterSunset: false` is asked for.
   */
  stated?: { weekday?: Weekday; evening?: true };
}

/** The Gregorian side of Gregorian fields already known to be valid. */
export function describeGregorianFields(
  year: number,
  month: number,
  day: number,
  dayNumber: number,
): GregorianDay {
  return { year, month, day, iso: formatIsoDate(year, month, day), weekday: weekdayOf(dayNumber) };
}

/** The Gregorian side of a day number. */
export function describeGregorian(dayNumber: number): GregorianDay {
  const { year, month, day } = dayNumberToGregorian(dayNumber);
  return describeGregorianFields(year, month, day, dayNumber);
}

/** The Hebrew side of Hebrew fields already known to be valid. */
export function describeHebrewFields(year: number, monthNumber: number, day: number): HebrewDay {
  const month = hebrewMonthName(monthNumber, year);
  return {
    year,
    month,
    monthNumber,
    day,
    leapYear: isHebrewLeapYear(year),
    text: renderEnglishText(year, monthNumber, day, month),
    hebrewText: renderHebrewText(year, monthNumber, day),
  };
}

/** The Hebrew side of a day number. */
export function describeHebrew(dayNumber: number): HebrewDay {
  const { year, month, day } = hebrewFieldsOf(dayNumber);
  return describeHebrewFields(year, month, day);
}

/**
 * The answer for one date. `events` is computed on first read (it walks the holiday tables), and
 * JSON.stringify includes it; spread syntax copies only the other fields.
 */
export class ConversionResult {
  // Declared, not defined as class fields: the constructor sets each one once, in this order (a
  // field definition first sets it to undefined, which cost as much as the rest of the constructor).
  declare readonly input: InputDescription;
  declare readonly gregorian: GregorianDay;
  declare readonly hebrew: HebrewDay;
  /** The Hebrew date is the one that began on the evening of the Gregorian day. */
  declare readonly afterSunset: boolean;
  /** After sunset: the civil day (`YYYY-MM-DD`) at whose sunset the Hebrew day begins, the Gregorian day. */
  declare readonly beginsAtSunset?: string;
  /** Day number (Rata Die) of the Gregorian day. */
  declare readonly dayNumber: number;
  declare readonly inferred: Inference[];
  declare readonly warnings: ConversionWarning[];
  readonly #israel: boolean;
  #events: string[] | undefined;

  constructor(
    dayNumber: number,
    input: InputDescription,
    options: { afterSunset: boolean; israel: boolean; inferred: Inference[]; warnings: ConversionWarning[] },
  ) {
    this.input = input;
    // Gregorian fields as given need no conversion back. Text may have been read Old Style (Julian
    // fields of another day): its fields are used only when they name this very day.
    const { date } = input;
    const givenGregorian =
      input.calendar === "gregorian" &&
      (input.kind !== "text" || gregorianToDayNumber(date.year, date.month, date.day) === dayNumber);
    this.gregorian = givenGregorian
      ? describeGregorianFields(date.year, date.month, date.day, dayNumber)
      : describeGregorian(dayNumber);
    // Hebrew fields as given are the answer (after sunset, dayNumber is already the evening before
    // them); a Gregorian day's evening belongs to the next Hebrew day.
    this.hebrew =
      input.calendar === "hebrew"
        ? describeHebrewFields(date.year, date.month, date.day)
        : describeHebrew(options.afterSunset ? dayNumber + 1 : dayNumber);
    this.afterSunset = options.afterSunset;
    // Always an own member (undefined but after sunset), as a class field made it.
    this.beginsAtSunset = options.afterSunset ? this.gregorian.iso : undefined;
    this.dayNumber = dayNumber;
    this.inferred = options.inferred;
    this.warnings = options.warnings;
    this.#israel = options.israel;
  }

  /** Holidays and events of the Hebrew day, in English (diaspora schedule unless `israel`). */
  get events(): string[] {
    this.#events ??= hebrewEvents(this.afterSunset ? this.dayNumber + 1 : this.dayNumber, this.#israel);
    return this.#events;
  }

  /** Plain data, events included. */
  toJSON(): Record<string, unknown> {
    return {
      input: this.input,
      gregorian: this.gregorian,
      hebrew: this.hebrew,
      afterSunset: this.afterSunset,
      ...(this.beginsAtSunset === undefined ? {} : { beginsAtSunset: this.beginsAtSunset }),
      dayNumber: this.dayNumber,
      inferred: this.inferred,
      warnings: this.warnings,
      events: this.events,
    };
  }
}
