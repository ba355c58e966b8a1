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
  /**
   * The week's Torah portion (with `holiday: "parashah"`): @hebcal/core's index, 0 = Bereshit, a
   * doubled reading negated by its first half (-21 = Vayakhel-Pekudei). See calendars/parashahDates.ts.
   */
  parashah?: number;
  /** The day of the portion's week, Sunday = 0 … Friday = 5 ("יום ד׳ לפרשת וישב"); else its Shabbat. */
  parashahWeekday?: number;
}

/** Where an inferred value came from. */
export type InferenceSource =
  /** The Hebrew date beside it. */
  | "hebrew"
  /** The Gregorian date beside it. */
  | "gregorian"
  /** Both dates of a pair without a year: the years in which they and their weekday agree. */
  | "pair"
  /** The other end of a range ("25 Tishrei – 8 Cheshvan 5787"). */
  | "range"
  /** The stated weekday. */
  | "weekday"
  /** Another date on the same page. */
  | "page"
  /** The reference day (today by default). */
  | "reference"
  /** A convention (numeric dates month first). */
  | "default"
  /** The page's script (numeric dates beside Hebrew text are day first). */
  | "context"
  /** The calendar itself (plain "Adar" in a leap year). */
  | "leap-year";

/** A value the reader filled in that the text did not say, and where it came from. */
export interface Inference {
  field: "year" | "month" | "order" | "day";
  value: number | string;
  from: InferenceSource;
  note: string;
  /** Other values that fit as well as the one taken (the other years a year-less pair allows). */
  alternatives?: number[];
}

/** A problem with one mention: it names no real day, or its month is unknown. */
export interface MentionProblem {
  code: DateErrorCode;
  message: string;
  suggestions?: string[];
}

/** What every mention has, read or not. */
interface MentionBase {
  start: number;
  end: number;
  text: string;
  calendar: Calendar;
  /** Name of the extractor that found it (`hebrew-latin`, `gregorian-text`, `iso`, …). */
  extractor: string;
  stated: StatedFields;
  /** The stated weekday's name, if any; judging it is the checker's job. */
  weekday?: Weekday;
  inferred: Inference[];
  /** Other readings of the same text (numeric day/month order, plain Adar in a leap year, a holiday's other days). */
  alternatives?: CalendarDate[];
  /** A holiday name that means the evening of `date`'s civil day (a Chanukah candle, Kol Nidre). */
  evening?: boolean;
  /** A fast named here is kept on another day this year: its calendar date, from which it was moved off Shabbat. */
  movedFrom?: CalendarDate;
}

/** A mention that names a real day: its complete date (after inference) and day number. */
export interface ReadMention extends MentionBase {
  date: CalendarDate;
  /** Its day number (Rata Die). */
  dayNumber: number;
  problem?: undefined;
}

/** A mention that names no real day, or whose month is unknown. */
export interface ProblemMention extends MentionBase {
  problem: MentionProblem;
  date?: undefined;
  dayNumber?: undefined;
}

/** One date mention in a text, as an extractor found it and the refiners completed it. */
export type DateMention = ReadMention | ProblemMention;

/** A mention while the refiners complete it: any field may still be missing. */
export interface WorkingMention extends MentionBase {
  date?: CalendarDate;
  dayNumber?: number;
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
  /**
   * A range read as one piece ("June 11–12, 2027", "6–7 Sivan 5787"): its two ends, which become
   * mentions of their own joined by a range group. Read whole, so that no reading of a part
   * ("31-November" in "October 31-November 1") can win the span.
   */
  parts?: [Candidate, Candidate];
  /** This candidate is a range's first end, and the next one its last. */
  rangeWithNext?: boolean;
}

/** Options the extractors read. */
export interface ExtractOptions {
  /** How to read `03/04/2020`: month first, day first, or decide from the text ("auto", the default). */
  numericOrder?: "mdy" | "dmy" | "auto";
  /** The year two-digit years are read near (default: the current UTC year). */
  referenceYear?: number;
  /** Whether the text holds a digit at all (false: a reader need not look for years). */
  hasDigits?: boolean;
  /** The text's runs of digits as textAnchors.ts finds them ([start, end) pairs, flat), when known. */
  digitRuns?: readonly number[];
}

/** One small reader of one written form: a pattern and what it means. */
export interface Extractor {
  name: string;
  extract(text: string, options: ExtractOptions): Candidate[];
  /**
   * Whether run `run` of `runs` (runs of digits as textAnchors.ts finds them in `text`, [start, end)
   * pairs, flat; `run` the index of a start) may be the run every match of this reader holds in a
   * shape of its own ("2018-07-22": four digits, a dash, two, a dash). A reader that says so is not
   * run over a stretch none of whose runs may be it: its scan would find nothing there.
   */
  mayHoldRun?(text: string, runs: readonly number[], run: number): boolean;
  /**
   * Every match holds a run that mayHoldRun accepts, begins within digitRegions' margin before it,
   * and has its other digits within ownRegions.FOLLOW characters after it: the reader is run only
   * around such runs (ownRegions.ts), not over every stretch that holds one.
   */
  runLeads?: boolean;
}
