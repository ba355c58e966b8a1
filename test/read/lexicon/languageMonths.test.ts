import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkDocument } from "../../../src/check/checkDocument.js";
import {
  allMonthSpellings,
  asciiStarts,
  beginsTwoWordName,
  monthInAnyLanguage,
  monthOfFolded,
  monthSpellingClashes,
} from "../../../src/read/lexicon/languageMonths.js";
import { GENERATED_MONTH_ROWS } from "../../../src/read/lexicon/months.generated.js";
import { HAND_MONTH_ROWS } from "../../../src/read/lexicon/months.hand.js";
import { hebrewMonthFromName, LEXICON } from "../../../src/read/lexicon.js";
import { parseDates } from "../../../src/read/parseDates.js";

const ROWS = [...GENERATED_MONTH_ROWS, ...HAND_MONTH_ROWS];

describe("the lookups' examples", () => {
  it("@example", () => {
    expect(monthInAnyLanguage("ИЮЛЯ")?.month).toBe(7);
    expect(monthOfFolded("июля")?.month).toBe(7);
    expect(beginsTwoWordName("адар")).toBe(true);
    expect(beginsTwoWordName("июля")).toBe(false);
    expect(asciiStarts(false).includes("jul")).toBe(true);
    expect(allMonthSpellings().length > 500).toBe(true);
  });

  it("gives how every ASCII spelling begins, with or without the English ones", () => {
    for (const { spelling } of allMonthSpellings()) {
      const folded = spelling
        .normalize("NFD")
        .replace(/\p{M}/gu, "")
        .toLowerCase()
        .replace(/^'/, "")
        .replace(/\.$/, "");
      if (!/^[a-z' ]+$/.test(folded)) continue;
      const start = folded.slice(0, 3).trimEnd();
      expect(asciiStarts(true), spelling).toContain(start);
      if (!monthInAnyLanguage(spelling)!.english) expect(asciiStarts(false), spelling).toContain(start);
    }
    const foreign = asciiStarts(false);
    expect(foreign.every((start) => asciiStarts(true).includes(start))).toBe(true);
    expect(foreign.length).toBeLessThan(asciiStarts(true).length);
  });
});

describe("monthInAnyLanguage", () => {
  it("no folded spelling names two months", () => {
    expect(monthSpellingClashes()).toEqual([]);
  });

  it.each([
    ["Июля", 7],
    ["ИЮЛЯ", 7],
    ["июля", 7],
    ["Ιουλίου", 7],
    ["ιουλιου", 7],
    ["ΙΟΥΛΊΟΥ", 7],
    ["Juillet", 7],
    ["août", 8],
    ["AOUT", 8],
    ["März", 3],
    ["marz", 3],
    ["יאַנואַר", 1],
    ["יאנואר", 1],
    ["ינו׳", 1],
    ["ינו'", 1],
  ])("%s is Gregorian month %i, in any case and with or without accents", (word, month) => {
    expect(monthInAnyLanguage(word)).toMatchObject({ calendar: "gregorian", month });
  });

  it.each([
    ["тишрея", 7],
    ["ТИШРЕЙ", 7],
    ["Tischri", 7],
    ["Hèchvan", 8],
    ["hechvan", 8],
    ["Ádár II", 13],
    ["адар I", 12],
    ["Αβ", 5],
    ["адара", 0],
  ])("%s is Hebrew month %i", (word, month) => {
    expect(monthInAnyLanguage(word)).toMatchObject({ calendar: "hebrew", month });
  });

  it("marks abbreviations, English spellings and names written in lower case", () => {
    expect(monthInAnyLanguage("juil.")).toMatchObject({ short: true, english: false, lowerCase: true });
    expect(monthInAnyLanguage("juillet")).toMatchObject({ short: false });
    expect(monthInAnyLanguage("Sept")).toMatchObject({ short: true, english: true, lowerCase: false });
    expect(monthInAnyLanguage("März")).toMatchObject({ lowerCase: false });
    // "mai" is a full name in French and German, an abbreviation only in Portuguese ("mai.").
    expect(monthInAnyLanguage("mai")).toMatchObject({ month: 5, short: false });
  });

  it("knows no ordinary words", () => {
    for (const word of ["people", "de", "года", "and", "בית", "Version"])
      expect(monthInAnyLanguage(word), word).toBeUndefined();
  });

  it("leaves Hebrew months in Hebrew script to the Hebrew-script table, which has CLDR's too", () => {
    expect(monthInAnyLanguage("אב")).toBeUndefined();
    for (const [, calendar, month, spelling] of ROWS) {
      if (calendar === "hebrew" && /[\u05d0-\u05ea]/.test(spelling))
        expect(hebrewMonthFromName(spelling), spelling).toBe(month);
    }
  });
});

describe("every spelling reads back", () => {
  const spellings = allMonthSpellings();
  const hebrewScript = Object.entries(LEXICON.hebrewMonthsHebrew).flatMap(([month, list]) =>
    list.map((spelling) => ({ spelling, calendar: "hebrew" as const, month: Number(month) })),
  );
  const everySpelling = [...spellings, ...hebrewScript];

  it("in upper, lower or its own case", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...spellings),
        fc.constantFrom("as written", "upper", "lower"),
        ({ spelling, calendar, month }, casing) => {
          const word =
            casing === "upper"
              ? spelling.toUpperCase()
              : casing === "lower"
                ? spelling.toLowerCase()
                : spelling;
          expect(monthInAnyLanguage(word)).toMatchObject({ calendar, month });
        },
      ),
      { numRuns: 2000 },
    );
  });

  it("as the month of a date with a day and a year", () => {
    fc.assert(
      fc.property(fc.constantFrom(...everySpelling), fc.integer({ min: 1, max: 28 }), (entry, day) => {
        const year = entry.calendar === "hebrew" ? 5779 : 2018;
        const text = `${day} ${entry.spelling} ${year}`;
        const { mentions } = parseDates(text, { reference: "2026-01-01" });
        expect(mentions, text).toHaveLength(1);
        expect(mentions[0]!.stated, text).toMatchObject({ day, month: entry.month, year });
        expect(mentions[0]!.calendar, text).toBe(entry.calendar);
      }),
      { numRuns: 3000 },
    );
  });
});

describe("Ukrainian Hebrew months spelled with і and е", () => {
  it.each([
    ["іяра", 2],
    ["ійяра", 2],
    ["елула", 6],
    ["тішрі", 7],
    ["кіслева", 9],
  ])("reads %s as month %i", (spelling, month) => {
    expect(monthInAnyLanguage(spelling)?.month).toBe(month);
  });

  it("pairs a Ukrainian Hebrew date with its civil day", () => {
    // 18 Iyar 5785 is 16 May 2025, 25 Kislev 5785 is 26 December 2024.
    const pairs = (text: string) =>
      checkDocument(text, { reference: "2026-12-01" }).pairs.map((pair) => [
        pair.hebrew.canonical,
        pair.verdict,
      ]);
    expect(pairs("18 іяра 5785 року (16 травня 2025 року)")).toEqual([["18 Iyyar 5785", "match"]]);
    expect(pairs("25 кіслева 5785 року (25 грудня 2024 року)")).toEqual([
      ["25 Kislev 5785", "match-after-sunset"],
    ]);
    expect(pairs("1 тішрі 5786 року (24 вересня 2025 року)")).toEqual([["1 Tishrei 5786", "mismatch"]]);
  });
});
