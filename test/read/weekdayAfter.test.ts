import { describe, expect, it } from "vitest";
import type { StatedFields } from "../../src/read/mention.js";
import { takeWeekdayAfter } from "../../src/read/weekdayAfter.js";

describe("takeWeekdayAfter", () => {
  it.each<[string, number, number, StatedFields]>([
    ["Szeptember 15-én, szerda este köszönt", 16, 29, { weekday: 3, evening: true, weekdayNames: "civil" }],
    ["2026. december 5., szombat – 5787", 17, 26, { weekday: 6 }],
    ["Szeptember 13án, péntek, este", 15, 23, { weekday: 5 }],
    ["Szeptember 13án, péntek a böjt", 15, 23, { weekday: 5 }],
    // "on Wednesday", with its case ending (weekdays.languages.ts).
    ["Szeptember 13án, szerdán", 15, 24, { weekday: 3 }],
  ])("reads the weekday after %j", (text, at, end, stated) => {
    const fields: StatedFields = {};
    expect(takeWeekdayAfter(text, at, fields)).toBe(end);
    expect(fields).toEqual(stated);
  });

  it.each([
    ["Szeptember 13án, a böjt", 15],
    ["Szeptember 13án szerda", 15],
    // The adjective "Wednesday's" is no weekday of the date.
    ["Szeptember 13án, szerdai", 15],
    ["October 3, Sunday's", 9],
  ])("reads nothing after %j", (text, at) => {
    const fields: StatedFields = {};
    expect(takeWeekdayAfter(text, at, fields)).toBe(at);
    expect(fields).toEqual({});
  });

  it("keeps a weekday the date already states", () => {
    const fields: StatedFields = { weekday: 1 };
    expect(takeWeekdayAfter("x, szerda", 1, fields)).toBe(1);
    expect(fields).toEqual({ weekday: 1 });
  });
});
