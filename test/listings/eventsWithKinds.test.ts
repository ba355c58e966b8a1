import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { MAX_DAY_NUMBER, MIN_DAY_NUMBER } from "../../src/calendars/dayNumber.js";
import { gregorianToDayNumber } from "../../src/calendars/gregorian.js";
import { hebrewEvents } from "../../src/convert/events.js";
import { eventsWithKinds } from "../../src/listings/eventsWithKinds.js";

const day = (year: number, month: number, date: number) => gregorianToDayNumber(year, month, date);

describe("eventsWithKinds", () => {
  it("the @example: 1 Av 5778 (2018-07-13) is Rosh Chodesh Av", () => {
    expect(day(2018, 7, 13)).toBe(736888);
    expect(eventsWithKinds(736888, false)).toEqual([{ name: "Rosh Chodesh Av", kind: "rosh-chodesh" }]);
  });

  it.each([
    ["Yom Kippur 5779, a chag and a fast, is major", day(2018, 9, 19), "Yom Kippur", "major"],
    ["Tish'a B'Av (observed), a fast", day(2018, 7, 22), "Tish'a B'Av (observed)", "fast"],
    ["Tzom Tammuz, a minor fast", day(2018, 7, 1), "Tzom Tammuz", "fast"],
    ["Yom HaAtzma'ut, modern", day(2018, 4, 19), "Yom HaAtzma'ut", "modern"],
    ["Tu B'Av, minor", day(2018, 7, 27), "Tu B'Av", "minor"],
    ["Pesach I, major", day(2018, 3, 31), "Pesach I", "major"],
  ])("%s", (_, dayNumber, name, kind) => {
    expect(eventsWithKinds(dayNumber, false)).toContainEqual({ name, kind });
  });

  it("follows the schedule: Pesach VIII in the diaspora only", () => {
    const pesachVIII = day(2018, 4, 7);
    expect(eventsWithKinds(pesachVIII, false).map((event) => event.name)).toContain("Pesach VIII");
    expect(eventsWithKinds(pesachVIII, true).map((event) => event.name)).not.toContain("Pesach VIII");
  });

  it("names the same events, in the same order, as a conversion lists (hebrewEvents)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: MIN_DAY_NUMBER, max: MAX_DAY_NUMBER }),
        fc.boolean(),
        (dayNumber, israel) => {
          expect(eventsWithKinds(dayNumber, israel).map((event) => event.name)).toEqual(
            hebrewEvents(dayNumber, israel),
          );
        },
      ),
      { numRuns: 2000 },
    );
  });
});
