import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { weekdayIndexOf } from "../../src/calendars/dayNumber.js";
import { gregorianToDayNumber } from "../../src/calendars/gregorian.js";
import { monthsInHebrewYear } from "../../src/calendars/hebrew.js";
import type { CalendarDay } from "../../src/listings/calendarDay.js";
import { monthGrid } from "../../src/listings/monthGrid.js";
import { dateErrorCode } from "../support/dateErrors.js";
import { icuGregorian, icuHebrew } from "../support/icu.js";

const cells = (grid: ReturnType<typeof monthGrid>): CalendarDay[] =>
  grid.weeks.flat().filter((cell): cell is CalendarDay => cell !== null);

/** What ICU says of every cell, against what the cell holds; the weekday column; the days in a run. */
function checkAgainstIcu(grid: ReturnType<typeof monthGrid>): void {
  const days = cells(grid);
  for (const [index, day] of days.entries()) {
    const icu = icuHebrew(day.dayNumber);
    expect({ year: day.hebrew.year, month: day.hebrew.monthNumber, day: day.hebrew.day }).toEqual({
      year: icu.year,
      month: icu.month,
      day: icu.day,
    });
    expect({ year: day.gregorian.year, month: day.gregorian.month, day: day.gregorian.day }).toEqual(
      icuGregorian(day.dayNumber),
    );
    if (index > 0) expect(day.dayNumber).toBe(days[index - 1]!.dayNumber + 1);
  }
  for (const week of grid.weeks) {
    expect(week).toHaveLength(7);
    week.forEach((cell, column) => {
      if (cell !== null) expect(weekdayIndexOf(cell.dayNumber)).toBe(column);
    });
  }
  // The first and last rows hold a day; the cells are the month's days and only those.
  expect(grid.weeks[0]!.some((cell) => cell !== null)).toBe(true);
  expect(grid.weeks.at(-1)!.some((cell) => cell !== null)).toBe(true);
  const own = (day: CalendarDay) =>
    grid.calendar === "gregorian"
      ? [day.gregorian.year, day.gregorian.month, day.gregorian.day]
      : [day.hebrew.year, day.hebrew.monthNumber, day.hebrew.day];
  expect(own(days[0]!)).toEqual([grid.year, grid.month, 1]);
  expect(own(days.at(-1)!).slice(0, 2)).toEqual([grid.year, grid.month]);
  expect(own(days.at(-1)!)[2]).toBe(days.length);
  expect(own(icuNext(days.at(-1)!))[2]).toBe(1);
  expect(grid.eventDays).toEqual(days.filter((day) => day.events.length > 0));
}

/** The day after a cell, as ICU has it, in the cell's shape (to see that the month ended). */
function icuNext(day: CalendarDay): CalendarDay {
  const hebrew = icuHebrew(day.dayNumber + 1);
  const gregorian = icuGregorian(day.dayNumber + 1);
  return {
    ...day,
    gregorian: { ...day.gregorian, ...gregorian },
    hebrew: { ...day.hebrew, year: hebrew.year, monthNumber: hebrew.month, day: hebrew.day },
  };
}

describe("monthGrid", () => {
  it("the @example: July 2018", () => {
    expect(monthGrid({ calendar: "gregorian", year: 2018, month: 7 }).title).toBe(
      "July 2018 · Tamuz–Av 5778",
    );
  });

  it.each([
    [{ calendar: "gregorian", year: 2018, month: 9 }, "September 2018 · Elul 5778–Tishrei 5779"],
    [{ calendar: "gregorian", year: 2018, month: 8 }, "August 2018 · Av–Elul 5778"],
    [{ calendar: "hebrew", year: 5778, month: 5 }, "Av 5778 · July–August 2018"],
    [{ calendar: "hebrew", year: 5779, month: 10 }, "Tevet 5779 · December 2018–January 2019"],
    [{ calendar: "hebrew", year: 5779, month: 12 }, "Adar I 5779 · February–March 2019"],
    [{ calendar: "hebrew", year: 5778, month: 12 }, "Adar 5778 · February–March 2018"],
    // 1 Tishrei 5780 fell on 30 September 2019: the month is one Gregorian day, then October.
    [{ calendar: "hebrew", year: 5780, month: 7 }, "Tishrei 5780 · September–October 2019"],
  ] as const)("%o is titled %s", (month, title) => {
    expect(monthGrid(month).title).toBe(title);
  });

  it("July 2018: five weeks, starting on Sunday the 1st (18 Tamuz), its events listed", () => {
    const grid = monthGrid({ calendar: "gregorian", year: 2018, month: 7 });
    expect(grid.weeks).toHaveLength(5);
    expect(grid.weeks[0]![0]!.hebrew.text).toBe("18 Tamuz 5778");
    expect(grid.weeks[4]!.slice(3)).toEqual([null, null, null, null]);
    expect(grid.otherMonths.map((month) => month.name)).toEqual(["Tamuz", "Av"]);
    expect(grid.eventDays.map((day) => day.gregorian.day)).toEqual([1, 12, 13, 21, 22, 27, 28]);
    checkAgainstIcu(grid);
  });

  it("Av 5778 runs from 1 Av (Friday 13 July) to 30 Av (Saturday 11 August)", () => {
    const grid = monthGrid({ calendar: "hebrew", year: 5778, month: 5 });
    const days = cells(grid);
    expect(days[0]!.gregorian.iso).toBe("2018-07-13");
    expect(days.at(-1)!.gregorian.iso).toBe("2018-08-11");
    expect(grid.weeks[0]!.slice(0, 5)).toEqual([null, null, null, null, null]);
    checkAgainstIcu(grid);
  });

  it("February 2015 (28 days from a Sunday) is exactly four weeks", () => {
    expect(monthGrid({ calendar: "gregorian", year: 2015, month: 2 }).weeks).toHaveLength(4);
  });

  it("marks holidays by the schedule: Pesach VIII (7 April 2018) in the diaspora only", () => {
    const names = (israel: boolean) =>
      monthGrid({ calendar: "gregorian", year: 2018, month: 4 }, { israel }).eventDays.flatMap((day) =>
        day.events.map((event) => event.name),
      );
    expect(names(false)).toContain("Pesach VIII");
    expect(names(true)).not.toContain("Pesach VIII");
  });

  it.each([
    [{ calendar: "hebrew", year: 5778, month: 13 }, "not-a-leap-year"],
    [{ calendar: "gregorian", year: 2018, month: 13 }, "month-out-of-range"],
    [{ calendar: "hebrew", year: 5778, month: 14 }, "month-out-of-range"],
    [{ calendar: "hebrew", year: 13760, month: 8 }, "year-out-of-range"],
    [{ calendar: "gregorian", year: -3760, month: 9 }, "year-out-of-range"],
  ] as const)("%o throws %s", (month, code) => {
    expect(dateErrorCode(() => monthGrid(month))).toBe(code);
  });

  it("every cell of random Gregorian months of 1800–2200 is ICU's day, in its weekday's column", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1800, max: 2200 }), fc.integer({ min: 1, max: 12 }), (year, month) => {
        checkAgainstIcu(monthGrid({ calendar: "gregorian", year, month }));
      }),
      { numRuns: 150 },
    );
  });

  it("every cell of random Hebrew months of 5560–5960 is ICU's day, in its weekday's column", () => {
    fc.assert(
      fc.property(fc.integer({ min: 5560, max: 5960 }), fc.integer({ min: 1, max: 13 }), (year, wanted) => {
        const month = wanted === 13 && monthsInHebrewYear(year) === 12 ? 12 : wanted;
        checkAgainstIcu(monthGrid({ calendar: "hebrew", year, month }));
      }),
      { numRuns: 150 },
    );
  });

  it("the first cell of a month is its first day: 1 January 2000 was a Saturday", () => {
    const grid = monthGrid({ calendar: "gregorian", year: 2000, month: 1 });
    expect(grid.weeks[0]![6]!.dayNumber).toBe(gregorianToDayNumber(2000, 1, 1));
  });
});
