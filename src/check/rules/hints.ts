import { weekdayOf } from "../../calendars/dayNumber.js";
import { HEBREW_MONTH, hebrewMonthName, isHebrewLeapYear } from "../../calendars/hebrew.js";
import { dayNumberStrict } from "../../calendars/validate.js";
import type { DateMention } from "../../read/index.js";
import { type CalendarDate, WEEKDAYS } from "../../types.js";
import type { Hint } from "../types.js";

/** A hint before it is placed: the judge adds the pair's span. */
export type HintFinding = Omit<Hint, "span">;

// Likely causes of a mismatch. Each rule looks at the pair on its own and says what would have
// matched; all of them run, and every hint that fits is kept.

function dayNumberOf(date: CalendarDate, oldStyle = false): number | undefined {
  try {
    return dayNumberStrict(date, { oldStyle });
  } catch {
    return undefined;
  }
}

/** Whether H read as `date` would match G (on the day or after sunset). */
function matchesG(date: CalendarDate, g: number): boolean {
  const h = dayNumberOf(date);
  return h === g || h === g + 1;
}

/** Adar I written for Adar II (or the reverse), or a plain Adar meaning the other one. */
export function adarHint(gregorian: DateMention, hebrew: DateMention): HintFinding | undefined {
  const h = hebrew.date;
  const g = gregorian.dayNumber;
  if (!h || g === undefined || !isHebrewLeapYear(h.year)) return undefined;
  if (h.month !== HEBREW_MONTH.ADAR_I && h.month !== HEBREW_MONTH.ADAR_II) return undefined;
  const other = h.month === HEBREW_MONTH.ADAR_I ? HEBREW_MONTH.ADAR_II : HEBREW_MONTH.ADAR_I;
  if (!matchesG({ ...h, month: other }, g)) return undefined;
  const written = hebrew.stated.plainAdar ? "Adar" : h.month === HEBREW_MONTH.ADAR_I ? "Adar I" : "Adar II";
  const meant = other === HEBREW_MONTH.ADAR_I ? "Adar I" : "Adar II";
  return {
    code: "adar-confusion",
    message: `${h.year} has two Adars: "${written}" matches if it means ${meant}`,
  };
}

/** A year off by one on either side. */
export function yearOffHint(gregorian: DateMention, hebrew: DateMention): HintFinding | undefined {
  const h = hebrew.date;
  const g = gregorian.date;
  const gDay = gregorian.dayNumber;
  if (!h || !g || gDay === undefined) return undefined;
  for (const delta of [-1, 1]) {
    if (hebrew.stated.year !== undefined && matchesG({ ...h, year: h.year + delta }, gDay)) {
      return { code: "year-off", message: `the Hebrew year is off by one: ${h.year + delta} would match` };
    }
    const shifted = dayNumberOf({ ...g, year: g.year + delta }, gregorian.stated.oldStyle);
    const hDay: number | undefined = hebrew.dayNumber;
    if (
      gregorian.stated.year !== undefined &&
      shifted !== undefined &&
      hDay !== undefined &&
      (hDay === shifted || hDay === shifted + 1)
    ) {
      return { code: "year-off", message: `the Gregorian year is off by one: ${g.year + delta} would match` };
    }
  }
  return undefined;
}

/** Day and month swapped in the Gregorian date (03/04 read the other way). */
export function swapHint(gregorian: DateMention, hebrew: DateMention): HintFinding | undefined {
  const g = gregorian.date;
  const hDay = hebrew.dayNumber;
  if (!g || hDay === undefined || g.day > 12 || g.day === g.month) return undefined;
  const swapped = dayNumberOf({ ...g, month: g.day, day: g.month }, gregorian.stated.oldStyle);
  if (swapped === undefined || (hDay !== swapped && hDay !== swapped + 1)) return undefined;
  return {
    code: "day-month-swapped",
    message: `with day and month swapped (${g.month}/${g.day} as day ${g.month} of month ${g.day}) the dates match`,
  };
}

/** A stated weekday that is the weekday of the day before or after. */
export function weekdayNeighbourHint(
  stated: number | undefined,
  civilDayNumber: number,
): HintFinding | undefined {
  const name = stated === undefined ? undefined : WEEKDAYS[stated];
  if (name === undefined || weekdayOf(civilDayNumber) === name) return undefined;
  for (const delta of [-1, 1]) {
    if (weekdayOf(civilDayNumber + delta) === name) {
      return {
        code: "weekday-neighbour",
        message: `${name} is the weekday of the day ${delta < 0 ? "before" : "after"} (${weekdayOf(civilDayNumber)} is right)`,
      };
    }
  }
  return undefined;
}

/**
 * A fast named beside its calendar date in a year it was moved off Shabbat ("Tisha B'Av 5779 |
 * August 10, 2019": 9 Av was a Shabbat, the fast was kept on 10 Av).
 */
export function fastMovedHint(gregorian: DateMention, hebrew: DateMention): HintFinding | undefined {
  const moved = hebrew.movedFrom;
  if (!moved || !hebrew.date || gregorian.dayNumber === undefined) return undefined;
  if (dayNumberOf(moved) !== gregorian.dayNumber) return undefined;
  return {
    code: "fast-moved",
    message: `the fast falls on ${moved.day} ${hebrewMonthName(moved.month, moved.year)} ${moved.year}, a Shabbat, and was kept on ${hebrew.date.day} ${hebrewMonthName(hebrew.date.month, hebrew.date.year)}`,
  };
}

/**
 * A fast kept from dawn ("Ta'anit Esther, Sunday, March 21, 2027") written beside the evening that
 * begins its Hebrew day: the fast is the next day, from dawn.
 */
export function dawnFastHint(dawnFast: boolean, offsetDays: number | undefined): HintFinding | undefined {
  if (!dawnFast || offsetDays !== 1) return undefined;
  return {
    code: "fast-at-dawn",
    message:
      "the fast is kept from dawn of the next day; the evening of this civil date only begins its Hebrew day",
  };
}

/** The Hebrew date is the day before G: perhaps sunset was applied the wrong way. */
export function hebrewDayEarlyHint(offsetDays: number | undefined): HintFinding | undefined {
  if (offsetDays !== -1) return undefined;
  return {
    code: "hebrew-day-early",
    message:
      "the Hebrew date is the day before: a page that moves to the next Hebrew day at sunset would show one day later, not earlier",
  };
}

/** The civil date was written under an evening marker but names the Hebrew day's own daytime. */
export function eveningDaytimeHint(
  evening: boolean,
  offsetDays: number | undefined,
): HintFinding | undefined {
  if (!evening || offsetDays !== 0) return undefined;
  return {
    code: "evening-daytime-date",
    message:
      "the civil date is the Hebrew day's own daytime, but the page calls it the evening before: the evening's civil date is one day earlier",
  };
}

/**
 * The Hebrew date is the day after G, where the page states one day and says no evening, or says
 * outright that its dates are the days and not the evenings before them (`datesAreDays`).
 */
export function eveningNotMarkedHint(
  noEvening: boolean,
  offsetDays: number | undefined,
  datesAreDays = false,
): HintFinding | undefined {
  if (!noEvening || offsetDays !== 1) return undefined;
  const says = datesAreDays
    ? "the page says its dates are the days themselves, begun the evening before"
    : "the page says no evening";
  return {
    code: "evening-not-marked",
    message: `the Hebrew date is the day that begins on the evening of the civil date, but ${says}: the Hebrew date is a day late, or the civil date a day early`,
  };
}
