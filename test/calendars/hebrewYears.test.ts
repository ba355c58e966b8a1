import { abs2hebrew, daysInMonth, hebrew2abs, monthsInYear } from "@hebcal/hdate";
import { describe, expect, it } from "vitest";
import { MAX_DAY_NUMBER, MIN_DAY_NUMBER } from "../../src/calendars/dayNumber.js";
import { hebrewDayNumberOf, hebrewFieldsOf, hebrewYearShape } from "../../src/calendars/hebrewYears.js";

// The tables must say exactly what @hebcal/hdate's own functions say, day for day.

describe("hebrewYears", () => {
  it("every year's shape has @hebcal/hdate's months and month lengths, in order from Tishrei", () => {
    for (let year = 1; year <= 13761; year++) {
      const shape = hebrewYearShape(year);
      const order = [...Array.from({ length: monthsInYear(year) - 6 }, (_, i) => 7 + i), 1, 2, 3, 4, 5, 6];
      let start = 0;
      for (const month of order) {
        if (shape.monthStart[month] !== start)
          throw new Error(`year ${year} month ${month}: starts at ${shape.monthStart[month]}, not ${start}`);
        start += daysInMonth(month, year);
      }
      expect(shape.monthOfDay.length).toBe(start);
      if (monthsInYear(year) === 12 && shape.monthStart[13] !== -1)
        throw new Error(`year ${year} has Adar II`);
    }
  });

  it("every supported day (and the day after the last) reads as abs2hebrew reads it, and back", () => {
    let differences = 0;
    for (let day = MIN_DAY_NUMBER; day <= MAX_DAY_NUMBER + 1; day++) {
      const ours = hebrewFieldsOf(day);
      const theirs = abs2hebrew(day);
      if (ours.year !== theirs.yy || ours.month !== theirs.mm || ours.day !== theirs.dd) differences++;
      if (hebrewDayNumberOf(ours.year, ours.month, ours.day) !== day) differences++;
    }
    expect(differences).toBe(0);
  });

  it("gives the first and last supported days", () => {
    expect(hebrewFieldsOf(MIN_DAY_NUMBER)).toEqual({ year: 1, month: 7, day: 1 });
    expect(hebrewFieldsOf(MAX_DAY_NUMBER)).toEqual({ year: 13760, month: 8, day: 28 });
    expect(hebrewDayNumberOf(5778, 5, 10)).toBe(736897);
  });

  it("leaves what it has no table for to @hebcal/hdate", () => {
    // Past the table's last year, and fields no year has (Adar II of a common year, month 14).
    const far = hebrew2abs(20000, 7, 1);
    expect(hebrewFieldsOf(far)).toEqual({ year: 20000, month: 7, day: 1 });
    expect(hebrewDayNumberOf(20000, 7, 1)).toBe(far);
    expect(hebrewDayNumberOf(5778, 13, 1)).toBe(hebrew2abs(5778, 13, 1));
    expect(hebrewDayNumberOf(5778, 14, 1)).toBe(hebrew2abs(5778, 14, 1));
    expect(() => hebrewFieldsOf(MIN_DAY_NUMBER - 1)).toThrow(RangeError);
  });
});
