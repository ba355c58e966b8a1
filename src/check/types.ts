import type { EveningEvidence, GroupEvidence } from "../read/index.js";
import type { Span, Weekday } from "../types.js";

/** How a Hebrew date H relates to the Gregorian date G written beside it. */
export type PairVerdict = "match" | "match-after-sunset" | "match-julian" | "mismatch" | "invalid";

/** The closed list of hint codes: likely causes of a mismatch. */
export type HintCode =
  | "adar-confusion"
  | "year-off"
  | "weekday-neighbour"
  | "day-month-swapped"
  | "hebrew-day-early"
  | "evening-daytime-date"
  | "evening-not-marked"
  | "fast-moved"
  | "fast-at-dawn";

/** A likely cause of a mismatch, and the span of the pair it is about. */
export interface Hint {
  code: HintCode;
  message: string;
  span: Span;
}

/** A stated weekday, judged against the day it names. */
export type WeekdayFinding =
  | {
      verdict: "ok" | "mismatch";
      stated: Weekday;
      /** The weekday of the day the stated weekday names. */
      actual: Weekday;
      /** The date it was written with. */
      side: "gregorian" | "hebrew";
    }
  | {
      verdict: "none";
      stated?: undefined;
      /** The weekday of G's day (absent when the pair names no real day). */
      actual?: Weekday;
      side?: undefined;
    };

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

interface PairReportBase {
  /** The first wrong stated weekday, else the first stated one, else `none`. */
  weekday: WeekdayFinding;
  /** Every weekday written in the pair, each judged against the day it names. */
  weekdays: WeekdayFinding[];
  gregorian: GregorianSide;
  hebrew: HebrewSide;
  hints: Hint[];
  /** One plain sentence saying what was found. */
  explanation: string;
  inferred: Array<{ field: string; value: number | string; note: string }>;
  /** What joined the two dates on the page. */
  evidence?: GroupEvidence;
  /** Present when the civil date was read as the evening that begins the Hebrew day. */
  evening?: EveningEvidence;
}

/** The judgement of one Gregorian–Hebrew pair; `offsetDays` is H's civil day minus G's. */
export type PairReport =
  | (PairReportBase & { verdict: "match"; offsetDays: 0 })
  | (PairReportBase & { verdict: "match-after-sunset"; offsetDays: 1 })
  | (PairReportBase & { verdict: "match-julian"; offsetDays: number })
  | (PairReportBase & { verdict: "mismatch"; offsetDays: number })
  | (PairReportBase & { verdict: "invalid"; offsetDays?: undefined });
