import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { hebrewBesideDayMonthExtractor } from "../../../src/read/extractors/hebrewBesideDayMonth.js";
import { holdsSomeRun } from "./runShapes.js";

const read = (text: string) =>
  hebrewBesideDayMonthExtractor.extract(text, {}).map((c) => ({
    text: text.slice(c.start, c.end),
    stated: c.stated,
    parts: c.parts?.map((p) => ({ text: text.slice(p.start, p.end), stated: p.stated })),
  }));

describe("hebrewBesideDayMonthExtractor", () => {
  it("reads a day and month after a Hebrew date, and before one", () => {
    expect(read("ביום שלישי, ג' בחשוון, 4.11")).toEqual([
      { text: "4.11", stated: { month: 11, day: 4 }, parts: undefined },
    ]);
    expect(read("יתקיים ביום רביעי, 5.11, ד' בחשוון")).toEqual([
      { text: "ביום רביעי, 5.11", stated: { month: 11, day: 5, weekday: 3 }, parts: undefined },
    ]);
  });

  it("reads a range of two days as its two ends, and a slash with a two-digit month", () => {
    expect(read("ח'-ט' בחשוון, 19-20.10")).toEqual([
      {
        text: "19-20.10",
        stated: {},
        parts: [
          { text: "19", stated: { month: 10, day: 19 } },
          { text: "20.10", stated: { month: 10, day: 20 } },
        ],
      },
    ]);
    expect(read('ט"ו בשבט תשפ"ז 22/01')).toEqual([
      { text: "22/01", stated: { month: 1, day: 22 }, parts: undefined },
    ]);
  });

  it("reads nothing without a Hebrew date beside the number, or where the number is a time or has a year", () => {
    expect(read("עלה ב-5.9 אחוזים")).toEqual([]);
    expect(read("5.9, 22.10")).toEqual([]);
    expect(read('כ"ט באלול 19.05 הדלקת נרות')).toEqual([]);
    expect(read("ג' בחשוון, 14.10")).toEqual([]);
    expect(read('כ"ט באלול 18.9.20')).toEqual([]);
    expect(read('כ"ט באלול 13.13')).toEqual([]);
    expect(read('כ"ט באלול 1.2.3')).toEqual([]);
    // A word that is no Hebrew month ("בבוקר") vouches for nothing.
    expect(read("ב' בבוקר, 5.9")).toEqual([]);
  });

  it("reads something only where a run of digits may be its own", () => {
    const pieces = [
      "ג'",
      " ",
      "בחשוון",
      "בתשרי",
      "בבוקר",
      ",",
      "14",
      "3",
      "10",
      "2026",
      ".",
      "/",
      "-",
      "–",
      "x",
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...pieces), { maxLength: 16 }), (parts) => {
        const text = parts.join("");
        if (hebrewBesideDayMonthExtractor.extract(text, {}).length > 0)
          expect(holdsSomeRun(hebrewBesideDayMonthExtractor, text)).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });
});
