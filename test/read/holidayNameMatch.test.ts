import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  latinNameMatch,
  latinPattern,
  latinPieces,
  spellingFirsts,
} from "../../src/read/extractors/holidayName.js";
import { latinMatch } from "../../src/read/holidayNameMatch.js";
import {
  EREV_WORDS,
  EVE_WORDS_AFTER,
  HOLIDAY_NAMES_LATIN,
  ORDINALS,
} from "../../src/read/lexicon/holidays.js";

/** What a match says: where it is, what it covers, and the groups that took part. */
function said(match: RegExpExecArray | null): unknown {
  if (match === null) return null;
  const groups = Object.entries(match.groups ?? {}).filter(([, value]) => value !== undefined);
  return { index: match.index, text: match[0], groups: Object.fromEntries(groups) };
}

function wholeAt(text: string, at: number): RegExpExecArray | null {
  const whole = latinPattern();
  whole.lastIndex = at;
  return whole.exec(text);
}

/** The offsets of a text where the whole pattern and its pieces disagree. */
function disagreements(text: string): string[] {
  const pieces = latinNameMatch();
  const found: string[] = [];
  for (let at = 0; at <= text.length; at++) {
    const [mine, whole] = [said(pieces(text, at)), said(wholeAt(text, at))].map((x) => JSON.stringify(x));
    if (mine !== whole) found.push(`${JSON.stringify(text)} at ${at}: ${mine} for ${whole}`);
  }
  return found;
}

const SPELLINGS = Object.values(HOLIDAY_NAMES_LATIN).flat();
const WORDS = [
  ...SPELLINGS,
  ...EREV_WORDS.latin,
  ...EVE_WORDS_AFTER,
  ...Object.values(ORDINALS).flat(),
  "the",
  "of",
  "first",
  "last",
  "days",
  "day",
  "candle",
  "night",
  "school",
  "Adar II",
  "Nisan",
  "Elul",
  "1.",
  "2.",
  "Tag",
  "jour",
  "VII",
  "I",
  "iv",
  "2",
  "3rd",
  "2d",
  "5787",
  "2027",
  "27",
  "Tisha",
  "B'Av",
  "Ha’Shanah",
];
const GAPS = [" ", " ", " ", "  ", "\n", " \n", "\n\n", "-", ", ", ": ", "\u00a0", "", "."];

/** A word as pages write it: any letter's case may change, an apostrophe may be another. */
const written = (word: string) =>
  fc.array(fc.boolean(), { minLength: word.length, maxLength: word.length }).map((flips) =>
    [...word]
      .map((char, i) =>
        flips[i] ? (char === char.toLowerCase() ? char.toUpperCase() : char.toLowerCase()) : char,
      )
      .join("")
      .replace(/'/g, flips[0] ? "\u2019" : "'"),
  );
const token = fc.constantFrom(...WORDS).chain(written);
const text = fc
  .array(fc.tuple(token, fc.constantFrom(...GAPS)), { minLength: 1, maxLength: 7 })
  .map((parts) => parts.map(([word, gap]) => word + gap).join(""));

describe("the holiday names' pattern in English letters, tried through its pieces", () => {
  it("matches as the whole pattern does at every offset of every spelling, alone and after each prefix", () => {
    const prefixes = [
      "",
      "Erev ",
      "erev-",
      "the eve of ",
      "Eve of ",
      "the first days of ",
      "the 3rd candle of the ",
      "second day of ",
      "1. Tag ",
      "the ",
    ];
    const found: string[] = [];
    for (const spelling of SPELLINGS)
      for (const prefix of prefixes)
        found.push(
          ...disagreements(`${prefix}${spelling} 5787`),
          ...disagreements(`on ${prefix}${spelling.toUpperCase()}, day 2\n2027\n`),
        );
    expect(found).toEqual([]);
  });

  it("matches as the whole pattern does at every offset of generated texts", () => {
    fc.assert(
      fc.property(text, (sample) => {
        expect(disagreements(sample)).toEqual([]);
      }),
      { numRuns: 1500 },
    );
  });

  it("reads a name after a prefix with the prefix's groups and the name's", () => {
    const match = latinNameMatch()("Erev Pesach 5787", 0);
    expect(said(match)).toEqual({
      index: 0,
      text: "Erev Pesach 5787",
      groups: { erev: "Erev", name: "Pesach", year: "5787" },
    });
  });

  it("compiles the whole pattern only when a prefix's first reading leads to no name", () => {
    let wholes = 0;
    const pieces = latinPieces();
    const match = latinMatch({
      ...pieces,
      whole: () => {
        wholes++;
        return latinPattern();
      },
    });
    for (const sample of ["Purim 5787", "Erev Pesach", "the first days of Sukkot", "Tisha B'Av 2026"])
      expect(match(sample, 0)).not.toBeNull();
    expect(match("Nothing here", 0)).toBeNull();
    expect(wholes).toBe(0);
    // "the first day of" reads as a prefix, and "school" begins no name: the whole pattern decides.
    expect(match("the first day of school", 0)).toBeNull();
    expect(wholes).toBe(1);
  });

  it("answers as the whole pattern when a name begins with a word a prefix may end in", () => {
    // No row does so today; "Erev" as a name of its own shows the case: the prefix takes "Erev ",
    // nothing after it is a name, and the whole pattern goes back to read "Erev" as the name.
    const after = "(?![\\p{L}\\p{N}])";
    const source = (names: readonly string[]) => `(?<name>${names.join("|")})`;
    const whole = new RegExp(
      `(?<![\\p{L}\\p{N}])(?:(?<erev>erev) )?(?:(?<roshChodesh>rc)|${source(["erev", "purim"])})${after}(?: (?<year>\\d{4}))?`,
      "uy",
    );
    const match = latinMatch({
      whole: () => whole,
      prefix: "(?<erev>erev) ",
      roshChodesh: "(?<roshChodesh>rc)",
      roshChodeshFirsts: [["r"]],
      names: ["erev", "purim"],
      namePattern: source,
      nameFirsts: (spelling) => [spelling[0]!],
      end: after,
      after: "(?: (?<year>\\d{4}))?",
    });
    expect(said(match("erev x", 0))).toEqual({ index: 0, text: "erev", groups: { name: "erev" } });
    expect(said(match("erev x 5787", 0))).toEqual({ index: 0, text: "erev", groups: { name: "erev" } });
    expect(said(match("purim 5787", 0))).toEqual({
      index: 0,
      text: "purim 5787",
      groups: { name: "purim", year: "5787" },
    });
    expect(said(match("erev purim", 0))).toEqual({
      index: 0,
      text: "erev purim",
      groups: { erev: "erev", name: "purim" },
    });
  });

  it("knows what each spelling may begin with", () => {
    expect(spellingFirsts("Purim")).toEqual(["p", "P"]);
    expect(spellingFirsts("éxodo")).toEqual(["é", "É"]);
    expect(spellingFirsts("'Asara")).toBeUndefined();
    expect(spellingFirsts("Ñ")).toEqual(["Ñ"]);
  });
});
