import { describe, expect, it } from "vitest";
import { parseDates } from "../../src/read/parseDates.js";

// A complexity check, not a speed check. Texts without dates, 1 MB and 10 MB: ten times the text
// may take at most about eleven times as long (the bar we hold the readers to), never the hundred
// times a quadratic step would take. Texts dense with dates, 100 kB and 500 kB: there every
// mention is objects that stay alive, and garbage collection over a growing heap makes the ratio
// noisy, so five times the text is allowed twelve times the time (a quadratic step: 25). Each size
// is timed twice and the faster run kept, and a little slack covers timer noise.

const REFERENCE = "2026-11-24";
const MB = 1_000_000;
const SLACK_MS = 150;

function repeatTo(unit: string, length: number): string {
  return unit.repeat(Math.ceil(length / unit.length));
}

function timeParse(text: string): { ms: number; count: number } {
  let best = Number.POSITIVE_INFINITY;
  let count = 0;
  for (let run = 0; run < 2; run++) {
    const started = performance.now();
    count = parseDates(text, { reference: REFERENCE }).mentions.length;
    best = Math.min(best, performance.now() - started);
  }
  return { ms: best, count };
}

/** Times n and `times`·n characters of a repeated unit (after a warm-up) and bounds the growth. */
function expectLinear(
  unit: string,
  n: number,
  times: number,
  ratio: number,
): { small: number; large: number } {
  parseDates(repeatTo(unit, Math.floor(n / 10)), { reference: REFERENCE }).mentions;
  const small = timeParse(repeatTo(unit, n));
  const large = timeParse(repeatTo(unit, times * n));
  expect(
    large.ms,
    `${JSON.stringify(unit)}: ${small.ms.toFixed(0)} ms → ${large.ms.toFixed(0)} ms`,
  ).toBeLessThan(ratio * small.ms + SLACK_MS);
  return { small: small.count, large: large.count };
}

// Inputs with no date in them, 1 MB and 10 MB: the patterns' own backtracking is what is tested.
const NO_DATES: Array<[string, string]> = [
  ["repeated digits", "1"],
  ["10 10 10 …", "10 "],
  ["Av Av Av …", "Av "],
  ["Adar Adar …", "Adar "],
  ["Adar I Adar II …", "Adar I Adar II "],
  ['quotes """"', '"'],
  ["gershayim ״״״", "״"],
  ["gereshes ׳׳׳", "׳"],
  ["separators | | |", "| "],
  ["Hebrew letters אאאא", "א"],
  ["Hebrew numerals י׳ י׳", "י׳ "],
  ["Hebrew weekdays יום א׳, יום א׳", "יום א׳, "],
  ["1/1/1/1", "1/"],
  ["1.1.1.1", "1."],
  ["apostrophes x'x'", "x'"],
  ["niqqud and bidi marks", "בְּ\u200f"],
];

// Inputs dense with dates (or near-dates), 100 kB and 500 kB: every stage after the patterns
// (selection, pairing, inference) runs once per mention.
const DENSE: Array<[string, string]> = [
  ["10 Av 5778 | 10 Av 5778 …", "10 Av 5778 | "],
  ["10 Av 10 Av … (overlapping readings)", "10 Av "],
  ["1 Adar 2 Adar … (plain Adar, no year)", "1 Adar 2 Adar "],
  ["Sunday, July 22nd | … (weekday inference)", "Sunday, July 22nd | "],
  ["י׳ באב תשע״ח …", "י׳ באב תשע״ח "],
  ["י׳ באב … (no year)", "י׳ באב "],
  ["10 Avv 5778 … (misspelt months)", "10 Avv 5778 "],
  ["1/2/2020 …", "1/2/2020 "],
  ["2018-07-22 …", "2018-07-22 "],
  ["pairs and fragments", "10 Av 5778 | July 22 ״א Adar 1/2/ "],
  ["a mix of fragments", "10 Av 1/2/ ״א Adar | "],
];

describe("parseDates runs in linear time", () => {
  it.each(NO_DATES)("%s: 1 MB and 10 MB, at most 11× the time", (_, unit) => {
    const { small, large } = expectLinear(unit, MB, 10, 11);
    expect(small).toBe(0);
    expect(large).toBe(0);
  });

  it.each(DENSE)("%s: 100 kB and 500 kB, at most 12× the time", (_, unit) => {
    const { small, large } = expectLinear(unit, MB / 10, 5, 12);
    expect(small).toBeGreaterThan(0);
    // Five times the text, about five times the dates.
    expect(large).toBeGreaterThanOrEqual(4 * small);
    expect(large).toBeLessThanOrEqual(6 * small);
  });

  // Spreading every Hebrew-script candidate into push() used to overflow the stack here.
  it("a page of 250,000 Hebrew-script dates does not throw", () => {
    expect(() => parseDates("י׳ באב ".repeat(250_000), { reference: REFERENCE })).not.toThrow();
  });
});
