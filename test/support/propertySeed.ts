import fc from "fast-check";

// Every property runs from one seed, so that `npm test` gives the same answer on every run and a
// failure seen once can be run again. `FC_SEED=random npx vitest run` explores new seeds (and
// `FC_SEED=1234` replays one); a counterexample found that way becomes a test row of its own.
const chosen = process.env.FC_SEED;
if (chosen !== "random") fc.configureGlobal({ seed: chosen === undefined ? 20_261_202 : Number(chosen) });
