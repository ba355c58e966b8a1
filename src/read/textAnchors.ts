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
  /** The offset of every "f " (the end of an "of"), in order. */
  ofEnds: number[];
  /** Whether the text has a soft hyphen or a hyphen before white space (a word may be broken there). */
  mayHaveBrokenWords: boolean;
}

const ANCHORS = /\d+|f |\u00ad|-(?=[ \t\r\n])/g;
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
  const anchors: TextAnchors = { digitRuns: [], ofEnds: [], mayHaveBrokenWords: false };
  const search = digitsOnly ? DIGITS : ANCHORS;
  search.lastIndex = 0;
  // test(), not exec(): no match object per anchor (prose has an "of" every few lines). What was
  // found is told by the character it ends with; a run of digits is walked back to its start.
  while (search.test(text)) {
    const end = search.lastIndex;
    const last = text.charCodeAt(end - 1);
    if (last === SPACE) anchors.ofEnds.push(end - 2);
    else if (isDigit(last)) {
      let start = end - 1;
      while (start > 0 && isDigit(text.charCodeAt(start - 1))) start--;
      anchors.digitRuns.push(start, end);
    } else anchors.mayHaveBrokenWords = true;
  }
  return anchors;
}
