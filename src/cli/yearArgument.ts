import { DateError } from "../errors.js";
import { parseHebrewYear } from "../read/index.js";

/** A YEAR argument as read: its number, and whether it was written in Hebrew script. */
export interface YearArgument {
  year: number;
  /** `תשע״ח`: a Hebrew year whatever its number (digits from 3761 on are Hebrew too). */
  hebrewScript: boolean;
}

/**
 * Reads a YEAR argument: digits (`5778`, `2018`) or a Hebrew year in gematriya (`תשע״ח`,
 * `ה׳תשע״ח`); anything else is undefined.
 * @example readYearArgument("תשע״ח") // { year: 5778, hebrewScript: true }
 */
export function readYearArgument(text: string): YearArgument | undefined {
  const trimmed = text.trim();
  if (/^\d{1,5}$/u.test(trimmed)) return { year: Number(trimmed), hebrewScript: false };
  const year = parseHebrewYear(trimmed);
  return year === undefined ? undefined : { year, hebrewScript: true };
}

/**
 * A YEAR argument that must be one: a DateError `unreadable` otherwise.
 * @example yearArgument("2018") // { year: 2018, hebrewScript: false }
 */
export function yearArgument(text: string): YearArgument {
  const read = readYearArgument(text);
  if (read === undefined)
    throw new DateError("unreadable", `"${text}" is not a year (give 5778, 2018 or תשע״ח)`, { input: text });
  return read;
}
