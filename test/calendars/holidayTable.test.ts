import { getHolidaysForYear_ } from "@hebcal/core/dist/esm/holidays";
import { describe, expect, it, vi } from "vitest";
import {
  FIRST_TABLE_YEAR,
  type HolidayRow,
  holidayNamesOn,
  holidayRowsOf,
  LAST_TABLE_YEAR,
} from "../../src/calendars/holidayTable.js";

/** @hebcal/core's own table of a year, in its order within each day. */
function theirs(year: number): HolidayRow[] {
  const rows: HolidayRow[] = [];
  for (const events of getHolidaysForYear_(year).values()) {
    for (const event of events) {
      rows.push({
        dayNumber: event.getDate().abs(),
        name: event.getDesc(),
        chag: (event.getFlags() & 1) !== 0,
        israel: event.observedInIsrael(),
        diaspora: event.observedInDiaspora(),
      });
    }
  }
  // Stable: within a day, @hebcal/core's order stays.
  return rows.sort((a, b) => a.dayNumber - b.dayNumber);
}

/** Years in blocks, so that each block is one test of a few seconds at most. */
const BLOCK = 1000;
const blocks: Array<[number, number]> = [];
for (let from = FIRST_TABLE_YEAR; from <= LAST_TABLE_YEAR; from += BLOCK)
  blocks.push([from, Math.min(LAST_TABLE_YEAR, from + BLOCK - 1)]);

describe("holidayRowsOf", () => {
  it.each(blocks)(
    "equals @hebcal/core's table in every year from %i to %i",
    (from, to) => {
      const differing: number[] = [];
      for (let year = from; year <= to; year++) {
        if (JSON.stringify(holidayRowsOf(year)) !== JSON.stringify(theirs(year))) differing.push(year);
      }
      expect(differing).toEqual([]);
    },
    60_000,
  );

  it("writes Rosh Hashanah's year and knows the modern days only from their first year", () => {
    expect(holidayRowsOf(5779).find((row) => row.name.startsWith("Rosh Hashana "))?.name).toBe(
      "Rosh Hashana 5779",
    );
    expect(holidayRowsOf(5707).some((row) => row.name === "Yom HaAtzma'ut")).toBe(false);
    expect(holidayRowsOf(5708).some((row) => row.name === "Yom HaAtzma'ut")).toBe(true);
  });

  it("has nothing outside the supported range", () => {
    expect(holidayRowsOf(0)).toEqual([]);
    expect(holidayRowsOf(LAST_TABLE_YEAR + 1)).toEqual([]);
    expect(holidayRowsOf(5778.5)).toEqual([]);
  });
});

describe("holidayNamesOn", () => {
  it("gives one day's names for each schedule, as the year's rows do", () => {
    for (const year of [5778, 5779, 5784, 1, LAST_TABLE_YEAR]) {
      const rows = holidayRowsOf(year);
      for (const israel of [false, true]) {
        const days = new Map<number, string[]>();
        for (const row of rows) {
          if (!(israel ? row.israel : row.diaspora)) continue;
          days.set(row.dayNumber, [...(days.get(row.dayNumber) ?? []), row.name]);
        }
        for (const [dayNumber, names] of days) expect(holidayNamesOn(year, dayNumber, israel)).toEqual(names);
      }
    }
    // 10 Av 5778, Tish'a B'Av kept on Sunday; 11 Av has nothing.
    expect(holidayNamesOn(5778, 736897, false)).toEqual(["Tish'a B'Av (observed)"]);
    expect(holidayNamesOn(5778, 736898, false)).toEqual([]);
    expect(holidayNamesOn(0, 0, false)).toEqual([]);
  });
});

describe("holidayTableWork", () => {
  it("unpacks one kind of year for one day, and builds one table per kind and era, not per year", async () => {
    vi.resetModules();
    const fresh = await import("../../src/calendars/holidayTable.js");
    expect(fresh.holidayTableWork()).toEqual({ kindsUnpacked: 0, tablesBuilt: 0 });
    fresh.holidayNamesOn(5778, 736897, false);
    expect(fresh.holidayTableWork()).toEqual({ kindsUnpacked: 1, tablesBuilt: 1 });
    // Every year of 5600–5999, in both schedules.
    for (let year = 5600; year < 6000; year++) {
      fresh.holidayRowsOf(year);
      fresh.holidayNamesOn(year, 0, true);
    }
    const work = fresh.holidayTableWork();
    expect(work.kindsUnpacked).toBe(14);
    // 400 years share about a hundred tables: each modern day began in its own year, and Birkat
    // Hachamah (every 28 years) makes a year unlike the others of its kind.
    expect(work.tablesBuilt).toBeLessThan(400 / 3);
  });
});
