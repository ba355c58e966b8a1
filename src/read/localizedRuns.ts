import { BEFORE_MONTH } from "./lexicon/dateWords.js";
import { asciiStarts, beginsTwoWordName, monthOfFolded } from "./lexicon/languageMonths.js";
import { normalizeWord } from "./lexicon.js";
import { caseless, phrases, SPACE } from "./patterns.js";

// The month names of other languages are read only after a day or a year in digits
// (extractors/localizedText.ts), and most numbers of English prose ("250 people", "45%", "$30",
// "4,161", "1-9") stand before nothing a month could begin with. Its two patterns went over every
// stretch around digits all the same, and that was nearly all that prose with numbers paid for the
// readers of words. This test, made at a run of digits with a look at the word or two after it,
// lets the reader skip stretches none of whose runs can begin one of its dates. It errs one way
// only: where it says no, neither pattern can match at that run (test/read/localizedRuns.test.ts
// holds it to that).

const PERIOD = 46;
const HYPHEN = 45;
const APOSTROPHE = 39;

/**
 * Every ASCII start of a month spelling (English ones too: after "22." or "de" they count), as
 * numbers: three characters' codes in one, and apart those shorter (whole words: "av").
 */
let starts: { three: Set<number>; short: Set<number> } | undefined;
/** The same of the spellings that are not English: after a plain day the pattern takes only these. */
let ownStarts: { three: Set<number>; short: Set<number> } | undefined;

function startCodes(withEnglish: boolean): { three: Set<number>; short: Set<number> } {
  const three = new Set<number>();
  const short = new Set<number>();
  for (const start of asciiStarts(withEnglish)) {
    const key = [...start].reduce((code, character) => (code << 8) | character.charCodeAt(0), 0);
    (start.length === 3 ? three : short).add(key);
  }
  return { three, short };
}

/** Sticky: a phrase that may stand between a day and its month ("de", "of", "du mois de") and the space after it. */
const PHRASE = new RegExp(caseless(`(?:${phrases(BEFORE_MONTH)})${SPACE}`), "uy");
/**
 * Sticky, empty: what lets an English spelling be the reader's month (localizedText.ts's ownForm),
 * a period or a phrase and white space just before the word ("22. July", "22 of July").
 */
const OWN_FORM = new RegExp(caseless(`(?<=(?:\\.|${phrases(BEFORE_MONTH)})[\\s\\u00a0]{1,6})`), "uy");

/** The ordinal endings in ASCII a day may carry ("22nd", "1er", "1re"), as their two codes in one. */
const ORDINALS = new Set(
  ["st", "nd", "rd", "th", "er", "re"].map((pair) => (pair.charCodeAt(0) << 8) | pair.charCodeAt(1)),
);
/** The first letters of the phrases in ASCII: no other word needs the phrase's pattern tried. */
const PHRASE_FIRSTS = new Set(
  BEFORE_MONTH.map((phrase) => lower(phrase.charCodeAt(0))).filter((code) => code < 128),
);

/** A letter or mark of any script, white space, or "°": what may follow a day's digits outside ASCII ("22 июля", "1º"). */
const LETTER_OR_SPACE = /[\p{L}\p{M}\s\u00b0]/u;
/** White space outside ASCII (a no-break space). */
const SPACE_CHARACTER = /\s/u;
/** What may begin a month word outside ASCII: a letter, or the apostrophe French writes before "‘Heshvan". */
const WORD_START = /[\p{L}\u2018\u2019]/u;

function isAsciiLetter(code: number): boolean {
  return (code | 32) >= 97 && (code | 32) <= 122;
}

function isAsciiSpace(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13);
}

/** An ASCII capital in lower case (as toLowerCase folds ASCII), other codes as they are. */
function lower(code: number): number {
  return code >= 65 && code <= 90 ? code + 32 : code;
}

/**
 * Whether the word at `at` may be a month's: one of its first three characters is outside ASCII, or
 * its first letters begin a spelling, a start shorter than three letters being the whole word (the
 * pattern's own quick test, with the English spellings too), and it is one.
 */
function wordMayBeMonth(text: string, at: number): boolean {
  const first = text.charCodeAt(at);
  const second = text.charCodeAt(at + 1);
  const third = text.charCodeAt(at + 2);
  if (first >= 128 || second >= 128 || third >= 128) return true;
  const one = lower(first);
  const two = (one << 8) | lower(second);
  const three = (two << 8) | lower(third);
  // The reader's pattern takes an English spelling only after a period or a phrase (OWN_FORM):
  // "12 may", "3 mar" of English prose stop here.
  ownStarts ??= startCodes(false);
  if (!fitsStart(ownStarts, one, two, three, second, third)) {
    starts ??= startCodes(true);
    if (!fitsStart(starts, one, two, three, second, third)) return false;
    OWN_FORM.lastIndex = at;
    if (!OWN_FORM.test(text)) return false;
  }
  return isMonthWord(text, at);
}

/** Whether a word's first three codes (folded, one, two and three in one) begin a spelling of `table`. */
function fitsStart(
  table: { three: Set<number>; short: Set<number> },
  one: number,
  two: number,
  three: number,
  second: number,
  third: number,
): boolean {
  return (
    table.three.has(three) ||
    (table.short.has(one) && !isAsciiLetter(second)) ||
    (table.short.has(two) && !isAsciiLetter(third))
  );
}

/**
 * Whether the word at `at`, cut as the reader cuts it (letters and apostrophes, at most 20), is a
 * spelling it looks up (with its period, "sept."), or begins a name of two words. English words
 * that begin as a spelling does ("market", "school", "produce") stop here.
 */
function isMonthWord(text: string, at: number): boolean {
  let end = at;
  for (; end < text.length && end - at <= 20; end++) {
    const code = text.charCodeAt(end);
    if (code >= 128) return true;
    if (!isAsciiLetter(code) && code !== APOSTROPHE) break;
  }
  const folded = normalizeWord(text.slice(at, end));
  return (
    monthOfFolded(folded) !== undefined ||
    beginsTwoWordName(folded) ||
    (text.charCodeAt(end) === PERIOD && monthOfFolded(`${folded}.`) !== undefined)
  );
}

/**
 * Whether a month may begin after the white space from `at` on: a word that may be one (an
 * apostrophe or a letter outside ASCII may), or, when `phrase`, a phrase and then one ("22 de julio").
 */
function monthMayFollow(text: string, at: number, phrase: boolean): boolean {
  for (; at < text.length; at++) {
    const code = text.charCodeAt(at);
    if (isAsciiSpace(code)) continue;
    if (code >= 128) {
      if (WORD_START.test(text[at]!)) return true;
      if (SPACE_CHARACTER.test(text[at]!)) continue;
      return false;
    }
    if (code === APOSTROPHE) return true;
    if (!isAsciiLetter(code)) return false;
    if (wordMayBeMonth(text, at)) return true;
    if (!phrase || !PHRASE_FIRSTS.has(lower(code))) return false;
    PHRASE.lastIndex = at;
    return PHRASE.test(text) && monthMayFollow(text, PHRASE.lastIndex, false);
  }
  return false;
}

/**
 * Whether what follows a day's digits (ending at `at`) may lead on to a month: a period, an ordinal
 * ending or neither, then white space and a month or a phrase before one. A letter outside ASCII
 * ("º", a Hebrew ב, "-го") always may: the pattern decides there.
 */
function dayMayLead(text: string, at: number): boolean {
  let code = text.charCodeAt(at);
  if (code === HYPHEN) return text.charCodeAt(at + 1) >= 128;
  if (code === PERIOD) {
    at++;
    code = text.charCodeAt(at);
    // "7.září 2021": the month glued to the day's period; "1.er", "1.º": an ordinal after it.
    if (isAsciiLetter(code)) return true;
  } else if (isAsciiLetter(code)) {
    const next = text.charCodeAt(at + 1);
    // French writes the ordinal as one "e" too: "au 15e jour du mois de Chvat" (wipplay.com).
    const ending = ORDINALS.has((lower(code) << 8) | lower(next))
      ? 2
      : lower(code) === 101 && !isAsciiLetter(next)
        ? 1
        : 0;
    if (ending === 0) return false;
    at += ending;
    code = text.charCodeAt(at);
  }
  if (code >= 128) {
    const character = text[at]!;
    if (!LETTER_OR_SPACE.test(character)) return false;
    return !SPACE_CHARACTER.test(character) || monthMayFollow(text, at, true);
  }
  return isAsciiSpace(code) && monthMayFollow(text, at, true);
}

/**
 * Whether run `run` of `runs` (flat [start, end) pairs of digits, as textAnchors.ts finds them in
 * `text`) may begin a date of the localized reader: a day of one or two digits before its month
 * ("22 июля", "22. Juli", "1er Tichri", "10 de av"), or a year of four or five digits and a period
 * before a month word (Hungarian "2018. július 22.").
 * @example mayLeadLocalizedDate("22 июля 2018", [0, 2, 8, 12], 0) // true
 */
export function mayLeadLocalizedDate(text: string, runs: readonly number[], run: number): boolean {
  const start = runs[run]!;
  const end = runs[run + 1]!;
  const length = end - start;
  // The year's period ends a sentence of English prose far more often ("in 1995."): a month word
  // must follow it, as the day's does.
  if (length === 4 || length === 5)
    return text.charCodeAt(end) === PERIOD && monthMayFollow(text, end + 1, false);
  if (length > 2 || isAsciiLetter(text.charCodeAt(start - 1))) return false;
  return dayMayLead(text, end);
}
