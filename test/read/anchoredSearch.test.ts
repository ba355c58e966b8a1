import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type AnchoredPattern, execAnchored, execSearch, patternOf } from "../../src/read/anchoredSearch.js";

// execAnchored must find what the pattern run globally finds: the same matches, in the same order,
// with lastIndex where a global exec leaves it, also when the caller moves lastIndex back.

const WORD_THEN_DAY =
  "(?<![\\p{L}\\p{N}])(?<word>\\p{L}{1,5})(?:[ -]{1,2}\\p{L}{1,3})?\\s{1,2}(?<day>\\d{1,2})(?![\\p{L}\\p{N}])";
const SEARCH: AnchoredPattern = {
  pattern: new RegExp(WORD_THEN_DAY, "uy"),
  anchor: /\d(?<=\s\d)\d?(?![\p{L}\p{N}])/gu,
  // 5 letters and 3 letters of two UTF-16 units each, 2 separators, 2 spaces.
  reach: 5 * 2 + 2 + 3 * 2 + 2,
  letterFirst: true,
};
const GLOBAL = new RegExp(WORD_THEN_DAY, "gu");
/** The same search, told that a match holds at most two words before its day. */
const SEARCH_TWO_WORDS: AnchoredPattern = {
  ...SEARCH,
  pattern: new RegExp(WORD_THEN_DAY, "uy"),
  wordsBefore: 2,
};

/** Words that begin with "A" or "T", searched with a test of a match's first letter. */
const AT_WORD_THEN_DAY = WORD_THEN_DAY.replace("(?<word>\\p{L}{1,5})", "(?<word>[AT]\\p{L}{0,4})");
const AT_GLOBAL = new RegExp(AT_WORD_THEN_DAY, "gu");
let startTests = 0;
const SEARCH_AT_FIRST: AnchoredPattern = {
  ...SEARCH,
  pattern: new RegExp(AT_WORD_THEN_DAY, "uy"),
  mayStartAt: (text, at) => {
    startTests++;
    return text[at] === "A" || text[at] === "T";
  },
};

const PIECES = [
  "Av",
  "a",
  "Tishri",
  "x",
  "𝐀",
  "é",
  "10",
  "3",
  "123",
  " ",
  "  ",
  "-",
  "\n",
  "\t",
  "\u00a0",
  ".",
  ",",
  "5778",
];

/** Every match as [index, text, lastIndex]; after a match, optionally resume just after its start. */
function allMatches(next: () => RegExpExecArray | null, pattern: RegExp, retry: boolean[]): unknown[] {
  const found: unknown[] = [];
  pattern.lastIndex = 0;
  for (let match = next(), n = 0; match !== null && n < 200; match = next(), n++) {
    found.push([match.index, match[0], pattern.lastIndex]);
    if (retry[n % retry.length]) pattern.lastIndex = match.index + 1;
  }
  return found;
}

describe("execAnchored", () => {
  it.each([
    ["at every offset within reach", SEARCH],
    ["only a few words before the anchor", SEARCH_TWO_WORDS],
  ])("finds the same matches as the global pattern, trying starts %s", (_, search) => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }),
        fc.array(fc.boolean(), { minLength: 1, maxLength: 5 }),
        (pieces, retry) => {
          const text = pieces.join("");
          const expected = allMatches(() => GLOBAL.exec(text), GLOBAL, retry);
          const actual = allMatches(() => execAnchored(search, text), search.pattern, retry);
          expect(actual).toEqual(expected);
        },
      ),
      { numRuns: 3000 },
    );
  });

  it("with mayStartAt, finds the same matches as the global pattern, and asks it at the starts it would try", () => {
    expect(AT_WORD_THEN_DAY).not.toBe(WORD_THEN_DAY);
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }),
        fc.array(fc.boolean(), { minLength: 1, maxLength: 5 }),
        (pieces, retry) => {
          const text = pieces.join("");
          const expected = allMatches(() => AT_GLOBAL.exec(text), AT_GLOBAL, retry);
          const actual = allMatches(
            () => execAnchored(SEARCH_AT_FIRST, text),
            SEARCH_AT_FIRST.pattern,
            retry,
          );
          expect(actual).toEqual(expected);
        },
      ),
      { numRuns: 3000 },
    );
    startTests = 0;
    SEARCH_AT_FIRST.pattern.lastIndex = 0;
    expect(execAnchored(SEARCH_AT_FIRST, "see Av 10")?.[0]).toBe("Av 10");
    // "see" and "Av": the starts of words before the day.
    expect(startTests).toBe(2);
  });

  it.each([
    ["a b c 10", "b c 10"],
    ["Av-a 10", "Av-a 10"],
    ["x\u00a0Av a 10", "Av a 10"],
    ["x Av\n10", "x Av\n10"],
  ])("with wordsBefore, %j still yields %j", (text, expected) => {
    SEARCH_TWO_WORDS.pattern.lastIndex = 0;
    expect(execAnchored(SEARCH_TWO_WORDS, text)?.[0]).toBe(expected);
  });

  it("documented example", () => {
    const search = { pattern: /(?<![A-Za-z])[A-Za-z]+ \d+/y, anchor: /\d+/g, reach: 40, letterFirst: true };
    search.pattern.lastIndex = 0;
    expect(execAnchored(search, "see Av 10")?.[0]).toBe("Av 10");
  });

  it("execSearch runs a plain global pattern as it is", () => {
    const pattern = /\d+/g;
    patternOf(pattern).lastIndex = 0;
    expect(execSearch(pattern, "a 12 b")?.[0]).toBe("12");
    expect(patternOf(SEARCH)).toBe(SEARCH.pattern);
  });
});
