import type { Calendar } from "../types.js";
import type { StatedFields } from "./mention.js";

// A weekday written with an evening names a day next to the date's own: "ליל שבת 4.12.2026" is
// Friday the 4th's evening, the night Shabbat begins, so its weekday is the 5th's; "Friday night,
// 25 Kislev 5787" is the civil evening before the Hebrew day. Every place that judges a weekday or
// searches a year from one asks here, so that an evening is never a false alarm.

/**
 * How many days after the date's own day lies the day its stated weekday names: +1 for a civil
 * date under an evening that names the Hebrew day beginning that night ("ליל שבת", "אור ליום ו׳"),
 * −1 for a Hebrew date under an evening that names the civil day ("Friday night", "מוצאי שבת"),
 * else 0.
 * @example weekdayShift({weekday: 6, evening: true, weekdayNames: "hebrew-day"}, "gregorian") // 1
 */
export function weekdayShift(stated: StatedFields, calendar: Calendar): -1 | 0 | 1 {
  if (!stated.evening) return 0;
  const namesHebrewDay = stated.weekdayNames === "hebrew-day";
  if (calendar === "gregorian") return namesHebrewDay ? 1 : 0;
  return namesHebrewDay ? 0 : -1;
}

/**
 * Whether a Hebrew date under "מוצאי שבת" may be the day that ends rather than the one beginning:
 * writers give both ("מוצאי שבת, כ״א בניסן" for the night after the Shabbat of the 21st, as well as
 * the 22nd that begins then), so a lone date's weekday is judged either way.
 * @example endingDayMayBeMeant({weekday: 6, evening: true, weekdayNames: "civil"}, "hebrew", "מוצאי שבת, כ״א בניסן") // true
 */
export function endingDayMayBeMeant(stated: StatedFields, calendar: Calendar, text: string): boolean {
  return calendar === "hebrew" && weekdayShift(stated, calendar) === -1 && AFTER_THE_DAY.test(text);
}
/** "מוצאי", "מוצ״ש", "מוצש״ק" and their transliterations: the night after the day ends. */
const AFTER_THE_DAY = /מוצ|\bmotz/iu;
