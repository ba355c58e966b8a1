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
  /** Weekday index, Sunday = 0, when the text names one. */
  weekday?: number;
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
  /**
   * A holiday named instead of a day and month ("Purim 5787", "ערב פסח"): its key (`purim`,
   * `tisha-bav`, `rosh-chodesh`, …; see HOLIDAY_KEYS). `year` or `civilYear` is the year written after it.
   */
  holiday?: string;
  /** Which day of a holiday of several days: "2nd day of Rosh Hashanah", "Pesach VII". */
  holidayDay?: number;
  /** Which candle of Chanukah: "3rd candle", "Chanukah: 3 Candles" (lit the evening before its day). */
  holidayCandle?: number;
  /** Only the first or the last festival days: "the last days of Pesach". */
  holidayPart?: "first" | "last";
  /** The day before the holiday: "Erev Pesach", "Passover Eve", "ערב פסח". */
  holidayErev?: boolean;
  /** The month of a "Rosh Chodesh X" (hebcal numbering; a bare Adar is PLAIN_ADAR). */
  holidayMonth?: number;
}

/** A value the reader filled in that the text did not say, and where it came from. */
export interface Inference {
  field: "year" | "month" | "order" | "day";
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
  /** Other readings of the same text (numeric day/month order, plain Adar in a leap year, a holiday's other days). */
  alternatives?: CalendarDate[];
  /** A holiday name that means the evening of `date`'s civil day (a Chanukah candle, Kol Nidre). */
  evening?: boolean;
  /** A fast named here is kept on another day this year: its calendar date, from which it was moved off Shabbat. */
  movedFrom?: CalendarDate;
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
