import { LEXICON, mayStartHebrewMonth, normalizeWord } from "./lexicon.js";
import { work } from "./workCounter.js";

// The readers of a month name beside a day number ("10 Av", "Av 10", "July 22", "22nd of July")
// ran over every stretch around digits, and prose with numbers has such stretches on most lines.
// Each of their matches holds a day (a run of one or two digits) and, a few characters before or
// after it, a word that is a month name. Looking for such a word near each short run is a plain
// walk over a few dozen characters, while each reader's patterns try every word beside a number:
// so a stretch where no short run has a month word near it is not handed to these readers at all
// (Extractor.mayHoldRun). The reaches below are wider than the patterns', so nothing they read is
// lost; test/read/extractors/*.test.ts hold every reading of theirs to it.

/** Characters before a day's run where its month may begin: the patterns allow 12 + 3 + 12 + 6 (hebrewLatin.ts). */
const BEFORE = 40;
/** Characters after a day's run where its month may begin: an ordinal, " day", " of", ", " (26 at most). */
const AFTER = 32;

/** What the month patterns' words are made of (hebrewLatin.ts's LETTER), and their apostrophes. */
function isWordLetter(code: number): boolean {
  return (
    (code >= 65 && code <= 90) ||
    (code >= 97 && code <= 122) ||
    (code >= 0xc0 && code <= 0x24f) ||
    (code >= 0x1e00 && code <= 0x1eff)
  );
}

function isApostrophe(code: number): boolean {
  return code === 39 || code === 0x2019 || code === 0x2018 || code === 0x2bc || code === 96 || code === 0xb4;
}

/** Every Hebrew month spelling in English letters, and the first word of those of two words ("mar", "adar"). */
const HEBREW_MONTH_WORDS = new Set<string>();
for (const spellings of Object.values(LEXICON.hebrewMonthsLatin)) {
  for (const spelling of spellings) {
    for (const form of [spelling, spelling.replace(/-/g, "")]) {
      const folded = normalizeWord(form);
      HEBREW_MONTH_WORDS.add(folded);
      HEBREW_MONTH_WORDS.add(folded.split(" ")[0]!);
    }
  }
}

/** A number for a word of ASCII letters and apostrophes, folded as normalizeWord folds it. */
function wordHash(hash: number, folded: number): number {
  return (Math.imul(hash, 31) + folded) | 0;
}

/** The hashes of HEBREW_MONTH_WORDS, so that most words are ruled out without a string. */
const HEBREW_WORD_HASHES = new Set<number>();
for (const word of HEBREW_MONTH_WORDS) {
  let hash = 0;
  for (let i = 0; i < word.length; i++) hash = wordHash(hash, word.charCodeAt(i));
  HEBREW_WORD_HASHES.add(hash);
}

/** A character of a word in ASCII as a symbol of HEBREW_STARTS: a letter either case 0–25, an apostrophe 26, else -1. */
function startSymbol(code: number): number {
  const lower = code | 0x20;
  if (code < 128 && lower >= 97 && lower <= 122) return lower - 97;
  return isApostrophe(code) ? 26 : -1;
}

/**
 * The first three characters of every word of HEBREW_MONTH_WORDS of three or more, as symbols
 * (startSymbol) in a table of 27³: most words of prose that pass the two-letter test ("she",
 * "take", "made") are ruled out by their third letter, before they are walked and hashed whole.
 */
const HEBREW_STARTS = new Uint8Array(27 * 27 * 27);
for (const word of HEBREW_MONTH_WORDS) {
  if (word.length < 3) continue;
  const [a, b, c] = [0, 1, 2].map((i) => startSymbol(word.charCodeAt(i))) as [number, number, number];
  if (a >= 0 && b >= 0 && c >= 0) HEBREW_STARTS[(a * 27 + b) * 27 + c] = 1;
}

/** Whether a Hebrew month name in English letters begins at `at`, as hebrewLatin.ts's `first` word. */
function hebrewMonthAt(text: string, at: number): boolean {
  if (!mayStartHebrewMonthAt(text, at)) return false;
  // A word that begins with three ASCII letters or apostrophes folds to them: a month's spelling
  // begins with them, or the word is none (a shorter spelling, "av", is no word of three).
  const a = startSymbol(text.charCodeAt(at));
  const b = startSymbol(text.charCodeAt(at + 1));
  const c = startSymbol(text.charCodeAt(at + 2));
  if (a >= 0 && b >= 0 && c >= 0 && HEBREW_STARTS[(a * 27 + b) * 27 + c] === 0) return false;
  // The pattern's word: a letter, then up to 11 letters or apostrophes. Hashed while it is ASCII.
  let hash = 0;
  let ascii = true;
  let end = at;
  while (end < text.length && end - at < 12) {
    const code = text.charCodeAt(end);
    if (code < 128 && isWordLetter(code)) hash = wordHash(hash, code | 0x20);
    else if (isApostrophe(code)) hash = wordHash(hash, 39);
    else if (isWordLetter(code)) ascii = false;
    else break;
    end++;
  }
  if (ascii && !HEBREW_WORD_HASHES.has(hash)) return false;
  return HEBREW_MONTH_WORDS.has(normalizeWord(text.slice(at, end)));
}

/**
 * mayStartHebrewMonth of an ASCII letter and the ASCII character after it (a letter in lower case),
 * by first * 128 + second: 0 not asked yet, 1 yes, 2 no. A word of one letter ("a", "I") is common
 * beside numbers, and its fold for the lookup went through normalizeWord's slow path each time.
 */
const HEBREW_PAIRS = new Uint8Array(26 * 128);

/** mayStartHebrewMonth of the two characters at `at`, without a string when they are ASCII and the first a letter. */
function mayStartHebrewMonthAt(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  const next = text.charCodeAt(at + 1);
  const first = (code | 0x20) - 97;
  if (code >= 128 || first < 0 || first > 25 || !(next < 128))
    return mayStartHebrewMonth(text.slice(at, at + 2));
  // mayStartHebrewMonth folds case, so "A" and "a" (and a second letter's two cases) ask the same.
  const pair = first * 128 + (next >= 65 && next <= 90 ? next + 32 : next);
  if (HEBREW_PAIRS[pair] === 0) HEBREW_PAIRS[pair] = mayStartHebrewMonth(text.slice(at, at + 2)) ? 1 : 2;
  return HEBREW_PAIRS[pair] === 1;
}

/** The first three letters (lower case) of every Gregorian month spelling, as indices of a table of 26³. */
const GREGORIAN_STARTS = new Uint8Array(26 * 26 * 26);
for (const spelling of Object.values(LEXICON.gregorianMonths).flat()) {
  const [a, b, c] = [0, 1, 2].map((i) => spelling.charCodeAt(i) - 97) as [number, number, number];
  GREGORIAN_STARTS[(a * 26 + b) * 26 + c] = 1;
}

/**
 * The hashes (wordHash) of every Gregorian month spelling: the patterns take a spelling only as a
 * whole word of ASCII letters (a letter after it fails their END), so "market", "decide" and
 * "mark", whose first three letters begin one, are no month.
 */
const GREGORIAN_WORD_HASHES = new Set<number>();
for (const spelling of Object.values(LEXICON.gregorianMonths).flat())
  GREGORIAN_WORD_HASHES.add(asciiHash(spelling, 0));

/**
 * The hash of the ASCII letters from `at` on, folded to lower case: the whole word's (a hash that
 * collides with a month's only lets a run through, as the test errs towards yes).
 */
function asciiHash(text: string, at: number): number {
  let hash = 0;
  for (let end = at; end < text.length; end++) {
    const lower = text.charCodeAt(end) | 0x20;
    if (lower < 97 || lower > 122) break;
    hash = wordHash(hash, lower);
  }
  return hash;
}

/** The lower-case letter index (0–25) of an ASCII letter, else -1. */
function letterIndex(code: number): number {
  const lower = code | 0x20;
  return code < 128 && lower >= 97 && lower <= 122 ? lower - 97 : -1;
}

/**
 * Whether a Gregorian month name may begin at `at`: its first three letters, either case.
 * @example gregorianMonthAt("on Sept. 3", 3) // true
 */
export function gregorianMonthAt(text: string, at: number): boolean {
  const a = letterIndex(text.charCodeAt(at));
  const b = letterIndex(text.charCodeAt(at + 1));
  const c = letterIndex(text.charCodeAt(at + 2));
  return a >= 0 && b >= 0 && c >= 0 && GREGORIAN_STARTS[(a * 26 + b) * 26 + c] === 1;
}

/**
 * The first three characters of the words that may begin a month name, as symbols (startSymbol) in
 * one table of 27³ for both kinds: 1 a Gregorian month's spelling, 2 a Hebrew month's of three or
 * more. A word of prose that begins neither costs one look-up, not the two kinds' tests in turn.
 */
const GREGORIAN_START = 1;
const HEBREW_START = 2;
const MONTH_STARTS = new Uint8Array(27 * 27 * 27);
for (let index = 0; index < MONTH_STARTS.length; index++) {
  const c = index % 27;
  const b = ((index - c) / 27) % 27;
  const a = (index - c - b * 27) / 729;
  if (a < 26 && b < 26 && c < 26 && GREGORIAN_STARTS[(a * 26 + b) * 26 + c] === 1)
    MONTH_STARTS[index]! |= GREGORIAN_START;
  if (HEBREW_STARTS[index] === 1) MONTH_STARTS[index]! |= HEBREW_START;
}

/** Where month words of each kind begin in one text, found in one pass and kept for its runs. */
interface MonthWords {
  text: string;
  runs: readonly number[];
  hebrew: number[];
  gregorian: number[];
}

let last: MonthWords | undefined;

/**
 * The offsets near the text's short runs of digits (within reach of a day) where a month word may
 * begin: a letter after something that is no ASCII letter (a Hebrew month's, no ASCII digit either;
 * a Gregorian month's may follow a digit, as in "2November"). Each character is looked at once;
 * the words are kept for the last text, whose runs are asked about in turn.
 */
function monthWordsOf(text: string, runs: readonly number[]): MonthWords {
  if (last !== undefined && last.text === text && last.runs === runs) return last;
  const words: MonthWords = { text, runs, hebrew: [], gregorian: [] };
  let scanned = 0;
  for (let run = 0; run < runs.length; run += 2) {
    const start = runs[run]!;
    const end = runs[run + 1]!;
    if (end - start > 2) continue;
    const to = Math.min(text.length, end + AFTER);
    let at = Math.max(scanned, start - BEFORE);
    let before = at === 0 ? 32 : text.charCodeAt(at - 1);
    // Whether `before` is an ASCII letter, carried from one character to the next: most characters
    // are letters inside a word, and they need only this test.
    let afterLetter = before < 128 && isWordLetter(before);
    for (; at < to; at++) {
      const code = text.charCodeAt(at);
      if (afterLetter && code < 128) {
        afterLetter = isWordLetter(code);
        before = code;
        continue;
      }
      const letter = isWordLetter(code);
      if (letter && !afterLetter) {
        const afterDigit = before >= 48 && before <= 57;
        const a = startSymbol(code);
        const b = startSymbol(text.charCodeAt(at + 1));
        const c = startSymbol(text.charCodeAt(at + 2));
        if (a >= 0 && b >= 0 && c >= 0) {
          // Three ASCII letters or apostrophes: the table says which kinds the word may be.
          const kinds = MONTH_STARTS[(a * 27 + b) * 27 + c]!;
          if ((kinds & GREGORIAN_START) !== 0 && GREGORIAN_WORD_HASHES.has(asciiHash(text, at)))
            words.gregorian.push(at);
          if ((kinds & HEBREW_START) !== 0 && !afterDigit && hebrewMonthAt(text, at)) words.hebrew.push(at);
        } else if (!afterDigit && hebrewMonthAt(text, at)) {
          // A word of fewer than three such characters ("Av", "Ab") is no Gregorian month's.
          words.hebrew.push(at);
        }
      }
      afterLetter = letter && code < 128;
      before = code;
    }
    work.monthWordChars += to - Math.max(scanned, start - BEFORE, 0);
    scanned = Math.max(scanned, to);
  }
  last = words;
  return words;
}

/** Whether a sorted list holds an offset in [from, to). */
function holdsBetween(offsets: readonly number[], from: number, to: number): boolean {
  let low = 0;
  let high = offsets.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (offsets[middle]! < from) low = middle + 1;
    else high = middle;
  }
  return low < offsets.length && offsets[low]! < to;
}

/** Whether run `run` is a day's (one or two digits) with one of `offsets` within reach of it. */
function monthNearRun(runs: readonly number[], run: number, offsets: readonly number[]): boolean {
  const start = runs[run]!;
  const end = runs[run + 1]!;
  return end - start <= 2 && holdsBetween(offsets, start - BEFORE, end + AFTER);
}

/**
 * Whether a Hebrew month name in English letters stands near run `run`, a day's one or two digits
 * (hebrewLatin.ts reads nothing else).
 * @example hebrewMonthNearDay("on 10 Av", [3, 5], 0) // true
 */
export function hebrewMonthNearDay(text: string, runs: readonly number[], run: number): boolean {
  return monthNearRun(runs, run, monthWordsOf(text, runs).hebrew);
}

/**
 * Whether a Gregorian month name may stand near run `run`, a day's one or two digits
 * (gregorianText.ts reads nothing else).
 * @example gregorianMonthNearDay("on 22 July", [3, 5], 0) // true
 */
export function gregorianMonthNearDay(text: string, runs: readonly number[], run: number): boolean {
  return monthNearRun(runs, run, monthWordsOf(text, runs).gregorian);
}
