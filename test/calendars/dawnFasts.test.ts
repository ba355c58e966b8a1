import { flags, HebrewCalendar } from "@hebcal/core";
import { describe, expect, it } from "vitest";
import { beginsAtDawn, DAWN_FASTS } from "../../src/calendars/dawnFasts.js";
import { HOLIDAY_KEYS, holidayKind } from "../../src/calendars/holidayDates.js";

describe("DAWN_FASTS", () => {
  it("holds only holiday keys of kind fast", () => {
    for (const key of DAWN_FASTS) {
      expect(HOLIDAY_KEYS).toContain(key);
      expect(holidayKind({ holiday: key })).toBe("fast");
    }
  });

  it("holds every minor fast @hebcal/core lists in a year, and neither fast that begins at sunset", () => {
    // @hebcal/core's MINOR_FAST flag marks the fasts kept from dawn (Ta'anit Bechorot is one, and has no key).
    const minor = HebrewCalendar.calendar({ year: 5787, isHebrewYear: true, mask: flags.MINOR_FAST })
      .map((event) => event.getDesc())
      .filter((desc) => desc !== "Ta'anit Bechorot");
    expect(minor.length).toBe(4);
    expect(DAWN_FASTS.size).toBe(minor.length);
    expect(DAWN_FASTS.has("tisha-bav")).toBe(false);
    expect(DAWN_FASTS.has("yom-kippur")).toBe(false);
  });
});

describe("beginsAtDawn", () => {
  it("is true for a minor fast's own name, false for its eve or none", () => {
    expect(beginsAtDawn("taanit-esther")).toBe(true);
    expect(beginsAtDawn("taanit-esther", true)).toBe(false);
    expect(beginsAtDawn("tisha-bav")).toBe(false);
    expect(beginsAtDawn(undefined)).toBe(false);
  });
});
