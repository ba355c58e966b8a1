import { HDate } from "@hebcal/hdate";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MAX_DAY_NUMBER, MIN_DAY_NUMBER } from "../../src/calendars/dayNumber.js";
import { hebrewMonthName } from "../../src/calendars/hebrew.js";
import { renderEnglishText, renderHebrewText } from "../../src/convert/hebrewText.js";

// The cached pieces must give what @hebcal/hdate writes for the same day, whatever was cached before.

function ours(day: HDate): { english: string; hebrew: string } {
  const [year, month, date] = [day.getFullYear(), day.getMonth(), day.getDate()];
  return {
    english: renderEnglishText(year, month, date, hebrewMonthName(month, year)),
    hebrew: renderHebrewText(year, month, date),
  };
}

describe("hebrewText", () => {
  it("writes any supported day as HDate renders it", () => {
    fc.assert(
      fc.property(fc.integer({ min: MIN_DAY_NUMBER, max: MAX_DAY_NUMBER }), (dayNumber) => {
        const day = new HDate(dayNumber);
        expect(ours(day)).toEqual({
          english: `${day.getDate()} ${day.getMonthName()} ${day.getFullYear()}`,
          hebrew: day.renderGematriya(),
        });
      }),
      { numRuns: 20000 },
    );
  });

  it("tells Adar of a common year from Adar I of a leap year, cached or not", () => {
    for (let round = 0; round < 2; round++) {
      expect(renderEnglishText(5778, 12, 14, "Adar")).toBe("14 Adar 5778");
      expect(renderEnglishText(5779, 12, 14, "Adar I")).toBe("14 Adar I 5779");
      expect(renderHebrewText(5778, 12, 14)).toBe(new HDate(14, 12, 5778).renderGematriya());
      expect(renderHebrewText(5779, 12, 14)).toBe(new HDate(14, 12, 5779).renderGematriya());
      expect(renderHebrewText(5779, 12, 14)).not.toBe(renderHebrewText(5778, 12, 14));
    }
  });

  it("writes years past the cache without it", () => {
    expect(renderEnglishText(20000, 7, 1, "Tishrei")).toBe("1 Tishrei 20000");
    expect(renderHebrewText(20000, 7, 1)).toBe(new HDate(1, 7, 20000).renderGematriya());
  });
});
