import { describe, expect, it } from "vitest";
import {
  displayWidth,
  gregorianMonthInHebrew,
  hebrewMonthInHebrew,
  isolateRtl,
} from "../../src/cli/hebrewScript.js";

describe("hebrewScript", () => {
  it("isolateRtl wraps a run in RLI … PDI (the @example)", () => {
    expect(isolateRtl("י״ח")).toBe("\u2067י״ח\u2069");
  });

  it.each([
    ["\u2067תַּמּוּז\u2069", 4],
    ["abc", 3],
    ["\u001b[7m18\u001b[27m", 2],
    ["י״ח", 3],
    ["", 0],
  ])("displayWidth(%j) is %i", (text, width) => {
    expect(displayWidth(text)).toBe(width);
  });

  it("names Hebrew months in Hebrew script, with or without niqqud, plain Adar in a common year", () => {
    expect(hebrewMonthInHebrew(4, 5778, false)).toBe("תמוז");
    expect(hebrewMonthInHebrew(4, 5778, true)).toBe("תַּמּוּז");
    expect(hebrewMonthInHebrew(12, 5778, false)).toBe("אדר");
    expect(hebrewMonthInHebrew(12, 5779, false)).toBe("אדר א׳");
    expect(hebrewMonthInHebrew(13, 5779, false)).toBe("אדר ב׳");
  });

  it("names Gregorian months in Hebrew as CLDR does", () => {
    expect(gregorianMonthInHebrew(7)).toBe("יולי");
    expect(gregorianMonthInHebrew(1)).toBe("ינואר");
    expect(gregorianMonthInHebrew(12)).toBe("דצמבר");
  });
});
