import { describe, expect, it } from "vitest";
import { gregorianToDayNumber } from "../../src/calendars/gregorian.js";
import { isHebrewLeapYear } from "../../src/calendars/hebrew.js";
import {
  ICU_HEBREW_MONTHS,
  icuGregorian,
  icuHebrew,
  instantOfDayNumber,
  UNIX_EPOCH_DAY_NUMBER,
} from "../support/icu.js";
import { icuMismatches } from "../support/icuSweep.js";

// ICU's Hebrew calendar (through Intl, built into Node) is an implementation independent of
// @hebcal/hdate; the full sweep over every supported day is in icuSweep.test.ts.

const FIRST = gregorianToDayNumber(1900, 1, 1);
const LAST = gregorianToDayNumber(2100, 12, 31);

describe("the bridge to ICU", () => {
  it("1970-01-01, the JS epoch, is day 719163", () => {
    expect(UNIX_EPOCH_DAY_NUMBER).toBe(gregorianToDayNumber(1970, 1, 1));
    expect(instantOfDayNumber(719163).toISOString()).toBe("1970-01-01T00:00:00.000Z");
  });

  it("a Date for a year below 100 built with setUTCFullYear is the same instant as one built from the day number", () => {
    const year1 = new Date(0);
    year1.setUTCFullYear(1, 0, 1);
    expect(year1.getTime()).toBe(instantOfDayNumber(1).getTime());
    expect(new Date(Date.UTC(1, 0, 1)).getUTCFullYear()).toBe(1901); // the trap setUTCFullYear avoids
  });

  it("V8's ICU Gregorian calendar is proleptic: 1582-10-14 exists (no switch to Julian)", () => {
    expect(icuGregorian(gregorianToDayNumber(1582, 10, 14))).toEqual({ year: 1582, month: 10, day: 14 });
    expect(icuGregorian(1)).toEqual({ year: 1, month: 1, day: 1 });
    expect(icuGregorian(gregorianToDayNumber(-3760, 9, 7))).toEqual({ year: -3760, month: 9, day: 7 });
  });

  it("ICU uses exactly the month names of the table, Adar alone only in common years", () => {
    const seen = new Set<string>();
    for (let dayNumber = FIRST; dayNumber <= LAST; dayNumber += 3) {
      const { year, monthName } = icuHebrew(dayNumber);
      seen.add(monthName);
      if (monthName === "Adar") expect({ year, leap: isHebrewLeapYear(year) }).toEqual({ year, leap: false });
      if (monthName.startsWith("Adar "))
        expect({ year, leap: isHebrewLeapYear(year) }).toEqual({ year, leap: true });
    }
    expect([...seen].sort()).toEqual(Object.keys(ICU_HEBREW_MONTHS).sort());
  });

  it("ICU's reading of the seed page's date is 10 Av 5778", () => {
    expect(icuHebrew(736897)).toEqual({ year: 5778, month: 5, day: 10, monthName: "Av" });
  });
});

describe("every day of 1900-01-01 … 2100-12-31 against ICU", () => {
  it("our Hebrew date equals ICU's, and ICU's Hebrew fields give the day number back", () => {
    expect(LAST - FIRST + 1).toBe(73414);
    expect(icuMismatches(FIRST, LAST)).toEqual([]);
  });
});
