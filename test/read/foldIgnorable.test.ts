import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { foldIgnorable } from "../../src/read/patterns.js";

// The marks the Hebrew-script reader ignores, and a plain reference: drop them one by one,
// remembering where each kept character was.
const MARKS = ["\u05b0", "\u05bc", "\u05b8", "\u0591", "\u05c7", "\u200e", "\u200f", "\u202b", "\u2067"];

function reference(text: string): { text: string; kept: number[] } {
  const kept: number[] = [];
  let folded = "";
  for (let i = 0; i < text.length; i++) {
    if (
      /[\u0591-\u05bd\u05bf\u05c1\u05c2\u05c4\u05c5\u05c7\u200e\u200f\u202a-\u202e\u2066-\u2069]/.test(
        text[i]!,
      )
    )
      continue;
    kept.push(i);
    folded += text[i];
  }
  kept.push(text.length);
  return { text: folded, kept };
}

describe("foldIgnorable", () => {
  it("drops the marks and maps every folded offset back to the original", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            fc.constantFrom(...MARKS),
            fc.constantFrom("ב", "א", "׳", " ", "1", "a", "\ud800", "\udc00", "😀"),
          ),
          {
            maxLength: 60,
          },
        ),
        (pieces) => {
          const text = pieces.join("");
          const folded = foldIgnorable(text);
          const expected = reference(text);
          expect(folded.text).toBe(expected.text);
          for (let offset = 0; offset <= folded.text.length; offset++) {
            expect(folded.toOriginal(offset)).toBe(expected.kept[offset]);
          }
        },
      ),
      { numRuns: 1000 },
    );
  });

  it("folds a text longer than one slice of its builder", () => {
    const text = "בְּאָב\u200f 10 ".repeat(5000);
    const folded = foldIgnorable(text);
    const expected = reference(text);
    expect(folded.text).toBe(expected.text);
    expect(folded.toOriginal(folded.text.length - 1)).toBe(expected.kept[folded.text.length - 1]);
    expect(folded.toOriginal(20_000)).toBe(expected.kept[20_000]);
  });

  it("passes text without marks through as it is", () => {
    const folded = foldIgnorable("י׳ באב תשע״ח");
    expect(folded.text).toBe("י׳ באב תשע״ח");
    expect(folded.toOriginal(3)).toBe(3);
  });

  it("maps the end of a pointed word past its last mark", () => {
    const text = "בְּאָב x";
    const folded = foldIgnorable(text);
    expect(folded.text).toBe("באב x");
    expect(text.slice(0, folded.toOriginal(3))).toBe("בְּאָב");
  });

  it("drops a backslash left before a quote after a Hebrew letter, and only there", () => {
    expect(foldIgnorable('תשע\\"ח').text).toBe('תשע"ח');
    expect(foldIgnorable('a\\"b ב\\n').text).toBe('a\\"b ב\\n');
  });
});
