import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { digitRegions, isSpace } from "../../src/read/digitRegions.js";
import { gregorianTextExtractor } from "../../src/read/extractors/gregorianText.js";
import { hebrewLatinExtractor } from "../../src/read/extractors/hebrewLatin.js";
import { isoExtractor } from "../../src/read/extractors/iso.js";
import { numericExtractor } from "../../src/read/extractors/numeric.js";
import { unknownMonthExtractor } from "../../src/read/extractors/unknownMonth.js";
import type { Candidate } from "../../src/read/mention.js";

const EXTRACTORS = [
  hebrewLatinExtractor,
  gregorianTextExtractor,
  isoExtractor,
  numericExtractor,
  unknownMonthExtractor,
];
const OPTIONS = { numericOrder: "auto" as const, referenceYear: 2026 };

function key(candidate: Candidate): string {
  return `${candidate.extractor}@${candidate.start}-${candidate.end}:${JSON.stringify(candidate.stated)}`;
}

function overWholeText(text: string): string[] {
  return EXTRACTORS.flatMap((extractor) => extractor.extract(text, OPTIONS).map(key)).sort();
}

function overRegions(text: string): string[] {
  return digitRegions(text)
    .flatMap(([start, end]) =>
      EXTRACTORS.flatMap((extractor) =>
        extractor
          .extract(text.slice(start, end), OPTIONS)
          .map((c) => key({ ...c, start: c.start + start, end: c.end + start })),
      ),
    )
    .sort();
}

const PIECES = [
  "Sunday, July 22nd",
  "10 Av 5778",
  "Wednesday, the 3rd of September, 2014 at 9:15 pm EDT",
  "2018-07-22T14:30:00+03:00",
  "10/19/2017",
  "22.11.2014",
  "Menachem Av 9, 5778",
  "10 Avv 5778",
  "June 15, 1750 (O.S.)",
  "price 12.50",
  "v1.10.2020",
  "lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod tempor",
  "word",
  "12",
  "|",
  "\n",
  "\n\n",
  " ",
];

describe("digitRegions", () => {
  it("gives disjoint stretches in order, each holding a digit and cut at white space or the ends", () => {
    const text = "Intro words here. Sunday, July 22nd | 10 Av 5778 and more words then x9y and 2015.";
    const regions = digitRegions(text);
    expect(regions.length).toBeGreaterThan(0);
    let previousEnd = -1;
    for (const [start, end] of regions) {
      expect(start).toBeGreaterThan(previousEnd);
      expect(/\d/.test(text.slice(start, end))).toBe(true);
      expect(start === 0 || /\s/.test(text[start - 1]!)).toBe(true);
      expect(end === text.length || /\s/.test(text[end]!)).toBe(true);
      previousEnd = end;
    }
  });

  it("gives nothing for text without digits", () => {
    expect(digitRegions("no numbers at all, only Av and July")).toEqual([]);
  });

  it("lets the extractors find exactly what they find in the whole text", () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }),
        fc.array(fc.constantFrom(" ", "\n", ", "), { maxLength: 60 }),
        (pieces, gaps) => {
          const text = pieces.map((piece, i) => piece + (gaps[i] ?? " ")).join("");
          expect(overRegions(text)).toEqual(overWholeText(text));
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe("isSpace", () => {
  it("is what \\s matches, for every UTF-16 code (the documented example: a no-break space)", () => {
    expect(isSpace(0xa0)).toBe(true);
    for (let code = 0; code < 0x10000; code++)
      expect(isSpace(code)).toBe(/\s/.test(String.fromCharCode(code)));
  });
});
