import { afterAll, describe, expect, it } from "vitest";
import { corpusBugs, corpusTexts, corpusValues } from "./corpusFiles.js";
import { type ContractViolation, checkAll, show, slowestReport } from "./harness.js";
import { KNOWN_BUGS } from "./knownBugs.js";

// Replays the saved corpus (test/fuzz/corpus/, format in corpusFiles.ts) through the same oracle as
// the fuzzer: edge cases written by hand, and inputs that once found a bug or were slow (their work is
// now counted against the harness's linear bound; the slowest times are printed after the replay).

const texts = corpusTexts();
const values = corpusValues();
const bugs = corpusBugs();

afterAll(() => {
  console.log(`corpus replay: ${slowestReport()}`);
});

function label(where: string, input: unknown): string {
  const shown = show(input);
  return `${where} ${shown.length > 80 ? `${shown.slice(0, 80)}…` : shown}`;
}

/**
 * Every violation an input causes, from each of the functions it goes to (none: it keeps the
 * contract). Computed once per input: costly inputs are slow.
 */
const violationsFound = new Map<unknown, ContractViolation[]>();
function violationsOf(input: unknown): ContractViolation[] {
  let found = violationsFound.get(input);
  if (found === undefined) {
    const violations: ContractViolation[] = [];
    checkAll(input, (violation) => {
      violations.push(violation);
      return true;
    });
    found = violations;
    violationsFound.set(input, found);
  }
  return found;
}

describe("corpus: texts through convertDate, parseDates and checkDocument", () => {
  it("holds at least 60 texts", () => {
    expect(texts.length).toBeGreaterThanOrEqual(60);
  });
  for (const { where, input } of texts) {
    it(label(where, input), () => {
      checkAll(input);
    });
  }
});

describe("corpus: JS values through convertDate", () => {
  for (const { where, input } of values) {
    it(label(where, input), () => {
      checkAll(input);
    });
  }
});

describe("corpus: known bugs (fail until src/ fixes them; then move the input to inputs.jsonl or values.jsonl)", () => {
  it("every known bug has an input here, and every input names a known bug", () => {
    const ids = new Set(KNOWN_BUGS.map((bug) => bug.id));
    for (const { bug, where } of bugs) expect(ids.has(bug), `${where} names unknown bug ${bug}`).toBe(true);
    for (const id of ids)
      expect(
        bugs.some((entry) => entry.bug === id),
        `no input for ${id}`,
      ).toBe(true);
  });

  for (const { where, input, bug } of bugs) {
    const known = KNOWN_BUGS.find((candidate) => candidate.id === bug);
    // Still broken: the replay breaks the contract.
    it.fails(`${bug}: ${label(where, input)} still breaks the contract`, () => {
      const [first] = violationsOf(input);
      if (first !== undefined) throw first;
    });
    // And it breaks it only the way the bug says (not some new way hiding behind the it.fails above).
    it(`${bug}: ${label(where, input)} breaks it only as described`, () => {
      for (const violation of violationsOf(input)) {
        expect(known?.matches(violation, input), violation.message).toBe(true);
      }
    });
  }
});
