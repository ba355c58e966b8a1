import { digitRegions } from "./digitRegions.js";
import type { Extractor } from "./mention.js";

// A stretch around digits on a page with numbers in its prose holds many runs of digits, and a
// reader that may hold only one of them (a day with a month name near it) was run over all of it.
// A reader whose matches begin at a run it may hold (Extractor.runLeads) needs only the text
// around those runs and the digits that follow them (a year, a time of day, a range's second
// day): the stretches digitRegions makes around these runs alone. Every match of the reader lies
// inside one of them, since its text before the run and after its last digit is within
// digitRegions' margins, and they are cut at white space as the page's stretches are: the reader
// finds in them what it finds in the page.

/** How far after a leading run a match's other digits may stand (a year, a time, a zone's offset), and how far before it another match may begin. */
export const FOLLOW = 96;

/**
 * The stretches of the text that a reader whose runs lead its matches is run over: around each run
 * it may hold, and each run within {@link FOLLOW} characters of one.
 * @example ownRegions(hebrewLatinExtractor, "at 10:50 pm, on 10 Av 5778", [3, 5, 6, 8, 16, 18, 22, 26]) // [[0, 26]]
 */
export function ownRegions(
  extractor: Extractor,
  text: string,
  runs: readonly number[],
): Array<[number, number]> {
  const held: number[] = [];
  for (let run = 0; run < runs.length; run += 2) if (extractor.mayHoldRun!(text, runs, run)) held.push(run);
  if (held.length === 0) return [];
  // Runs near a held one, before it too: a pattern's match that reads nothing there ("10 of the")
  // still takes its text, in the page as in the stretch.
  const own: number[] = [];
  let next = 0;
  for (let run = 0; run < runs.length; run += 2) {
    while (next < held.length && runs[held[next]! + 1]! + FOLLOW < runs[run]!) next++;
    if (next === held.length) break;
    if (runs[held[next]!]! - FOLLOW <= runs[run + 1]!) own.push(runs[run]!, runs[run + 1]!);
  }
  return digitRegions(text, undefined, own);
}
