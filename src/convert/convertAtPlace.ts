import { DateTime } from "luxon";
import { luxonZone } from "../calendars/zonedDay.js";
import { type LocationInput, resolveLocation, sunsetOn } from "../place/sunset.js";
import { type ConvertOptions, convertDate, type DateInput } from "./convertDate.js";
import type { ConversionResult } from "./result.js";

/** Options for {@link convertAtPlace}: convertDate's, and the place whose sunset ends the day. */
export interface PlaceOptions extends ConvertOptions {
  location: LocationInput;
}

function offsetZone(minutes: number): string {
  const abs = Math.abs(minutes);
  return `UTC${minutes < 0 ? "-" : "+"}${String(Math.floor(abs / 60)).padStart(2, "0")}:${String(abs % 60).padStart(2, "0")}`;
}

/**
 * The instant a conversion's input names, when it names one: a JS Date, or text with a time of
 * day in the zone it states, else the zone asked for, else the named place's own (as checkDocument
 * reads a page's timestamps). Undefined for a date without a time, or a time in no known zone.
 */
function instantOf(input: DateInput, result: ConversionResult, options: PlaceOptions, placeZone: string) {
  if (input instanceof Date) return input.getTime();
  const { time, offsetMinutes, calendar } = result.input;
  if (time === undefined || calendar !== "gregorian") return undefined;
  const zone =
    offsetMinutes !== undefined
      ? offsetZone(offsetMinutes)
      : options.timeZone !== undefined
        ? luxonZone(options.timeZone)
        : typeof options.location === "string" || options.location.timeZone !== undefined
          ? placeZone
          : undefined;
  if (zone === undefined) return undefined;
  const { year, month, day } = result.gregorian;
  const instant = DateTime.fromObject({ year, month, day, ...time }, { zone });
  return instant.isValid ? instant.toMillis() : undefined;
}

/**
 * Converts a date as {@link convertDate} does, at a place: a time of day at or after that day's
 * sunset there gives the Hebrew day that began at sunset. An unknown place throws `invalid-option`.
 * @example convertAtPlace("July 22, 2018 8:30 pm", {location: "Jerusalem", timeZone: "Asia/Jerusalem"}).hebrew.text // "11 Av 5778"
 */
export function convertAtPlace(input: DateInput, options: PlaceOptions): ConversionResult {
  return converterAtPlace(options)(input);
}

/**
 * {@link convertAtPlace} for many dates with the same options: the place is looked up once, and an
 * unknown one throws before any date is read.
 * @example converterAtPlace({location: "Jerusalem"})("10 Av 5778").gregorian.iso // "2018-07-22"
 */
export function converterAtPlace(options: PlaceOptions): (input: DateInput) => ConversionResult {
  const place = resolveLocation(options.location);
  const placeZone = place.getTzid();
  return (input) => {
    // An instant falls on the place's calendar day unless another zone is asked for.
    const asked =
      input instanceof Date && options.timeZone === undefined ? { ...options, timeZone: placeZone } : options;
    const result = convertDate(input, asked);
    if (result.afterSunset) return result;
    const instant = instantOf(input, result, options, placeZone);
    if (instant === undefined) return result;
    const sunset = sunsetOn(result.dayNumber, place);
    return sunset !== undefined && instant >= sunset.toMillis()
      ? convertDate(input, { ...asked, afterSunset: true })
      : result;
  };
}
