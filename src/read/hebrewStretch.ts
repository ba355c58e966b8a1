import { isSpace } from "./digitRegions.js";
import { work } from "./workCounter.js";

// The readers of dates in Hebrew script (their numerals are letters) went over the whole of every
// text with a Hebrew letter in it. Pages in English often have Hebrew only in a masthead or a
// quote, so they now go over the stretch from the first Hebrew letter to the last, with a margin on
// each side that is wider than anything they read outside the letters (a day or year in digits, a
// weekday phrase of other words before the date: four words and their gaps) and cut at white space
// as digitRegions cuts, so that their look-arounds see there what they see in the whole text.

/** Characters kept before the first Hebrew letter and after the last. */
const MARGIN = 256;

const HEBREW_LETTER = /[\u05d0-\u05ea]/;

function isHebrewLetter(code: number): boolean {
  return code >= 0x5d0 && code <= 0x5ea;
}

/**
 * The [start, end) stretch of a text that holds every Hebrew letter of it with MARGIN characters
 * on each side, widened to white space (or the text's ends); undefined for a text without one.
 * @example hebrewStretch("Posted Sunday | י׳ באב תשע״ח") // [0, 28]
 */
export function hebrewStretch(text: string): [number, number] | undefined {
  const first = text.search(HEBREW_LETTER);
  if (first === -1) return undefined;
  let last = text.length - 1;
  while (!isHebrewLetter(text.charCodeAt(last))) last--;
  let start = Math.max(0, first - MARGIN);
  while (start > 0 && !isSpace(text.charCodeAt(start - 1))) start--;
  let end = Math.min(text.length, last + 1 + MARGIN);
  while (end < text.length && !isSpace(text.charCodeAt(end))) end++;
  work.regionCutChars += text.length - last + (first - start);
  return [start, end];
}
