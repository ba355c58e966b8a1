import type { Location } from "@hebcal/core";
import { DateTime } from "luxon";
import { checkTimeZone, intlZone } from "../calendars/zonedDay.js";
import { DateError } from "../errors.js";
import { loadSunsetEngine } from "./loadSunsetEngine.js";

/** A place for sunset: a city @hebcal/core knows, or coordinates. */
export type LocationInput =
  | string
  | { latitude: number; longitude: number; timeZone?: string; name?: string };

/**
 * Resolves a location option: a city name from @hebcal/core's list ("Jerusalem", "New York"), or
 * coordinates. Unknown names are a usage error.
 */
export function resolveLocation(input: LocationInput): Location {
  if (typeof input === "string") {
    const found = loadSunsetEngine().findCity(input);
    if (!found)
      throw new DateError(
        "invalid-option",
        `Unknown location "${input}" (give a city @hebcal/core knows, or latitude and longitude)`,
        { input },
      );
    return found;
  }
  const { latitude, longitude } = input;
  if (input.timeZone !== undefined) checkTimeZone(input.timeZone);
  if (!(Math.abs(latitude) <= 90) || !(Math.abs(longitude) <= 180)) {
    throw new DateError(
      "invalid-option",
      `Latitude ${latitude} and longitude ${longitude} are not a place on Earth`,
      { input },
    );
  }
  return loadSunsetEngine().placeAt(
    latitude,
    longitude,
    input.timeZone === undefined ? "UTC" : intlZone(input.timeZone),
    input.name ?? `${latitude},${longitude}`,
  );
}

/**
 * A place for a time zone, when the zone is named after a city @hebcal/core knows
 * ("America/New_York" → New York, "Asia/Jerusalem" → Jerusalem); else undefined.
 */
export function locationForZone(timeZone: string): Location | undefined {
  const city = timeZone.split("/").pop()?.replace(/_/g, " ");
  if (!city) return undefined;
  const found = loadSunsetEngine().findCity(city);
  return found && found.getTzid() === timeZone ? found : undefined;
}

/** The instant of sunset at a place on a civil day (by day number), in the place's zone. */
export function sunsetOn(dayNumber: number, location: Location): DateTime | undefined {
  const sunset = loadSunsetEngine().sunsetAt(dayNumber, location);
  return Number.isNaN(sunset.getTime())
    ? undefined
    : DateTime.fromJSDate(sunset, { zone: location.getTzid() });
}
