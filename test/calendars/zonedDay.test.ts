import { describe, expect, it } from "vitest";
import {
  calendarDayIn,
  checkTimeZone,
  intlZone,
  luxonZone,
  offsetMinutesOf,
} from "../../src/calendars/zonedDay.js";
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

describe("fixed-offset zones", () => {
  it.each([
    ["+03:00", 180],
    ["-05:00", -300],
    ["+0530", 330],
    ["UTC+3", 180],
    ["GMT-05:30", -330],
    ["utc+00:00", 0],
    ["+14:00", 840],
  ])("reads %s as %i minutes east of UTC", (zone, minutes) => {
    expect(offsetMinutesOf(zone)).toBe(minutes);
    expect(checkTimeZone(zone)).toBe(zone);
  });

  it("leaves named zones to Intl", () => {
    expect(offsetMinutesOf("Asia/Jerusalem")).toBeUndefined();
    expect(offsetMinutesOf("UTC")).toBeUndefined();
  });

  it.each(["+15:00", "-14:60", "+99"])("refuses %s, which is no offset, with invalid-option", (zone) => {
    const error = catchDateError(() => checkTimeZone(zone));
    expect(error.code).toBe("invalid-option");
    expect(error.message).toContain(zone);
  });

  it("takes an instant's day at the offset, for any offset, as Intl does for the matching Etc zone", () => {
    const instant = new Date("2018-07-22T22:30:00Z");
    expect(calendarDayIn(instant, "+03:00").day).toBe(23);
    expect(calendarDayIn(instant, "-05:00").day).toBe(22);
    expect(calendarDayIn(new Date("2018-07-22T18:29:00Z"), "+05:30").day).toBe(22);
    expect(calendarDayIn(new Date("2018-07-22T18:30:00Z"), "+05:30").day).toBe(23);
    for (let hours = -12; hours <= 14; hours++) {
      for (const iso of [
        "2018-07-22T00:30:00Z",
        "2018-07-22T12:00:00Z",
        "2018-07-22T23:30:00Z",
        "-000500-03-01T23:00:00Z",
      ]) {
        const at = new Date(iso);
        const offset = `${hours < 0 ? "-" : "+"}${String(Math.abs(hours)).padStart(2, "0")}:00`;
        expect(calendarDayIn(at, offset), `${iso} ${offset}`).toEqual(calendarDayIn(at, intlZone(offset)));
      }
    }
  });

  it("names whole-hour offsets for Intl and luxon, and refuses to guess a name for the others", () => {
    expect(intlZone("+03:00")).toBe("Etc/GMT-3");
    expect(intlZone("UTC-5")).toBe("Etc/GMT+5");
    expect(intlZone("+00:00")).toBe("UTC");
    expect(intlZone("Asia/Jerusalem")).toBe("Asia/Jerusalem");
    expect(catchDateError(() => intlZone("+05:30")).code).toBe("invalid-option");
    expect(luxonZone("+0530")).toBe("UTC+05:30");
    expect(luxonZone("GMT-5")).toBe("UTC-05:00");
    expect(luxonZone("Asia/Jerusalem")).toBe("Asia/Jerusalem");
  });
});
