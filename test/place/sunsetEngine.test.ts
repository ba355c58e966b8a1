import { describe, expect, it } from "vitest";
import { findCity, placeAt, sunsetAt } from "../../src/place/sunsetEngine.js";
import { dayNumberOfIso } from "../support/dayNumbers.js";

describe("the sunset engine", () => {
  it("finds a city @hebcal/core knows, and no other", () => {
    expect(findCity("Jerusalem")?.getTzid()).toBe("Asia/Jerusalem");
    expect(findCity("Atlantis")).toBeUndefined();
  });

  it("makes a place from coordinates and a zone", () => {
    const place = placeAt(31.77, 35.22, "Asia/Jerusalem", "here");
    expect([place.getLatitude(), place.getLongitude(), place.getTzid(), place.getName()]).toEqual([
      31.77,
      35.22,
      "Asia/Jerusalem",
      "here",
    ]);
  });

  it("gives sunset as an instant on the civil day of the place (10 Av 5778 in Jerusalem)", () => {
    // Sea-level sunset; test/place/sunset.test.ts checks such times against the NOAA formulas in fixtures.ts.
    const sunset = sunsetAt(dayNumberOfIso("2018-07-22"), findCity("Jerusalem")!);
    expect(sunset.toISOString()).toMatch(/^2018-07-22T16:42:32\.\d{3}Z$/);
  });

  it("gives an invalid Date when the sun does not set (Svalbard in June)", () => {
    const sunset = sunsetAt(
      dayNumberOfIso("2018-06-21"),
      placeAt(78.22, 15.65, "Europe/Oslo", "Longyearbyen"),
    );
    expect(Number.isNaN(sunset.getTime())).toBe(true);
  });
});
