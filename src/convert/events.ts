import { hebrewFieldsOf } from "../calendars/hebrewYears.js";
import { holidayNamesOn } from "../calendars/holidayTable.js";

// The day's events come from @hebcal/core's holiday tables as calendars/holidayTable.ts keeps them,
// one table per kind of year: @hebcal/core's holiday module is not loaded (it was most of a
// start-up, and 40 % of a batch over 1850–2099 went to building its year tables).

/**
 * The holidays and events of a Hebrew day (by day number) in English, in @hebcal/core's order:
 * the diaspora schedule unless `israel` is set.
 * @example hebrewEvents(736897, false) // ["Tish'a B'Av (observed)"]
 */
export function hebrewEvents(dayNumber: number, israel: boolean): string[] {
  // A copy: the caller owns its array, the table keeps its own.
  return hebrewEventNames(dayNumber, israel).slice();
}

/**
 * The same names, in the table's own array, for callers that only read them (a batch writing JSON).
 * @example hebrewEventNames(736897, false) // ["Tish'a B'Av (observed)"]
 */
export function hebrewEventNames(dayNumber: number, israel: boolean): readonly string[] {
  return holidayNamesOn(hebrewFieldsOf(dayNumber).year, dayNumber, israel);
}
