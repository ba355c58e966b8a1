import type { DateErrorCode } from "../errors.js";
import type { Calendar, CalendarDate, Weekday } from "../types.js";

/** A time of day as written, 24-hour. */
export interface TimeOfDay {
  hour: number;
  minute: number;
  second: number;
}

/** What the text itself said (chrono's "assigned" values): nothing here is guessed. */
export interface StatedFields {
  year?: number;
  month?: number;
  day?: number;
  /** Weekday index, Sunday = 0, when the text names one (for an evening, as written: see weekdayNames). */
  weekday?: number;
  /** The text names the evening of the weekday: "Friday night", "ליל שבת", "מוצאי שבת", "Motzei Shabbos". */
  evening?: boolean;
  /**
   * With an evening, which day `weekday` names: "civil", the civil day whose evening it is ("Friday
   * night", "מוצאי שבת" = Saturday), or "hebrew-day", the Hebrew day that begins that night ("ליל
   * שבת" and "אור ליום ו׳" name Shabbat and Friday, written on Friday and Thursday evening).
   */
  weekdayNames?: "civil" | "hebrew-day";
  time?: TimeOfDay;
  /** Offset from UTC in minutes when the text gives one (`+03:00`, `Z`, `GMT`). */
  offsetMinutes?: number;
  /** The month was written "Adar" without I/II (only for Hebrew dates). */
  plainAdar?: boolean;
  /** The text marks the date Old Style (Julian): "O.S.", "OS", "(O.S.)". */
  oldStyle?: boolean;
  /** A Gregorian year written with a Hebrew day and month ("Tishrei 1, 2024"): the Hebrew year is the one that falls then. */
  civilYear?: number;
  /** The year was written with two digits ('12); its century was taken near the reference year. */
  twoDigitYear?: boolean;
}

/** A value the reader filled in that the text did not say, and where it came from. */
export interface Inference {
  field: "year" | "month" | "order";
  value: number | string;
  from: "hebrew" | "gregorian" | "weekday" | "reference" | "default" | "context" | "leap-year";
  note: string;
}

/** A problem with one mention: it names no real day, or its month is unknown. */
export interface MentionProblem {
  code: DateErrorCode;
  message: string;
  suggestions?: string[];
}

/** One date mention in a text, as an extractor found it and the refiners completed it. */
export interface DateMention {
  start: number;
  end: number;
  text: string;
  calendar: Calendar;
  /** Name of the extractor that found it (`hebrew-latin`, `gregorian-text`, `iso`, …). */
  extractor: string;
  stated: StatedFields;
  /** The complete date after inference, when it names a real day. */
  date?: CalendarDate;
  /** Its day number (Rata Die), when it names a real day. */
  dayNumber?: number;
  /** The stated weekday's name, if any; judging it is the checker's job. */
  weekday?: Weekday;
  inferred: Inference[];
  /** Other readings of the same text (numeric day/month order, plain Adar in a leap year). */
  alternatives?: CalendarDate[];
  problem?: MentionProblem;
}

/** What an extractor hands the pipeline: a span and what the text said there. */
export interface Candidate {
  start: number;
  end: number;
  calendar: Calendar;
  extractor: string;
  stated: StatedFields;
  /** Numeric dates whose day/month order the text does not settle. */
  orderAmbiguous?: boolean;
  problem?: MentionProblem;
}

/** Options the extractors read. */
export interface ExtractOptions {
  /** How to read `03/04/2020`: month first, day first, or decide from the text ("auto", the default). */
  numericOrder?: "mdy" | "dmy" | "auto";
  /** The year two-digit years are read near (default: the current UTC year). */
  referenceYear?: number;
}

/** One small reader of one written form: a pattern and what it means. */
export interface Extractor {
  name: string;
  extract(text: string, options: ExtractOptions): Candidate[];
}
