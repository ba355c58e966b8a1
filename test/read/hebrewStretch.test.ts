import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { hebrewScriptExtractor } from "../../src/read/extractors/hebrewScript.js";
import { hebrewScriptRangeExtractor } from "../../src/read/extractors/hebrewScriptRange.js";
import { hebrewStretch } from "../../src/read/hebrewStretch.js";
import type { Candidate } from "../../src/read/mention.js";

const PAGES = readFileSync(new URL("../pages/snippets.jsonl", import.meta.url), "utf8")
  .split("\n")
  .filter((line) => line.trim() !== "")
  .map((line) => (JSON.parse(line) as { text: string }).text);

/** The Hebrew-script readers' candidates, as [start, end, extractor, stated] rows of the whole text's offsets. */
function readings(text: string, from = 0, to = text.length): unknown[] {
  const stretch = text.slice(from, to);
  const rows: unknown[] = [];
  for (const extractor of [hebrewScriptExtractor, hebrewScriptRangeExtractor]) {
    for (const candidate of extractor.extract(stretch, {}) as Candidate[]) {
      const parts = candidate.parts?.map((part) => [part.start + from, part.end + from, part.stated]);
      rows.push([candidate.start + from, candidate.end + from, candidate.extractor, candidate.stated, parts]);
    }
  }
  return rows;
}

/** Whether the readers find the same over the stretch as over the whole text. */
function sameOverStretch(text: string): void {
  const span = hebrewStretch(text);
  if (span === undefined) {
    expect(readings(text)).toEqual([]);
    return;
  }
  expect(readings(text, span[0], span[1])).toEqual(readings(text));
}

describe("hebrewStretch", () => {
  it("documented example", () => {
    expect(hebrewStretch("Posted Sunday | י׳ באב תשע״ח")).toEqual([0, 28]);
  });
  it("is undefined without a Hebrew letter", () => {
    expect(hebrewStretch("Sunday, July 22nd | 10 Av 5778")).toBeUndefined();
  });
  it("keeps the margin on each side of the letters, cut at white space", () => {
    const before = "word ".repeat(100);
    const date = "יום א׳, י׳ באב תשע״ח";
    const text = `${before}${date}${" more".repeat(100)}`;
    const [start, end] = hebrewStretch(text)!;
    expect(start).toBeGreaterThan(0);
    expect(text[start - 1]).toBe(" ");
    expect(before.length - start).toBeGreaterThanOrEqual(256);
    expect(end).toBeLessThan(text.length);
    expect(text[end]).toBe(" ");
    expect(end - (before.length + date.length)).toBeGreaterThanOrEqual(256);
  });
  it("the Hebrew-script readers find over it what they find over the whole text, on every page snippet", () => {
    for (const text of PAGES) sameOverStretch(text);
  });
  it("and on Hebrew dates amid English text of any length", () => {
    const piece = fc.constantFrom(
      "word ",
      "Sunday, ",
      "10 ",
      "5778 ",
      "(2018) ",
      "י׳ באב תשע״ח",
      "יום ראשון ",
      "ט״ו–ט״ז בשבט ",
      "ה׳תשפ״ז",
      "\u200f",
      "x".repeat(40),
      "\n",
      " ",
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }), (pieces) => {
        sameOverStretch(pieces.join(""));
      }),
      { numRuns: 500 },
    );
  });
});
