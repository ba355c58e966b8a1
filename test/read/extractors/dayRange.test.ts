import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { execAnchored } from "../../../src/read/anchoredSearch.js";
import { DAY_RANGE_SEARCHES, dayRangeExtractor } from "../../../src/read/extractors/dayRange.js";

// The word-led range patterns are tried only before a dash; they must find what they find run over
// every offset of the text.

const PIECES = [
  "June",
  "Sivan",
  "Adar",
  " II",
  "October",
  "𝐀𝐁",
  "11",
  "12",
  "31st",
  "1",
  "–",
  "-",
  "—",
  " ",
  "  ",
  "\n",
  "\u00a0",
  ", 2027",
  " 5787",
  "of ",
  ".",
  "x",
];

describe("dayRange's anchored searches", () => {
  it("find the same matches as their patterns run globally", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }), (pieces) => {
        const text = pieces.join("");
        for (const search of DAY_RANGE_SEARCHES) {
          const global = new RegExp(search.pattern.source, "gud");
          const expected = [...text.matchAll(global)].map((match) => [match.index, match[0]]);
          const actual: unknown[] = [];
          search.pattern.lastIndex = 0;
          for (let match = execAnchored(search, text); match !== null; match = execAnchored(search, text))
            actual.push([match.index, match[0]]);
          expect(actual).toEqual(expected);
        }
      }),
      { numRuns: 3000 },
    );
  });

  it.each([
    ["June 11–12, 2027", 1],
    ["11–12 June 2027", 1],
    ["Sivan 6-7, 5787", 1],
    ["October 31-November 1, 2026", 1],
    ["a well-known score of 3-4 in 2027", 0],
  ])("reads %j as %i range", (text, count) => {
    expect(dayRangeExtractor.extract(text, {})).toHaveLength(count);
  });
});
