import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MAX_DAY_NUMBER, MIN_DAY_NUMBER } from "../../src/calendars/dayNumber.js";
import {
  dayNumberToGregorian,
  daysInGregorianMonth,
  formatIsoDate,
  gregorianToDayNumber,
  isGregorianLeapYear,
} from "../../src/calendars/gregorian.js";
import { icuGregorian, instantOfDayNumber } from "../support/icu.js";

/** The next Gregorian day, written out from the calendar's rules rather than the code under test. */
function nextGregorianDay(date: { year: number; month: number; day: number }) {
  const lengths = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  const leap = date.year % 4 === 0 && (date.year % 100 !== 0 || date.year % 400 === 0);
  const length = date.month === 2 && leap ? 29 : lengths[date.month - 1]!;
  if (date.day < length) return { ...date, day: date.day + 1 };
  if (date.month < 12) return { ...date, month: date.month + 1, day: 1 };
  return { ...date, year: date.year + 1, month: 1, day: 1 };
}

/** Fields of any valid Gregorian day of years -3760..9999. */
const gregorianFields = fc
  .record({ year: fc.integer({ min: -3760, max: 9999 }), month: fc.integer({ min: 1, max: 12 }) })
  .chain(({ year, month }) =>
    fc.record({
      year: fc.constant(year),
      month: fc.constant(month),
      day: fc.integer({ min: 1, max: daysInGregorianMonth(year, month) }),
    }),
  );

describe("@example", () => {
  it("gregorianToDayNumber(2018, 7, 22) is 736897", () => {
    expect(gregorianToDayNumber(2018, 7, 22)).toBe(736897);
  });

  it("dayNumberToGregorian(736897) is 2018-07-22", () => {
    expect(dayNumberToGregorian(736897)).toEqual({ calendar: "gregorian", year: 2018, month: 7, day: 22 });
  });
});

describe("anchors (each also checked against ICU and JS Date)", () => {
  it.each([
    { year: 1, month: 1, day: 1, dayNumber: 1 },
    { year: 0, month: 12, day: 31, dayNumber: 0 },
    { year: 1970, month: 1, day: 1, dayNumber: 719163 },
    { year: 2018, month: 7, day: 22, dayNumber: 736897 },
    { year: 1582, month: 10, day: 15, dayNumber: 577736 },
    { year: 1900, month: 1, day: 1, dayNumber: 693596 },
    { year: 2000, month: 2, day: 29, dayNumber: 730179 },
    { year: 9999, month: 12, day: 31, dayNumber: 3652059 },
    { year: -3760, month: 9, day: 7, dayNumber: -1373427 },
  ])("$year-$month-$day is day $dayNumber", ({ year, month, day, dayNumber }) => {
    expect(gregorianToDayNumber(year, month, day)).toBe(dayNumber);
    expect(dayNumberToGregorian(dayNumber)).toEqual({ calendar: "gregorian", year, month, day });
    expect(icuGregorian(dayNumber)).toEqual({ year, month, day });
    const instant = instantOfDayNumber(dayNumber);
    expect([instant.getUTCFullYear(), instant.getUTCMonth() + 1, instant.getUTCDate()]).toEqual([
      year,
      month,
      day,
    ]);
  });
});

describe("isGregorianLeapYear", () => {
  it.each([
    [1900, false],
    [2000, true],
    [2100, false],
    [1600, true],
    [1700, false],
    [2024, true],
    [2023, false],
    [0, true],
    [-4, true],
    [-1, false],
    [-100, false],
    [-400, true],
  ])("%i → %s", (year, leap) => {
    expect(isGregorianLeapYear(year)).toBe(leap);
  });
});

describe("daysInGregorianMonth", () => {
  it.each([
    [2023, 2, 28],
    [2024, 2, 29],
    [1900, 2, 28],
    [2000, 2, 29],
    [2018, 1, 31],
    [2018, 4, 30],
    [2018, 12, 31],
  ])("%i-%i has %i days", (year, month, length) => {
    expect(daysInGregorianMonth(year, month)).toBe(length);
  });

  it("is 0 for a month outside 1–12", () => {
    expect(daysInGregorianMonth(2018, 0)).toBe(0);
    expect(daysInGregorianMonth(2018, 13)).toBe(0);
  });

  it("agrees with JS Date for every month of 1600–2400", () => {
    for (let year = 1600; year <= 2400; year++) {
      for (let month = 1; month <= 12; month++) {
        expect(daysInGregorianMonth(year, month)).toBe(new Date(Date.UTC(year, month, 0)).getUTCDate());
      }
    }
  });
});

describe("formatIsoDate", () => {
  it.each([
    [5, 1, 2, "0005-01-02"],
    [0, 1, 1, "0000-01-01"],
    [2018, 7, 22, "2018-07-22"],
    [9999, 12, 31, "9999-12-31"],
    [-3760, 9, 7, "-003760-09-07"],
    [-1, 12, 31, "-000001-12-31"],
    [10000, 1, 1, "+010000-01-01"],
  ])("%i-%i-%i → %s", (year, month, day, iso) => {
    expect(formatIsoDate(year, month, day)).toBe(iso);
  });

  it("matches Date#toISOString for years 0–9999 and the expanded years JS Date writes", () => {
    for (const [year, month, day] of [
      [5, 1, 2],
      [-3760, 9, 7],
      [10000, 1, 1],
      [-1, 12, 31],
    ] as const) {
      const instant = new Date(0);
      instant.setUTCFullYear(year, month - 1, day);
      expect(formatIsoDate(year, month, day)).toBe(instant.toISOString().slice(0, -14));
    }
  });
});

describe("properties", () => {
  it("dayNumberToGregorian inverts gregorianToDayNumber for years -3760..9999", () => {
    fc.assert(
      fc.property(gregorianFields, ({ year, month, day }) => {
        expect(dayNumberToGregorian(gregorianToDayNumber(year, month, day))).toEqual({
          calendar: "gregorian",
          year,
          month,
          day,
        });
      }),
      { numRuns: 20_000 },
    );
  });

  it("agrees with JS Date (proleptic Gregorian) on random day numbers", () => {
    fc.assert(
      fc.property(fc.integer({ min: MIN_DAY_NUMBER - 1000, max: MAX_DAY_NUMBER + 1000 }), (dayNumber) => {
        const instant = instantOfDayNumber(dayNumber);
        const { year, month, day } = dayNumberToGregorian(dayNumber);
        expect([year, month, day]).toEqual([
          instant.getUTCFullYear(),
          instant.getUTCMonth() + 1,
          instant.getUTCDate(),
        ]);
      }),
      { numRuns: 20_000 },
    );
  });

  it("consecutive day numbers give consecutive dates over the whole supported range", () => {
    let previous = dayNumberToGregorian(MIN_DAY_NUMBER - 1);
    for (let dayNumber = MIN_DAY_NUMBER; dayNumber <= MAX_DAY_NUMBER; dayNumber++) {
      const current = dayNumberToGregorian(dayNumber);
      const expected = nextGregorianDay(previous);
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
