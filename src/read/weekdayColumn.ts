import { gregorianMonthFromName } from "./lexicon.js";
import type { StatedFields } from "./mention.js";
import { readWeekdayPhrase, stateWeekday } from "./weekdayWords.js";

// A table's "Day" column after its "Date" column: "Year Date Day Holiday" over "2023 9 May Tue Lag
// BaOmer". The weekday, a capitalized English name or its three letters, follows the date after white
// space alone, and no date comes right after it: in "Saturday 9 May Sunday 10 May" and "July 22
// Sunday July 23" the Sunday is the next date's.

/** Sticky: spaces or a tab, a capitalized word, then white space and no digit, or the line's end. */
const COLUMN =
  /[ \t\u00a0]{1,4}(?<name>\p{Lu}\p{Ll}{2,8})(?=[ \t\u00a0]+(?<next>[^\d\s]\p{L}{0,14})|[ \t\u00a0]*(?:\r?\n|$))/uy;

/**
 * The offset just after a weekday written as the next column after a date ending at `at` (stated
 * in the date's fields), else `at`. A date that already states a weekday keeps it.
 * @example takeWeekdayColumn("2023 9 May Tue Lag BaOmer", 10, {}) // 14
 */
export function takeWeekdayColumn(text: string, at: number, stated: StatedFields): number {
  if (stated.weekday !== undefined) return at;
  COLUMN.lastIndex = at;
  const match = COLUMN.exec(text);
  if (match === null) return at;
  const { name, next } = match.groups!;
  const word = readWeekdayPhrase(name!, true);
  if (word === undefined) return at;
  // The next date's month, or "9 May Friday night": an evening written so is the phrase's.
  if (
    next !== undefined &&
    (gregorianMonthFromName(next) !== undefined || readWeekdayPhrase(`${name} ${next}`, true)?.evening)
  )
    return at;
  stateWeekday(stated, word);
  return at + match[0].length;
}
