import { DateError, showValue } from "../errors.js";
import type { CalendarDate } from "../types.js";
import { MAX_DAY_NUMBER, MIN_DAY_NUMBER, SUPPORTED_RANGE } from "./dayNumber.js";
import { daysInGregorianMonth, formatIsoDate, gregorianToDayNumber } from "./gregorian.js";
import {
  daysInHebrewMonth,
  HEBREW_MONTH,
  hebrewMonthName,
  hebrewToDayNumber,
  isHebrewLeapYear,
} from "./hebrew.js";
import { daysInJulianMonth, julianToDayNumber } from "./julian.js";

const GREGORIAN_MONTH_NAMES = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/** English name of a Gregorian month (1–12). */
export function gregorianMonthName(month: number): string {
  return GREGORIAN_MONTH_NAMES[month - 1] ?? String(month);
}

function requireIntegers(date: CalendarDate, input: unknown): void {
  // Spelled out, not looped over field names: this runs on every conversion.
  if (!Number.isSafeInteger(date.year)) notAnInteger("year", date.year, input);
  if (!Number.isSafeInteger(date.month)) notAnInteger("month", date.month, input);
  if (!Number.isSafeInteger(date.day)) notAnInteger("day", date.day, input);
}

function notAnInteger(field: string, value: unknown, input: unknown): never {
  throw new DateError("unreadable", `The ${field} must be a whole number, not ${showValue(value)}`, {
    input,
  });
}

function requireInRange(dayNumber: number, described: string, input: unknown): number {
  if (dayNumber < MIN_DAY_NUMBER || dayNumber > MAX_DAY_NUMBER) {
    throw new DateError(
      "year-out-of-range",
      `${described} is outside the supported range, ${SUPPORTED_RANGE}`,
      {
        input,
      },
    );
  }
  return dayNumber;
}

/** The two solar calendars differ only in their leap years and their day count. */
interface SolarCalendar {
  name: string;
  /** How a date is written in messages ("(Old Style)" for Julian). */
  suffix: string;
  daysInMonth(year: number, month: number): number;
  toDayNumber(year: number, month: number, day: number): number;
}

const GREGORIAN: SolarCalendar = {
  name: "Gregorian",
  suffix: "",
  daysInMonth: daysInGregorianMonth,
  toDayNumber: gregorianToDayNumber,
};
const JULIAN: SolarCalendar = {
  name: "Julian",
  suffix: " (Old Style)",
  daysInMonth: daysInJulianMonth,
  toDayNumber: julianToDayNumber,
};

function solarDayNumberStrict(calendar: SolarCalendar, date: CalendarDate, input: unknown): number {
  requireIntegers(date, input);
  const { year, month, day } = date;
  if (year < -3760 || year > 9999) {
    throw new DateError(
      "year-out-of-range",
      `The year ${year} is outside the supported range, ${SUPPORTED_RANGE}`,
      {
        input,
      },
    );
  }
  if (month < 1 || month > 12) {
    throw new DateError(
      "month-out-of-range",
      `There is no month ${month} in the ${calendar.name} calendar (1–12)`,
      {
        input,
      },
    );
  }
  const length = calendar.daysInMonth(year, month);
  if (day < 1 || day > length) {
    throw new DateError(
      "day-out-of-range",
      `${gregorianMonthName(month)} ${year}${calendar.suffix} has ${length} days; there is no day ${day}`,
      { input },
    );
  }
  return requireInRange(
    calendar.toDayNumber(year, month, day),
    `${formatIsoDate(year, month, day)}${calendar.suffix}`,
    input,
  );
}

/**
 * The day number of Gregorian fields, or a DateError naming the broken rule (30 February, month 13, …).
 * @example gregorianDayNumberStrict({calendar: "gregorian", year: 2018, month: 7, day: 22}) // 736897
 */
export function gregorianDayNumberStrict(date: CalendarDate, input: unknown = date): number {
  return solarDayNumberStrict(GREGORIAN, date, input);
}

/**
 * The day number of Hebrew fields, or a DateError naming the broken rule (30 Cheshvan in a short
 * year, Adar II in a common year, 40 Av, year 0, …).
 * @example hebrewDayNumberStrict({calendar: "hebrew", year: 5778, month: 5, day: 10}) // 736897
 */
export function hebrewDayNumberStrict(date: CalendarDate, input: unknown = date): number {
  requireIntegers(date, input);
  const { year, month, day } = date;
  if (year < 1 || year > 13760) {
    throw new DateError(
      "year-out-of-range",
      `The Hebrew year ${year} is outside the supported range, ${SUPPORTED_RANGE}`,
      { input },
    );
  }
  if (month < 1 || month > 13) {
    throw new DateError(
      "month-out-of-range",
      `There is no month ${month} in the Hebrew calendar (1 = Nisan … 12 = Adar I, 13 = Adar II)`,
      { input },
    );
  }
  if (month === HEBREW_MONTH.ADAR_II && !isHebrewLeapYear(year)) {
    throw new DateError("not-a-leap-year", `${year} is not a leap year: it has one Adar and no Adar II`, {
      input,
    });
  }
  const length = daysInHebrewMonth(year, month);
  if (day < 1 || day > length) {
    const name = hebrewMonthName(month, year);
    throw new DateError(
      "day-out-of-range",
      `${name} ${year} has ${length} days; there is no ${day} ${name} ${year}`,
      {
        input,
      },
    );
  }
  const dayNumber = hebrewToDayNumber(year, month, day);
  return requireInRange(dayNumber, `${day} ${hebrewMonthName(month, year)} ${year}`, input);
}

/**
 * The day number of Julian (Old Style) fields, or a DateError; the Julian calendar has 29 February
 * in every fourth year, 1700 and 1900 included.
 * @example julianDayNumberStrict({calendar: "gregorian", year: 1582, month: 10, day: 5}) // 577736
 */
export function julianDayNumberStrict(date: CalendarDate, input: unknown = date): number {
  return solarDayNumberStrict(JULIAN, date, input);
}

/**
 * The strict day number of a date in its calendar; `oldStyle` reads Gregorian-calendar fields as Julian.
 * @example dayNumberStrict({calendar: "hebrew", year: 5778, month: 5, day: 10}) // 736897
 */
export function dayNumberStrict(
  date: CalendarDate,
  options: { oldStyle?: boolean } = {},
  input: unknown = date,
): number {
  if (date.calendar === "hebrew") return hebrewDayNumberStrict(date, input);
  return options.oldStyle ? julianDayNumberStrict(date, input) : gregorianDayNumberStrict(date, input);
}
