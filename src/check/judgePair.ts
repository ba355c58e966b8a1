import { beginsAtDawn } from "../calendars/dawnFasts.js";
import { dayNumberToGregorian, formatIsoDate } from "../calendars/gregorian.js";
import { hebrewMonthName } from "../calendars/hebrew.js";
import type { DateMention, EveningEvidence, GroupEvidence } from "../read/index.js";
import { WEEKDAYS } from "../types.js";
import { dayVerdict, mayBeOldStyle } from "./rules/dayVerdict.js";
import {
  adarHint,
  dawnFastHint,
  eveningDaytimeHint,
  eveningNotMarkedHint,
  fastMovedHint,
  type HintFinding,
  hebrewDayEarlyHint,
  swapHint,
  weekdayNeighbourHint,
  yearOffHint,
} from "./rules/hints.js";
import { judgeWeekdays } from "./rules/weekdayRule.js";
import type { GregorianSide, HebrewSide, Hint, PairReport, WeekdayFinding } from "./types.js";

/** Line number (1-based) of an offset, given the offsets where lines start. */
export type LineOf = (offset: number) => number;

/** What the reading says about how the two dates stand together. */
export interface PairContext {
  evidence?: GroupEvidence;
  evening?: EveningEvidence;
  /**
   * Whether the Hebrew day after G may match without an evening said (a masthead may be rendered
   * after sunset); default true. Under an evening, only the day after matches.
   */
  sunsetAllowed?: boolean;
  /** The page says its dates are the days themselves, its holidays beginning the evening before (datesAreDays.ts). */
  datesAreDays?: boolean;
}

function side(mention: DateMention, lineOf: LineOf): GregorianSide & HebrewSide {
  const { text, start, end, date } = mention;
  const line = lineOf(start);
  // Written out, not spread from a base object: this runs for both sides of every pair on a page.
  if (!date) return { text, start, end, line };
  return { text, start, end, line, year: date.year, month: date.month, day: date.day };
}

function isoOf(dayNumber: number): string {
  const { year, month, day } = dayNumberToGregorian(dayNumber);
  return formatIsoDate(year, month, day);
}

/** A report before its sentence is written (Omit over each member, so the verdict still decides the fields). */
type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;
type Described = DistributiveOmit<PairReport, "explanation">;

/** `weekdayDay` names the day a wrong weekday belongs to, when it is not G's. */
function describe(report: Described, weekdayDay?: string): string {
  const g = report.gregorian.iso ?? report.gregorian.text;
  const h = report.hebrew.canonical ?? report.hebrew.text;
  // A match read as Julian judges the weekday on the Julian reading's Gregorian day, not on G's.
  const judgedDay = weekdayDay ?? (report.verdict === "match-julian" ? report.gregorian.julianIso : g);
  const weekday =
    report.weekday.verdict === "mismatch"
      ? ` But ${judgedDay} was a ${report.weekday.actual}, not a ${report.weekday.stated}.`
      : "";
  // For a date marked O.S. `iso` is already the Gregorian day: name the date as written.
  const { year, month, day } = report.gregorian;
  const written =
    year !== undefined && month !== undefined && day !== undefined ? formatIsoDate(year, month, day) : g;
  switch (report.verdict) {
    case "match":
      return `${h} is ${g}.${weekday}`;
    case "match-after-sunset":
      return `${h} begins at sunset on ${g}.${weekday}`;
    case "match-julian":
      return `${h} is ${written} read as an Old Style (Julian) date, ${report.gregorian.julianIso} in the Gregorian calendar.${weekday}`;
    case "invalid":
      return "One of the dates names no real day.";
    default: {
      const offset = report.offsetDays;
      const days = Math.abs(offset);
      const direction = offset > 0 ? "after" : "before";
      const evening =
        report.evening && offset === 0 ? ` (the page reads ${g} as the evening before ${h})` : "";
      const hint = report.hints[0] ? ` Perhaps ${report.hints[0].message}.` : "";
      const relation =
        days === 0
          ? `is ${g}, not the day after it`
          : `is ${days} day${days === 1 ? "" : "s"} ${direction} ${g}`;
      return `${h} ${relation}${evening}.${weekday}${hint}`;
    }
  }
}

/**
 * Judges a Gregorian mention against the Hebrew mention beside it: every rule runs and every
 * finding is kept (a pair can be a day off and have a wrong weekday).
 */
export function judgePair(
  gregorian: DateMention,
  hebrew: DateMention,
  lineOf: LineOf = () => 1,
  context: PairContext = {},
): PairReport {
  const gSide: GregorianSide = side(gregorian, lineOf);
  const hSide: HebrewSide = side(hebrew, lineOf);
  if (gregorian.date && !gregorian.stated.oldStyle)
    gSide.iso = formatIsoDate(gregorian.date.year, gregorian.date.month, gregorian.date.day);
  if (hebrew.date)
    hSide.canonical = `${hebrew.date.day} ${hebrewMonthName(hebrew.date.month, hebrew.date.year)} ${hebrew.date.year}`;
  const inferred = [...gregorian.inferred, ...hebrew.inferred].map(({ field, value, note }) => ({
    field,
    value,
    note,
  }));
  const span = { start: Math.min(gregorian.start, hebrew.start), end: Math.max(gregorian.end, hebrew.end) };
  // One object whose fields are assigned in the order the report lists them, not a base spread into
  // a report spread into another with its sentence: the two spreads of a dozen fields were most of
  // the time a pair's judging took.
  const fields: Record<string, unknown> = { gregorian: gSide, hebrew: hSide, inferred };
  if (context.evidence) fields.evidence = context.evidence;
  if (context.evening) fields.evening = context.evening;
  const finish = (
    verdict: PairReport["verdict"],
    offsetDays: number | undefined,
    weekday: WeekdayFinding,
    weekdays: WeekdayFinding[],
    hints: Hint[],
    weekdayDay?: string,
  ): PairReport => {
    fields.verdict = verdict;
    if (verdict !== "invalid") fields.offsetDays = offsetDays;
    fields.weekday = weekday;
    fields.weekdays = weekdays;
    fields.hints = hints;
    const report = fields as unknown as PairReport;
    report.explanation = describe(report, weekdayDay);
    return report;
  };

  // A fast kept from dawn is its day, not the evening before (calendars/dawnFasts.ts), even in a
  // masthead: unless the page says the civil date is an evening, the day after it is a mismatch.
  const dawnFast = !context.evening && beginsAtDawn(hebrew.stated.holiday, hebrew.stated.holidayErev);
  // "Erev X" is a whole day, and its evening is when X begins: "Erev Purim", "Starts evening of March
  // 16, 2022" is the evening of Erev Purim's own civil day, so that day matches; the evening before it
  // (which begins the Erev's Hebrew day) still matches after sunset.
  const erevEvening = context.evening !== undefined && hebrew.stated.holidayErev === true;
  let days = dayVerdict(
    gregorian,
    hebrew,
    context.evening && !erevEvening
      ? "evening"
      : context.sunsetAllowed === false || dawnFast
        ? "day"
        : "either",
  );
  // A fast beside its calendar date in a year it was moved: the page gave the day the fast was not
  // kept, even when that is the evening before the day it was (Tisha B'Av moved to 10 Av), unless
  // the page says it is that evening ("Tisha B'Av begins at nightfall on August 10", almanac.com).
  const moved = context.evening ? undefined : fastMovedHint(gregorian, hebrew);
  if (days && moved) days = { ...days, verdict: "mismatch" };
  if (!days) {
    return finish("invalid", undefined, { verdict: "none" }, [], []);
  }
  if (days.julianDayNumber !== undefined && mayBeOldStyle(gregorian)) {
    const julianAsGregorian = dayNumberToGregorian(days.julianDayNumber);
    gSide.julianIso = formatIsoDate(julianAsGregorian.year, julianAsGregorian.month, julianAsGregorian.day);
    if (gregorian.stated.oldStyle) gSide.iso = gSide.julianIso;
  }
  const judged = judgeWeekdays(gregorian, hebrew, days.civilDayNumber);
  const weekday = judged.main.finding;
  const hints: Hint[] = [];
  const add = (hint: HintFinding | undefined): void => {
    if (hint) hints.push({ ...hint, span });
  };
  if (days.verdict === "mismatch") {
    add(moved);
    add(eveningDaytimeHint(context.evening !== undefined, days.offsetDays));
    add(dawnFastHint(dawnFast, days.offsetDays));
    // A moved fast, or one kept from dawn, is its own explanation of the day after.
    if (!moved && !dawnFast)
      add(eveningNotMarkedHint(context.evening === undefined, days.offsetDays, context.datesAreDays));
    add(adarHint(gregorian, hebrew));
    add(yearOffHint(gregorian, hebrew));
    add(swapHint(gregorian, hebrew));
    if (!context.evening) add(hebrewDayEarlyHint(days.offsetDays));
  }
  for (const entry of judged.all) {
    // The neighbour is the neighbour of the day the weekday was judged against.
    if (entry.finding.verdict === "mismatch")
      add(weekdayNeighbourHint(WEEKDAYS.indexOf(entry.finding.stated), entry.dayNumber));
  }
  // A wrong weekday written with the Hebrew date belongs to the Hebrew day's civil day; after sunset
  // that is G + 1, so name that day rather than blame G.
  const weekdayDay =
    judged.main.side === "hebrew" && judged.main.dayNumber !== days.civilDayNumber
      ? `${hSide.canonical ?? hSide.text} (${isoOf(judged.main.dayNumber)})`
      : undefined;
  const weekdays = judged.all.map((entry) => entry.finding);
  return finish(days.verdict, days.offsetDays, weekday, weekdays, hints, weekdayDay);
}
