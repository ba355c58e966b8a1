// Bugs the fuzzers found that src/ has not fixed yet. Each one gets its inputs saved in
// corpus/bugs.jsonl, replayed by corpus.test.ts as `it.fails` (so the suite stays green while the bug
// stands and turns red the day it is fixed: then move the inputs to inputs.jsonl or values.jsonl and
// delete the entry here). The generated fuzz run excuses violations that match an entry, counts them
// and prints the counts. Make `matches` narrow (the function, the kind of violation, the stack frame
// or a measured cost), so a known bug cannot hide a new one behind it.
//
// None are open. The first runs found six, all fixed in f2427f0, their inputs now regressions in the
// corpus: TypeError instead of DateError for field values with no string form (Object.create(null),
// [Symbol()]), for a non-number year beside an Adar name, and for Object.create(Date.prototype);
// a DateTime look-alike's BigInt fields copied into the result (JSON.stringify threw); month
// suggestions at ~1 ms a word ("15 Shvatt 5784" on 400 lines: ~90 ms); and the weekday year search
// throwing and catching a DateError per year ("Sunday, 30 Feb" on 100 lines: ~95 ms).

import type { ContractViolation } from "./harness.js";

export interface KnownBug {
  id: string;
  summary: string;
  matches(violation: ContractViolation, input: unknown): boolean;
}

export const KNOWN_BUGS: readonly KnownBug[] = [];

/** Known-bug hits per id in this run. */
export const knownBugHits: Record<string, number> = {};

/** Whether a violation is one of the known bugs (and counts it if so). */
export function isKnownBug(violation: ContractViolation, input: unknown): boolean {
  const bug = KNOWN_BUGS.find((candidate) => candidate.matches(violation, input));
  if (bug === undefined) return false;
  knownBugHits[bug.id] = (knownBugHits[bug.id] ?? 0) + 1;
  return true;
}
