import type { Candidate } from "../mention.js";
import { work } from "../workCounter.js";

// Several extractors may read the same words ("10 Av 5778" is also a near-miss candidate for
// nothing; "Sun, 22 Jul 2018 14:30 +0000" contains a shorter "22 Jul 2018"). Keep, for each
// stretch of text, the longest reading; a reading with a problem loses to a clean one of equal length.

function better(a: Candidate, b: Candidate): boolean {
  const lengthA = a.end - a.start;
  const lengthB = b.end - b.start;
  if (lengthA !== lengthB) return lengthA > lengthB;
  if ((a.problem === undefined) !== (b.problem === undefined)) return a.problem === undefined;
  return a.start < b.start;
}

/**
 * The non-overlapping candidates in reading order, the best reading of each stretch.
 * @example selectCandidates([{start: 0, end: 10, …}, {start: 3, end: 10, …}]) // the first only
 */
export function selectCandidates(candidates: Candidate[]): Candidate[] {
  const ranked = [...candidates].sort((a, b) => {
    work.selectComparisons += 1;
    return better(a, b) ? -1 : better(b, a) ? 1 : 0;
  });
  // Checking each candidate against every kept one was quadratic ("10 Av 10 Av …" over a page took
  // seconds); marking the kept characters makes each check as long as the candidate.
  let textEnd = 0;
  for (const candidate of candidates) textEnd = Math.max(textEnd, candidate.end);
  const taken = new Uint8Array(textEnd);
  const chosen: Candidate[] = [];
  for (const candidate of ranked) {
    let free = true;
    let checked = 0;
    for (let at = candidate.start; at < candidate.end && free; at++, checked++) free = taken[at] === 0;
    work.selectChars += checked;
    if (!free) continue;
    chosen.push(candidate);
    taken.fill(1, candidate.start, candidate.end);
    work.selectChars += candidate.end - candidate.start;
  }
  return chosen.sort((a, b) => a.start - b.start);
}
