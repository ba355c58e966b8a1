import type { Span } from "../types.js";

/**
 * The closed list of finding codes of a document. `error` findings make a page inconsistent;
 * `note` findings are said but change no verdict.
 */
export const FINDING_CODES = {
  /** A pair's Hebrew date is another day than its Gregorian date (and not the evening before it). */
  "pair-mismatch": "error",
  /** A stated weekday is not the weekday of the day it names. */
  "weekday-mismatch": "error",
  /** Two weekdays written in one group name different days. */
  "weekdays-disagree": "error",
  /** A date names no real day (30 Cheshvan 5778, 30 February, Adar II in a common year). */
  "invalid-date": "error",
  /** A timestamp lies after the masthead's date: the page cannot be older than its article. */
  "timestamp-after-masthead": "error",
  /** A Hebrew year written beside a Gregorian year does not overlap it. */
  "year-mismatch": "error",
  /** A range ends before it begins. */
  "range-reversed": "error",
  /** A Hebrew date written beside a week's Torah portion is not in the week that reads it. */
  "portion-mismatch": "error",
  /** A word beside a number is close to a month name but is none. */
  "unknown-month": "note",
} as const;

/** A finding's code. */
export type FindingCode = keyof typeof FINDING_CODES;

/** Something the checker found on a page, where, and whether it makes the page inconsistent. */
export interface Finding {
  code: FindingCode;
  severity: "error" | "note";
  message: string;
  span: Span;
  /** The line (1-based) the span starts on. */
  line: number;
}

/** A finding of a code, its severity from the closed list. */
export function finding(code: FindingCode, message: string, span: Span, line: number): Finding {
  return { code, severity: FINDING_CODES[code], message, span: { start: span.start, end: span.end }, line };
}
