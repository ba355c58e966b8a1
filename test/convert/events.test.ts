import { readFileSync } from "node:fs";
import { join } from "node:path";
import { getHolidaysForYear_, getHolidaysOnDate } from "@hebcal/core/dist/esm/holidays";
import { HDate } from "@hebcal/hdate";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MAX_DAY_NUMBER, MIN_DAY_NUMBER } from "../../src/calendars/dayNumber.js";
import { hebrewEvents } from "../../src/convert/events.js";
import { dayNumberOfIso, icuHebrewFields } from "../support/dayNumbers.js";

/** What @hebcal/core answers for the day itself, without our cache. */
function direct(dayNumber: number, israel: boolean): string[] {
  return (getHolidaysOnDate(new HDate(dayNumber), israel) ?? []).map((event) =>
    event.render("en").replace(/[\u2018\u2019]/g, "'"),
  );
}

describe("hebrewEvents", () => {
  it("answers as getHolidaysOnDate does, for any day and either schedule", () => {
    fc.assert(
      fc.property(fc.integer({ min: MIN_DAY_NUMBER, max: MAX_DAY_NUMBER }), fc.boolean(), (day, israel) => {
        expect(hebrewEvents(day, israel)).toEqual(direct(day, israel));
      }),
      { numRuns: 3000 },
    );
  });

  it.each([
    [5784, "a leap year"],
    [3761, "the year across day 0, whose day numbers are negative, then positive"],
  ])("answers as getHolidaysOnDate does on every day of %i (%s), in both schedules", (year) => {
    const first = new HDate(1, 7, year).abs();
    const last = new HDate(1, 7, year + 1).abs();
    for (let day = first; day < last; day++) {
      for (const israel of [false, true]) {
        const ours = hebrewEvents(day, israel);
        if (JSON.stringify(ours) !== JSON.stringify(direct(day, israel)))
          expect({ day, israel, ours }).toEqual({ day, israel, ours: direct(day, israel) });
      }
    }
  });

  it("tells the schedules apart and keeps @hebcal/core's order", () => {
    const pesachVIII = new HDate(22, 1, 5784).abs();
    expect(hebrewEvents(pesachVIII, false)).toContain("Pesach VIII");
    expect(hebrewEvents(pesachVIII, true)).not.toContain("Pesach VIII");
    // Erev Tish'a B'Av first, as @hebcal/core lists an erev before the day's other events.
    expect(hebrewEvents(new HDate(8, 5, 5784).abs(), false)[0]).toBe("Erev Tish'a B'Av");
  });

  it("gives each caller its own array", () => {
    const day = new HDate(9, 5, 5784).abs();
    const first = hebrewEvents(day, false);
    first.push("changed");
    expect(hebrewEvents(day, false)).not.toContain("changed");
  });

  it("still answers after more years than it keeps", () => {
    for (let year = 5000; year < 5600; year++) hebrewEvents(new HDate(1, 7, year).abs(), false);
    expect(hebrewEvents(new HDate(1, 7, 5000).abs(), false)).toEqual(
      direct(new HDate(1, 7, 5000).abs(), false),
    );
  });
});

// scripts/generate-holidays.mjs and test/calendars/holidayTable.test.ts read a private module of
// @hebcal/core (src/ reads the tables it generated), which any release may move: the
// dependency is pinned to one version, and these fail when the pin and the install part, or when the
// function no longer answers as it did.
describe("the private @hebcal/core function the holiday tables come from", () => {
  const ROOT = join(import.meta.dirname, "../..");
  const readJson = (path: string) => JSON.parse(readFileSync(join(ROOT, path), "utf8"));

  it("is from the exact version package.json pins", () => {
    const pinned: string = readJson("package.json").dependencies["@hebcal/core"];
    expect(pinned).toMatch(/^\d+\.\d+\.\d+$/);
    expect(readJson("node_modules/@hebcal/core/package.json").version).toBe(pinned);
    expect(readJson("package-lock.json").packages["node_modules/@hebcal/core"].version).toBe(pinned);
  });

  it("getHolidaysForYear_ gives a year's holidays by day (5778; the days are ICU's, by day number)", () => {
    expect(typeof getHolidaysForYear_).toBe("function");
    const year = getHolidaysForYear_(5778);
    expect(year).toBeInstanceOf(Map);
    const on = (key: string) =>
      (year.get(key) ?? []).map((event) => [event.getDesc(), event.getDate().abs()]);
    expect(on("1 Tishrei 5778")).toEqual([["Rosh Hashana 5778", dayNumberOfIso("2017-09-21")]]);
    expect(on("10 Tishrei 5778")).toEqual([["Yom Kippur", dayNumberOfIso("2017-09-30")]]);
    expect(on("14 Adar 5778")).toEqual([["Purim", dayNumberOfIso("2018-03-01")]]);
    // The keys name the Hebrew day; ICU agrees that each civil day is that Hebrew day.
    expect(icuHebrewFields(dayNumberOfIso("2017-09-30"))).toEqual({ year: 5778, month: 7, day: 10 });
    expect(icuHebrewFields(dayNumberOfIso("2018-07-22"))).toEqual({ year: 5778, month: 5, day: 10 });
    expect(on("10 Av 5778")).toEqual([["Tish'a B'Av (observed)", dayNumberOfIso("2018-07-22")]]);
  });
});
