import { describe, expect, it } from "vitest";
import { locationForZone, resolveLocation, sunsetOn } from "../../src/place/sunset.js";
import { dayNumberOfIso, noaaSunset } from "../check/fixtures.js";
import { catchDateError } from "../support/dateErrors.js";

// Longyearbyen, Svalbard: the sun does not set from late April to late August, nor rise from late
// October to mid February.
const SVALBARD = { latitude: 78.22, longitude: 15.65, timeZone: "Europe/Oslo" };

describe("resolveLocation", () => {
  it("finds a city @hebcal/core knows, with its zone", () => {
    const location = resolveLocation("Jerusalem");
    expect(location.getName()).toBe("Jerusalem");
    expect(location.getTzid()).toBe("Asia/Jerusalem");
  });

  it("refuses a city it does not know with invalid-option, naming it", () => {
    const error = catchDateError(() => resolveLocation("Atlantis"));
    expect(error.code).toBe("invalid-option");
    expect(error.input).toBe("Atlantis");
    expect(error.message).toContain('"Atlantis"');
  });

  it("makes a place of coordinates, in UTC and named by them unless told otherwise", () => {
    const bare = resolveLocation({ latitude: 31.77, longitude: 35.22 });
    expect(bare.getTzid()).toBe("UTC");
    expect(bare.getName()).toBe("31.77,35.22");
    expect(bare.getLatitude()).toBe(31.77);
    expect(bare.getLongitude()).toBe(35.22);
    const named = resolveLocation({
      latitude: 31.77,
      longitude: 35.22,
      timeZone: "Asia/Jerusalem",
      name: "Home",
    });
    expect(named.getTzid()).toBe("Asia/Jerusalem");
    expect(named.getName()).toBe("Home");
  });

  it.each([
    [90, 180],
    [-90, -180],
    [0, 0],
  ])("accepts the edges of the map: %d,%d", (latitude, longitude) => {
    expect(resolveLocation({ latitude, longitude }).getLatitude()).toBe(latitude);
  });

  it.each([
    [90.5, 0],
    [-91, 0],
    [0, 180.5],
    [0, -200],
    [Number.NaN, 0],
    [0, Number.NaN],
    [0, Number.POSITIVE_INFINITY],
  ])("refuses %d,%d: not a place on Earth", (latitude, longitude) => {
    const error = catchDateError(() => resolveLocation({ latitude, longitude }));
    expect(error.code).toBe("invalid-option");
    expect(error.message).toBe(`Latitude ${latitude} and longitude ${longitude} are not a place on Earth`);
    expect(error.input).toEqual({ latitude, longitude });
  });

  // Bug: a zone given with coordinates is never checked, so a misspelled one passes silently and no
  // sunset is ever computed, while an unknown `timeZone` option or city is refused up front.
  it("refuses coordinates with a zone Intl does not know", () => {
    const error = catchDateError(() =>
      resolveLocation({ latitude: 31.77, longitude: 35.22, timeZone: "Mars/Olympus" }),
    );
    expect(error.code).toBe("invalid-option");
  });
});

describe("locationForZone", () => {
  it.each([
    ["Asia/Jerusalem", "Jerusalem"],
    ["America/New_York", "New York"],
    ["America/Los_Angeles", "Los Angeles"],
    ["Europe/London", "London"],
  ])("%s is named after %s", (zone, city) => {
    const location = locationForZone(zone);
    expect(location?.getName()).toBe(city);
    expect(location?.getTzid()).toBe(zone);
  });

  it.each([
    ["a zone named after no city @hebcal/core knows", "Asia/Tokyo"],
    ["a zone named after no city at all", "Etc/GMT+5"],
    ["an alias whose city @hebcal/core places in another zone", "Asia/Tel_Aviv"],
    ["a zone ending in a slash", "America/"],
    ["the empty string", ""],
  ])("is undefined for %s (%j)", (_name, zone) => {
    expect(locationForZone(zone)).toBeUndefined();
  });
});

describe("sunsetOn", () => {
  it("gives sunset in Jerusalem on 22 July 2018 in the place's zone, as NOAA does", () => {
    const sunset = sunsetOn(dayNumberOfIso("2018-07-22"), resolveLocation("Jerusalem"));
    expect(sunset?.zoneName).toBe("Asia/Jerusalem");
    expect(sunset?.toISO()).toMatch(/^2018-07-22T19:4\d:\d\d\.\d{3}\+03:00$/);
    const noaa = noaaSunset("2018-07-22", 31.76904, 35.21633);
    expect(Math.abs((sunset?.toMillis() ?? 0) - noaa.getTime())).toBeLessThan(3 * 60_000);
  });

  it.each([
    ["midnight sun", "2018-06-21"],
    ["polar night", "2018-12-21"],
  ])("is undefined where the sun does not set that day (%s on Svalbard, %s)", (_name, iso) => {
    expect(sunsetOn(dayNumberOfIso(iso), resolveLocation(SVALBARD))).toBeUndefined();
  });

  it("is defined on Svalbard at the equinox", () => {
    const sunset = sunsetOn(dayNumberOfIso("2018-09-21"), resolveLocation(SVALBARD));
    expect(sunset?.toISODate()).toBe("2018-09-21");
    expect(sunset?.zoneName).toBe("Europe/Oslo");
  });
});
