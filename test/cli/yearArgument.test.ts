import { describe, expect, it } from "vitest";
import { readYearArgument, yearArgument } from "../../src/cli/yearArgument.js";
import { dateErrorCode } from "../support/dateErrors.js";

describe("yearArgument", () => {
  it.each([
    ["5778", { year: 5778, hebrewScript: false }],
    [" 2018 ", { year: 2018, hebrewScript: false }],
    ["תשע״ח", { year: 5778, hebrewScript: true }],
    ["ה'תשע\"ח", { year: 5778, hebrewScript: true }],
    ["ג׳תשס״א", { year: 3761, hebrewScript: true }],
  ])("reads %s", (text, read) => {
    expect(yearArgument(text)).toEqual(read);
  });

  it.each(["abc", "123456", "5778.5", "", "י׳ באב"])("refuses %j", (text) => {
    expect(readYearArgument(text)).toBeUndefined();
    expect(dateErrorCode(() => yearArgument(text))).toBe("unreadable");
  });
});
