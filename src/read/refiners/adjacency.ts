// Two dates "stand beside" each other when only separators lie between them: a masthead's
// "Sunday, July 22nd | 10 Av 5778", a letter's "13th of Shevat, 5722 … [January 18, 1962]", a bio's
// "(1 Av 5600, 31 July 1840)", or one under the other on the next line.

const SEPARATORS = /^[\s\u00a0|/\\•·\-–—,;:()[\]{}<>…."'=~*_]*$/u;
const LINKING_WORDS = /\b(?:corresponding to|which is|i\.e\.|or|and|aka|also)\b/giu;

/** The most characters between two dates of a pair. */
const MAX_GAP = 40;

/**
 * Whether the text between two mentions joins them as a pair (separators, at most one line break,
 * a few linking words).
 * @example joinsAsPair(" | ") // true
 * @example joinsAsPair(" was published on ") // false
 */
export function joinsAsPair(gap: string): boolean {
  if (gap.length > MAX_GAP) return false;
  let lineBreaks = 0;
  for (const char of gap) if (char === "\n") lineBreaks++;
  // Adjacent lines, not paragraphs apart: a masthead and the article's timestamp under it are two things.
  if (lineBreaks > 1) return false;
  return SEPARATORS.test(gap.replace(LINKING_WORDS, ""));
}

/** Anything with a span and a calendar. */
interface Spanned {
  start: number;
  end: number;
  calendar: string;
}

/**
 * Indices [i, j] of neighbouring mentions of different calendars that stand beside each other; each
 * mention joins at most one pair, the earlier neighbour first.
 */
export function adjacentPairs(text: string, mentions: readonly Spanned[]): Array<[number, number]> {
  const pairs: Array<[number, number]> = [];
  const taken = new Set<number>();
  for (let i = 0; i + 1 < mentions.length; i++) {
    const a = mentions[i]!;
    const b = mentions[i + 1]!;
    if (taken.has(i) || a.calendar === b.calendar || b.start - a.end > MAX_GAP) continue;
    if (!joinsAsPair(text.slice(a.end, b.start))) continue;
    pairs.push([i, i + 1]);
    taken.add(i);
    taken.add(i + 1);
  }
  return pairs;
}
