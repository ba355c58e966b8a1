import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { textAnchors } from "../../src/read/textAnchors.js";
import { yearPairs } from "../../src/read/yearPairs.js";

/** The pairs found near the text's four-digit runs, against the pattern's search over the whole text. */
function bothWays(text: string) {
  return { near: yearPairs(text, [], textAnchors(text).digitRuns), whole: yearPairs(text, []) };
}

/** Years of both calendars, the joins between them, and what stands around them. */
const pieces = fc.constantFrom(
  "ה׳תשפ״ה",
  "ה'תשע\"ט",
  "תשפ”ב",
  "תש״ס",
  "5781",
  "5699",
  "2021",
  "1939",
  "12021",
  "20215",
  "3021",
  "7",
  " ",
  "  ",
  "(",
  ")",
  " / ",
  "/",
  ", ",
  " – ",
  "—",
  "-",
  "|",
  "[",
  "]",
  "\n",
  "\u00a0",
  "year ",
  "שנת ",
  "x",
  "😀",
  "\ud83d",
);

describe("yearPairs near the runs of digits", () => {
  it("reads a Hebrew year beside a civil one either way round", () => {
    const { near } = bothWays("Founded ה'תשל\"ב (1972); rebuilt 1999 / 5759; not 5759-1999.");
    expect(near.map((pair) => [pair.hebrew.year, pair.gregorian.year])).toEqual([
      [5732, 1972],
      [5759, 1999],
    ]);
    expect(near[0]!.start).toBe(8);
    expect(near[1]!.gregorian.start).toBe(32);
  });

  it("finds no pair where the civil year has a digit beside it", () => {
    expect(bothWays("תשפ״א 20215 and 12021 (5781)").near).toEqual([]);
  });

  it("finds what the whole text's search finds, in generated texts", () => {
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 40 }), (parts) => {
        const { near, whole } = bothWays(parts.join(""));
        expect(near).toEqual(whole);
      }),
      { numRuns: 3000 },
    );
  });

  it("leaves out the years inside dates already read, as the whole text's search does", () => {
    const text = "10 Sivan 5781 (2021) and 5782 (2022)";
    const taken = [{ start: 0, end: 13 }];
    const near = yearPairs(text, taken, textAnchors(text).digitRuns);
    expect(near).toEqual(yearPairs(text, taken));
    expect(near.map((pair) => pair.gregorian.year)).toEqual([2022]);
  });
});
