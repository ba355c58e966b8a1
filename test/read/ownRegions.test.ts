import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { dayRangeExtractor } from "../../src/read/extractors/dayRange.js";
import { gregorianTextExtractor } from "../../src/read/extractors/gregorianText.js";
import { hebrewLatinExtractor } from "../../src/read/extractors/hebrewLatin.js";
import type { Candidate, Extractor } from "../../src/read/mention.js";
import { ownRegions } from "../../src/read/ownRegions.js";
import { textAnchors } from "../../src/read/textAnchors.js";

// A reader whose runs lead its matches (Extractor.runLeads) is run only over its own stretches:
// what it reads there must be what it reads in the whole text.

const PAGES = readFileSync(new URL("../pages/snippets.jsonl", import.meta.url), "utf8")
  .split("\n")
  .filter((line) => line.trim() !== "")
  .map((line) => (JSON.parse(line) as { text: string }).text);

const LED: readonly Extractor[] = [hebrewLatinExtractor, gregorianTextExtractor, dayRangeExtractor];

/** The readings as spans and fields, in order, with a range's ends. */
function spans(candidates: Candidate[]): string[] {
  return candidates
    .map((candidate) =>
      JSON.stringify([
        candidate.start,
        candidate.end,
        candidate.stated,
        candidate.parts?.map((p) => [p.start, p.end]),
      ]),
    )
    .sort();
}

/** What the extractor reads over its own stretches, at the offsets of the whole text. */
function readInOwnRegions(extractor: Extractor, text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const [start, end] of ownRegions(extractor, text, textAnchors(text).digitRuns)) {
    for (const candidate of extractor.extract(text.slice(start, end), {})) {
      candidate.start += start;
      candidate.end += start;
      for (const part of candidate.parts ?? []) {
        part.start += start;
        part.end += start;
      }
      out.push(candidate);
    }
  }
  return out;
}

const PIECES = [
  "Sunday, ",
  "July 22nd",
  "10 Av 5778",
  "Av 10",
  ", 2018",
  " 2:27 pm",
  " EDT",
  " (O.S.)",
  "June 11–12, 2027",
  "6–7 Sivan 5787",
  "13. und 14. Adar",
  "5–12.12.2026",
  " at 10:50 pm rain, ",
  "It 26,594 minister ",
  "1-3 such ",
  " ",
  "\n",
  "x".repeat(70),
  "Monday ",
  "the 10th day of ",
  "Adar II ",
  "22 ",
  "-",
];

describe("ownRegions", () => {
  it("documented example", () => {
    const text = "at 10:50 pm, on 10 Av 5778";
    expect(ownRegions(hebrewLatinExtractor, text, textAnchors(text).digitRuns)).toEqual([[0, 26]]);
  });
  it("a text whose runs none of the reader may hold has no stretch for it", () => {
    const text = "at 10:50 pm rain, 26,594 of them";
    expect(ownRegions(hebrewLatinExtractor, text, textAnchors(text).digitRuns)).toEqual([]);
  });
  it("keeps the runs that follow a leading run: a year, a time", () => {
    const text = `${"word ".repeat(30)}July 22, 2018 at 2:27 pm${" word".repeat(30)} 12:00`;
    const regions = ownRegions(gregorianTextExtractor, text, textAnchors(text).digitRuns);
    expect(regions).toHaveLength(1);
    const [start, end] = regions[0]!;
    expect(text.slice(start, end)).toContain("July 22, 2018 at 2:27 pm");
    expect(end).toBeLessThan(text.length);
  });
  for (const extractor of LED) {
    it(`${extractor.name}: the pages read the same in its own stretches`, () => {
      for (const text of PAGES)
        expect(spans(readInOwnRegions(extractor, text)), text).toEqual(spans(extractor.extract(text, {})));
    });
    it(`${extractor.name}: texts of date pieces read the same in its own stretches`, () => {
      fc.assert(
        fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }), (pieces) => {
          const text = pieces.join("");
          expect(spans(readInOwnRegions(extractor, text))).toEqual(spans(extractor.extract(text, {})));
        }),
        { numRuns: 1500 },
      );
    });
  }
});
