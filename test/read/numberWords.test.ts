import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CARDINALS, HEBREW_LETTER_NAMES, ORDINALS } from "../../src/read/lexicon/numberWords.js";
import {
  dayFromLetterNames,
  dayFromOrdinalWords,
  isOrdinalWord,
  numberFromWords,
  readYearAfter,
} from "../../src/read/numberWords.js";

describe("dayFromOrdinalWords", () => {
  it.each([
    ["first", 1],
    ["Ninth", 9],
    ["twelfth", 12],
    ["twentieth", 20],
    ["twenty-third", 23],
    ["twenty third", 23],
    ["TWENTY-NINTH", 29],
    ["thirtieth", 30],
    ["thirty-first", 31],
  ])("%j → %i", (words, day) => {
    expect(dayFromOrdinalWords(words)).toBe(day);
  });

  it.each([
    "thirty-second",
    "twenty-tenth",
    "forty-first",
    "twenty",
    "fifth day",
    "constructor",
    "a b c",
    "",
  ])("%j is no day", (words) => {
    expect(dayFromOrdinalWords(words)).toBeUndefined();
  });

  it("isOrdinalWord knows the table and nothing of Object", () => {
    expect(isOrdinalWord("Fifth")).toBe(true);
    expect(isOrdinalWord("toString")).toBe(false);
  });
});

describe("numberFromWords", () => {
  it.each([
    ["five thousand seven hundred and eighty-seven", 5787],
    ["five thousand seven hundred eighty seven", 5787],
    ["five thousand and seven", 5007],
    ["seven hundred and twelve", 712],
    ["twenty", 20],
    ["nineteen", 19],
  ])("%j → %i", (words, value) => {
    expect(numberFromWords(words)).toBe(value);
  });

  it.each([
    "seven eighty",
    "twenty thirty",
    "thousand",
    "five thousand six thousand",
    "and five",
    "five hundred hundred",
    "five and",
    "eighty-seven-seven",
    "constructor",
  ])("%j is no number", (words) => {
    expect(numberFromWords(words)).toBeUndefined();
  });

  it("property: every year 1–9999 written out reads back", () => {
    const units = Object.entries(CARDINALS).filter(([, value]) => value < 20);
    const tens = Object.entries(CARDINALS).filter(([, value]) => value >= 20);
    const under100 = (n: number): string => {
      if (n < 20) return units.find(([, value]) => value === n)![0];
      const ten = tens.find(([, value]) => value === n - (n % 10))![0];
      return n % 10 === 0 ? ten : `${ten}-${under100(n % 10)}`;
    };
    const write = (n: number): string => {
      const parts: string[] = [];
      if (n >= 1000) parts.push(`${under100(Math.floor(n / 1000))} thousand`);
      const rest = n % 1000;
      if (rest >= 100) parts.push(`${under100(Math.floor(rest / 100))} hundred`);
      if (rest % 100 > 0) parts.push(`${parts.length > 0 ? "and " : ""}${under100(rest % 100)}`);
      return parts.join(" ");
    };
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9999 }), (n) => {
        expect(numberFromWords(write(n)), write(n)).toBe(n);
      }),
    );
  });
});

describe("readYearAfter", () => {
  it.each([
    ["Iyar, in the year 5787", 4, 5787, 22],
    ["Av 5787 was", 2, 5787, 7],
    ["Av, in the year five thousand seven hundred and eighty-seven since", 2, 5787, 60],
  ])("%j from %i → %i, ending at %i", (text, at, year, end) => {
    expect(readYearAfter(text, at)).toEqual({ year, end });
  });

  it.each([
    ["Av in the year of our lord", 2],
    ["Av, seven", 2],
    ["Av", 2],
  ])("%j has no year after %i", (text, at) => {
    expect(readYearAfter(text, at)).toBeUndefined();
  });
});

describe("dayFromLetterNames", () => {
  it.each([
    ["Gimmel", 3],
    ["Yud", 10],
    ["Yud Tes", 19],
    ["yud-tes", 19],
    ["Yud Alef", 11],
    ["Tes Vov", 15],
    ["Tes Zayin", 16],
    ["Chof Beis", 22],
    ["Kaf Ches", 28],
    ["Lamed", 30],
    ["Chai", 18],
    ["Tu B'", 15],
    ["Tu B’", 15],
  ])("%j → %i", (names, day) => {
    expect(dayFromLetterNames(names)).toBe(day);
  });

  it.each(["Tes Yud", "Lamed Alef", "Beis Alef", "Yud Yud", "Alef Beis Gimmel", "Shin", "", "Yud Shevat"])(
    "%j is no day",
    (names) => {
      expect(dayFromLetterNames(names)).toBeUndefined();
    },
  );

  it("every letter name of the table reads as its value", () => {
    for (const [value, names] of Object.entries(HEBREW_LETTER_NAMES))
      for (const name of names) expect(dayFromLetterNames(name), name).toBe(Number(value));
    expect(Object.keys(ORDINALS)).toHaveLength(21);
  });
});
