import { describe, expect, it } from "vitest";
import type { Candidate } from "../../../src/read/mention.js";
import { selectCandidates } from "../../../src/read/refiners/selectCandidates.js";
import { readWork, resetWork } from "../../../src/read/workCounter.js";

function candidate(start: number, end: number, extra: Partial<Candidate> = {}): Candidate {
  return { start, end, calendar: "hebrew", extractor: "test", stated: {}, ...extra };
}

const spans = (candidates: Candidate[]) => candidates.map((c) => [c.start, c.end]);

describe("selectCandidates", () => {
  it("keeps the longest of overlapping readings (the documented example)", () => {
    expect(spans(selectCandidates([candidate(3, 10), candidate(0, 10)]))).toEqual([[0, 10]]);
  });

  it("returns non-overlapping readings in reading order", () => {
    const chosen = selectCandidates([
      candidate(20, 30),
      candidate(0, 5),
      candidate(4, 12),
      candidate(12, 14),
    ]);
    expect(spans(chosen)).toEqual([
      [4, 12],
      [12, 14],
      [20, 30],
    ]);
  });

  it("prefers a clean reading to one with a problem of the same length", () => {
    const problem = { code: "unknown-month" as const, message: "" };
    const chosen = selectCandidates([
      candidate(0, 10, { problem, extractor: "bad" }),
      candidate(0, 10, { extractor: "good" }),
    ]);
    expect(chosen.map((c) => c.extractor)).toEqual(["good"]);
  });

  it("of equal readings keeps the earlier", () => {
    expect(spans(selectCandidates([candidate(2, 8), candidate(0, 6)]))).toEqual([[0, 6]]);
  });

  it("handles no candidates", () => {
    expect(selectCandidates([])).toEqual([]);
  });

  it("is not quadratic: its steps grow with the candidates, counted at 20,000 and 200,000", () => {
    // Two readings per date, as "10 Av 10 Av …" gives ("10 Av" and "Av 10"); the kept-against-kept
    // check this replaced took seconds at 200,000. Counted, not timed: comparisons of the sort and
    // characters checked or marked, against the number of candidates.
    const overlapping = (pairs: number): Candidate[] => {
      const many: Candidate[] = [];
      for (let i = 0; i < pairs; i++) many.push(candidate(i * 6, i * 6 + 5), candidate(i * 6 + 3, i * 6 + 8));
      return many;
    };
    const steps = (many: Candidate[]) => {
      resetWork();
      const chosen = selectCandidates(many);
      const { selectComparisons, selectChars } = readWork();
      return { chosen, selectComparisons, selectChars };
    };
    const small = steps(overlapping(10_000));
    const large = steps(overlapping(100_000));
    expect(large.chosen.length).toBeGreaterThanOrEqual(50_000);
    const disjoint = large.chosen.every((c, i) => i === 0 || c.start >= large.chosen[i - 1]!.end);
    expect(disjoint).toBe(true);
    for (const [n, counted] of [
      [20_000, small],
      [200_000, large],
    ] as const) {
      // A sort's n·log2(n) comparisons at most; each reading's five characters checked, and marked if kept.
      expect(counted.selectComparisons).toBeLessThanOrEqual(n * Math.ceil(Math.log2(n)));
      expect(counted.selectChars).toBeLessThanOrEqual(2 * 5 * n);
    }
    expect(large.selectChars).toBeLessThanOrEqual(10 * small.selectChars);
    expect(large.selectComparisons).toBeLessThanOrEqual(
      10 * small.selectComparisons * (Math.log2(200_000) / Math.log2(20_000)),
    );
  });
});

describe("selectCandidates: readings of the same span", () => {
  it("keeps the one listed first when neither is better", () => {
    const a = candidate(0, 10, { extractor: "a" });
    const b = candidate(0, 10, { extractor: "b" });
    expect(selectCandidates([a, b]).map((c) => c.extractor)).toEqual(["a"]);
    expect(selectCandidates([b, a]).map((c) => c.extractor)).toEqual(["b"]);
  });
});
