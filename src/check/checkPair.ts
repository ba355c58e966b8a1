import { formatIsoDate } from "../calendars/gregorian.js";
import { hebrewMonthName } from "../calendars/hebrew.js";
import { dayNumberStrict, gregorianMonthName } from "../calendars/validate.js";
import { DateError, showValue } from "../errors.js";
import { toReferenceDayNumber } from "../read/index.js";
import { readText } from "../read/pageReading.js";
import { type CalendarDate, WEEKDAYS, type Weekday } from "../types.js";
import { validateOptions } from "../validateOptions.js";
import { judgePair } from "./judgePair.js";
import type { PairReport } from "./types.js";

/** The two dates of a pair, as text ("Sunday, July 22nd", "10 Av 5778") or fields. */
export interface PairInput {
  gregorian: string | Omit<CalendarDate, "calendar">;
  hebrew: string | Omit<CalendarDate, "calendar">;
  /** A weekday written with the pair (when it is not already in the Gregorian text). */
  weekday?: Weekday;
  /** The Gregorian date is marked Old Style (Julian). */
  oldStyle?: boolean;
}

/** Options for {@link checkPair}. */
export interface CheckPairOptions {
  /** The day a year missing from both dates is inferred near (default: today). */
  reference?: Date | string;
}

/** An Old Style mark already in the text ("O.S.", "(OS)", "Old Style"), as the Gregorian extractor reads it. */
const OLD_STYLE_MARK = /(?<!\p{L})(?:O\.\s?S\.|OS|old\s+style)(?!\p{L})/iu;

function gregorianText(side: PairInput["gregorian"], oldStyle: boolean): string {
  // Fix: `oldStyle: true` with text used to throw "cannot be read as an Old Style date" because
  // only the fields form was marked; mark unmarked text the same way.
  if (typeof side === "string") return oldStyle && !OLD_STYLE_MARK.test(side) ? `${side} O.S.` : side;
  dayNumberStrict({ calendar: "gregorian", ...side }, { oldStyle }, side);
  const written =
    side.year >= 1000 && side.year <= 2999
      ? `${side.day} ${gregorianMonthName(side.month)} ${side.year}`
      : formatIsoDate(side.year, side.month, side.day);
  return oldStyle ? `${written} O.S.` : written;
}

function hebrewText(side: PairInput["hebrew"]): string {
  if (typeof side === "string") return side;
  dayNumberStrict({ calendar: "hebrew", ...side }, {}, side);
  return `${side.day} ${hebrewMonthName(side.month, side.year)} ${side.year}`;
}

/**
 * Judges a Gregorian date against the Hebrew date written beside it: `match`, `match-after-sunset`,
 * `match-julian` or `mismatch` (with `offsetDays`), the weekday, and hints for likely mistakes.
 * A missing year is taken from the other date. Throws a DateError for a date it cannot read.
 * @example checkPair({gregorian: "Sunday, July 22nd", hebrew: "10 Av 5778"}).verdict // "match"
 */
export function checkPair(input: PairInput, options: CheckPairOptions = {}): PairReport {
  if (typeof input !== "object" || input === null)
    throw new TypeError("checkPair: input must be {gregorian, hebrew}");
  validateOptions("checkPair", options, ["reference"]);
  if (input.weekday !== undefined && !WEEKDAYS.includes(input.weekday)) {
    throw new DateError(
      "invalid-option",
      `checkPair: weekday must be a weekday's English name, not ${showValue(input.weekday)}`,
      {
        input: input.weekday,
      },
    );
  }
  if (input.oldStyle !== undefined && typeof input.oldStyle !== "boolean") {
    throw new DateError(
      "invalid-option",
      `checkPair: oldStyle must be true or false, not ${showValue(input.oldStyle)}`,
      {
        input: input.oldStyle,
      },
    );
  }
  const g = `${input.weekday ? `${input.weekday}, ` : ""}${gregorianText(input.gregorian, input.oldStyle === true)}`;
  const h = hebrewText(input.hebrew);
  const text = `${g} | ${h}`;
  const { mentions } = readText(text, {
    referenceDayNumber: toReferenceDayNumber(options.reference),
    numericOrder: "auto",
  });
  const gregorian = mentions.find((m) => m.calendar === "gregorian" && m.end <= g.length);
  const hebrew = mentions.find((m) => m.calendar === "hebrew" && m.start >= g.length);
  for (const [mention, written] of [
    [gregorian, g],
    [hebrew, h],
  ] as const) {
    if (!mention) throw new DateError("unreadable", `Cannot read a date in "${written}"`, { input: written });
    if (mention.problem) {
      throw new DateError(mention.problem.code, mention.problem.message, {
        input: written,
        suggestions: mention.problem.suggestions ?? [],
      });
    }
  }
  if (input.oldStyle && gregorian && !gregorian.stated.oldStyle) {
    throw new DateError("unreadable", `"${g}" cannot be read as an Old Style date`, { input: g });
  }
  return judgePair(gregorian!, hebrew!);
}
