import { weekdayOf } from "../../calendars/dayNumber.js";
import type { DateMention } from "../../read/mention.js";
import type { WeekdayFinding } from "../types.js";

/**
 * Judges a stated weekday. A weekday written with the Gregorian date names that civil day; one
 * written with the Hebrew date names the Hebrew day's own civil day (which after sunset is G + 1).
 */
export function weekdayRule(
  gregorian: DateMention,
  hebrew: DateMention,
  civilDayNumber: number,
): WeekdayFinding {
  const onHebrew = gregorian.stated.weekday === undefined && hebrew.stated.weekday !== undefined;
  const dayNumber = onHebrew ? (hebrew.dayNumber ?? civilDayNumber) : civilDayNumber;
  const actual = weekdayOf(dayNumber);
  const statedIndex = gregorian.stated.weekday ?? hebrew.stated.weekday;
  if (statedIndex === undefined) return { verdict: "none", actual };
  const stated = weekdayOf(statedIndex);
  return { verdict: stated === actual ? "ok" : "mismatch", stated, actual };
}
