import type { GroupEvidence } from "../reading.js";

// A date widget rendered to text puts each piece on a line of its own, often with blank lines
// between ("Today is" / "Thursday" / "2 Kislev 5787" / "November 12, 2026"); a letter has its Hebrew
// date, its place and the civil date in brackets on three lines; a blog has its date header, the
// post's title, and the Hebrew date. Two dates stand in one block when every line from the first to
// the second is short (a label, a weekday, a place, a title), with few lines between and no more than
// two blank lines in a row. Running prose never joins: a line that reads as a sentence breaks the block.

/** Lines longer than this (after trimming) read as prose. */
const SHORT_LINE = 80;
/** A line of more words than this reads as prose. */
const SHORT_WORDS = 12;
/**
 * At most this many words stand beside a date on its own line (a label: "Today is", "Hebrew date:",
 * "- 2nd day of Chanukkah"), and at most WORDS_BESIDE_BOTH beside the two together: two dates each
 * inside a sentence of its own are prose, however short.
 */
const WORDS_BESIDE = 6;
const WORDS_BESIDE_BOTH = 8;
/** At most this many non-blank lines stand between the two dates' lines. */
const LINES_BETWEEN = 3;
/** At most this many blank lines in a row. */
const BLANK_RUN = 2;
/** Nothing further apart than this is looked at. */
const MAX_BLOCK = 500;

const WORD = /[\p{L}\p{N}]+/gu;
/**
 * A sentence ends and another begins within the line. A single word before the period is an
 * abbreviation, not a sentence: a bulletin's photo credit "fot. Krystyna Podgórska" (doczz.pl),
 * "Tel. 0123" or "Ps. 92" between a cover's dates.
 */
const SENTENCE_BREAK = /(?<=\p{L}[^\s]*\s+[^\n]*[\p{Ll}\p{Lo}]{2})[.!?]\s+\p{Lu}/u;

function wordsIn(text: string, limit: number): number {
  let words = 0;
  WORD.lastIndex = 0;
  while (WORD.exec(text) !== null) if (++words > limit) break;
  return words;
}

function readsAsProse(line: string): boolean {
  return line.length > SHORT_LINE || SENTENCE_BREAK.test(line) || wordsIn(line, SHORT_WORDS) > SHORT_WORDS;
}

/**
 * Whether the line a mention stands on reads as prose (a sentence, many words, a long line).
 * @example onProseLine("Chanukah\nFrom Thursday, 24 Kislev, until Friday, 3 Tevet, the school is closed for the whole holiday week.", {start: 9, end: 13}) // true
 */
export function onProseLine(text: string, span: { start: number; end: number }): boolean {
  const from = text.lastIndexOf("\n", span.start - 1) + 1;
  const next = text.indexOf("\n", span.end);
  return readsAsProse(text.slice(from, next === -1 ? text.length : next).trim());
}

/**
 * Whether a mention stands alone on its line (a widget's "Rosh Chodesh Kislev"), nothing but
 * punctuation beside it.
 * @example standsAlone("Today\nRosh Chodesh Kislev\n", {start: 6, end: 25}) // true
 */
export function standsAlone(text: string, span: { start: number; end: number }): boolean {
  const from = text.lastIndexOf("\n", span.start - 1) + 1;
  const next = text.indexOf("\n", span.end);
  const to = next === -1 ? text.length : next;
  // A remark in brackets or a translation after a slash is an aside: "Pourim (Le banche sono
  // chiuse)" and "Rosh Hashanah/Capodanno ebraico" are a list's holidays on lines of their own.
  // Only a short rest of the line can be an aside: a long one is not looked at (it holds words anyway).
  const rest = text.slice(span.end, Math.min(to, span.end + ASIDE_MAX + 1));
  const after = to - span.end <= ASIDE_MAX ? rest.replace(ASIDE, " ") : rest;
  return wordsIn(`${text.slice(from, span.start)} ${after}`, 0) === 0;
}
const ASIDE = /^\s*(?:\([^()\n]{0,60}\)|\/[^/\n]{0,40})\s*$/u;
/** The longest rest of a line ASIDE can take. */
const ASIDE_MAX = 72;

/** The words on a date's own line, outside the date: a sentence around it ("the note written on … about it") is prose. */
function wordsBeside(text: string, span: { start: number; end: number }): number {
  const from = text.lastIndexOf("\n", span.start - 1) + 1;
  const next = text.indexOf("\n", span.end);
  const to = next === -1 ? text.length : next;
  return wordsIn(`${text.slice(from, span.start)} ${text.slice(span.end, to)}`, WORDS_BESIDE);
}

/**
 * The block evidence joining two spans on different lines, or undefined when a line between them
 * (or either of their own lines) reads as prose, or they stand too far apart.
 * @example blockBetween("Thursday\n\n2 Kislev 5787\n\nNovember 12, 2026", {start: 10, end: 23}, {start: 25, end: 42})?.lines // 3
 */
export function blockBetween(
  text: string,
  first: { start: number; end: number },
  second: { start: number; end: number },
): GroupEvidence | undefined {
  if (second.start - first.end > MAX_BLOCK) return undefined;
  const from = text.lastIndexOf("\n", first.start - 1) + 1;
  const lineEnd = text.indexOf("\n", second.end);
  const to = lineEnd === -1 ? text.length : lineEnd;
  if (text.indexOf("\n", first.end) >= second.start || text.indexOf("\n", first.end) === -1) return undefined;
  const beside = [wordsBeside(text, first), wordsBeside(text, second)];
  if (Math.max(...beside) > WORDS_BESIDE || beside[0]! + beside[1]! > WORDS_BESIDE_BOTH) return undefined;
  let lines = 0;
  let between = 0;
  let blanks = 0;
  for (let at = from; at <= to; ) {
    const next = text.indexOf("\n", at);
    const end = next === -1 || next > to ? to : next;
    const line = text.slice(at, end).trim();
    lines++;
    if (line.length === 0) {
      if (++blanks > BLANK_RUN) return undefined;
    } else {
      blanks = 0;
      if (readsAsProse(line)) return undefined;
      const inner = at > first.end && end < second.start;
      if (inner && ++between > LINES_BETWEEN) return undefined;
    }
    at = end + 1;
  }
  return { kind: "block", lines };
}
