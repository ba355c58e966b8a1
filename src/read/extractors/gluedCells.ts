import { gregorianMonthFromName, LEXICON, normalizeWord, weekdayFromName } from "../lexicon.js";
import type { Extractor } from "../mention.js";

// A table's row copied without the spaces between its cells: year, month and day, weekday run
// together ("2025August 3Sunday", calendar-holidays.com). Read only as a whole row: a year of four
// digits glued to a month's full name with a capital, the day, and a weekday's full name with a
// capital glued to it, then the line's end or a "|". Glued words elsewhere ("2025Budget 3Days")
// name no month and weekday both, and stay unread.

const PATTERN =
  /(?<![\p{L}\p{N}])(?<year>[12]\d{3})(?<month>\p{Lu}\p{Ll}{2,8}) (?<day>3[01]|[12]\d|0?[1-9])(?<weekday>\p{Lu}\p{Ll}{5,8})(?=[ \t]*(?:\r?\n|\||$))/gu;

/** Whether a word is a month's full name, the first spelling of its entry ("July", not "Jul" or "Sept"). */
function isFullMonth(word: string, month: number | undefined): month is number {
  return month !== undefined && LEXICON.gregorianMonths[month]![0] === normalizeWord(word);
}

const A = 65;
const Z = 90;

/**
 * Year, month, day and weekday of a table's row whose cells ran together.
 * @example gluedCellsExtractor.extract("2026July 23Thursday", {})[0]?.stated // {year: 2026, month: 7, day: 23, weekday: 4}
 */
export const gluedCellsExtractor: Extractor = {
  name: "glued-cells",
  // Its leading run: four digits with a capital letter just after them.
  mayHoldRun(text, runs, run) {
    const end = runs[run + 1]!;
    const next = text.charCodeAt(end);
    return end - runs[run]! === 4 && next >= A && next <= Z;
  },
  runLeads: true,
  extract(text) {
    const out = [];
    PATTERN.lastIndex = 0;
    for (let match = PATTERN.exec(text); match !== null; match = PATTERN.exec(text)) {
      const groups = match.groups!;
      const month = gregorianMonthFromName(groups.month!);
      const weekday = weekdayFromName(groups.weekday!);
      // Six letters or more in the pattern leave only weekdays' full names ("Thursday", not "Thurs").
      if (!isFullMonth(groups.month!, month) || weekday === undefined) continue;
      // The span leaves the year's cell out: a holiday named above such rows reads that cell as the
      // holiday's year (holidayRows.ts), and the two then pair as cells of one row.
      out.push({
        start: match.index + groups.year!.length,
        end: match.index + match[0].length,
        calendar: "gregorian" as const,
        extractor: "glued-cells",
        stated: { year: Number(groups.year), month, day: Number(groups.day), weekday },
      });
    }
    return out;
  },
};
