import { EVENING_AFTER_DATE } from "./lexicon/dateWords.js";
import type { StatedFields } from "./mention.js";
import { END, phrases } from "./patterns.js";

// "le 25 décembre au coucher du soleil", "am 10. Dezember abends": the evening is written after the
// civil date, where a weekday's evening ("Friday night") is written with the weekday. The words join
// the date's mention, which then names the evening of its own civil day, as "Friday night" does.

/** Sticky: a comma maybe, white space, the words, and no letter right after them. */
let pattern: RegExp | undefined;

/**
 * The offset just after evening words that follow a civil date ending at `at` (the date's fields
 * then say it is that day's evening), else `at`.
 * @example markEveningAfter("25 décembre au coucher du soleil", 11, {}) // 32
 */
export function markEveningAfter(text: string, at: number, stated: StatedFields): number {
  // The pattern's first character is a comma or a space: most dates end otherwise, and are
  // answered without running its many phrases (no letter folds to these three characters).
  const first = text.charCodeAt(at);
  if (first !== 0x2c && first !== 0x20 && first !== 0xa0) return at;
  pattern ??= new RegExp(`,?[ \\u00a0]{1,3}(?:${phrases(EVENING_AFTER_DATE)})${END}`, "iuy");
  pattern.lastIndex = at;
  if (pattern.exec(text) === null) return at;
  if (!stated.evening) {
    stated.evening = true;
    stated.weekdayNames = "civil";
  }
  return pattern.lastIndex;
}
