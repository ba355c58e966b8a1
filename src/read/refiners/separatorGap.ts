import type { GroupEvidence } from "../reading.js";

// Two dates "stand beside" each other on a line when only separators lie between them (a masthead's
// "Sunday, July 22nd | 10 Av 5778", a bio's "(1 Av 5600, 31 July 1840)"). The reading of a page also
// joins them by a phrase (joins.ts); the reading of one date needs only this.

/** What may stand between two dates written side by side. */
export const SEPARATORS = /^[\s\u00a0|/\\•·\-–—‐‑,;:()[\]{}<>…."'=~*_]*$/u;
/** "8 janvier 2025 I 8 Tévet 5785 I Vayé'hi": a capital I standing alone is a masthead's pipe. */
const PIPE_AS_LETTER = /^[ \u00a0]{1,3}I[ \u00a0]{1,3}$/u;

/** The most characters between two dates of a pair on a line. */
export const MAX_GAP = 60;

/**
 * Whether a gap is short and crosses at most one line break: adjacent lines, not paragraphs apart
 * (a masthead and the article's timestamp under it are two things; blocks of short lines are the
 * layout rule's to join).
 */
export function withinALine(gap: string): boolean {
  if (gap.length > MAX_GAP) return false;
  let lineBreaks = 0;
  for (let i = gap.indexOf("\n"); i !== -1; i = gap.indexOf("\n", i + 1)) lineBreaks++;
  return lineBreaks <= 1;
}

/**
 * The evidence of a gap of separators only, on one line or the next; undefined for any other gap.
 * @example separatorGap(" | ")?.kind // "separator"
 * @example separatorGap(", which falls on ") // undefined
 */
export function separatorGap(gap: string): GroupEvidence | undefined {
  if (!withinALine(gap)) return undefined;
  return SEPARATORS.test(gap) || PIPE_AS_LETTER.test(gap) ? { kind: "separator", text: gap } : undefined;
}
