import { renderParshaName } from "@hebcal/core/dist/esm/parshaName";
// Private modules of @hebcal/core, like src/convert/events.ts's (its version is pinned): its index
// would load zmanim and a Temporal polyfill. The holiday module already carries this one.
import { getSedra } from "@hebcal/core/dist/esm/sedra";
import { Locale } from "@hebcal/hdate";
import { weekdayIndexOf } from "../calendars/dayNumber.js";
import { hebrewFieldsOf } from "../calendars/hebrewYears.js";
import { plainApostrophes } from "./plainApostrophes.js";

/** Saturday's weekday index (Sunday = 0). */
const SATURDAY = 6;

/**
 * The Torah portion read on a Shabbat (by day number), named in a @hebcal locale ("Parashat
 * Vaetchanan"); undefined on other days and on a Shabbat that is a holiday, whose own reading
 * replaces the week's portion. The Israeli schedule differs when a diaspora-only holiday day
 * falls on Shabbat.
 * @example torahPortion(736903, false, "en") // "Parashat Vaetchanan"
 */
export function torahPortion(dayNumber: number, israel: boolean, locale: string): string | undefined {
  if (weekdayIndexOf(dayNumber) !== SATURDAY) return undefined;
  const reading = getSedra(hebrewFieldsOf(dayNumber).year, israel).lookup(dayNumber);
  if (reading.chag) return undefined;
  const name = renderParshaName(reading.parsha, locale);
  return Locale.isHebrewLocale(locale) ? name : plainApostrophes(name);
}
