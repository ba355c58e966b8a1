import type { StatedFields } from "./mention.js";
import { readWeekdayPhrase, stateWeekday } from "./weekdayWords.js";

// Lists of days write the weekday in brackets after the date: "16 April 2013 (Tuesday, postponed
// one day to Iyar 6)", "the evening of 16 September (Sunday night)". The weekday (and its evening)
// belongs to the date, as one written before it does. Only a bracket that a weekday opens and that
// closes, or goes on in words, after it: "(Tuesday, 13 August)" is another date.

/** Sticky: white space, a bracket, one or two words, then the bracket's end or a comma and a word. */
const IN_BRACKETS =
  /[ \u00a0]{0,2}\((?<first>\p{L}{2,15})(?:[ \u00a0](?<second>\p{L}{2,10}))?(?<close>\))?(?=(?<=\))|,[ \u00a0]?\p{Ll})/uy;

/**
 * The offset just after a weekday written in brackets after a date ending at `at` (stated in the
 * date's fields), else `at`. A date that already states a weekday keeps it.
 * @example takeWeekdayInBrackets("16 April 2013 (Tuesday, postponed", 13, {}) // 22
 */
export function takeWeekdayInBrackets(text: string, at: number, stated: StatedFields): number {
  if (stated.weekday !== undefined) return at;
  IN_BRACKETS.lastIndex = at;
  const match = IN_BRACKETS.exec(text);
  if (match === null) return at;
  const { first, second } = match.groups!;
  const phrase = second === undefined ? first! : `${first} ${second}`;
  // A weekday's own mark: a short name counts only so ("(Tue)").
  const word = readWeekdayPhrase(phrase, true);
  if (word === undefined) return at;
  stateWeekday(stated, word);
  return at + match[0].length;
}

/** Sticky: white space and two weekdays in brackets, joined by a comma or a dash: "(Thurs, Fri)", "(Wed-Wed)". */
const TWO_IN_BRACKETS =
  /[ \u00a0]{0,2}\((?<first>\p{L}{2,15})\.?(?:,[ \u00a0]?|[ \u00a0]?[-\u2013][ \u00a0]?)(?<second>\p{L}{2,15})\.?\)/uy;

/**
 * A range's two weekdays written in brackets after it, "Sept 21-22 (Thurs, Fri)"
 * (tiferesisraelpreschool.com): stated in the first and the last end's fields. The offset after the
 * bracket, else `at`; ends that already state a weekday keep theirs.
 * @example takeWeekdaysInBrackets("Oct 5-6 (Thurs, Fri) off", 7, {}, {}) // 20
 */
export function takeWeekdaysInBrackets(
  text: string,
  at: number,
  first: StatedFields,
  last: StatedFields,
): number {
  if (first.weekday !== undefined || last.weekday !== undefined) return at;
  TWO_IN_BRACKETS.lastIndex = at;
  const match = TWO_IN_BRACKETS.exec(text);
  if (match === null) return at;
  const one = readWeekdayPhrase(match.groups!.first!, true);
  const two = readWeekdayPhrase(match.groups!.second!, true);
  if (one === undefined || two === undefined) return at;
  stateWeekday(first, one);
  stateWeekday(last, two);
  return at + match[0].length;
}
