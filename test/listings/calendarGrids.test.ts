import { describe, expect, it } from "vitest";
import { calendarGrids } from "../../src/listings/calendarGrids.js";
import { daysBetween } from "../../src/listings/daysBetween.js";
import { dateErrorCode } from "../support/dateErrors.js";

const names = (grids: ReturnType<typeof calendarGrids>) => grids.map((grid) => `${grid.name} ${grid.year}`);

describe("calendarGrids", () => {
  it("the @example: 5778 starts with Tishrei", () => {
    expect(calendarGrids("5778").map((grid) => grid.name)[0]).toBe("Tishrei");
  });

  it("a Gregorian year is January to December", () => {
    const grids = calendarGrids("2018");
    expect(grids.map((grid) => grid.month)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(new Set(grids.map((grid) => grid.calendar))).toEqual(new Set(["gregorian"]));
  });

  it("a common Hebrew year is Tishrei to Elul with one Adar; a leap year has Adar I and Adar II", () => {
    expect(names(calendarGrids("5778"))).toEqual(
      [
        "Tishrei",
        "Cheshvan",
        "Kislev",
        "Tevet",
        "Sh'vat",
        "Adar",
        "Nisan",
        "Iyyar",
        "Sivan",
        "Tamuz",
        "Av",
        "Elul",
      ].map((name) => `${name} 5778`),
    );
    const leap = calendarGrids({ calendar: "hebrew", year: 5779 });
    expect(leap.map((grid) => grid.month)).toEqual([7, 8, 9, 10, 11, 12, 13, 1, 2, 3, 4, 5, 6]);
    expect(leap[5]!.name).toBe("Adar I");
    expect(leap[6]!.name).toBe("Adar II");
  });

  it("a whole Hebrew year's grids run day after day, 354 days for 5778", () => {
    const days = calendarGrids("5778").flatMap((grid) => grid.weeks.flat().filter((cell) => cell !== null));
    expect(days).toHaveLength(354);
    days.forEach((day, index) => {
      if (index > 0) expect(day!.dayNumber).toBe(days[index - 1]!.dayNumber + 1);
    });
  });

  it("one month, read or given, with the schedule", () => {
    expect(names(calendarGrids("Av 5778"))).toEqual(["Av 5778"]);
    expect(names(calendarGrids({ calendar: "gregorian", year: 2018, month: 7 }))).toEqual(["July 2018"]);
    const israel = calendarGrids("4 2018", { israel: true })[0]!;
    expect(israel.eventDays.flatMap((day) => day.events.map((event) => event.name))).not.toContain(
      "Pesach VIII",
    );
  });

  it("reads a month without a year near the reference", () => {
    expect(names(calendarGrids("Av", { reference: "2018-06-01" }))).toEqual(["Av 5778"]);
  });

  it("passes the reader's errors on", () => {
    expect(dateErrorCode(() => calendarGrids("Adar II 5778"))).toBe("not-a-leap-year");
  });
});

describe("the README's examples of grids and day lists", () => {
  it("give what the README says", () => {
    expect(calendarGrids("Av 5778")[0]!.weeks[0]![5]!.hebrew.text).toBe("1 Av 5778");
    expect(calendarGrids("5779")).toHaveLength(13);
    const events = [...daysBetween("1 Av 5778", "30 Av 5778")].map((day) => day.events);
    expect(events[0]).toEqual([{ name: "Rosh Chodesh Av", kind: "rosh-chodesh" }]);
    expect(events).toHaveLength(30);
  });
});
