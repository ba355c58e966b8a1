import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { hebrewCivilRangeExtractor } from "../../../src/read/extractors/hebrewCivilRange.js";
import { holdsSomeRun } from "./runShapes.js";

const read = (text: string) =>
  hebrewCivilRangeExtractor.extract(text, {}).map((c) => c.parts?.map((p) => p.stated));

describe("hebrewCivilRangeExtractor", () => {
  it("reads the later day first, as Hebrew writes it, the ב of the month glued on or apart", () => {
    expect(read("ח'-ט' בחשוון, 27-26 באוקטובר 2027")).toEqual([
      [
        { month: 10, day: 26, year: 2027 },
        { month: 10, day: 27, year: 2027 },
      ],
    ]);
    expect(read("בימים 5-4בנובמבר")).toEqual([
      [
        { month: 11, day: 4 },
        { month: 11, day: 5 },
      ],
    ]);
  });

  it("reads a range written first day first, with its ends' own digits", () => {
    const text = "26-27 באוקטובר 2027";
    const [range] = hebrewCivilRangeExtractor.extract(text, {});
    expect(range!.parts!.map((p) => [text.slice(p.start, p.end), p.stated.day])).toEqual([
      ["26", 26],
      ["27 באוקטובר 2027", 27],
    ]);
  });

  it("leaves a word that is no civil month", () => {
    expect(read("27-26 בחשוון")).toEqual([]);
    expect(read("27-26 October 2027")).toEqual([]);
    expect(read("40-26 באוקטובר")).toEqual([]);
  });

  it("reads something only where a run of digits may be its own", () => {
    const pieces = ["27", "6", "123", "-", "–", " ", "\u00a0", "באוקטובר", "נובמבר", "2027", ".", "x"];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 14 }), (parts) => {
        const text = parts.join("");
        if (hebrewCivilRangeExtractor.extract(text, {}).length > 0)
          expect(holdsSomeRun(hebrewCivilRangeExtractor, text)).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });
});
