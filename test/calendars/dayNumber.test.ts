import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  isSupportedDayNumber,
  MAX_DAY_NUMBER,
  MIN_DAY_NUMBER,
  SUPPORTED_RANGE,
  weekdayIndexOf,
  weekdayOf,
} from "../../src/calendars/dayNumber.js";
import { gregorianToDayNumber } from "../../src/calendars/gregorian.js";
import { dayNumberToHebrew } from "../../src/calendars/hebrew.js";
import { WEEKDAYS } from "../../src/types.js";
import { icuHebrew, instantOfDayNumber } from "../support/icu.js";

describe("@example", () => {
  it('weekdayOf(736897) is "Sunday"', () => {
    expect(weekdayOf(736897)).toBe("Sunday");
  });
});

describe("the supported range", () => {
  it("starts on 1 Tishrei 1 = -3760-09-07 (Gregorian), day -1373427, as ICU agrees", () => {
    expect(MIN_DAY_NUMBER).toBe(-1373427);
    expect(MIN_DAY_NUMBER).toBe(gregorianToDayNumber(-3760, 9, 7));
    expect(dayNumberToHebrew(MIN_DAY_NUMBER)).toEqual({ calendar: "hebrew", year: 1, month: 7, day: 1 });
    expect(icuHebrew(MIN_DAY_NUMBER)).toMatchObject({ year: 1, month: 7, day: 1 });
  });

  it("ends on 9999-12-31 = 28 Cheshvan 13760, day 3652059, as ICU agrees", () => {
    expect(MAX_DAY_NUMBER).toBe(3652059);
    expect(MAX_DAY_NUMBER).toBe(gregorianToDayNumber(9999, 12, 31));
    expect(dayNumberToHebrew(MAX_DAY_NUMBER)).toEqual({ calendar: "hebrew", year: 13760, month: 8, day: 28 });
    expect(icuHebrew(MAX_DAY_NUMBER)).toMatchObject({ year: 13760, month: 8, day: 28 });
  });

  it("names both ends in its description", () => {
    expect(SUPPORTED_RANGE).toContain("-003760-09-07");
    expect(SUPPORTED_RANGE).toContain("9999-12-31");
  });

  it.each([
    [MIN_DAY_NUMBER, true],
    [MAX_DAY_NUMBER, true],
    [736897, true],
    [0, true],
    [MIN_DAY_NUMBER - 1, false],
    [MAX_DAY_NUMBER + 1, false],
    [736897.5, false],
    [Number.NaN, false],
    [Number.POSITIVE_INFINITY, false],
  ])("isSupportedDayNumber(%d) is %s", (dayNumber, supported) => {
    expect(isSupportedDayNumber(dayNumber)).toBe(supported);
  });
});

describe("weekdays", () => {
  it.each([
    [736897, "Sunday"], // 2018-07-22
    [1, "Monday"], // 0001-01-01
    [0, "Sunday"], // 0000-12-31
    [-1, "Saturday"],
    [-7, "Sunday"],
    [719163, "Thursday"], // 1970-01-01
    [577736, "Friday"], // 1582-10-15, the first Gregorian day
    [-1373427, "Monday"], // 1 Tishrei 1
  ] as const)("day %i is a %s", (dayNumber, weekday) => {
    expect(weekdayOf(dayNumber)).toBe(weekday);
    expect(weekdayIndexOf(dayNumber)).toBe(WEEKDAYS.indexOf(weekday));
  });

  it("agrees with JS Date's UTC weekday on random days of the supported range", () => {
    fc.assert(
      fc.property(fc.integer({ min: MIN_DAY_NUMBER, max: MAX_DAY_NUMBER }), (dayNumber) => {
        expect(weekdayIndexOf(dayNumber)).toBe(instantOfDayNumber(dayNumber).getUTCDay());
        expect(weekdayOf(dayNumber)).toBe(WEEKDAYS[instantOfDayNumber(dayNumber).getUTCDay()]);
      }),
      { numRuns: 20_000 },
    );
  });

  it("advances by one each day", () => {
    fc.assert(
      fc.property(fc.integer({ min: MIN_DAY_NUMBER - 100, max: MAX_DAY_NUMBER + 100 }), (dayNumber) => {
        expect(weekdayIndexOf(dayNumber + 1)).toBe((weekdayIndexOf(dayNumber) + 1) % 7);
        expect(WEEKDAYS.indexOf(weekdayOf(dayNumber + 1))).toBe(
          (WEEKDAYS.indexOf(weekdayOf(dayNumber)) + 1) % 7,
        );
      }),
      { numRuns: 20_000 },
    );
  });
});
