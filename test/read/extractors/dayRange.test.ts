import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { dayRangeExtractor, wordBeforeSpaces } from "../../../src/read/extractors/dayRange.js";
import { readWork, resetWork } from "../../../src/read/workCounter.js";
import { expectNothingReadWithoutItsRun, holdsSomeRun } from "./runShapes.js";

describe("dayRange", () => {
  it.each([
    ["June 11–12, 2027", 1],
    ["11–12 June 2027", 1],
    ["Sivan 6-7, 5787", 1],
    ["October 31-November 1, 2026", 1],
    ["a well-known score of 3-4 in 2027", 0],
    ["ce Chabbat samedi 8 et dimanche 9 décembre 2018", 1],
    ["les mardi 1er et mercredi 2 février 2022", 1],
    ["le 8 et demain 9 décembre 2018", 0],
    ["1 en 2 Tisjri 5787", 1],
    ["1 и 2 тишрея", 1],
    // Romanian "şi" typed with the cedilla, Italian "ed" and an article, Dutch "t/m".
    ["între 4 şi 12 decembrie", 1],
    ["cade il 22 ed il 23 marzo 2027", 1],
    ["1 t/m 3 oktober 2027", 1],
    // German's slash after the first day's full stop; a slash without it is no join.
    ["Rosch Haschana 2./3. Oktober 2027", 1],
    ["1/2 Oktober 2027", 0],
  ])("reads %j as %i range", (text, count) => {
    expect(dayRangeExtractor.extract(text, {})).toHaveLength(count);
  });

  it.each([
    ["2024 - October 2-4\n2025 - September 22-24", undefined],
    ["2024: 2-4 October\n2025: 22-24 September", undefined],
    ["October 2-4\n2024\nServices at nine", 2024],
    ["October 2-4, 2024 - services", 2024],
  ])(
    "gives %j's last day the year %s: a year on the next line that goes on labels the next row",
    (text, year) => {
      const [range] = dayRangeExtractor.extract(text, {});
      expect(range!.parts![1]!.stated.year).toBe(year);
    },
  );

  it("gives each day the weekday written before it (samedi 8 et dimanche 9 décembre 2018)", () => {
    const text = "ce Chabbat samedi 8 et dimanche 9 décembre 2018";
    const [range] = dayRangeExtractor.extract(text, {});
    const [first, last] = range!.parts!;
    expect([text.slice(first.start, first.end), first.stated]).toEqual([
      "samedi 8",
      { month: 12, day: 8, weekday: 6 },
    ]);
    expect([text.slice(last.start, last.end), last.stated]).toEqual([
      "dimanche 9 décembre 2018",
      { month: 12, day: 9, weekday: 0, year: 2018 },
    ]);
  });
});

describe("dayRangeExtractor: days written once before a slashed month", () => {
  it("reads them day first, with a four-digit year only", () => {
    const text = "כיפור 11-12/10/2024 חופשה";
    const [range] = dayRangeExtractor.extract(text, {});
    expect(range!.parts!.map((part) => [text.slice(part.start, part.end), part.stated])).toEqual([
      ["11", { day: 11, month: 10 }],
      ["12/10/2024", { day: 12, month: 10, year: 2024 }],
    ]);
    expect(dayRangeExtractor.extract("pages 1-2/3/21", {})).toEqual([]);
    expect(dayRangeExtractor.extract("12-11/10/2024", {})).toEqual([]);
    expect(dayRangeExtractor.extract("30-31/13/2024", {})).toEqual([]);
  });
});

describe("dayRangeExtractor: a table's weekday cell above a numeric range", () => {
  const partsOf = (text: string) =>
    dayRangeExtractor
      .extract(text, {})[0]
      ?.parts?.map((part) => [text.slice(part.start, part.end), part.stated.weekday]);
  it("gives two weekdays joined by a dash to the two ends, one to the first", () => {
    expect(partsOf("    רביעי - חמישי\n    2-3.10.2024")).toEqual([
      ["רביעי - חמישי\n    2", 3],
      ["3.10.2024", 4],
    ]);
    expect(partsOf("Sunday\n1-2.6.2025")).toEqual([
      ["Sunday\n1", 0],
      ["2.6.2025", undefined],
    ]);
  });
  it("takes no word that is no weekday, nor one inside a sentence's line", () => {
    expect(partsOf("הפרק השני\n2-3.10.2024")).toEqual([
      ["2", undefined],
      ["3.10.2024", undefined],
    ]);
    expect(partsOf("רביעי - ספר\n2-3.10.2024")?.[0]).toEqual(["2", undefined]);
  });
});

describe("dayRangeExtractor.mayHoldRun", () => {
  it.each([
    "June 11–12, 2027",
    "6–7 Sivan 5787",
    "13. und 14. Adar",
    "2./3. Oktober 2027",
    "1 Adar 1 – 2 Adar II 5784",
    "5–12.12.2026",
    "11-12/10/2024",
    "Sivan 6-7, 5787",
  ])("%s holds its first day", (text) => {
    expect(dayRangeExtractor.extract(text, {}).length).toBeGreaterThan(0);
    expect(holdsSomeRun(dayRangeExtractor, text)).toBe(true);
  });
  it.each(["June 110–12", "in 2027 and 2028", `June 11 ${"x".repeat(70)} 12`])("%s holds none", (text) => {
    expect(holdsSomeRun(dayRangeExtractor, text)).toBe(false);
  });
  it("its gate lets the month word give back the apostrophe glued after it, as the reader does", () => {
    // A property run found it: the gate's greedy word was "Sh’vat'", which names no month.
    const text = "07-22 Sh\u2019vat'2018";
    expect(dayRangeExtractor.extract(text, {})).toHaveLength(1);
    expect(holdsSomeRun(dayRangeExtractor, text)).toBe(true);
  });

  it("nothing is read in a text without its run", () => {
    expectNothingReadWithoutItsRun(dayRangeExtractor);
  });
  it("looks for a join only up to the last run within reach, and not without a short one there", () => {
    const joinChars = (text: string) => {
      resetWork();
      holdsSomeRun(dayRangeExtractor, text);
      return readWork().joinChars;
    };
    // One run alone, or followed only by a year: no join is looked for.
    expect(joinChars(`on 11 ${"word ".repeat(20)}`)).toBe(0);
    expect(joinChars("on 11 of them, 2027 and 2028")).toBe(0);
    // "10:50": only the colon between the two runs.
    expect(joinChars("at 10:50 pm, and then some more words here")).toBe(1);
    // The dash is the first character after the first day.
    expect(joinChars("June 11–12, 2027")).toBe(1);
  });
});

describe("wordBeforeSpaces", () => {
  // The patterns it stands for, as monthBesideDays had them: each tried at every offset of the text.
  const WORD_BEFORE_DAY = /(?<month>\p{L}[\p{L}'\u2019]{1,13}\.?)\s{1,2}$/u;
  const MONTH_BEFORE =
    /(?<month>\p{L}[\p{L}'\u2019]{1,13}\.?(?:\s(?:II|I|1|2|Bet|Beis|Beth|Sheni|Sheini|Aleph|Alef|Rishon)(?![\p{L}\p{N}]))?)\s{1,2}$/u;
  it("documented example", () => {
    expect(wordBeforeSpaces("on Sivan  ")).toBe("Sivan");
  });
  it.each([
    ["in Sivan ", "Sivan"],
    ["Dec. ", "Dec."],
    ["Sh\u2019vat ", "Sh\u2019vat"],
    ["extraordinarily ", "xtraordinarily"],
    ["'Adar ", "Adar"],
    ["a ", undefined],
    ["Sivan", undefined],
    ["Sivan   ", undefined],
    ["10 ", undefined],
    ["Adar II ", null],
    ["Adar 2 ", null],
    ["\u{1d400}\u{1d401} ", null],
  ])("%j: %j", (text, word) => {
    expect(wordBeforeSpaces(text)).toBe(word);
  });
  it("finds what both patterns find, wherever it does not decline", () => {
    const piece = fc.constantFrom(
      "a",
      "Z",
      "é",
      "ש",
      "'",
      "\u2019",
      ".",
      " ",
      "  ",
      "\u00a0",
      "\n",
      "1",
      "2",
      "-",
      "II",
      "Bet",
      "Sivan",
      "\u{1d400}",
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 24 }), (pieces) => {
        const text = pieces.join("").slice(-40);
        const word = wordBeforeSpaces(text);
        if (word === null) return;
        expect(word).toBe(WORD_BEFORE_DAY.exec(text)?.groups?.month);
        expect(word).toBe(MONTH_BEFORE.exec(text)?.groups?.month);
      }),
      { numRuns: 3000 },
    );
  });
});

describe("dayRangeExtractor.mayHoldRun's join", () => {
  it("is looked for only within reach of the first day (JOIN_REACH), the longest first month in between", () => {
    // A first month between the day and the dash; the longest WORD may (14 letters and "Sheini").
    const twoMonths = "29 Marcheshvan\u00a0 –  1 Kislev 5787";
    expect(dayRangeExtractor.extract(twoMonths, {})).toHaveLength(1);
    expect(holdsSomeRun(dayRangeExtractor, twoMonths)).toBe(true);
    expect(holdsSomeRun(dayRangeExtractor, "13th  Abcdefghijklmn. Sheini  – 14 Sivan 5787")).toBe(true);
    const joinChars = (text: string) => {
      resetWork();
      holdsSomeRun(dayRangeExtractor, text);
      return readWork().joinChars;
    };
    // Two short runs 60 characters apart with no join: 43 characters looked at, not 60.
    expect(joinChars(`on 11 ${"word ".repeat(11)}12 people`)).toBe(43);
  });
});
