import { LETTER_DAY_FIRSTS } from "./wordRegions.js";

// The readers of English letters need three kinds of place in a text: its runs of digits (every date
// written with numbers holds one, and years follow holiday names), the "of"s a date in words holds
// ("the ninth of Av"), and the hyphens a broken word may hide behind ("Decem- ber"). Each was its own
// search over the whole text, and on prose without dates those searches were most of the reading.
// One pattern finds all three in a single pass: V8 skips ahead to the few characters they begin with
// (the ten digits, "f", the hyphens), so it costs about what the search for digits alone did. (The
// holiday names' capitals cannot join it: with them the first characters are more than V8's
// skip-ahead takes, and the pattern tried every alternative at every offset, three times slower.)

/** Where the readers' anchors are in one text. */
export interface TextAnchors {
  /** Runs of digits as [start, end) pairs, flat and in order: start0, end0, start1, end1, … */
  digitRuns: number[];
  /**
   * The offset of every "f " that may end the "of" of a date in words (the cheap first test of
   * wordRegions.ts passes there), in order.
   */
  ofEnds: number[];
  /** Whether the text has a soft hyphen or a hyphen before white space (a word may be broken there). */
  mayHaveBrokenWords: boolean;
}

/** ASCII white space and the no-break space, as wordRegions.ts reads the space around an "of". */
const WHITE = "[\\t-\\r \\u00a0]";

/** A letter of a pair either case ("th" → "[tT][hH]"). */
function eitherCase(pair: string): string {
  return [...pair].map((letter) => `[${letter}${letter.toUpperCase()}]`).join("");
}

/**
 * The anchors' pattern: runs of digits, soft hyphens and hyphens before white space, and the "f " of
 * an "of" that may belong to a date in words, as wordRegions.ts's first test has it: an ordinal's
 * ending ("ninth", "first", "second", "third") or "day" before it, or after it a word that begins
 * as a letter name does ("of Yud Shevat"; any pair with a letter outside ASCII goes on too). Tried
 * only at an "f" followed by a space, the tests cost nothing measurable beside the skip to the "f"
 * itself, and the commonest words of English prose ("one of the", "part of", "if") no longer end a
 * match: on the bench's English prose a fiftieth of the matches there were (104 "f "s in 400 pages,
 * not 5 286), and the reading with the words' readers went from 1.20 to 1.05 times the time of the
 * reading without them.
 */
function anchorsPattern(): RegExp {
  const endings = ["th", "st", "nd", "rd", "ay"].map(eitherCase).join("|");
  const firsts = [...LETTER_DAY_FIRSTS]
    .filter((pair) => pair.length === 2)
    .map(eitherCase)
    .join("|");
  const before = `(?<=(?:${endings})[\\t-\\r ,\\u00a0]*${WHITE}[oO]f )`;
  // (No letter-named day at all, as in the lean browser build: no empty alternative, which would take every "of".)
  const letterDays = firsts === "" ? "" : `${firsts}|`;
  const after = `(?=${WHITE}*(?:${letterDays}[^\\x00-\\x7f]|[\\s\\S][^\\x00-\\x7f]))`;
  return new RegExp(`\\d+|f (?<=${WHITE}[oO]f )(?:${before}|${after})|\\u00ad|-(?=[ \\t\\r\\n])`, "g");
}

let pattern: RegExp | undefined;

/** The anchors' pattern, built on first use (the letter names come from the lexicon). */
function anchorsSearch(): RegExp {
  pattern ??= anchorsPattern();
  return pattern;
}
/** Digits alone, for a reading without the readers of words (see VOCABULARY in parseDates.ts). */
const DIGITS = /\d+/g;

const SPACE = 32;

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/**
 * The anchors of a text, found in one pass; with `digitsOnly`, its runs of digits alone.
 * @example textAnchors("the 9th of Av 5778").digitRuns // [4, 5, 14, 18]
 */
export function textAnchors(text: string, digitsOnly = false): TextAnchors {
  const found: TextAnchors = { digitRuns: [], ofEnds: [], mayHaveBrokenWords: false };
  const search = digitsOnly ? DIGITS : anchorsSearch();
  search.lastIndex = 0;
  // test(), not exec(): no match object per anchor (prose has an "of" every few lines). What was
  // found is told by the character it ends with; a run of digits is walked back to its start.
  while (search.test(text)) {
    const end = search.lastIndex;
    const last = text.charCodeAt(end - 1);
    if (last === SPACE) found.ofEnds.push(end - 2);
    else if (isDigit(last)) {
      let start = end - 1;
      while (start > 0 && isDigit(text.charCodeAt(start - 1))) start--;
      found.digitRuns.push(start, end);
    } else found.mayHaveBrokenWords = true;
  }
  return found;
}
