import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MAX_DAY_NUMBER, MIN_DAY_NUMBER } from "../../src/calendars/dayNumber.js";
import { gregorianToDayNumber } from "../../src/calendars/gregorian.js";
import {
  dayNumberToJulian,
  daysInJulianMonth,
  isJulianLeapYear,
  julianToDayNumber,
} from "../../src/calendars/julian.js";

/**
 * A second source: Meeus's Julian Day formula for the Julian calendar (Astronomical Algorithms, ch. 7),
 * with the Julian Day at noon shifted to Rata Die (JD 1721425 is day 0). Valid for years > -4716.
 */
function meeusJulianToDayNumber(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const m = month <= 2 ? month + 12 : month;
  return Math.floor(365.25 * (y + 4716)) + Math.floor(30.6001 * (m + 1)) + day - 1524 - 1721425;
}

/** The next Julian day, from the calendar's rules. */
function nextJulianDay(date: { year: number; month: number; day: number }) {
  const lengths = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  const leap = ((date.year % 4) + 4) % 4 === 0;
  const length = date.month === 2 && leap ? 29 : lengths[date.month - 1]!;
  if (date.day < length) return { ...date, day: date.day + 1 };
  if (date.month < 12) return { ...date, month: date.month + 1, day: 1 };
  return { year: date.year + 1, month: 1, day: 1 };
}

const julianFields = fc
  .record({ year: fc.integer({ min: -3760, max: 9999 }), month: fc.integer({ min: 1, max: 12 }) })
  .chain(({ year, month }) =>
    fc.record({
      year: fc.constant(year),
      month: fc.constant(month),
      day: fc.integer({ min: 1, max: daysInJulianMonth(year, month) }),
    }),
  );

describe("@example", () => {
  it("julianToDayNumber(1582, 10, 5) is 577736, the same day as Gregorian 1582-10-15", () => {
    expect(julianToDayNumber(1582, 10, 5)).toBe(577736);
    expect(gregorianToDayNumber(1582, 10, 15)).toBe(577736);
  });

  it("dayNumberToJulian(577736) is 1582-10-05", () => {
    expect(dayNumberToJulian(577736)).toEqual({ year: 1582, month: 10, day: 5 });
  });
});

type Ymd = readonly [year: number, month: number, day: number];

describe("anchors (each also checked against Meeus's formula)", () => {
  it.each<{ julian: Ymd; gregorian: Ymd }>([
    // The reform: Thursday 4 October 1582 (Julian) was followed by Friday 15 October 1582 (Gregorian).
    { julian: [1582, 10, 4], gregorian: [1582, 10, 14] },
    { julian: [1582, 10, 5], gregorian: [1582, 10, 15] },
    // Julian 1900 is a leap year: its 29 February is Gregorian 13 March, and the gap grows to 13 days.
    { julian: [1900, 2, 29], gregorian: [1900, 3, 13] },
    { julian: [1900, 3, 1], gregorian: [1900, 3, 14] },
    // Britain's switch: Wednesday 2 September 1752 (O.S.) was followed by Thursday 14 September 1752.
    { julian: [1752, 9, 2], gregorian: [1752, 9, 13] },
    // The epoch: Julian 1 January 1 is Gregorian 30 December of year 0.
    { julian: [1, 1, 1], gregorian: [0, 12, 30] },
    // The two calendars agree from 1 March 200 to 28 February 300 (Gregorian dates).
    { julian: [200, 3, 1], gregorian: [200, 3, 1] },
  ])("Julian $julian = Gregorian $gregorian", ({ julian, gregorian }) => {
    const dayNumber = gregorianToDayNumber(...gregorian);
    expect(julianToDayNumber(...julian)).toBe(dayNumber);
    expect(meeusJulianToDayNumber(...julian)).toBe(dayNumber);
    const [year, month, day] = julian;
    expect(dayNumberToJulian(dayNumber)).toEqual({ year, month, day });
  });

  it("the Julian calendar runs 10 days behind in 1582 and 13 days behind from March 1900 to February 2100", () => {
    expect(julianToDayNumber(1582, 10, 15) - gregorianToDayNumber(1582, 10, 15)).toBe(10);
    expect(julianToDayNumber(1900, 3, 1) - gregorianToDayNumber(1900, 3, 1)).toBe(13);
    expect(julianToDayNumber(2100, 2, 28) - gregorianToDayNumber(2100, 2, 28)).toBe(13);
    expect(julianToDayNumber(2100, 3, 1) - gregorianToDayNumber(2100, 3, 1)).toBe(14);
  });
});

describe("isJulianLeapYear and daysInJulianMonth", () => {
  it.each([
    [1900, true],
    [2100, true],
    [1700, true],
    [2000, true],
    [2023, false],
    [0, true],
    [-1, false],
    [-4, true],
    [-3, false],
  ])("%i → %s", (year, leap) => {
    expect(isJulianLeapYear(year)).toBe(leap);
    expect(daysInJulianMonth(year, 2)).toBe(leap ? 29 : 28);
  });

  it("has the Gregorian lengths for other months, and 0 outside 1–12", () => {
    expect([1, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((month) => daysInJulianMonth(1900, month))).toEqual([
      31, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31,
    ]);
    expect(daysInJulianMonth(1900, 0)).toBe(0);
    expect(daysInJulianMonth(1900, 13)).toBe(0);
  });
});

describe("properties", () => {
  it("dayNumberToJulian inverts julianToDayNumber for years -3760..9999", () => {
    fc.assert(
      fc.property(julianFields, ({ year, month, day }) => {
        expect(dayNumberToJulian(julianToDayNumber(year, month, day))).toEqual({ year, month, day });
      }),
      { numRuns: 20_000 },
    );
  });

  it("julianToDayNumber agrees with Meeus's formula", () => {
    fc.assert(
      fc.property(julianFields, ({ year, month, day }) => {
        expect(julianToDayNumber(year, month, day)).toBe(meeusJulianToDayNumber(year, month, day));
      }),
      { numRuns: 20_000 },
    );
  });

  it("consecutive day numbers give consecutive Julian dates over the whole supported range", () => {
    let previous = dayNumberToJulian(MIN_DAY_NUMBER - 1);
    for (let dayNumber = MIN_DAY_NUMBER; dayNumber <= MAX_DAY_NUMBER; dayNumber++) {
      const current = dayNumberToJulian(dayNumber);
      const expected = nextJulianDay(previous);
      if (
        current.year !== expected.year ||
        current.month !== expected.month ||
        current.day !== expected.day
      ) {
        expect({ dayNumber, current }).toEqual({ dayNumber, current: expected });
      }
      previous = current;
    }
  });
});
