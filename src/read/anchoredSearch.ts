import { work } from "./workCounter.js";

// Some patterns begin with a word ("Av 10", "Avv 10, 5778", "July 22", "י׳ באב"): V8 has to try
// them at every word of a page, and on pages dense with numbers that was a large share of the time.
// Every match of such a pattern holds a rarer piece (a day number, a Hebrew month name) a bounded
// distance after its start, and a pattern that begins with that piece finds it quickly. So we find
// the pieces first and try the whole pattern, sticky, only at the offsets shortly before each: the
// same matches, in the same order, as the pattern run globally would find.

/** A word-led pattern and the piece (its anchor) every one of its matches holds. */
export interface AnchoredPattern {
  /** The pattern, with the sticky flag. It must begin with START (no letter or digit before). */
  pattern: RegExp;
  /** A global pattern for the piece, matching wherever the piece inside a match of `pattern` begins. */
  anchor: RegExp;
  /** The most UTF-16 code units from a match's start to its piece's start. */
  reach: number;
  /** Every match begins with a letter: offsets at ASCII characters that are not letters are skipped. */
  letterFirst: boolean;
  /**
   * The most words a match holds before its piece, a word being a run of characters other than
   * ASCII white space, no-break space and hyphen (none of which a pattern's words may contain).
   * Offsets further back are not tried: in prose, most offsets within reach are.
   */
  wordsBefore?: number;
  /**
   * A cheap test of a match's first characters (a month name's first three letters), where the
   * pattern's first piece allows one: offsets that fail it are not tried.
   */
  mayStartAt?: (text: string, at: number) => boolean;
}

/**
 * Whether a match of a pattern that begins with START may begin at `at`: a cheap test that rules
 * out offsets inside a word of ASCII letters or digits, on the second half of a surrogate pair,
 * and for patterns that begin with a letter, at ASCII characters that are not letters.
 */
function mayBegin(search: AnchoredPattern, text: string, at: number): boolean {
  if (at > 0 && isAsciiLetterOrDigit(text.charCodeAt(at - 1))) return false;
  if (insidePair(text, at)) return false;
  const code = text.charCodeAt(at);
  return !search.letterFirst || code >= 128 || isAsciiLetter(code);
}

/** Whether `at` is the second half of a surrogate pair, which a unicode pattern reads as one character. */
function insidePair(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  if (at === 0 || code < 0xdc00 || code > 0xdfff) return false;
  const before = text.charCodeAt(at - 1);
  return before >= 0xd800 && before <= 0xdbff;
}

function isAsciiLetter(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

function isAsciiLetterOrDigit(code: number): boolean {
  return isAsciiLetter(code) || (code >= 48 && code <= 57);
}

/** ASCII white space, no-break space or a hyphen: what separates the words of wordsBefore. */
function isWordSeparator(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13) || code === 45 || code === 0xa0;
}

/**
 * The earliest offset, not before `floor`, from which the text up to `at` holds at most `words`
 * words. An offset before it would put one more word (at least part of it) before the piece.
 */
function startOfWordsBefore(text: string, at: number, words: number, floor: number): number {
  let offset = at;
  for (let word = 0; word < words; word++) {
    while (offset > floor && isWordSeparator(text.charCodeAt(offset - 1))) offset--;
    while (offset > floor && !isWordSeparator(text.charCodeAt(offset - 1))) offset--;
  }
  while (offset > floor && isWordSeparator(text.charCodeAt(offset - 1))) offset--;
  return offset;
}

/**
 * What `exec` of the pattern made global would return from `pattern.lastIndex`: the leftmost match
 * from there, with lastIndex set to its end (to 0 when there is none).
 * @example execAnchored({pattern: /(?<![A-Za-z])[A-Za-z]+ \d+/y, anchor: /\d+/g, reach: 40, letterFirst: true}, "see Av 10")?.[0] // "Av 10"
 */
export function execAnchored(search: AnchoredPattern, text: string): RegExpExecArray | null {
  const { pattern, anchor, reach, wordsBefore } = search;
  // Offsets before `next` have been tried (or lie before the search's start). Like V8, a lastIndex
  // inside a surrogate pair starts the search at the pair.
  let next = pattern.lastIndex;
  if (insidePair(text, next)) next -= 1;
  anchor.lastIndex = next;
  for (let found = anchor.exec(text); found !== null; found = anchor.exec(text)) {
    const at = found.index;
    let first = Math.max(next, at - reach);
    if (wordsBefore !== undefined) first = startOfWordsBefore(text, at, wordsBefore, first);
    work.anchors += 1;
    for (let start = first; start <= at; start++) {
      work.anchoredTries += 1;
      if (!mayBegin(search, text, start)) continue;
      if (search.mayStartAt !== undefined && !search.mayStartAt(text, start)) continue;
      pattern.lastIndex = start;
      const match = pattern.exec(text);
      if (match !== null) return match;
    }
    next = Math.max(next, at + 1);
    anchor.lastIndex = at + 1;
  }
  pattern.lastIndex = 0;
  return null;
}

/** A global pattern, or a word-led pattern searched near its anchors. */
export type Search = RegExp | AnchoredPattern;

/** The regex whose lastIndex says where a search goes on from. */
export function patternOf(search: Search): RegExp {
  return search instanceof RegExp ? search : search.pattern;
}

/** The next match of a search from its lastIndex, as `exec` of a global pattern gives it. */
export function execSearch(search: Search, text: string): RegExpExecArray | null {
  return search instanceof RegExp ? search.exec(text) : execAnchored(search, text);
}
