import { WEEKDAY_LATIN_PATTERN } from "./lexicon.js";
import { caseless, END, SPACE, START } from "./patterns.js";

// A weekday written before a date ("Sunday, ", "Sun. ", "Thursday the ") belongs to its mention.
// The readers' patterns used to begin with it as an optional group; a pattern that may begin with a
// weekday or a date cannot skip ahead to where a date can start (a digit, a month name), and that
// cost about a fifth of the time on pages dense with numbers. So the patterns match the date alone,
// and only behind each date they find do we look for a weekday, with a small sticky lookbehind.
//
// To find what the old patterns found, a weekday counts only when it begins at or after the point the
// search started from (the old pattern could not match across it). No weekday word is a suffix of
// another, so at most one prefix ends at a given offset.

/** What the old patterns' optional prefix matched: `weekday` is the word, as written. */
export interface WeekdayPrefix {
  weekday: string;
  /** Offset of the weekday's first letter. */
  start: number;
}

const PREFIX = `${START}(?<weekday>${WEEKDAY_LATIN_PATTERN})${END}\\.?,?${SPACE}`;
/** The prefix, ending where the date starts (a lookbehind, run from that offset only). */
const BEFORE = new RegExp(caseless(`(?<=(?<prefix>${PREFIX}))`), "uy");
/** The same, with "the" when the day follows ("Sunday the 22nd of July"). */
const BEFORE_WITH_THE = new RegExp(caseless(`(?<=(?<prefix>${PREFIX}(?:the${SPACE})?))`), "uy");
/** The prefix starting at an offset (for dates that may begin with a word a weekday could be). */
const AT = new RegExp(caseless(`(?<weekday>${WEEKDAY_LATIN_PATTERN})${END}\\.?,?${SPACE}`), "uy");
const WHITE_SPACE = /\s/;

/**
 * The weekday prefix that ends at `at` and begins at or after `from`, if any; `withThe` also takes
 * "the" between weekday and date.
 * @example weekdayBefore("on Sunday, July 22", 11, 0, false) // {weekday: "Sunday", start: 3}
 */
export function weekdayBefore(
  text: string,
  at: number,
  from: number,
  withThe: boolean,
): WeekdayPrefix | undefined {
  // Every prefix ends in white space: most dates fail here without running a pattern.
  if (at - from < 4 || !WHITE_SPACE.test(text[at - 1] ?? "")) return undefined;
  const pattern = withThe ? BEFORE_WITH_THE : BEFORE;
  pattern.lastIndex = at;
  const groups = pattern.exec(text)?.groups;
  if (groups === undefined) return undefined;
  const start = at - groups.prefix!.length;
  return start < from ? undefined : { weekday: groups.weekday!, start };
}

/**
 * The weekday prefix that begins at `at`: its word and the offset just after it, where a date would start.
 * @example weekdayAt("Sunday, 10 Av", 0) // {weekday: "Sunday", end: 8}
 */
export function weekdayAt(text: string, at: number): { weekday: string; end: number } | undefined {
  AT.lastIndex = at;
  const match = AT.exec(text);
  return match === null ? undefined : { weekday: match.groups!.weekday!, end: AT.lastIndex };
}
