import { gregorianMonthFromName, HEBREW_MONTH_FIRST_WORDS } from "./lexicon.js";

// The readers of dates in words (hebrewDayWords, gregorianDayWords, hebrewLetterDay) keep a match
// only when its month word is one of their calendar's, and their patterns are large: compiled on
// first use, they cost a process tens of milliseconds, on prose whose stretches around an "of"
// hold no month at all ("… make out, second of pose run …"). One walk over such a stretch tells
// which calendars' month words it holds, so that a reader that could find nothing there is not
// run (readMentions.ts). Each test below holds wherever its reader keeps a match, so skipping a
// reader where it fails changes nothing that is read.

/** Which month words a stretch holds, and so which readers of dates in words may find a date there. */
export interface MonthWords {
  /** A Hebrew month in English letters: hebrewDayWords and hebrewLetterDay may find a date. */
  hebrew: boolean;
  /** A Gregorian month: gregorianDayWords' day-first form ("the fourth of July") may. */
  gregorian: boolean;
  /** A Gregorian month and a digit: the month-first form, whose year is required ("July the fourth, 2026"). */
  gregorianAndDigit: boolean;
}

const APOSTROPHE = 39;
const RIGHT_QUOTE = 0x2019;

function isAsciiLetter(code: number): boolean {
  return (code | 32) >= 97 && (code | 32) <= 122;
}

/** A character of the readers' month word ([A-Za-z'’]). */
function isMonthWordChar(code: number): boolean {
  return isAsciiLetter(code) || code === APOSTROPHE || code === RIGHT_QUOTE;
}

/**
 * Whether a Hebrew month word may begin at `start` inside the run [start, end) of month-word
 * characters: the readers' first word of a month ([A-Za-z][A-Za-z'’]{1,11}) ends at the run's
 * end, or before an apostrophe, which is no letter ("Sh" of "Sh'vat"); its two-word spellings
 * ("Menachem Av", "Adar II") begin with a word of HEBREW_MONTH_FIRST_WORDS.
 */
function hebrewMonthAt(text: string, start: number, end: number): boolean {
  if (!isAsciiLetter(text.charCodeAt(start))) return false;
  for (let at = start + 2; at <= end; at++) {
    const code = text.charCodeAt(at);
    if (at < end && code !== APOSTROPHE && code !== RIGHT_QUOTE) continue;
    if (
      HEBREW_MONTH_FIRST_WORDS.has(
        text
          .slice(start, at)
          .toLowerCase()
          .replace(/\u2019/g, "'"),
      )
    )
      return true;
  }
  return false;
}

/**
 * Whether a run of month-word characters holds a Hebrew month where the readers look for one: at
 * its start (after white space, a hyphen or punctuation), or after the prefix "Tu B'Shvat",
 * "Tu BiShvat", "Tu Be'Av" write the month onto (hebrewLetterDay's `b(?:['’]|e['’]?|i)?`).
 */
function hebrewMonthIn(text: string, start: number, end: number): boolean {
  if (hebrewMonthAt(text, start, end)) return true;
  if ((text.charCodeAt(start) | 32) !== 98) return false;
  if (hebrewMonthAt(text, start + 1, end)) return true;
  const second = text.charCodeAt(start + 1);
  const afterSecond = start + 2;
  if ((second | 32) === 105 || second === APOSTROPHE || second === RIGHT_QUOTE)
    return hebrewMonthAt(text, afterSecond, end);
  if ((second | 32) !== 101) return false;
  if (hebrewMonthAt(text, afterSecond, end)) return true;
  const third = text.charCodeAt(afterSecond);
  return (third === APOSTROPHE || third === RIGHT_QUOTE) && hebrewMonthAt(text, afterSecond + 1, end);
}

/**
 * The month words of the stretch, found in one walk over its words. A Gregorian month is a whole
 * word of ASCII letters (the readers want no letter or digit either side of it, a period after it
 * at most), so a word is looked up as it stands.
 * @example monthWordsIn("the fourth of July") // {hebrew: false, gregorian: true, gregorianAndDigit: false}
 */
export function monthWordsIn(text: string): MonthWords {
  let hebrew = false;
  let gregorian = false;
  let digit = false;
  for (let at = 0; at < text.length; ) {
    const code = text.charCodeAt(at);
    if (!isMonthWordChar(code)) {
      if (code >= 48 && code <= 57) digit = true;
      at++;
      continue;
    }
    let end = at + 1;
    while (end < text.length && isMonthWordChar(text.charCodeAt(end))) end++;
    if (!hebrew) hebrew = hebrewMonthIn(text, at, end);
    if (!gregorian) {
      // The words of ASCII letters inside the run (apostrophes part them: "July's" holds "July").
      for (let from = at; from < end && !gregorian; ) {
        let to = from;
        while (to < end && isAsciiLetter(text.charCodeAt(to))) to++;
        if (to - from >= 3) gregorian = gregorianMonthFromName(text.slice(from, to)) !== undefined;
        from = to + 1;
      }
    }
    at = end;
  }
  return { hebrew, gregorian, gregorianAndDigit: gregorian && digit };
}
