import { hebrewDayNumberOf } from "../calendars/hebrewYears.js";
import type { DateMention, GroupEvidence } from "../read/index.js";

// "Rosh Hashanah begins at sunset on Monday, September 22, 2025, and concludes at dusk on Wednesday,
// September 24": the day a holiday of several days "lasts until" is its last day, not the first day
// that the name alone means. The reading pairs the name with that date by the connector "until".

/**
 * The Hebrew side of a pair read as the holiday's last day when the pair says the holiday lasts
 * until the civil date; the mention itself otherwise.
 * @example holidayLastDay(roshHashanah5786, { kind: "connector", text: ", and ends on ", phrase: "until" }).date // 2 Tishrei 5786
 */
export function holidayLastDay(hebrew: DateMention, evidence: GroupEvidence): DateMention {
  if (evidence.kind !== "connector" || evidence.phrase !== "until") return hebrew;
  if (hebrew.stated.holiday === undefined || !hebrew.date || !hebrew.alternatives?.length) return hebrew;
  let last = hebrew.date;
  let lastDayNumber = hebrew.dayNumber;
  for (const day of hebrew.alternatives) {
    const dayNumber = hebrewDayNumberOf(day.year, day.month, day.day);
    if (dayNumber > lastDayNumber) {
      last = day;
      lastDayNumber = dayNumber;
    }
  }
  if (last === hebrew.date) return hebrew;
  const days = hebrew.alternatives.length + 1;
  return {
    ...hebrew,
    date: last,
    dayNumber: lastDayNumber,
    alternatives: [hebrew.date, ...hebrew.alternatives.filter((day) => day !== last)],
    inferred: [
      ...hebrew.inferred,
      {
        field: "day",
        value: days,
        from: "gregorian",
        note: `the last of the holiday's ${days} days, the one it lasts until`,
      },
    ],
  };
}
