import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MAX_DAY_NUMBER, MIN_DAY_NUMBER } from "../../src/calendars/dayNumber.js";
import { dayNumberToGregorian, gregorianToDayNumber } from "../../src/calendars/gregorian.js";
import { dayNumberToHebrew } from "../../src/calendars/hebrew.js";
import { dayNumberToJulian } from "../../src/calendars/julian.js";
import {
  dayNumberStrict,
  gregorianDayNumberStrict,
  gregorianMonthName,
  hebrewDayNumberStrict,
  julianDayNumberStrict,
} from "../../src/calendars/validate.js";
import { DateError, isDateError } from "../../src/errors.js";
import type { CalendarDate } from "../../src/types.js";
import { catchDateError, dateErrorCode } from "../support/dateErrors.js";

const gregorian = (year: number, month: number, day: number): CalendarDate => ({
  calendar: "gregorian",
  year,
  month,
  day,
});
const hebrew = (year: number, month: number, day: number): CalendarDate => ({
  calendar: "hebrew",
  year,
  month,
  day,
});

describe("@example", () => {
  it("gregorianDayNumberStrict of 2018-07-22 is 736897", () => {
    expect(gregorianDayNumberStrict({ calendar: "gregorian", year: 2018, month: 7, day: 22 })).toBe(736897);
  });

  it("hebrewDayNumberStrict of 10 Av 5778 is 736897", () => {
    expect(hebrewDayNumberStrict({ calendar: "hebrew", year: 5778, month: 5, day: 10 })).toBe(736897);
  });

  it("julianDayNumberStrict of 1582-10-05 (Old Style) is 577736", () => {
    expect(julianDayNumberStrict({ calendar: "gregorian", year: 1582, month: 10, day: 5 })).toBe(577736);
  });

  it("dayNumberStrict of 10 Av 5778 is 736897", () => {
    expect(dayNumberStrict({ calendar: "hebrew", year: 5778, month: 5, day: 10 })).toBe(736897);
  });
});

describe("gregorianMonthName", () => {
  it.each([
    [1, "January"],
    [2, "February"],
    [12, "December"],
    [13, "13"],
    [0, "0"],
  ])("%i → %s", (month, name) => {
    expect(gregorianMonthName(month)).toBe(name);
  });
});

describe("valid edges are accepted", () => {
  it.each([
    [
      "29 February 2000",
      () => gregorianDayNumberStrict(gregorian(2000, 2, 29)),
      gregorianToDayNumber(2000, 2, 29),
    ],
    [
      "29 February 2024",
      () => gregorianDayNumberStrict(gregorian(2024, 2, 29)),
      gregorianToDayNumber(2024, 2, 29),
    ],
    ["9999-12-31", () => gregorianDayNumberStrict(gregorian(9999, 12, 31)), MAX_DAY_NUMBER],
    ["-3760-09-07, 1 Tishrei 1", () => gregorianDayNumberStrict(gregorian(-3760, 9, 7)), MIN_DAY_NUMBER],
    ["1 Tishrei 1", () => hebrewDayNumberStrict(hebrew(1, 7, 1)), MIN_DAY_NUMBER],
    ["28 Cheshvan 13760", () => hebrewDayNumberStrict(hebrew(13760, 8, 28)), MAX_DAY_NUMBER],
    ["30 Cheshvan 5779", () => hebrewDayNumberStrict(hebrew(5779, 8, 30)), gregorianToDayNumber(2018, 11, 8)],
    ["1 Adar I 5779", () => hebrewDayNumberStrict(hebrew(5779, 12, 1)), gregorianToDayNumber(2019, 2, 6)],
    ["1 Adar II 5779", () => hebrewDayNumberStrict(hebrew(5779, 13, 1)), gregorianToDayNumber(2019, 3, 8)],
    ["1 Adar 5778", () => hebrewDayNumberStrict(hebrew(5778, 12, 1)), gregorianToDayNumber(2018, 2, 16)],
    [
      "29 February 1900 (Old Style)",
      () => julianDayNumberStrict(gregorian(1900, 2, 29)),
      gregorianToDayNumber(1900, 3, 13),
    ],
    [
      "1 March 1900 (Old Style)",
      () => julianDayNumberStrict(gregorian(1900, 3, 1)),
      gregorianToDayNumber(1900, 3, 14),
    ],
  ])("%s", (_, call, dayNumber) => {
    expect(call()).toBe(dayNumber);
  });

  it("dayNumberStrict reads Gregorian fields as Julian only with oldStyle", () => {
    expect(dayNumberStrict(gregorian(1900, 3, 1))).toBe(gregorianToDayNumber(1900, 3, 1));
    expect(dayNumberStrict(gregorian(1900, 3, 1), { oldStyle: true })).toBe(
      gregorianToDayNumber(1900, 3, 14),
    );
    expect(dateErrorCode(() => dayNumberStrict(gregorian(1900, 2, 29)))).toBe("day-out-of-range");
    expect(dayNumberStrict(hebrew(5778, 5, 10), { oldStyle: true })).toBe(736897);
  });
});

describe("every error code the validators raise", () => {
  const validators = {
    gregorian: (year: number, month: number, day: number) =>
      gregorianDayNumberStrict(gregorian(year, month, day)),
    julian: (year: number, month: number, day: number) => julianDayNumberStrict(gregorian(year, month, day)),
    hebrew: (year: number, month: number, day: number) => hebrewDayNumberStrict(hebrew(year, month, day)),
  };
  type Kind = keyof typeof validators;
  const cases: Array<[string, Kind, number, number, number, string]> = [
    // unreadable: fields that are not whole numbers
    ["a fractional day", "gregorian", 2018, 7, 22.5, "unreadable"],
    ["a NaN month", "gregorian", 2018, Number.NaN, 22, "unreadable"],
    ["an infinite year", "gregorian", Number.POSITIVE_INFINITY, 7, 22, "unreadable"],
    ["an unsafe integer year", "gregorian", 2 ** 53, 7, 22, "unreadable"],
    ["a fractional Hebrew month", "hebrew", 5778, 5.5, 10, "unreadable"],
    ["a NaN Hebrew year", "hebrew", Number.NaN, 5, 10, "unreadable"],
    ["a fractional Julian day", "julian", 1900, 3, 1.25, "unreadable"],
    // month-out-of-range
    ["Gregorian month 13", "gregorian", 2018, 13, 1, "month-out-of-range"],
    ["Gregorian month 0", "gregorian", 2018, 0, 1, "month-out-of-range"],
    ["Gregorian month -1", "gregorian", 2018, -1, 1, "month-out-of-range"],
    ["Hebrew month 14", "hebrew", 5779, 14, 1, "month-out-of-range"],
    ["Hebrew month 0", "hebrew", 5779, 0, 1, "month-out-of-range"],
    ["Julian month 13", "julian", 1900, 13, 1, "month-out-of-range"],
    // day-out-of-range
    ["30 February 2024", "gregorian", 2024, 2, 30, "day-out-of-range"],
    ["29 February 2023", "gregorian", 2023, 2, 29, "day-out-of-range"],
    ["29 February 1900", "gregorian", 1900, 2, 29, "day-out-of-range"],
    ["29 February 2100", "gregorian", 2100, 2, 29, "day-out-of-range"],
    ["31 April 2018", "gregorian", 2018, 4, 31, "day-out-of-range"],
    ["day 0", "gregorian", 2018, 7, 0, "day-out-of-range"],
    ["day -1", "gregorian", 2018, 7, -1, "day-out-of-range"],
    ["32 January", "gregorian", 2018, 1, 32, "day-out-of-range"],
    ["30 Cheshvan 5778", "hebrew", 5778, 8, 30, "day-out-of-range"],
    ["30 Kislev 5784", "hebrew", 5784, 9, 30, "day-out-of-range"],
    ["40 Av 5778", "hebrew", 5778, 5, 40, "day-out-of-range"],
    ["31 Av 5778", "hebrew", 5778, 5, 31, "day-out-of-range"],
    ["30 Adar 5778 (common year)", "hebrew", 5778, 12, 30, "day-out-of-range"],
    ["30 Adar II 5779", "hebrew", 5779, 13, 30, "day-out-of-range"],
    ["0 Av 5778", "hebrew", 5778, 5, 0, "day-out-of-range"],
    ["29 February 1901 (Old Style)", "julian", 1901, 2, 29, "day-out-of-range"],
    ["30 February 1900 (Old Style)", "julian", 1900, 2, 30, "day-out-of-range"],
    ["0 March 1900 (Old Style)", "julian", 1900, 3, 0, "day-out-of-range"],
    // not-a-leap-year, checked before the day (so 40 Adar II 5778 names the missing month)
    ["Adar II 5778", "hebrew", 5778, 13, 1, "not-a-leap-year"],
    ["40 Adar II 5778", "hebrew", 5778, 13, 40, "not-a-leap-year"],
    ["Adar II 5785", "hebrew", 5785, 13, 1, "not-a-leap-year"],
    // year-out-of-range
    ["Hebrew year 0", "hebrew", 0, 7, 1, "year-out-of-range"],
    ["Hebrew year -1", "hebrew", -1, 7, 1, "year-out-of-range"],
    ["Hebrew year 13761", "hebrew", 13761, 7, 1, "year-out-of-range"],
    ["29 Cheshvan 13760, the day after 9999-12-31", "hebrew", 13760, 8, 29, "year-out-of-range"],
    ["Elul 13760", "hebrew", 13760, 6, 1, "year-out-of-range"],
    ["Gregorian year 10000", "gregorian", 10000, 1, 1, "year-out-of-range"],
    ["Gregorian year -3761", "gregorian", -3761, 12, 31, "year-out-of-range"],
    ["-3760-09-06, the day before 1 Tishrei 1", "gregorian", -3760, 9, 6, "year-out-of-range"],
    ["-3760-01-01", "gregorian", -3760, 1, 1, "year-out-of-range"],
    ["Julian 9999-12-31, which is past Gregorian 9999-12-31", "julian", 9999, 12, 31, "year-out-of-range"],
    ["Julian year 10000", "julian", 10000, 1, 1, "year-out-of-range"],
    ["Julian -3760-09-06", "julian", -3760, 9, 6, "year-out-of-range"],
  ];

  it.each(cases)("%s (%s) → %s", (_, kind, year, month, day, code) => {
    expect(dateErrorCode(() => validators[kind](year, month, day))).toBe(code);
  });

  it("a field that is not a number at all is unreadable", () => {
    const date = { calendar: "gregorian", year: "2018", month: 7, day: 22 } as unknown as CalendarDate;
    expect(dateErrorCode(() => gregorianDayNumberStrict(date))).toBe("unreadable");
    expect(dateErrorCode(() => hebrewDayNumberStrict({ ...date, calendar: "hebrew" }))).toBe("unreadable");
  });

  it("the thrown error is a DateError and an Error, carries the input, and has no suggestions", () => {
    const input = { source: "caller's own object" };
    const error = catchDateError(() => hebrewDayNumberStrict(hebrew(5778, 8, 30), input));
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe("DateError");
    expect(isDateError(error)).toBe(true);
    expect(error.input).toBe(input);
    expect(error.suggestions).toEqual([]);
    expect(error.toJSON()).toEqual({ code: "day-out-of-range", message: error.message });
    const ownInput = hebrew(5778, 8, 30);
    expect(catchDateError(() => hebrewDayNumberStrict(ownInput)).input).toBe(ownInput);
  });

  it("the Julian names of the first and last supported days are accepted, the day after the last is not", () => {
    const first = dayNumberToJulian(MIN_DAY_NUMBER);
    expect(julianDayNumberStrict(gregorian(first.year, first.month, first.day))).toBe(MIN_DAY_NUMBER);
    const last = dayNumberToJulian(MAX_DAY_NUMBER);
    expect(julianDayNumberStrict(gregorian(last.year, last.month, last.day))).toBe(MAX_DAY_NUMBER);
    const afterLast = dayNumberToJulian(MAX_DAY_NUMBER + 1);
    expect(
      dateErrorCode(() => julianDayNumberStrict(gregorian(afterLast.year, afterLast.month, afterLast.day))),
    ).toBe("year-out-of-range");
  });
});

describe("properties", () => {
  const supportedDay = fc.integer({ min: MIN_DAY_NUMBER, max: MAX_DAY_NUMBER });

  it("every supported day is accepted in all three calendars", () => {
    fc.assert(
      fc.property(supportedDay, (dayNumber) => {
        const g = dayNumberToGregorian(dayNumber);
        const h = dayNumberToHebrew(dayNumber);
        const j = dayNumberToJulian(dayNumber);
        expect(gregorianDayNumberStrict(g)).toBe(dayNumber);
        expect(hebrewDayNumberStrict(h)).toBe(dayNumber);
        expect(julianDayNumberStrict(gregorian(j.year, j.month, j.day))).toBe(dayNumber);
      }),
      { numRuns: 10_000 },
    );
  });

  it("never rolls over: any integer fields either name exactly that day or throw a DateError", () => {
    const fields = fc.record({
      year: fc.integer({ min: -4000, max: 14000 }),
      month: fc.integer({ min: -1, max: 15 }),
      day: fc.integer({ min: -1, max: 42 }),
    });
    fc.assert(
      fc.property(fields, ({ year, month, day }) => {
        const attempts: Array<[() => number, (n: number) => { year: number; month: number; day: number }]> = [
          [() => gregorianDayNumberStrict(gregorian(year, month, day)), dayNumberToGregorian],
          [() => hebrewDayNumberStrict(hebrew(year, month, day)), dayNumberToHebrew],
          [() => julianDayNumberStrict(gregorian(year, month, day)), dayNumberToJulian],
        ];
        for (const [strict, toFields] of attempts) {
          let dayNumber: number;
          try {
            dayNumber = strict();
          } catch (error) {
            expect(error).toBeInstanceOf(DateError);
            continue;
          }
          expect(toFields(dayNumber)).toMatchObject({ year, month, day });
        }
      }),
      { numRuns: 20_000 },
    );
  });
});
