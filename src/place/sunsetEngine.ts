// The code behind sunset: @hebcal/core's city list and zmanim (through its public index) and, beneath
// them, @hebcal/noaa and a Temporal polyfill. As published, that index installs a global `Temporal`;
// our build bundles it with a Temporal local to the bundle instead (tsup.config.ts) and runs it only
// when sunset is first asked for (loadSunsetEngine.ts). So this file imports none of ours: the build
// keeps it apart from the rest of the library, and a bundler leaves it out when sunset is not used.
import { Location, Zmanim } from "@hebcal/core";
import { HDate } from "@hebcal/hdate";

/**
 * A city from @hebcal/core's list ("Jerusalem", "New York"), or undefined.
 * @example findCity("Jerusalem")?.getTzid() // "Asia/Jerusalem"
 */
export function findCity(name: string): Location | undefined {
  return Location.lookup(name);
}

/**
 * A place given by coordinates, at sea level, with the IANA zone its times are given in.
 * @example placeAt(31.77, 35.22, "Asia/Jerusalem", "here").getLatitude() // 31.77
 */
export function placeAt(latitude: number, longitude: number, timeZone: string, name: string): Location {
  return new Location(latitude, longitude, false, timeZone, name);
}

/**
 * The instant of sunset at a place on a civil day (by day number); an invalid Date when the sun does
 * not set that day. We pass @hebcal/core an HDate, not a JS Date: with a Date it takes the civil day
 * in the host's time zone, not the place's.
 * @example sunsetAt(736897, findCity("Jerusalem")!).toISOString() // "2018-07-22T16:42:32.…Z"
 */
export function sunsetAt(dayNumber: number, location: Location): Date {
  return new Zmanim(location, new HDate(dayNumber), false).sunset();
}
