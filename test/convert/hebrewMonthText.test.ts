import { getMonthName, Locale } from "@hebcal/hdate";
import { describe, expect, it } from "vitest";
import { hebrewMonthText } from "../../src/convert/hebrewMonthText.js";

// The names must be @hebcal/hdate's own Hebrew translations, letter and point for point.
describe("hebrewMonthText", () => {
  it.each([5783, 5784])("gives @hebcal/hdate's Hebrew name of every month of %i", (year) => {
    const months = year === 5784 ? 13 : 12;
    for (let month = 1; month <= months; month++) {
      expect(hebrewMonthText(month, year)).toBe(Locale.gettext(getMonthName(month, year), "he"));
    }
  });

  it("writes plain Adar in a common year and Adar I in a leap year", () => {
    expect(hebrewMonthText(12, 5778)).toBe("אֲדָר");
    expect(hebrewMonthText(12, 5779)).toBe("אֲדָר א׳");
    expect(hebrewMonthText(5, 5778)).toBe("אָב");
  });

  it("gives nothing for a month number that is none", () => {
    expect(hebrewMonthText(0, 5778)).toBe("");
    expect(hebrewMonthText(14, 5779)).toBe("");
  });
});
