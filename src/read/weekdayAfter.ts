import type { StatedFields } from "./mention.js";
import { readWeekdayPhrase, stateWeekday } from "./weekdayWords.js";

// Hungarian writes the weekday after the date, set off by a comma: "Szeptember 15-én, szerda este
// köszönt be Jom kipur" (zsido.com), "2026. december 5., szombat". The weekday (and its evening)
// then belongs to the date, as one written before it does.

/** Sticky: a comma, white space, one or two words, and no letter or digit after them. */
const AFTER =
  /,[ \u00a0]{1,3}(?<first>\p{L}{2,15})(?:[ \u00a0](?<second>\p{L}{2,10}))?(?![\p{L}\p{N}'\u2019])/uy;

/**
 * The offset just after a weekday phrase that follows a date ending at `at` (stated in the date's
 * fields), else `at`. A date that already states a weekday keeps it.
 * @example takeWeekdayAfter("Szeptember 15-én, szerda este köszönt", 16, {}) // 29
 */
export function takeWeekdayAfter(text: string, at: number, stated: StatedFields): number {
  if (stated.weekday !== undefined) return at;
  AFTER.lastIndex = at;
  const match = AFTER.exec(text);
  if (match === null) return at;
  const { first, second } = match.groups!;
  const marked = /^[,.]/u.test(text.slice(AFTER.lastIndex));
  if (second !== undefined) {
    const both = readWeekdayPhrase(`${first} ${second}`, marked);
    if (both !== undefined) {
      stateWeekday(stated, both);
      return AFTER.lastIndex;
    }
  }
  const one = readWeekdayPhrase(first!, second === undefined && marked);
  if (one === undefined) return at;
  stateWeekday(stated, one);
  return at + match[0].indexOf(first!) + first!.length;
}
