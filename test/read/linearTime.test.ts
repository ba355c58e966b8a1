import { describe, expect, it } from "vitest";
import { parseDates } from "../../src/read/parseDates.js";

// A complexity check, not a speed check: parseDates over 5n characters of adversarial text must take
// about five times as long as over n, never the 25 times a quadratic step would take. The bound is
// generous (12×, plus a little for timer noise) so a slow or busy machine does not fail it.

const REFERENCE = "2026-11-24";
const MB = 1_000_000;
const RATIO = 12;
const SLACK_MS = 100;

function repeatTo(unit: string, length: number): string {
  return unit.repeat(Math.ceil(length / unit.length));
}

function timeParse(text: string): { ms: number; count: number } {
  const started = performance.now();
  const count = parseDates(text, { reference: REFERENCE }).length;
  return { ms: performance.now() - started, count };
}

/** Times n and 5n characters of a repeated unit (after a warm-up) and checks the growth is linear. */
function expectLinear(unit: string, n: number): { small: number; large: number } {
  timeParse(repeatTo(unit, Math.floor(n / 5)));
  const small = timeParse(repeatTo(unit, n));
  const large = timeParse(repeatTo(unit, 5 * n));
  expect(
    large.ms,
    `${JSON.stringify(unit)}: ${small.ms.toFixed(0)} ms → ${large.ms.toFixed(0)} ms`,
  ).toBeLessThan(RATIO * small.ms + SLACK_MS);
  return { small: small.count, large: large.count };
}

// Inputs with no date in them, 1 MB and 5 MB: the patterns' own backtracking is what is tested.
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
  it.each(NO_DATES)("%s: 1 MB and 5 MB", (_, unit) => {
    const { small, large } = expectLinear(unit, MB);
    expect(small).toBe(0);
    expect(large).toBe(0);
  });

  it.each(DENSE)("%s: 100 kB and 500 kB", (_, unit) => {
    const { small, large } = expectLinear(unit, MB / 10);
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
