import type { Calendar } from "../types.js";
import type { DateMention } from "./mention.js";
import type { YearPair } from "./yearPairs.js";

// What parseDates returns: every mention, and the groups of mentions that belong together, found
// once. The checker judges these groups; it never looks for pairs itself.

/** What joined two mentions of a group. */
export type GroupEvidence =
  /** Only separators between them on one line or the next (`" | "`, `", "`, `" ("`, a line break). */
  | { kind: "separator"; text: string }
  /** A phrase that says the second date is the first ("corresponding to", "which falls on", "שחל ב"). */
  | { kind: "connector"; text: string; phrase: string }
  /** Both stand in one short block of lines (a date widget, a letter's heading, a blog's date header). */
  | { kind: "block"; lines: number }
  /** A range's dash or words between its two ends ("–", "until", "עד"). */
  | { kind: "range"; text: string };

/**
 * Why a pair's civil date is read as the evening that begins the Hebrew day: a weekday written with
 * "night", "ליל" or "מוצאי", a phrase such as "beginning in the evening of", or a civil range that
 * spans a holiday from the evening before its first day ("с 14 по 22 декабря", refiners/holidaySpan.ts).
 */
export interface EveningEvidence {
  source: "weekday" | "connector" | "range";
  text: string;
}

/** A Gregorian and a Hebrew date that stand for one day (or for the evening that begins it). */
export interface PairGroup {
  kind: "pair";
  /** Index of the Gregorian mention in `mentions`. */
  gregorian: number;
  /** Index of the Hebrew mention in `mentions`. */
  hebrew: number;
  evidence: GroupEvidence;
  /** Present when the civil date is the evening before the Hebrew day. */
  evening?: EveningEvidence;
}

/** Two dates of one calendar written as the ends of a span of days. */
export interface RangeGroup {
  kind: "range";
  calendar: Calendar;
  /** Index of the first day's mention. */
  from: number;
  /** Index of the last day's mention. */
  to: number;
  evidence: GroupEvidence;
}

/** Dates that belong together. */
export type DateGroup = PairGroup | RangeGroup;

/** One step of the reading that set a field: what `--explain` prints. */
export interface TraceEntry {
  /** The refiner that did it (`year-from-partner`, `grouping`, …). */
  step: string;
  /** The mention it set a field of, or the group it made. */
  target: { mention: number } | { group: number };
  field: string;
  value: string | number;
  note?: string;
}

/** Everything read from one text. */
export interface Reading {
  /** Every date mention, in reading order. */
  mentions: DateMention[];
  /** The groups of mentions that belong together, in reading order of their first member. */
  groups: DateGroup[];
  /** Hebrew years written beside Gregorian years with no day ("ה׳תשפ״ז (2026)"), outside the mentions. */
  years: YearPair[];
  /** Which step set which field, when asked for with `trace: true`. */
  trace?: TraceEntry[];
}
