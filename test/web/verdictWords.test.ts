import { describe, expect, it } from "vitest";
import { checkDocument, type DocumentVerdict } from "../../src/index.js";
import { documentVerdictWords, pairVerdictWords } from "../../src/web/verdictWords.js";

const REFERENCE = { reference: "2026-12-01" };
const pairOf = (text: string) => checkDocument(text, REFERENCE).pairs[0]!;

describe("documentVerdictWords", () => {
  it.each<[DocumentVerdict, string, string]>([
    ["consistent", "✓", "ok"],
    ["inconsistent", "✗", "wrong"],
    ["unchecked", "?", "neutral"],
    ["no-dates", "–", "neutral"],
  ])("%s has an icon and words, not colour alone", (verdict, icon, tone) => {
    const words = documentVerdictWords(verdict);
    expect(words).toMatchObject({ icon, tone });
    expect(words.words.length).toBeGreaterThan(0);
    expect(words.sentence.length).toBeGreaterThan(0);
  });

  it("its example", () => {
    expect(documentVerdictWords("consistent").words).toBe("consistent");
  });
});

describe("pairVerdictWords", () => {
  it("its example: a match", () => {
    expect(pairVerdictWords(pairOf("Sunday, July 22nd | 10 Av 5778"))).toEqual({
      icon: "✓",
      words: "match",
      short: "match",
      tone: "ok",
    });
  });

  it("a mismatch says by how many days, which way, and its first hint", () => {
    const words = pairVerdictWords(pairOf("July 22, 2018 | 12 Av 5778"));
    expect(words.tone).toBe("wrong");
    expect(words.words).toMatch(/^mismatch: the Hebrew date is 2 days later/);
    expect(words.short).toBe("mismatch, +2 days");
    const earlier = pairVerdictWords(pairOf("July 22, 2018 | 9 Av 5778"));
    expect(earlier.words).toMatch(/^mismatch: the Hebrew date is 1 day earlier/);
    expect(earlier.short).toBe("mismatch, −1 day");
  });

  it("a mismatch with a hint names it", () => {
    const pair = pairOf("July 22, 2018 | 10 Av 5777");
    expect(pair.hints.map((hint) => hint.code)).toEqual(["year-off"]);
    const words = pairVerdictWords(pair).words;
    expect(words).toMatch(/^mismatch: the Hebrew date is 354 days earlier \(/);
    expect(words).toContain(`(${pair.hints[0]!.message})`);
  });

  it("a wrong weekday turns a match into a problem, in words", () => {
    const words = pairVerdictWords(pairOf("Wednesday, June 6, 2019 | 3 Sivan 5779"));
    expect(words).toEqual({
      icon: "✗",
      words: "match, but the weekday is wrong: written Wednesday, the day is a Thursday",
      short: "match, wrong weekday",
      tone: "wrong",
    });
  });

  it("after sunset and Julian matches are good news with their own words", () => {
    const evening = pairVerdictWords(pairOf("July 21, 2018 | 10 Av 5778"));
    expect(evening).toMatchObject({ words: "match after sunset", tone: "ok", icon: "☾" });
    const julian = pairVerdictWords(pairOf("1 Av 5600 (19 July 1840 O.S.)"));
    expect(julian).toMatchObject({ words: "match (Julian date)", tone: "ok" });
  });
});
