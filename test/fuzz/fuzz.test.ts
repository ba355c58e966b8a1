import fc from "fast-check";
import { afterAll, describe, it } from "vitest";
import { anyValue, garbage, mutated, tokenSoup } from "./generators.js";
import { checkAll, slowestReport } from "./harness.js";
import { isKnownBug, knownBugHits } from "./knownBugs.js";

// Random and mutated inputs through the three public functions, judged by harness.ts: convertDate
// returns a well-formed result or throws a DateError with a known code, parseDates and checkDocument
// never throw and return well-formed results, every result survives JSON.stringify, and no call does
// more work than a linear bound in its input's length allows (counted, not timed; the slowest calls'
// times are printed after the run).
//
// FUZZ_RUNS inputs in all (default 20,000, about 10 s), split among the generators below; every
// string goes to all three functions, every other value to convertDate. `npm run fuzz` runs a million.
// The seed is fixed (FUZZ_SEED changes it) so a run is repeatable; a failure prints the seed and the
// fast-check path that replays it.

const RUNS = Number(process.env.FUZZ_RUNS ?? 20_000);
const SEED = Number(process.env.FUZZ_SEED ?? 20_261_124);

/** Share of the runs per generator: garbage, token soup, mutated real dates, JS values. */
const PLAN: Array<{ name: string; share: number; arbitrary: fc.Arbitrary<unknown> }> = [
  {
    name: "garbage strings (any code point, controls, lone surrogates, marks)",
    share: 0.2,
    arbitrary: garbage,
  },
  { name: "token soup (date words, numbers, marks, separators)", share: 0.25, arbitrary: tokenSoup },
  { name: "mutated real date strings", share: 0.4, arbitrary: mutated },
  { name: "arbitrary JS values (convertDate only)", share: 0.15, arbitrary: anyValue },
];

function runsFor(share: number): number {
  return Math.max(1, Math.round(RUNS * share));
}

afterAll(() => {
  const hits = Object.entries(knownBugHits).map(([id, count]) => `  ${id}: ${count}`);
  console.log(
    [
      `fuzz: FUZZ_SEED=${SEED} FUZZ_RUNS=${RUNS}`,
      slowestReport(),
      hits.length > 0
        ? `known bugs hit (excused; see knownBugs.ts):\n${hits.join("\n")}`
        : "known bugs hit: none",
    ].join("\n"),
  );
});

describe(`fuzz (FUZZ_SEED=${SEED}, FUZZ_RUNS=${RUNS})`, () => {
  for (const [index, { name, share, arbitrary }] of PLAN.entries()) {
    const numRuns = runsFor(share);
    // A few milliseconds per input at most, plus room for shrinking.
    const timeout = 120_000 + numRuns * 10;
    it(
      `${name}: ${numRuns} inputs`,
      () => {
        const seed = SEED + index;
        try {
          fc.assert(
            fc.property(arbitrary, (input) => {
              checkAll(input, isKnownBug);
            }),
            { numRuns, seed },
          );
        } catch (error) {
          // fast-check keeps the property's own error as the cause; show it (the input and what broke).
          const cause =
            error instanceof Error && error.cause instanceof Error ? `\n\n${error.cause.message}` : "";
          const message = (error instanceof Error ? error.message : String(error)) + cause;
          throw new Error(
            `${message}\n\nReplay: FUZZ_SEED=${SEED} FUZZ_RUNS=${RUNS} npx vitest run test/fuzz/fuzz.test.ts ` +
              `(property ${index} runs with seed ${seed}; pass the path above to fc.assert to replay only the failure)`,
          );
        }
      },
      timeout,
    );
  }
});
