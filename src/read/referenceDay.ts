import { gregorianDayNumberStrict } from "../calendars/validate.js";
import { DateError } from "../errors.js";

// The day a missing year is inferred near, read once from what a caller gave: shared by the reading
// of one date and of a page, and by the CLI's commands that take a reference.

const REFERENCE_DAY = /^(?<year>\d{4})-(?<month>\d{2})-(?<day>\d{2})$/;

function readReferenceString(reference: string): number {
  const groups = REFERENCE_DAY.exec(reference.trim())?.groups;
  if (!groups) {
    throw new DateError("invalid-option", `The reference "${reference}" is not a day (use YYYY-MM-DD)`, {
      input: reference,
    });
  }
  const date = {
    calendar: "gregorian" as const,
    year: Number(groups.year),
    month: Number(groups.month),
    day: Number(groups.day),
  };
  try {
    return gregorianDayNumberStrict(date, reference);
  } catch (error) {
    // A reference that names no real day (2018-13-01) is misuse too, not a problem of the text.
    throw new DateError(
      "invalid-option",
      `The reference "${reference}" is no real day: ${(error as Error).message}`,
      {
        input: reference,
      },
    );
  }
}

/**
 * Batches pass the same reference string with every call: the last one read is remembered. None at
 * first, so that "" is read (and refused) like any other string instead of being taken as day 0.
 */
const lastReference: { text: string | undefined; dayNumber: number } = { text: undefined, dayNumber: 0 };

/**
 * The reference day as a day number: a Date's UTC day, or `YYYY-MM-DD`; today (UTC) by default.
 * An unreadable reference is misuse, so it throws a DateError with code `invalid-option`.
 */
export function toReferenceDayNumber(reference: Date | string | undefined): number {
  if (typeof reference === "string") {
    if (reference !== lastReference.text) {
      lastReference.dayNumber = readReferenceString(reference);
      lastReference.text = reference;
    }
    return lastReference.dayNumber;
  }
  const date = reference ?? new Date();
  if (!(date instanceof Date) || Number.isNaN(date.getTime())) {
    throw new DateError(
      "invalid-option",
      `The reference ${String(reference)} is not a date (use a Date or YYYY-MM-DD)`,
      { input: reference },
    );
  }
  return gregorianDayNumberStrict({
    calendar: "gregorian",
    year: date.getUTCFullYear(),
    month: date.getUTCMonth() + 1,
    day: date.getUTCDate(),
  });
}
