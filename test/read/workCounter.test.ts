import { describe, expect, it } from "vitest";
import { digitRegions } from "../../src/read/digitRegions.js";
import { parseDates } from "../../src/read/parseDates.js";
import { readWork, resetWork, work } from "../../src/read/workCounter.js";

describe("workCounter", () => {
  it("reads zero after a reset (the documented example)", () => {
    parseDates("10 Av 5778");
    resetWork();
    expect(readWork().candidates).toBe(0);
    expect(Object.values(readWork()).every((count) => count === 0)).toBe(true);
  });

  it("gives a copy: later work does not change counts already read", () => {
    resetWork();
    const before = readWork();
    parseDates("10 Av 5778 | Sunday, July 22nd");
    expect(before.candidates).toBe(0);
    expect(readWork().candidates).toBeGreaterThan(0);
    expect(work.candidates).toBe(readWork().candidates);
  });

  it("counts the characters handed to the digit, Hebrew-script and holiday-name readers", () => {
    resetWork();
    parseDates("see 10 Av 5778 there");
    // One stretch, the whole text, to the digit readers whose runs of digits it holds (Hebrew in
    // English letters: a day near a month name; a misspelled month's year from 3000), and to the
    // English-letter holiday names; no Hebrew letter. Not to ISO, numeric dates, ranges (no dash
    // between two days), Gregorian months (no month name near a day), the Hungarian day, or other
    // languages' months (an English spelling after a plain day is the English readers').
    expect(readWork().extractorChars).toBe(3 * 20);
    expect(readWork().holidayChars).toBe(20);
    resetWork();
    parseDates("on 3/4/2020");
    // Numeric's runs are there; two short days, but no dash or join word between them (no range),
    // and no day before a month of another language (no localized reader).
    expect(readWork().extractorChars).toBe(2 * "on 3/4/2020".length);
    resetWork();
    parseDates("on 2018-07-22, 10 Avv 5778");
    // ISO and the misspelled month's year; "Avv" is no month name, so neither month reader, nor the
    // range reader, nor the localized one.
    expect(readWork().extractorChars).toBe(3 * "on 2018-07-22, 10 Avv 5778".length);
    resetWork();
    parseDates("május 1-jén");
    // The Hungarian day and the holiday names; no other reader's run.
    expect(readWork().extractorChars).toBe(2 * "május 1-jén".length);
    resetWork();
    parseDates("י׳ באב תשע״ח");
    // The two readers of Hebrew-script dates, and both holiday readers around the date they found.
    expect(readWork().extractorChars).toBe(4 * "י׳ באב תשע״ח".length);
    expect(readWork().holidayChars).toBe(2 * "י׳ באב תשע״ח".length);
  });

  it("counts the characters digitRegions steps over to find white space", () => {
    resetWork();
    // From 64 characters after the digit, to the end of the word of x's.
    digitRegions(`1${"x".repeat(100)}`);
    expect(readWork().regionCutChars).toBe(101 - 65);
  });
});
