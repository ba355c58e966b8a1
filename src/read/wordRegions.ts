import { hebrewMonthFromName } from "./lexicon.js";
import { isOrdinalWord, LETTER_NAME_SPELLINGS } from "./numberWords.js";

// Dates written in words ("the ninth of Av", "the fourth of July", "Yud Shevat 5787", "July the
// fourth, 2026") need anchors of their own: an "of" with an ordinal before it ("ninth of",
// "twentieth day of") or a letter name after it ("of Yud Shevat"), and, inside the stretches around
// digits, a year with a month or an ordinal before it. The "f " of each "of" is found by the same
// pass that finds the digits, which already applies the first, cheap test below (ofMayBeDateQuick)
// inside its pattern (textAnchors.ts); each is checked by looking at a word or two beside it, and
// the readers of words run only over the short stretches around the anchors that pass.

/** Characters kept before an anchor: "on the second day of the week, the twentieth day " and a weekday. */
const BEFORE = 96;
/** Characters kept after an "of": "of the Hebrew month of Iyar, in the year five thousand seven hundred and eighty-seven". */
const AFTER_OF = 144;
/** Characters kept after a year's first digit. */
const AFTER_YEAR = 8;
const NON_ASCII_LETTER = /\p{L}/u;

/** A letter (ASCII without a regex, the most common case, and the rest by Unicode's letters). */
function isLetter(code: number): boolean {
  if (code < 128) return ((code | 32) >= 97 && (code | 32) <= 122) || code === 39;
  return NON_ASCII_LETTER.test(String.fromCharCode(code));
}

/** An ASCII digit. */
function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** ASCII white space or a no-break space: what stands between the words of a date. */
function isSpace(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13) || code === 0xa0;
}

/** The word (letters, apostrophes) ending at `end`, skipping white space and one comma before it. */
function wordBefore(text: string, end: number): { word: string; start: number } {
  let at = end;
  while (at > 0 && isSpace(text.charCodeAt(at - 1))) at--;
  if (text.charCodeAt(at - 1) === 44) at--;
  while (at > 0 && isSpace(text.charCodeAt(at - 1))) at--;
  const wordEnd = at;
  while (at > 0 && wordEnd - at < 16 && isLetter(text.charCodeAt(at - 1))) at--;
  return { word: text.slice(at, wordEnd), start: at };
}

/** The word (letters) starting after white space at `start`. */
function wordAfter(text: string, start: number): string {
  let at = start;
  while (at < text.length && isSpace(text.charCodeAt(at))) at++;
  const wordStart = at;
  while (at < text.length && at - wordStart < 16 && isLetter(text.charCodeAt(at))) at++;
  return text.slice(wordStart, at);
}

/** Words a letter-named day may begin or end with ("Yud", "Tes", "Chai", "Tu"), lower case. */
const LETTER_DAY_STARTS = new Set([...LETTER_NAME_SPELLINGS.map((name) => name.split(" ")[0]!), "tu"]);

/** The first two letters (lower case) of the words a letter-named day may begin with. */
export const LETTER_DAY_FIRSTS: ReadonlySet<string> = new Set(
  [...LETTER_DAY_STARTS].map((word) => word.slice(0, 2)),
);

/** The same pairs as numbers, for the ASCII case: "of" is common, and a slice and a fold for each cost a quarter of the reading. */
const LETTER_DAY_FIRST_CODES = new Set(
  [...LETTER_DAY_FIRSTS]
    .filter((pair) => pair.length === 2)
    .map((pair) => (pair.charCodeAt(0) << 8) | pair.charCodeAt(1)),
);

/** An ASCII character in lower case (others as they are). */
function asciiLower(code: number): number {
  return code >= 65 && code <= 90 ? code + 32 : code;
}

/** Whether the two characters at `at`, in lower case, begin a word a letter-named day may begin with. */
function beginsLetterDay(text: string, at: number): boolean {
  const first = text.charCodeAt(at);
  const second = text.charCodeAt(at + 1);
  if (first < 128 && second < 128)
    return LETTER_DAY_FIRST_CODES.has((asciiLower(first) << 8) | asciiLower(second));
  return LETTER_DAY_FIRSTS.has(text.slice(at, at + 2).toLowerCase());
}

/**
 * A cheap test before any word is cut out (textAnchors.ts's pattern holds the same test: keep the
 * two alike): the word before "of" ends as an English ordinal does
 * ("ninth", "first", "second", "third") or is "day", or the word after begins as a letter name does.
 * "of" is among the commonest words of English prose; most fail here.
 */
function ofMayBeDateQuick(text: string, at: number): boolean {
  let end = at - 2;
  while (end > 0 && (isSpace(text.charCodeAt(end - 1)) || text.charCodeAt(end - 1) === 44)) end--;
  const last = text.charCodeAt(end - 1) | 32;
  const before = text.charCodeAt(end - 2) | 32;
  if (
    (last === 104 && before === 116) || // th
    (last === 116 && before === 115) || // st
    (last === 100 && before === 110) || // nd
    (last === 100 && before === 114) || // rd
    (last === 121 && before === 97) // (d)ay
  )
    return true;
  let next = at + 1;
  while (next < text.length && isSpace(text.charCodeAt(next))) next++;
  return beginsLetterDay(text, next);
}

/** Whether the "f " (or "F ") at `at` ends an "of" that a date in words holds. */
function ofMayBeDate(text: string, at: number): boolean {
  if ((text.charCodeAt(at - 1) | 32) !== 111 || !isSpace(text.charCodeAt(at - 2))) return false;
  if (!ofMayBeDateQuick(text, at)) return false;
  let before = wordBefore(text, at - 1);
  if (before.word.length === 3 && before.word.toLowerCase() === "day") {
    before = wordBefore(text, before.start);
    // "the 20th day of the Hebrew month of Sivan": a day in digits with "day of".
    if (before.word.length === 2 && isDigit(text.charCodeAt(before.start - 1))) return true;
  }
  if (isOrdinalWord(before.word)) return true;
  return LETTER_DAY_STARTS.has(wordAfter(text, at + 1).toLowerCase());
}

/** "B'Shvat", "BiShvat", "Be'Av": the month of "Tu B'Shvat" written onto its prefix. */
const ON_PREFIX = /^[bB](?:['\u2019]|[eE]['\u2019]?|[iI])?/;

/** Whether the year at `at` ends a letter-named day ("Yud Shevat 5787", "Tu B'Av 5787") or an ordinal ("July the fourth, 2026"). */
function yearMayBeDate(text: string, at: number): boolean {
  const month = wordBefore(text, at);
  if (isOrdinalWord(month.word)) return true;
  // The letter name first: most years follow no letter name, and the month lookup folds the word.
  if (!LETTER_DAY_STARTS.has(wordBefore(text, month.start).word.toLowerCase())) return false;
  return (
    hebrewMonthFromName(month.word) !== undefined ||
    hebrewMonthFromName(month.word.replace(ON_PREFIX, "")) !== undefined
  );
}

/** How far a cut looks for white space (a bound, so that a page of one long token stays linear). */
const CUT_REACH = 32;

/** The nearest offset at or before `offset` just after white space (or 0), looking back a little. */
function cutBefore(text: string, offset: number): number {
  const from = Math.max(0, offset);
  let at = from;
  while (at > 0 && from - at < CUT_REACH && !isSpace(text.charCodeAt(at - 1))) at--;
  return at === 0 || isSpace(text.charCodeAt(at - 1)) ? at : from;
}

/** The nearest offset at or after `offset` that is white space (or the end), looking on a little. */
function cutAfter(text: string, offset: number): number {
  const from = Math.min(text.length, offset);
  let at = from;
  while (at < text.length && at - from < CUT_REACH && !isSpace(text.charCodeAt(at))) at++;
  return at === text.length || isSpace(text.charCodeAt(at)) ? at : from;
}

/** The offset of every "f " in the text, for a caller that has not found them already (textAnchors.ts). */
function ofEndsOf(text: string): number[] {
  const ends: number[] = [];
  for (let at = text.indexOf("f "); at >= 0; at = text.indexOf("f ", at + 2)) ends.push(at);
  return ends;
}

/**
 * Half-open [start, end) stretches of the text where a date in words may be, in order and
 * disjoint: around each "of" that may belong to one, and around each of `years` (the offsets of
 * runs of four or five digits, as digitRegions collects them) that follows a letter-named day or
 * an ordinal. `ofEnds` are the offsets of the "f " of every "of" (as textAnchors finds them); by
 * default they are looked for.
 * @example wordRegions("see the ninth of Av", []) // [[0, 19]]
 */
export function wordRegions(
  text: string,
  years: readonly number[],
  ofEnds: readonly number[] = ofEndsOf(text),
): Array<[number, number]> {
  const windows: Array<[number, number]> = [];
  // Lower case only: "OF" in capitals would cost a second pass for the rare page written so.
  for (const at of ofEnds) if (ofMayBeDate(text, at)) windows.push([at - BEFORE, at + AFTER_OF]);
  for (const at of years)
    if (isSpace(text.charCodeAt(at - 1)) && yearMayBeDate(text, at))
      windows.push([at - BEFORE, at + AFTER_YEAR]);
  if (windows.length === 0) return [];
  windows.sort((a, b) => a[0] - b[0]);
  const regions: Array<[number, number]> = [];
  for (const [from, to] of windows) {
    const start = cutBefore(text, from);
    const end = cutAfter(text, to);
    const last = regions[regions.length - 1];
    if (last !== undefined && start <= last[1]) last[1] = Math.max(last[1], end);
    else regions.push([start, end]);
  }
  return regions;
}
