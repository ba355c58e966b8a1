import type { Weekday } from "../types.js";

/** How a Hebrew date H relates to the Gregorian date G written beside it. */
export type PairVerdict = "match" | "match-after-sunset" | "match-julian" | "mismatch" | "invalid";

/** A likely cause of a mismatch. */
export interface Hint {
  code:
    | "adar-confusion"
    | "year-off"
    | "weekday-neighbour"
    | "day-month-swapped"
    | "hebrew-day-early"
    | "fast-moved";
  message: string;
}

/** The stated weekday, judged against the day it belongs to. */
export interface WeekdayFinding {
  verdict: "ok" | "mismatch" | "none";
  stated?: Weekday;
  /** The weekday of the day the weekday belongs to (absent when the pair names no real day). */
  actual?: Weekday;
}

/** One side of a judged pair. */
export interface PairSide {
  text: string;
  start: number;
  end: number;
  line: number;
  year?: number;
  month?: number;
  day?: number;
}

/** A Gregorian-side view: ISO day and whether it was read Old Style. */
export interface GregorianSide extends PairSide {
  iso?: string;
  /** The Gregorian date read as Julian (Old Style): its proleptic Gregorian ISO day. */
  julianIso?: string;
}

/** A Hebrew-side view. */
export interface HebrewSide extends PairSide {
  /** `10 Av 5778`. */
  canonical?: string;
}

/** The judgement of one Gregorian–Hebrew pair. */
export interface PairReport {
  verdict: PairVerdict;
  /** H's civil day minus G (0 for a match; 1 for after sunset). Absent when a side names no real day. */
  offsetDays?: number;
  weekday: WeekdayFinding;
  gregorian: GregorianSide;
  hebrew: HebrewSide;
  hints: Hint[];
  /** One plain sentence saying what was found. */
  explanation: string;
  inferred: Array<{ field: string; value: number | string; note: string }>;
}
