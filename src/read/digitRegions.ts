import { textAnchors } from "./textAnchors.js";
import { work } from "./workCounter.js";

// Every date an English-letter extractor reads holds a digit, and none stretches far from its
// digits. So instead of running every pattern over a whole page (most of which is prose), we run
// them over the stretches around digit runs. The margins are wider than the longest text a
// pattern can take before its first digit ("Wednesday, the September ") or after its last
// (" pm EDT (O.S.)"), and stretches are cut only at white space, so lookbehinds and lookaheads
// for letters, digits, "." and "/" see the same at a cut as in the whole text: the patterns find
// in the stretches exactly what they would find in the page.

/** Characters kept on each side of a run of digits. */
const MARGIN = 64;

/**
 * Whether a UTF-16 code is what `\s` matches (ECMAScript's white space and line terminators), without a regex call per character.
 * @example isSpace(0xa0) // true
 */
export function isSpace(code: number): boolean {
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}

/** The nearest offset at or before `offset` (not before `floor`) just after white space or at 0. */
function cutBefore(text: string, offset: number, floor: number): number | undefined {
  for (let at = offset; at >= floor; at--) {
    if (at === 0 || isSpace(text.charCodeAt(at - 1))) {
      work.regionCutChars += offset - at;
      return at;
    }
  }
  work.regionCutChars += offset - floor + 1;
  return undefined;
}

/** The nearest offset at or after `offset` that is white space or the end of the text. */
function cutAfter(text: string, offset: number): number {
  let at = offset;
  while (at < text.length && !isSpace(text.charCodeAt(at))) at++;
  work.regionCutChars += at - offset;
  return at;
}

/**
 * Half-open [start, end) stretches of the text around its digits, in order and disjoint. With
 * `years`, also collects the offset of every run of four or five digits (for wordRegions.ts). The
 * runs of digits may be given (as textAnchors finds them), else they are looked for.
 * Each character is looked at a bounded number of times, so this is linear in the text.
 * @example digitRegions("see 10 Av 5778 there") // [[0, 20]]
 */
export function digitRegions(
  text: string,
  years?: number[],
  digitRuns: readonly number[] = textAnchors(text).digitRuns,
): Array<[number, number]> {
  const regions: Array<[number, number]> = [];
  for (let run = 0; run < digitRuns.length; run += 2) {
    const runStart = digitRuns[run]!;
    const runEnd = digitRuns[run + 1]!;
    if (years !== undefined && (runEnd - runStart === 4 || runEnd - runStart === 5)) years.push(runStart);
    const from = Math.max(0, runStart - MARGIN);
    const to = Math.min(text.length, runEnd + MARGIN);
    const last = regions[regions.length - 1];
    if (last && from <= last[1]) {
      if (to > last[1]) last[1] = cutAfter(text, to);
      continue;
    }
    const start = cutBefore(text, from, last ? last[1] : 0);
    const end = cutAfter(text, to);
    // No white space between the previous stretch and this one: they become one.
    if (start === undefined && last) last[1] = end;
    else regions.push([start ?? 0, end]);
  }
  return regions;
}
