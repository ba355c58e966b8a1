import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MAX_DAY_NUMBER, MIN_DAY_NUMBER, weekdayIndexOf } from "../../src/calendars/dayNumber.js";
import { gregorianToDayNumber } from "../../src/calendars/gregorian.js";
import {
  dayNumberToHebrew,
  daysInHebrewMonth,
  HEBREW_MONTH,
  hebrewMonthName,
  hebrewToDayNumber,
  isHebrewLeapYear,
  monthsInHebrewYear,
} from "../../src/calendars/hebrew.js";
import { icuHebrew } from "../support/icu.js";

/** The next Hebrew day in hebcal numbering, from the calendar's month order (Tishrei starts the year). */
function nextHebrewDay(date: { year: number; month: number; day: number }) {
  if (date.day < daysInHebrewMonth(date.year, date.month)) return { ...date, day: date.day + 1 };
  const { year, month } = date;
  if (month === HEBREW_MONTH.ELUL) return { year: year + 1, month: HEBREW_MONTH.TISHREI, day: 1 };
  if (month === HEBREW_MONTH.ADAR_II) return { year, month: HEBREW_MONTH.NISAN, day: 1 };
  if (month === HEBREW_MONTH.ADAR_I) return { year, month: isHebrewLeapYear(year) ? 13 : 1, day: 1 };
  return { year, month: month + 1, day: 1 };
}

function yearLength(year: number): number {
  return (
    hebrewToDayNumber(year + 1, HEBREW_MONTH.TISHREI, 1) - hebrewToDayNumber(year, HEBREW_MONTH.TISHREI, 1)
  );
}

describe("@example", () => {
  it('hebrewMonthName(12, 5778) is "Adar"', () => {
    expect(hebrewMonthName(12, 5778)).toBe("Adar");
  });

  it("dayNumberToHebrew(736897) is 10 Av 5778", () => {
    expect(dayNumberToHebrew(736897)).toEqual({ calendar: "hebrew", year: 5778, month: 5, day: 10 });
  });
});

describe("HEBREW_MONTH and hebrewMonthName", () => {
  it("numbers the months as hebcal does", () => {
    expect(HEBREW_MONTH).toEqual({
      NISAN: 1,
      IYYAR: 2,
      SIVAN: 3,
      TAMUZ: 4,
      AV: 5,
      ELUL: 6,
      TISHREI: 7,
      CHESHVAN: 8,
      KISLEV: 9,
      TEVET: 10,
      SHVAT: 11,
      ADAR_I: 12,
      ADAR_II: 13,
    });
  });

  it.each([
    [1, 5779, "Nisan"],
    [2, 5779, "Iyyar"],
    [4, 5779, "Tamuz"],
    [5, 5779, "Av"],
    [7, 5779, "Tishrei"],
    [8, 5779, "Cheshvan"],
    [11, 5779, "Sh'vat"],
    [12, 5779, "Adar I"],
    [13, 5779, "Adar II"],
    [12, 5778, "Adar"],
    [14, 5779, ""],
    [0, 5779, ""],
  ])("month %i of %i is %j", (month, year, name) => {
    expect(hebrewMonthName(month, year)).toBe(name);
  });
});

describe("leap years and month lengths", () => {
  it.each([
    [5778, false],
    [5779, true],
    [5784, true],
    [5785, false],
    [5787, true],
    [1, false],
    [3, true],
  ])("%i leap: %s", (year, leap) => {
    expect(isHebrewLeapYear(year)).toBe(leap);
    expect(monthsInHebrewYear(year)).toBe(leap ? 13 : 12);
  });

  it("a year is leap exactly when (7y + 1) mod 19 < 7, for every supported year", () => {
    for (let year = 1; year <= 13760; year++) {
      if (isHebrewLeapYear(year) !== (7 * year + 1) % 19 < 7)
        expect({ year }).toBe("a leap-year disagreement");
    }
  });

  it.each([
    { year: 5779, month: HEBREW_MONTH.CHESHVAN, length: 30 },
    { year: 5778, month: HEBREW_MONTH.CHESHVAN, length: 29 },
    { year: 5784, month: HEBREW_MONTH.KISLEV, length: 29 },
    { year: 5779, month: HEBREW_MONTH.KISLEV, length: 30 },
    { year: 5779, month: HEBREW_MONTH.ADAR_I, length: 30 },
    { year: 5778, month: HEBREW_MONTH.ADAR_I, length: 29 },
    { year: 5779, month: HEBREW_MONTH.ADAR_II, length: 29 },
    { year: 5778, month: HEBREW_MONTH.ADAR_II, length: 0 },
  ])("month $month of $year has $length days", ({ year, month, length }) => {
    expect(daysInHebrewMonth(year, month)).toBe(length);
  });

  it("every year has 353–355 or 383–385 days, the month lengths add up, and fixed months keep their lengths", () => {
    const fixed: Record<number, number> = { 1: 30, 2: 29, 3: 30, 4: 29, 5: 30, 6: 29, 7: 30, 10: 29, 11: 30 };
    for (let year = 1; year <= 13760; year++) {
      const leap = isHebrewLeapYear(year);
      const length = yearLength(year);
      const allowed = leap ? [383, 384, 385] : [353, 354, 355];
      let sum = 0;
      for (let month = 1; month <= 13; month++) sum += daysInHebrewMonth(year, month);
      const monthsOk = Object.entries(fixed).every(
        ([month, days]) => daysInHebrewMonth(year, Number(month)) === days,
      );
      const adarOk =
        daysInHebrewMonth(year, 12) === (leap ? 30 : 29) && daysInHebrewMonth(year, 13) === (leap ? 29 : 0);
      // A deficient year shortens Kislev, a complete one lengthens Cheshvan.
      const cheshvan = daysInHebrewMonth(year, HEBREW_MONTH.CHESHVAN);
      const kislev = daysInHebrewMonth(year, HEBREW_MONTH.KISLEV);
      const kind = length % 10; // 3 deficient, 4 regular, 5 complete
      const varyingOk =
        (kind === 3 && cheshvan === 29 && kislev === 29) ||
        (kind === 4 && cheshvan === 29 && kislev === 30) ||
        (kind === 5 && cheshvan === 30 && kislev === 30);
      if (!allowed.includes(length) || sum !== length || !monthsOk || !adarOk || !varyingOk) {
        expect({ year, length, sum, monthsOk, adarOk, cheshvan, kislev }).toBe("a well-formed year");
      }
    }
  });

  it("1 Tishrei never falls on Sunday, Wednesday or Friday (lo ADU rosh)", () => {
    for (let year = 1; year <= 13761; year++) {
      const weekday = weekdayIndexOf(hebrewToDayNumber(year, HEBREW_MONTH.TISHREI, 1));
      if (weekday === 0 || weekday === 3 || weekday === 5) expect({ year, weekday }).toBe("not Sun/Wed/Fri");
    }
  });
});

// Every fixture is also checked against ICU's Hebrew calendar (test/support/icu.ts).
type Ymd = readonly [year: number, month: number, day: number];
const FIXTURES: ReadonlyArray<{ hebrew: Ymd; gregorian: Ymd; note: string }> = [
  { hebrew: [5778, 5, 10], gregorian: [2018, 7, 22], note: "the seed page's masthead" },
  { hebrew: [5779, 8, 30], gregorian: [2018, 11, 8], note: "30 Cheshvan exists in a complete year" },
  { hebrew: [5779, 9, 1], gregorian: [2018, 11, 9], note: "the day after 30 Cheshvan 5779" },
  { hebrew: [5778, 8, 29], gregorian: [2017, 11, 18], note: "last day of a 29-day Cheshvan" },
  { hebrew: [5778, 9, 1], gregorian: [2017, 11, 19], note: "so 1 Kislev follows 29 Cheshvan 5778" },
  { hebrew: [5784, 9, 29], gregorian: [2023, 12, 12], note: "last day of a 29-day Kislev" },
  { hebrew: [5784, 10, 1], gregorian: [2023, 12, 13], note: "so 1 Tevet follows 29 Kislev 5784" },
  { hebrew: [5779, 12, 1], gregorian: [2019, 2, 6], note: "1 Adar I 5779" },
  { hebrew: [5779, 13, 1], gregorian: [2019, 3, 8], note: "1 Adar II 5779" },
  { hebrew: [5778, 12, 1], gregorian: [2018, 2, 16], note: "1 Adar 5778, a common year" },
  { hebrew: [5784, 13, 14], gregorian: [2024, 3, 24], note: "Purim 5784" },
  { hebrew: [5779, 7, 1], gregorian: [2018, 9, 10], note: "Rosh Hashana 5779" },
  { hebrew: [1, 7, 1], gregorian: [-3760, 9, 7], note: "the first day of the era" },
  { hebrew: [13760, 8, 28], gregorian: [9999, 12, 31], note: "the last supported day" },
  { hebrew: [3761, 10, 18], gregorian: [1, 1, 1], note: "day 1" },
];

describe.each(FIXTURES)("$note: $hebrew = $gregorian", ({ hebrew, gregorian }) => {
  const [year, month, day] = hebrew;
  const dayNumber = gregorianToDayNumber(...gregorian);

  it("converts both ways", () => {
    expect(hebrewToDayNumber(year, month, day)).toBe(dayNumber);
    expect(dayNumberToHebrew(dayNumber)).toEqual({ calendar: "hebrew", year, month, day });
  });

  it("agrees with ICU", () => {
    expect(icuHebrew(dayNumber)).toMatchObject({ year, month, day });
  });
});

describe("days that do not exist (checked against ICU: the next day is the 1st of the next month)", () => {
  it.each([
    { year: 5778, month: HEBREW_MONTH.CHESHVAN, day: 30 },
    { year: 5784, month: HEBREW_MONTH.KISLEV, day: 30 },
    { year: 5778, month: HEBREW_MONTH.AV, day: 31 },
  ])("$day of month $month, $year", ({ year, month, day }) => {
    expect(daysInHebrewMonth(year, month)).toBe(day - 1);
    const lastDay = hebrewToDayNumber(year, month, day - 1);
    expect(icuHebrew(lastDay + 1)).toMatchObject({ year, month: month + 1, day: 1 });
    expect(dayNumberToHebrew(lastDay + 1)).toEqual({ calendar: "hebrew", year, month: month + 1, day: 1 });
  });

  it("Adar II 5778: the day after 29 Adar 5778 is 1 Nisan (ICU agrees)", () => {
    const lastAdar = hebrewToDayNumber(5778, HEBREW_MONTH.ADAR_I, 29);
    expect(icuHebrew(lastAdar)).toMatchObject({ year: 5778, monthName: "Adar", day: 29 });
    expect(icuHebrew(lastAdar + 1)).toMatchObject({ year: 5778, month: HEBREW_MONTH.NISAN, day: 1 });
    expect(dayNumberToHebrew(lastAdar + 1)).toMatchObject({ year: 5778, month: HEBREW_MONTH.NISAN, day: 1 });
  });
});

describe("properties", () => {
  const supportedDay = fc.integer({ min: MIN_DAY_NUMBER, max: MAX_DAY_NUMBER });

  it("hebrewToDayNumber inverts dayNumberToHebrew", () => {
    fc.assert(
      fc.property(supportedDay, (dayNumber) => {
        const { year, month, day } = dayNumberToHebrew(dayNumber);
        expect(hebrewToDayNumber(year, month, day)).toBe(dayNumber);
      }),
      { numRuns: 20_000 },
    );
  });

  it("consecutive day numbers give consecutive Hebrew dates (random 400-day walks)", () => {
    fc.assert(
      fc.property(fc.integer({ min: MIN_DAY_NUMBER, max: MAX_DAY_NUMBER - 400 }), (start) => {
        let previous = dayNumberToHebrew(start);
        for (let dayNumber = start + 1; dayNumber <= start + 400; dayNumber++) {
          const current = dayNumberToHebrew(dayNumber);
          const expected = nextHebrewDay(previous);
          if (
            current.year !== expected.year ||
            current.month !== expected.month ||
            current.day !== expected.day
          ) {
            expect({ dayNumber, ...current }).toEqual({ dayNumber, calendar: "hebrew", ...expected });
          }
          previous = current;
        }
      }),
      { numRuns: 300 },
    );
  });
});
