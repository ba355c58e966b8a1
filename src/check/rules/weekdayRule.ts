import { weekdayOf } from "../../calendars/dayNumber.js";
import type { DateMention } from "../../read/mention.js";
import type { WeekdayFinding } from "../types.js";

/** A weekday finding, the civil day it was judged against, and the side that stated it. */
export interface JudgedWeekday {
  finding: WeekdayFinding;
  dayNumber: number;
  side: "gregorian" | "hebrew";
}

function judge(stated: number, dayNumber: number, side: JudgedWeekday["side"]): JudgedWeekday {
  const actual = weekdayOf(dayNumber);
  const name = weekdayOf(stated);
  return { finding: { verdict: name === actual ? "ok" : "mismatch", stated: name, actual }, dayNumber, side };
}

/**
 * Judges the stated weekdays of a pair. A weekday written with the Gregorian date names that civil
 * day; one written with the Hebrew date names the Hebrew day's own civil day (which after sunset is
 * G + 1). Both sides may state one ("יום ב׳, י׳ באב תשע״ח | Sunday, July 22"): each is judged against
 * its own day, and a wrong one is reported before a right one.
 */
export function judgeWeekday(
  gregorian: DateMention,
  hebrew: DateMention,
  civilDayNumber: number,
): JudgedWeekday {
  // Fix: this used to judge only `gregorian.stated.weekday ?? hebrew.stated.weekday`, so a wrong
  // Hebrew-side weekday beside a right Gregorian one came back "ok" (a finding silently dropped).
  const judged: JudgedWeekday[] = [];
  if (gregorian.stated.weekday !== undefined)
    judged.push(judge(gregorian.stated.weekday, civilDayNumber, "gregorian"));
  if (hebrew.stated.weekday !== undefined) {
    judged.push(judge(hebrew.stated.weekday, hebrew.dayNumber ?? civilDayNumber, "hebrew"));
  }
  return (
    judged.find((entry) => entry.finding.verdict === "mismatch") ??
    judged[0] ?? {
      finding: { verdict: "none", actual: weekdayOf(civilDayNumber) },
      dayNumber: civilDayNumber,
      side: "gregorian",
    }
  );
}
