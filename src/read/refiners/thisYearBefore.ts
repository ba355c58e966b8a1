import { THIS_YEAR } from "../lexicon/dateWords.js";

// "This year, Rosh Hashanah is Sept. 29" (yoursun.com, a page of August 2019): a sentence that opens
// with "this year" speaks of the page's own year, whatever day it then gives the holiday.

/** The phrases without a written year ("this year", "cette année"), folded; built on first use. */
let phrases: readonly string[] | undefined;

/** How far back the sentence's opening may stand before the date. */
const REACH = 80;

/**
 * Whether the sentence in which `at` stands opens with "this year" before it.
 * @example saysThisYear("It is late.\nThis year, Purim is March 23.", 24) // true
 */
export function saysThisYear(text: string, at: number): boolean {
  phrases ??= THIS_YEAR.filter((row) => !row.includes("YYYY")).map((row) => row.toLowerCase());
  const before = text.slice(Math.max(0, at - REACH), at);
  const opening = (before.split(/[.!?\n]/u).at(-1) ?? "").trimStart().toLowerCase();
  return phrases.some((phrase) => opening.startsWith(phrase) && !/\p{L}/u.test(opening[phrase.length] ?? ""));
}
