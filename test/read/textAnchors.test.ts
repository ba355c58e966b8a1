import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { digitRegions } from "../../src/read/digitRegions.js";
import { holidayNameExtractor } from "../../src/read/extractors/holidayName.js";
import { repairBrokenWords } from "../../src/read/repairBrokenWords.js";
import { textAnchors } from "../../src/read/textAnchors.js";
import { wordRegions } from "../../src/read/wordRegions.js";

/** What the searches the one pass replaced found, each on its own. */
function separately(text: string) {
  const digitRuns: number[] = [];
  for (const match of text.matchAll(/\d+/g)) digitRuns.push(match.index, match.index + match[0].length);
  const ofEnds: number[] = [];
  for (let at = text.indexOf("f "); at >= 0; at = text.indexOf("f ", at + 2)) ofEnds.push(at);
  const damaged = /\u00ad|-(?<=\p{L}-)(?:[ \t]*\r?\n| )/u.test(text);
  return { digitRuns, ofEnds, damaged };
}

/** Text made of the pieces the anchors are made of, and of what stands beside them. */
const pieces = fc.constantFrom(
  "1",
  "2018",
  "10",
  "f",
  " ",
  "of ",
  "\n",
  "\t",
  "-",
  "\u00ad",
  "a",
  "Av",
  "Decem",
  "ber",
  "\r\n",
  "ninth",
  "Pesach",
  "\u05d0",
  "\u00a0",
  ",",
  "Yud",
  "yUD",
  "day",
  "first",
  "\u212a",
  "ka",
  "if ",
  "OF ",
);
const texts = fc.array(pieces, { maxLength: 40 }).map((list) => list.join(""));

describe("textAnchors", () => {
  it("finds runs of digits, the f of each of, and hyphens a word may be broken at", () => {
    const anchors = textAnchors("On the 9th of Av 5778, Decem-\nber");
    expect(anchors.digitRuns).toEqual([7, 8, 17, 21]);
    expect(anchors.ofEnds).toEqual([12]);
    expect(anchors.mayHaveBrokenWords).toBe(true);
  });

  it.each([
    ["a soft hyphen", "Decem\u00adber"],
    ["a hyphen and a space", "Decem- ber"],
    ["a hyphen and a line break", "Decem-\r\nber"],
    ["a hyphen and a tab", "Decem-\t\nber"],
  ])("says a word may be broken at %s", (_name, text) => {
    expect(textAnchors(text).mayHaveBrokenWords).toBe(true);
  });

  it.each([
    ["a hyphen inside a word", "a well-known plan"],
    ["a dash between spaces", "yes — no"],
    ["no hyphen at all", "plain words"],
  ])("says no word is broken at %s", (_name, text) => {
    expect(textAnchors(text).mayHaveBrokenWords).toBe(false);
  });

  it("keeps only the of's a date in words may hold", () => {
    expect(textAnchors("most of the ninth of Av, the day of Yud Shevat, one of them, if of").ofEnds).toEqual([
      6, 19, 34,
    ]);
    expect(textAnchors("the first day of Iyar; one of yud").ofEnds).toEqual([15, 28]);
    expect(textAnchors("Elul 3rd ,\u00a0of Elul").ofEnds).toEqual([12]);
    // The Kelvin sign folds to "k": "\u212aaf" is a letter name as "Kaf" is.
    const kelvin = "one of \u212aaf Av";
    expect(textAnchors(kelvin).ofEnds).toEqual([5]);
    expect(wordRegions(kelvin, [])).toEqual([[0, kelvin.length]]);
  });

  it("finds what the separate searches found, and marks every text the damage test would look at", () => {
    fc.assert(
      fc.property(texts, (text) => {
        const anchors = textAnchors(text);
        const alone = separately(text);
        expect(anchors.digitRuns).toEqual(alone.digitRuns);
        for (const at of anchors.ofEnds) expect(alone.ofEnds).toContain(at);
        if (alone.damaged) expect(anchors.mayHaveBrokenWords).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it("gives the readers what their own searches gave them", () => {
    fc.assert(
      fc.property(texts, (text) => {
        const anchors = textAnchors(text);
        const years: number[] = [];
        const givenYears: number[] = [];
        expect(digitRegions(text, givenYears, anchors.digitRuns)).toEqual(digitRegions(text, years));
        expect(givenYears).toEqual(years);
        expect(wordRegions(text, years, anchors.ofEnds)).toEqual(wordRegions(text, years));
        const options = { digitRuns: anchors.digitRuns, hasDigits: anchors.digitRuns.length > 0 };
        expect(holidayNameExtractor.extract(text, options)).toEqual(holidayNameExtractor.extract(text, {}));
        if (!anchors.mayHaveBrokenWords) expect(repairBrokenWords(text).text).toBe(text);
      }),
      { numRuns: 2000 },
    );
  });

  it("reads a megabyte of digits as one run", () => {
    expect(textAnchors("7".repeat(1_000_000)).digitRuns).toEqual([0, 1_000_000]);
  });

  it("skips the damage test when told no word is broken", () => {
    expect(repairBrokenWords("Decem- ber 13, 2015", false).text).toBe("Decem- ber 13, 2015");
    expect(repairBrokenWords("Decem- ber 13, 2015").text).toBe("December 13, 2015");
  });
});
