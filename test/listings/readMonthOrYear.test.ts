import { describe, expect, it } from "vitest";
import { readMonthOrYear } from "../../src/listings/readMonthOrYear.js";
import { catchDateError, dateErrorCode } from "../support/dateErrors.js";

describe("readMonthOrYear", () => {
  it("the @example: Av 5778", () => {
    expect(readMonthOrYear("Av 5778")).toEqual({ calendar: "hebrew", year: 5778, month: 5 });
  });

  it.each([
    ["2018", { calendar: "gregorian", year: 2018 }],
    ["5778", { calendar: "hebrew", year: 5778 }],
    ["3999", { calendar: "gregorian", year: 3999 }],
    ["4000", { calendar: "hebrew", year: 4000 }],
    ["תשע״ח", { calendar: "hebrew", year: 5778 }],
    ["ה'תשע\"ח", { calendar: "hebrew", year: 5778 }],
    ["7 2018", { calendar: "gregorian", year: 2018, month: 7 }],
    ["07/2018", { calendar: "gregorian", year: 2018, month: 7 }],
    ["  July   2018 ", { calendar: "gregorian", year: 2018, month: 7 }],
    ["Jul 2018", { calendar: "gregorian", year: 2018, month: 7 }],
    ["Av 5778", { calendar: "hebrew", year: 5778, month: 5 }],
    ["Menachem Av 5778", { calendar: "hebrew", year: 5778, month: 5 }],
    ["אב תשע״ח", { calendar: "hebrew", year: 5778, month: 5 }],
    ["Adar I 5779", { calendar: "hebrew", year: 5779, month: 12 }],
    ["Adar II 5779", { calendar: "hebrew", year: 5779, month: 13 }],
    ["Adar 5778", { calendar: "hebrew", year: 5778, month: 12 }],
    ["Tishrei 5779", { calendar: "hebrew", year: 5779, month: 7 }],
  ])("%s", (text, expected) => {
    expect(readMonthOrYear(text)).toEqual(expected);
  });

  it("a month without a year is in the year nearest the reference", () => {
    expect(readMonthOrYear("July", { reference: "2018-06-01" })).toEqual({
      calendar: "gregorian",
      year: 2018,
      month: 7,
    });
  });

  it.each([
    ["13 2018", "month-out-of-range"],
    ["0 2018", "month-out-of-range"],
    ["0", "year-out-of-range"],
    ["13761", "year-out-of-range"],
    ["Avx 5778", "unknown-month"],
    ["foo bar", "unknown-month"],
    ["Jully 2018", "unknown-month"],
    ["the 5th", "unreadable"],
    ["Adar II 5778", "not-a-leap-year"],
  ])("%s throws %s", (text, code) => {
    expect(dateErrorCode(() => readMonthOrYear(text))).toBe(code);
  });

  it("an error carries what was given, not the day put before it, and the reader's suggestions", () => {
    const unknown = catchDateError(() => readMonthOrYear("Avx 5778"));
    expect(unknown.input).toBe("Avx 5778");
    expect(unknown.suggestions).toEqual(["Av"]);
    const misspelt = catchDateError(() => readMonthOrYear("Jully 2018"));
    expect(misspelt.input).toBe("Jully 2018");
    expect(misspelt.suggestions).toEqual(["July"]);
  });
});
