import { describe, expect, it } from "vitest";
import { calendarDayIn, checkTimeZone } from "../../src/calendars/zonedDay.js";
import { catchDateError } from "../support/dateErrors.js";

describe("calendarDayIn", () => {
  const lateEvening = new Date("2018-07-22T23:00:00Z");

  it("takes the UTC day by default", () => {
    expect(calendarDayIn(lateEvening)).toEqual({ calendar: "gregorian", year: 2018, month: 7, day: 22 });
  });

  it("takes the day in the zone asked for: already the 23rd in Jerusalem, still the 22nd in New York", () => {
    expect(calendarDayIn(lateEvening, "Asia/Jerusalem")).toEqual({
      calendar: "gregorian",
      year: 2018,
      month: 7,
      day: 23,
    });
    expect(calendarDayIn(lateEvening, "America/New_York")).toEqual({
      calendar: "gregorian",
      year: 2018,
      month: 7,
      day: 22,
    });
  });

  it.each([
    ["-000100-06-15T12:00:00Z", -100],
    ["0000-06-15T12:00:00Z", 0],
    ["-003760-10-07T12:00:00Z", -3760],
  ])("counts years before 1 CE astronomically in a zone (%s → year %i), as in UTC", (iso, year) => {
    const instant = new Date(iso);
    expect(calendarDayIn(instant, "UTC").year).toBe(year);
    expect(calendarDayIn(instant, "Asia/Jerusalem")).toEqual(calendarDayIn(instant, "UTC"));
  });

  it("refuses a zone Intl does not know, with invalid-option", () => {
    const error = catchDateError(() => calendarDayIn(lateEvening, "Mars/Olympus"));
    expect(error.code).toBe("invalid-option");
    expect(error.input).toBe("Mars/Olympus");
    expect(error.message).toBe('Unknown time zone "Mars/Olympus"');
  });
});

describe("checkTimeZone", () => {
  it("gives back a zone Intl knows", () => {
    expect(checkTimeZone("Asia/Jerusalem")).toBe("Asia/Jerusalem");
    expect(checkTimeZone("UTC")).toBe("UTC");
  });

  it.each(["Mars/Olympus", "Asia/Jerusalam", "not a zone"])("throws invalid-option for %j", (zone) => {
    const error = catchDateError(() => checkTimeZone(zone));
    expect(error.code).toBe("invalid-option");
    expect(error.input).toBe(zone);
    expect(error.message).toContain(zone);
  });
});
