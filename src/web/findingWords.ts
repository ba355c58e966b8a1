import type { FindingCode } from "../index.js";

// The codes are stable data for programs; a reader of the page gets them in words.
const WORDS: Record<FindingCode, string> = {
  "pair-mismatch": "A Hebrew date and the Gregorian date beside it are different days",
  "weekday-mismatch": "A weekday is not the weekday of its date",
  "weekdays-disagree": "Two weekdays of one date name different days",
  "invalid-date": "A date names no real day",
  "timestamp-after-masthead": "A timestamp is later than the date the page shows for itself",
  "year-mismatch": "A Hebrew year does not overlap the Gregorian year beside it",
  "range-reversed": "A range ends before it begins",
  "portion-mismatch": "A Hebrew date is not in the week of the Torah portion beside it",
  "unknown-month": "A word beside a number looks like a month name but is none",
};

/**
 * A finding's code in words.
 * @example findingWords("weekday-mismatch") // "A weekday is not the weekday of its date"
 */
export function findingWords(code: FindingCode): string {
  return WORDS[code];
}
