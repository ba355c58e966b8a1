import { AFTER_YEAR } from "./lexicon/dateWords.js";
import { END, phrases, SPACE } from "./patterns.js";

// Words that follow a year and belong to its date ("2018 г.", "5778 года", "5778 AM", "5778 г. AM"),
// from the rows of dateWords.ts. A mark ending in a period ends there; one ending in a letter needs
// a boundary ("AMD" is no mark).

const AFTER = new RegExp(`${SPACE}(?:${phrases(AFTER_YEAR)})(?:(?<=\\.)|${END})`, "uy");

/**
 * Where the words after a year that ends at `at` end (at most two of them), or `at` when none follow.
 * @example yearWordsEnd("10 ав 5778 г. AM", 10) // 16
 */
export function yearWordsEnd(text: string, at: number): number {
  let end = at;
  for (let words = 0; words < 2; words++) {
    AFTER.lastIndex = end;
    if (!AFTER.test(text)) break;
    end = AFTER.lastIndex;
  }
  return end;
}
