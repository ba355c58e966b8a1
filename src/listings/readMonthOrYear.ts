import { convertDate } from "../convert/convertDate.js";
import { DateError, isDateError } from "../errors.js";
import { parseHebrewYear } from "../read/gematriya.js";
import type { Calendar } from "../types.js";

/** A month of either calendar, or (without `month`) a whole year; `month` is hebcal's numbering for Hebrew. */
export interface MonthOrYear {
  calendar: Calendar;
  year: number;
  month?: number;
}

/** Options for {@link readMonthOrYear}. */
export interface ReadMonthOptions {
  /** The day a missing year is inferred near (`YYYY-MM-DD`; default today). */
  reference?: string;
}

/**
 * Bare years from this one on are Hebrew: Hebrew year 4000 is 239 CE, and no civil year that late
 * is written, so `2018` and `5778` need no flag to tell them apart.
 */
export const FIRST_BARE_HEBREW_YEAR = 4000;

const LAST_HEBREW_YEAR = 13760;
const LAST_GREGORIAN_YEAR = 9999;

function bareYear(year: number, input: string): MonthOrYear {
  const calendar: Calendar = year >= FIRST_BARE_HEBREW_YEAR ? "hebrew" : "gregorian";
  if (year < 1 || year > (calendar === "hebrew" ? LAST_HEBREW_YEAR : LAST_GREGORIAN_YEAR))
    throw new DateError("year-out-of-range", `Year ${year} is outside the years hdate supports`, { input });
  return { calendar, year };
}

/**
 * Reads what `hdate cal` is given: a year (`2018`, `5778`, `תשע״ח`), or a month and year of either
 * calendar (`7 2018`, `July 2018`, `Av 5778`, `אב תשע״ח`; a month without a year is in the year
 * nearest the reference). Month names are read by the same reader as whole dates; a name it does not
 * know throws its DateError (`unknown-month`, with suggestions).
 * @example readMonthOrYear("Av 5778") // { calendar: "hebrew", year: 5778, month: 5 }
 */
export function readMonthOrYear(text: string, options: ReadMonthOptions = {}): MonthOrYear {
  const input = text.trim().replace(/\s+/gu, " ");
  if (/^\d{1,5}$/u.test(input)) return bareYear(Number(input), text);
  const hebrewYear = /^\p{Script=Hebrew}[\p{Script=Hebrew}\p{M}'"\u05F3\u05F4]*$/u.test(input)
    ? parseHebrewYear(input)
    : undefined;
  if (hebrewYear !== undefined) return { calendar: "hebrew", year: hebrewYear };
  const numeric = /^(?<month>\d{1,2})[ /.-](?<year>\d{1,4})$/u.exec(input)?.groups;
  if (numeric) {
    const month = Number(numeric.month);
    if (month < 1 || month > 12)
      throw new DateError("month-out-of-range", `There is no month ${month}: months are 1 to 12`, {
        input: text,
      });
    return { calendar: "gregorian", year: bareYear(Number(numeric.year), text).year, month };
  }
  // A month name: read as the first day of that month, by the reader of whole dates.
  let date: { calendar: Calendar; year: number; month: number; day: number };
  try {
    date = convertDate(`1 ${input}`, options.reference === undefined ? {} : { reference: options.reference })
      .input.date;
  } catch (error) {
    // The error is about what was given, not about the day put before it.
    if (!isDateError(error) || error.code === "unreadable")
      throw new DateError("unreadable", `Cannot read "${text}" as a month and year, or a year`, {
        input: text,
      });
    throw new DateError(error.code, error.message, { input: text, suggestions: error.suggestions });
  }
  return { calendar: date.calendar, year: date.year, month: date.month };
}
