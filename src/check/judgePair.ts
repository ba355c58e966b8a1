import { dayNumberToGregorian, formatIsoDate } from "../calendars/gregorian.js";
import { hebrewMonthName } from "../calendars/hebrew.js";
import type { DateMention } from "../read/mention.js";
import { WEEKDAYS } from "../types.js";
import { dayVerdict, mayBeOldStyle } from "./rules/dayVerdict.js";
import {
  adarHint,
  fastMovedHint,
  hebrewDayEarlyHint,
  swapHint,
  weekdayNeighbourHint,
  yearOffHint,
} from "./rules/hints.js";
import { judgeWeekday } from "./rules/weekdayRule.js";
import type { GregorianSide, HebrewSide, Hint, PairReport } from "./types.js";

/** Line number (1-based) of an offset, given the offsets where lines start. */
export type LineOf = (offset: number) => number;

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

/** `weekdayDay` names the day a wrong weekday belongs to, when it is not G's (a Hebrew-side weekday after sunset). */
function describe(report: Omit<PairReport, "explanation">, weekdayDay?: string): string {
  const g = report.gregorian.iso ?? report.gregorian.text;
  const h = report.hebrew.canonical ?? report.hebrew.text;
  // Fix: a match read as Julian judged the weekday on the Julian reading's Gregorian day, not on G's.
  const judgedDay = weekdayDay ?? (report.verdict === "match-julian" ? report.gregorian.julianIso : g);
  const weekday =
    report.weekday.verdict === "mismatch"
      ? ` But ${judgedDay} was a ${report.weekday.actual}, not a ${report.weekday.stated}.`
      : "";
  // Fix: for a date marked O.S. `iso` is already the Gregorian day, so the old sentence said
  // "is 1750-06-26 read as an Old Style (Julian) date, 1750-06-26 …": name the date as written.
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
      const offset = report.offsetDays!; // only a mismatch comes here, and it always has an offset
      const days = Math.abs(offset);
      const direction = offset > 0 ? "after" : "before";
      const hint = report.hints[0] ? ` Perhaps ${report.hints[0].message}.` : "";
      return `${h} is ${days} day${days === 1 ? "" : "s"} ${direction} ${g}.${weekday}${hint}`;
    }
  }
}

/**
 * Judges a Gregorian mention against the Hebrew mention beside it: every rule runs and every
 * finding is kept (a pair can be a day off and have a wrong weekday).
 */
export function judgePair(gregorian: DateMention, hebrew: DateMention, lineOf: LineOf = () => 1): PairReport {
  const gSide: GregorianSide = side(gregorian, lineOf);
  const hSide: HebrewSide = side(hebrew, lineOf);
  if (gregorian.date && gregorian.dayNumber !== undefined) {
    const civil = gregorian.stated.oldStyle ? undefined : gregorian.dayNumber;
    if (civil !== undefined)
      gSide.iso = formatIsoDate(gregorian.date.year, gregorian.date.month, gregorian.date.day);
  }
  if (hebrew.date)
    hSide.canonical = `${hebrew.date.day} ${hebrewMonthName(hebrew.date.month, hebrew.date.year)} ${hebrew.date.year}`;
  const inferred = [...gregorian.inferred, ...hebrew.inferred].map(({ field, value, note }) => ({
    field,
    value,
    note,
  }));

  let days = dayVerdict(gregorian, hebrew);
  // A fast beside its calendar date in a year it was moved: the page gave the day the fast was not
  // kept, even when that is the evening before the day it was (Tisha B'Av moved to 10 Av).
  const moved = fastMovedHint(gregorian, hebrew);
  if (days && moved) days = { ...days, verdict: "mismatch" };
  if (!days) {
    const report = {
      verdict: "invalid" as const,
      weekday: { verdict: "none" as const },
      gregorian: gSide,
      hebrew: hSide,
      hints: [],
      inferred,
    };
    return { ...report, explanation: describe(report) };
  }
  if (days.julianDayNumber !== undefined && mayBeOldStyle(gregorian)) {
    const julianAsGregorian = dayNumberToGregorian(days.julianDayNumber);
    gSide.julianIso = formatIsoDate(julianAsGregorian.year, julianAsGregorian.month, julianAsGregorian.day);
    if (gregorian.stated.oldStyle) gSide.iso = gSide.julianIso;
  }
  const judgedWeekday = judgeWeekday(gregorian, hebrew, days.civilDayNumber);
  const weekday = judgedWeekday.finding;
  const hints: Hint[] = [];
  const add = (hint: Hint | undefined): void => {
    if (hint) hints.push(hint);
  };
  if (days.verdict === "mismatch") {
    add(moved);
    add(adarHint(gregorian, hebrew));
    add(yearOffHint(gregorian, hebrew));
    add(swapHint(gregorian, hebrew));
    add(hebrewDayEarlyHint(days.offsetDays));
  }
  if (weekday.verdict === "mismatch") {
    // Fix: the neighbour is the neighbour of the day the weekday was judged against (the Hebrew
    // day's own civil day for a weekday written with it), not always G's day.
    add(weekdayNeighbourHint(WEEKDAYS.indexOf(weekday.stated!), judgedWeekday.dayNumber));
  }
  const report = {
    verdict: days.verdict,
    offsetDays: days.offsetDays,
    weekday,
    gregorian: gSide,
    hebrew: hSide,
    hints,
    inferred,
  };
  // Fix: a wrong weekday written with the Hebrew date belongs to the Hebrew day's civil day; after
  // sunset that is G + 1, and the old sentence blamed G ("2018-07-21 was a Sunday" – it was a Saturday).
  const weekdayDay =
    judgedWeekday.side === "hebrew" && judgedWeekday.dayNumber !== days.civilDayNumber
      ? `${hSide.canonical ?? hSide.text} (${isoOf(judgedWeekday.dayNumber)})`
      : undefined;
  return { ...report, explanation: describe(report, weekdayDay) };
}
