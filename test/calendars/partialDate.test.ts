import { describe, expect, it } from "vitest";
import { monthInYear, yearFromWeekday, yearNearest } from "../../src/calendars/partialDate.js";
import { PLAIN_ADAR } from "../../src/calendars/plainAdar.js";
import {
  dayNumberOfGregorian,
  dayNumberOfIso,
  icuHebrewFields,
  weekdayOfDayNumber,
} from "../support/dayNumbers.js";

describe("yearNearest", () => {
  it("July 22 nearest 2018-07-22 is in 2018 (the documented example)", () => {
    expect(yearNearest({ calendar: "gregorian", month: 7, day: 22 }, 736897)).toEqual({
      year: 2018,
      month: 7,
      dayNumber: dayNumberOfIso("2018-07-22"),
    });
  });

  it("10 Av nearest 2018-07-22 is 10 Av 5778", () => {
    expect(yearNearest({ calendar: "hebrew", month: 5, day: 10 }, dayNumberOfIso("2018-07-22"))?.year).toBe(
      5778,
    );
  });

  it("January 1 nearest a December 31 is the next day", () => {
    expect(yearNearest({ calendar: "gregorian", month: 1, day: 1 }, dayNumberOfIso("2026-12-31"))?.year).toBe(
      2027,
    );
  });

  it("February 29 skips years that have none", () => {
    const choice = yearNearest({ calendar: "gregorian", month: 2, day: 29 }, dayNumberOfIso("2025-03-01"));
    expect(choice?.dayNumber).toBe(dayNumberOfIso("2024-02-29"));
  });

  it("30 Cheshvan nearest a year whose Cheshvan is short takes a year that has it (ICU agrees)", () => {
    const choice = yearNearest({ calendar: "hebrew", month: 8, day: 30 }, dayNumberOfIso("2017-11-18"));
    expect(choice).toBeDefined();
    expect(icuHebrewFields(choice!.dayNumber)).toMatchObject({ month: 8, day: 30, year: choice!.year });
  });
});

describe("yearFromWeekday", () => {
  it("July 22 on a Sunday nearest 2018-11-02 is 2018 (the documented example)", () => {
    expect(dayNumberOfIso("2018-11-02")).toBe(737000);
    expect(yearFromWeekday({ calendar: "gregorian", month: 7, day: 22 }, 0, 737000)?.year).toBe(2018);
  });

  it("nearest 2024-04-24 it is 2029, not 2018: 2029-07-22 is the nearer Sunday", () => {
    expect(dayNumberOfIso("2024-04-24")).toBe(739000);
    expect(yearFromWeekday({ calendar: "gregorian", month: 7, day: 22 }, 0, 739000)?.year).toBe(2029);
  });

  it("matches a brute-force search through Date", () => {
    const reference = dayNumberOfIso("2026-11-24");
    for (let weekday = 0; weekday < 7; weekday++) {
      let best: number | undefined;
      for (let year = 1900; year <= 2150; year++) {
        const day = dayNumberOfGregorian(year, 2, 29);
        if (new Date(Date.UTC(year, 1, 29)).getUTCMonth() !== 1 || weekdayOfDayNumber(day) !== weekday)
          continue;
        if (best === undefined || Math.abs(day - reference) < Math.abs(best - reference)) best = day;
      }
      expect(
        yearFromWeekday({ calendar: "gregorian", month: 2, day: 29 }, weekday, reference)?.dayNumber,
      ).toBe(best);
    }
  });
});

describe("monthInYear", () => {
  it("plain Adar is Adar I (12) in a common year and Adar II (13) in a leap year", () => {
    expect(monthInYear({ calendar: "hebrew", month: PLAIN_ADAR, day: 14 }, 5778)).toBe(12);
    expect(monthInYear({ calendar: "hebrew", month: PLAIN_ADAR, day: 14 }, 5779)).toBe(13);
    expect(monthInYear({ calendar: "hebrew", month: 5, day: 10 }, 5779)).toBe(5);
    expect(monthInYear({ calendar: "gregorian", month: 3, day: 1 }, 2019)).toBe(3);
  });
});

describe("yearNearest: Old Style dates", () => {
  it("counts the year of a date marked O.S. in the Julian calendar", () => {
    // 25 December 1750 O.S. is 5 January 1751 in the Gregorian calendar.
    const target = dayNumberOfIso("1751-01-05");
    expect(yearNearest({ calendar: "gregorian", month: 12, day: 25, oldStyle: true }, target)).toEqual({
      year: 1750,
      month: 12,
      dayNumber: target,
    });
    expect(yearNearest({ calendar: "gregorian", month: 12, day: 25 }, target)?.year).toBe(1750);
    expect(yearNearest({ calendar: "gregorian", month: 12, day: 25 }, target)?.dayNumber).toBe(target - 11);
  });
});
