import { afterEach, describe, expect, it, vi } from "vitest";
import { gregorianToDayNumber } from "../../src/calendars/gregorian.js";
import { todayDayNumber } from "../../src/calendars/today.js";

describe("todayDayNumber", () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it.each([
    ["2026-11-24T00:00:00.000Z", 2026, 11, 24],
    ["2026-11-24T23:59:59.999Z", 2026, 11, 24],
    ["1969-12-31T12:00:00.000Z", 1969, 12, 31],
    ["2000-02-29T05:00:00.000Z", 2000, 2, 29],
  ])("is the UTC day of the clock (%s)", (instant, year, month, day) => {
    vi.useFakeTimers();
    vi.setSystemTime(new Date(instant));
    expect(todayDayNumber()).toBe(gregorianToDayNumber(year, month, day));
  });
});
