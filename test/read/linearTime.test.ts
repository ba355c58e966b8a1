import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseDates } from "../../src/read/parseDates.js";
import { readWork, resetWork, type WorkCounts } from "../../src/read/workCounter.js";
import { countRegexWork } from "../support/regexWork.js";

// A complexity check that no clock takes part in: the work parseDates does is counted (regex calls
// and the characters each was given, characters handed to the extractors, offsets tried by the
// anchored searches, candidates made, steps of selection), and ten times the text may do at most
// ten times the work plus a small constant, where a quadratic step would do a hundred times. Each
// family is a unit repeated, at about 50 kB and at exactly ten times that text. The same families
// are timed at 1 MB and 10 MB by `npm run bench` (its "linear" section), which reports the ratios.

const REFERENCE = "2026-11-24";
const SMALL = 50_000;
/** What a text's two ends may add: a partial stretch, a last anchor with nothing after it. */
const EDGE = 2_000;

interface Families {
  noDates: Array<[string, string]>;
  dense: Array<[string, string]>;
}
const FAMILIES = JSON.parse(
  readFileSync(new URL("./linearTimeFamilies.json", import.meta.url), "utf8"),
) as Families;

type Counts = WorkCounts & { regexCalls: number; regexChars: number; mentions: number; length: number };

function measure(text: string): Counts {
  resetWork();
  const { value, regex } = countRegexWork(() => parseDates(text, { reference: REFERENCE }));
  return {
    ...readWork(),
    regexCalls: regex.calls,
    regexChars: regex.chars,
    mentions: value.mentions.length,
    length: text.length,
  };
}

/** The work of about 50 kB of the unit and of ten times that text. */
function smallAndLarge(unit: string): { small: Counts; large: Counts } {
  const small = unit.repeat(Math.ceil(SMALL / unit.length));
  return { small: measure(small), large: measure(small.repeat(10)) };
}

/** Counts that grow with the text at most as fast as it does (the sort's comparisons aside). */
const LINEAR: ReadonlyArray<keyof Counts> = [
  "regexCalls",
  "regexChars",
  "regionCutChars",
  "extractorChars",
  "holidayChars",
  "lineChars",
  "monthWordChars",
  "anchors",
  "anchoredTries",
  "candidates",
  "selectChars",
];

function expectLinear(unit: string): { small: Counts; large: Counts } {
  const { small, large } = smallAndLarge(unit);
  for (const key of LINEAR) {
    expect(
      large[key],
      `${key}: ${small[key]} at ${small.length} chars, ${large[key]} at ten times`,
    ).toBeLessThanOrEqual(10 * small[key] + EDGE);
  }
  for (const counts of [small, large]) {
    // Stretches are disjoint, so each character goes to each reader at most once: eight digit
    // readers, two of Hebrew-script dates, two of holiday names; cutting at white space looks at
    // each character at most twice.
    expect(counts.extractorChars).toBeLessThanOrEqual(12 * counts.length);
    expect(counts.holidayChars).toBeLessThanOrEqual(2 * counts.length);
    // A holiday name's line is looked for only as far as a heading's may reach (a few dozen characters).
    expect(counts.lineChars).toBeLessThanOrEqual(90 * counts.candidates);
    expect(counts.regionCutChars).toBeLessThanOrEqual(2 * counts.length);
    // The month words near short runs of digits are looked for in one walk over the text.
    expect(counts.monthWordChars).toBeLessThanOrEqual(counts.length);
    // A range's join is looked for after a short run, at most 64 characters on: at most 32 a
    // character of text, since a run and what ends it take two (dense "10 10 10" takes about 21).
    expect(counts.joinChars).toBeLessThanOrEqual(32 * counts.length);
    // A sort: at most n·log2(n) comparisons.
    const n = counts.candidates;
    expect(counts.selectComparisons).toBeLessThanOrEqual(n * Math.ceil(Math.log2(n + 1)));
  }
  return { small, large };
}

describe("parseDates does linear work (counted, not timed)", () => {
  it.each(FAMILIES.noDates)("%s: ten times the text, at most ten times the work", (_, unit) => {
    const { small, large } = expectLinear(unit);
    expect(small.mentions).toBe(0);
    expect(large.mentions).toBe(0);
  });

  it.each(FAMILIES.dense)("%s: ten times the text, at most ten times the work", (_, unit) => {
    const { small, large } = expectLinear(unit);
    expect(small.mentions).toBeGreaterThan(0);
    // Ten times the text, ten times the dates (but for the two ends).
    expect(Math.abs(large.mentions - 10 * small.mentions)).toBeLessThanOrEqual(10);
    expect(Math.abs(large.candidates - 10 * small.candidates)).toBeLessThanOrEqual(10);
  });

  it("text without digits is handed to no digit reader", () => {
    const counts = measure("Av Adar Sunday, July ".repeat(5_000));
    expect(counts.extractorChars).toBe(0);
    expect(counts.regionCutChars).toBe(0);
    // Two searches over the text: one for digits, "of"s and words broken by a hyphen together
    // (textAnchors.ts), one for Hebrew letters. Holiday names count only near a date written with
    // numbers (holidayWindows.ts), and there is none: their readers read nothing.
    expect(counts.holidayChars).toBe(0);
    expect(counts.regexCalls).toBe(2);
    expect(counts.regexChars).toBe(2 * counts.length);
  });

  it("a page of prose without dates costs two searches over the text, whatever its length", () => {
    // Prose as articles write it: capitals, names, "of"s that belong to no date, hyphens, quotes,
    // brackets; none of its words begins a holiday name or stands before a month.
    const unit =
      "The minister of finance, David Levi, said on the radio that the well-known plan — “a matter " +
      "of principle” — would go ahead. (Members of the council were not told.) Half of the town's " +
      "people agree; the rest of them don't.\n\n";
    const [small, large] = [40, 400].map((repeat) => measure(unit.repeat(repeat))) as [Counts, Counts];
    for (const counts of [small, large]) {
      expect(counts.mentions).toBe(0);
      expect(counts.extractorChars).toBe(0);
      expect(counts.holidayChars).toBe(0);
      // Each search reads the text once, and no other pattern reads any of it.
      expect(counts.regexChars).toBe(2 * counts.length);
    }
    // Beyond the two searches, one call per anchor found: of the six "f "s (five "of"s and a
    // "Half"), only the "of" after "rest", which ends as an ordinal may; the same one per unit of
    // text, and no pattern tried on any of its words.
    const perUnit = (small.regexCalls - 2) / 40;
    expect(perUnit).toBe(1);
    expect(large.regexCalls - 2).toBe(400 * perUnit);
  });

  // Spreading every Hebrew-script candidate into push() used to overflow the stack here.
  it("a page of 250,000 Hebrew-script dates does not throw", () => {
    expect(() => parseDates("י׳ באב ".repeat(250_000), { reference: REFERENCE })).not.toThrow();
  });
});
