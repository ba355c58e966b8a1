import { HEBREW_MONTH, isHebrewLeapYear } from "../calendars/hebrew.js";
import { hebrewMonthInYear, isAdarIInCommonYear, PLAIN_ADAR } from "../calendars/plainAdar.js";
import { gregorianDayNumberStrict, hebrewDayNumberStrict } from "../calendars/validate.js";
import { calendarDayIn } from "../calendars/zonedDay.js";
import { DateError, showValue } from "../errors.js";
import type { Inference } from "../read/index.js";
import {
  gregorianMonthFromName,
  hebrewMonthFromName,
  suggestGregorianMonths,
  suggestHebrewMonths,
  toReferenceDayNumber,
} from "../read/index.js";
import type { CalendarDate } from "../types.js";
import { type OptionName, validateOptions } from "../validateOptions.js";
import { readTextInput } from "./readTextInput.js";
import { ConversionResult, type ConversionWarning, type InputDescription } from "./result.js";

/** A date given as fields; `month` is a number (hebcal numbering for Hebrew dates) or a month name. */
export interface FieldsInput {
  calendar: "hebrew" | "gregorian";
  year: number;
  month: number | string;
  day: number;
}

/**
 * A luxon `DateTime`, by the fields convertDate reads. Described here rather than imported, so that
 * our published types need no luxon: a caller without `@types/luxon` still compiles. At run time only
 * an object luxon made (it marks its DateTimes) is read as one.
 */
export interface DateTimeLike {
  readonly isValid: boolean;
  readonly invalidReason: string | null;
  readonly invalidExplanation: string | null;
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
  /** Minutes east of UTC. */
  readonly offset: number;
}

/** Everything convertDate reads. */
export type DateInput = string | Date | DateTimeLike | FieldsInput;

/** Options for {@link convertDate}. */
export interface ConvertOptions {
  /**
   * Evening: a Gregorian day's answer is the Hebrew day that begins at its sunset; a Hebrew date
   * stays itself, and its answer is the civil day at whose sunset it begins.
   */
  afterSunset?: boolean;
  /** IANA zone whose calendar day a JS `Date` (an instant) falls on; default `UTC`. */
  timeZone?: string;
  /** Use the Israeli holiday schedule for `events` (default: diaspora). */
  israel?: boolean;
  /** The day a missing year is inferred near (default: today, UTC, read once per task). */
  reference?: Date | string;
  /** How to read `03/04/2020`: `mdy`, `dmy`, or `auto` (default). */
  numericOrder?: "mdy" | "dmy" | "auto";
}

const CONVERT_OPTIONS: readonly OptionName[] = [
  "afterSunset",
  "timeZone",
  "israel",
  "reference",
  "numericOrder",
];

/** The options of every call that gives none. */
const NO_OPTIONS: ConvertOptions = Object.freeze({});

/** A real Date with a time value (Object.create(Date.prototype) passes instanceof but has none). */
function isValidDate(value: Date): boolean {
  try {
    return !Number.isNaN(value.getTime());
  } catch {
    return false;
  }
}

function isLuxonDateTime(value: unknown): value is DateTimeLike {
  return (
    typeof value === "object" &&
    value !== null &&
    (value as { isLuxonDateTime?: unknown }).isLuxonDateTime === true
  );
}

/** The end of an unknown month's message: the names it is near, if any. */
function didYouMean(suggestions: readonly string[]): string {
  return suggestions.length > 0 ? `; did you mean ${suggestions.map((s) => `"${s}"`).join(" or ")}?` : "";
}

/** Reads a month given as a name or number for fields input; plain "Adar" resolves per the year. */
function resolveFieldsMonth(input: FieldsInput, warnings: ConversionWarning[]): number {
  const { month, calendar, year } = input;
  if (typeof month === "number") return month;
  if (typeof month !== "string") {
    throw new DateError("unreadable", `The month must be a number or a month name, not ${showValue(month)}`, {
      input,
    });
  }
  if (calendar === "gregorian") {
    const number = gregorianMonthFromName(month);
    if (number === undefined) {
      const suggestions = suggestGregorianMonths(month);
      throw new DateError("unknown-month", `"${month}" is not a Gregorian month${didYouMean(suggestions)}`, {
        input,
        suggestions,
      });
    }
    return number;
  }
  const number = hebrewMonthFromName(month);
  if (number === undefined) {
    const suggestions = suggestHebrewMonths(month);
    throw new DateError("unknown-month", `"${month}" is not a Hebrew month${didYouMean(suggestions)}`, {
      input,
      suggestions,
    });
  }
  if (isAdarIInCommonYear(number, year)) {
    throw new DateError(
      "not-a-leap-year",
      `${year} is not a leap year: it has one Adar and no Adar I (write Adar)`,
      {
        input,
      },
    );
  }
  return resolvePlainAdar(number, year, input.day, warnings);
}

/**
 * "Adar" without I/II: the one Adar of a common year; in a leap year we read it as Adar II, the month
 * of Purim that most writers mean (the 30th only as Adar I, since Adar II has 29 days), and say so
 * in a warning rather than guess silently.
 */
function resolvePlainAdar(month: number, year: number, day: number, warnings: ConversionWarning[]): number {
  if (month !== PLAIN_ADAR) return month;
  const resolved = hebrewMonthInYear(month, day, year);
  if (isHebrewLeapYear(year)) {
    const name = resolved === HEBREW_MONTH.ADAR_II ? "Adar II" : "Adar I";
    warnings.push({
      code: "plain-adar-in-leap-year",
      message: `${year} is a leap year with two Adars; "Adar" was read as ${name}`,
    });
  }
  return resolved;
}

/** The fields of a luxon DateTime (read from the object itself, so luxon need not be loaded). */
function fromDateTime(
  value: DateTimeLike,
  input: unknown,
): { dayNumber: number; described: InputDescription } {
  if (!value.isValid) {
    throw new DateError(
      "unreadable",
      `Invalid DateTime: ${showValue(value.invalidExplanation ?? value.invalidReason ?? "unknown reason")}`,
      { input },
    );
  }
  const date: CalendarDate = { calendar: "gregorian", year: value.year, month: value.month, day: value.day };
  const dayNumber = gregorianDayNumberStrict(date, input);
  // Only a real DateTime is sure to hold numbers here; a look-alike's fields are checked like any input.
  const { hour, minute, second, offset } = value as {
    hour: unknown;
    minute: unknown;
    second: unknown;
    offset: unknown;
  };
  for (const [name, field] of Object.entries({ hour, minute, second, offset })) {
    if (typeof field !== "number" || !Number.isFinite(field)) {
      throw new DateError("unreadable", `The DateTime's ${name} must be a number, not ${showValue(field)}`, {
        input,
      });
    }
  }
  return {
    dayNumber,
    described: {
      kind: "datetime",
      calendar: "gregorian",
      date,
      time: { hour: hour as number, minute: minute as number, second: second as number },
      offsetMinutes: offset as number,
    },
  };
}

/**
 * Converts one date between the Gregorian and Hebrew calendars, strictly: input that names no real
 * day throws a {@link DateError} with a stable code (nothing is rolled over).
 * @example convertDate("10 Av 5778").gregorian.iso // "2018-07-22"
 * @example convertDate({calendar: "gregorian", year: 2018, month: 7, day: 22}).hebrew.text // "10 Av 5778"
 */
export function convertDate(input: DateInput, given?: ConvertOptions): ConversionResult {
  // A bad option (a bad zone too) is a usage error whatever the input, not only when it is used.
  // A call without options, the commonest, has nothing to check and shares one empty object: no
  // fresh {} to make and walk for keys on every call.
  validateOptions("convertDate", given, CONVERT_OPTIONS);
  const options = given ?? NO_OPTIONS;
  // Only text uses the reference; a bad one is refused for every input all the same.
  if (typeof input !== "string" && options.reference !== undefined) toReferenceDayNumber(options.reference);
  let warnings: ConversionWarning[] = [];
  let inferred: Inference[] = [];
  let dayNumber: number;
  let described: InputDescription;

  if (typeof input === "string") {
    // The reading's lists are its own (fresh for each call): the result takes them as they are.
    ({ dayNumber, described, inferred, warnings } = readTextInput(input, options));
  } else if (input instanceof Date) {
    if (!isValidDate(input)) throw new DateError("unreadable", "Invalid Date", { input });
    const date = calendarDayIn(input, options.timeZone);
    dayNumber = gregorianDayNumberStrict(date, input);
    described = { kind: "date", calendar: "gregorian", date };
  } else if (isLuxonDateTime(input)) {
    ({ dayNumber, described } = fromDateTime(input, input));
  } else if (
    typeof input === "object" &&
    input !== null &&
    (input.calendar === "hebrew" || input.calendar === "gregorian")
  ) {
    // The month name may depend on the year (Adar in a leap year): check the year is a number first.
    if (typeof input.year !== "number" || !Number.isSafeInteger(input.year)) {
      throw new DateError("unreadable", `The year must be a whole number, not ${showValue(input.year)}`, {
        input,
      });
    }
    const month = resolveFieldsMonth(input, warnings);
    const date: CalendarDate = { calendar: input.calendar, year: input.year, month, day: input.day };
    dayNumber =
      input.calendar === "hebrew"
        ? hebrewDayNumberStrict(date, input)
        : gregorianDayNumberStrict(date, input);
    described = { kind: "fields", calendar: input.calendar, date };
  } else {
    throw new DateError(
      "unreadable",
      "convertDate reads a string, a Date, a luxon DateTime, or {calendar, year, month, day}",
      { input },
    );
  }
  // Text that names the evening ("Friday night, December 4, 2026") is answered after sunset, unless
  // the caller says otherwise: that evening belongs to the next Hebrew day.
  const afterSunset = options.afterSunset ?? described.stated?.evening === true;
  // A Hebrew date names its own day: after sunset, the answer is the civil evening that begins it
  // (10 Av 5778 begins at sunset on 21 July 2018), not the next Hebrew day.
  if (afterSunset && described.calendar === "hebrew") dayNumber -= 1;
  return new ConversionResult(dayNumber, described, {
    afterSunset,
    israel: options.israel === true,
    inferred,
    warnings,
  });
}
