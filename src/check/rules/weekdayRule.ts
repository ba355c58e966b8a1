import { weekdayOf } from "../../calendars/dayNumber.js";
import { type DateMention, weekdayShift } from "../../read/index.js";
import type { WeekdayFinding } from "../types.js";

/** A weekday finding, the civil day it was judged against, and the side that stated it. */
export interface JudgedWeekday {
  finding: WeekdayFinding;
  dayNumber: number;
  side: "gregorian" | "hebrew";
}

/** The judgement of every weekday written in a pair. */
export interface JudgedWeekdays {
  /** The first wrong one, else the first, else `none` judged against G's day. */
  main: JudgedWeekday;
  all: JudgedWeekday[];
}

function judge(stated: number, dayNumber: number, side: JudgedWeekday["side"]): JudgedWeekday {
  const actual = weekdayOf(dayNumber);
  const name = weekdayOf(stated);
  return {
    finding: { verdict: name === actual ? "ok" : "mismatch", stated: name, actual, side },
    dayNumber,
    side,
  };
}

/**
 * The civil day a mention's stated weekday names. Written with the Gregorian date, it names that civil
 * day; with the Hebrew date, the Hebrew day's own civil day (which after sunset is G + 1). An evening
 * shifts it: English "Friday night" and "מוצאי שבת" name the civil day whose evening it is; Hebrew
 * "ליל שבת" names the Hebrew day that begins that night.
 */
function namedDay(mention: DateMention, side: JudgedWeekday["side"], civilDayNumber: number): number {
  const own = side === "gregorian" ? civilDayNumber : (mention.dayNumber ?? civilDayNumber);
  return own + weekdayShift(mention.stated, side);
}

/**
 * Judges every stated weekday of a pair against the day it names. Both sides may state one
 * ("יום ב׳, י׳ באב תשע״ח | Sunday, July 22"): each is judged, and a wrong one is reported first.
 */
export function judgeWeekdays(
  gregorian: DateMention,
  hebrew: DateMention,
  civilDayNumber: number,
): JudgedWeekdays {
  const all: JudgedWeekday[] = [];
  if (gregorian.stated.weekday !== undefined)
    all.push(judge(gregorian.stated.weekday, namedDay(gregorian, "gregorian", civilDayNumber), "gregorian"));
  if (hebrew.stated.weekday !== undefined)
    all.push(judge(hebrew.stated.weekday, namedDay(hebrew, "hebrew", civilDayNumber), "hebrew"));
  const main = all.find((entry) => entry.finding.verdict === "mismatch") ??
    all[0] ?? {
      finding: { verdict: "none", actual: weekdayOf(civilDayNumber) },
      dayNumber: civilDayNumber,
      side: "gregorian",
    };
  return { main, all };
}
