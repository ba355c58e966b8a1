// The holiday module alone: @hebcal/core's index also loads its zmanim and a Temporal polyfill
// (≈ 280 KB bundled against ≈ 64 KB), which a conversion never needs.
import { getHolidaysForYear_ } from "@hebcal/core/dist/esm/holidays";
import { hebrewFieldsOf } from "../calendars/hebrewYears.js";

// @hebcal/core keeps the holiday tables of its last 120 Hebrew years only. A batch of dates
// spanning 1900–2099 (≈ 200 Hebrew years) in any order rebuilt a year's table for about every
// other line: 70 % of the run's time in a profile. So we keep each year's events ourselves, already
// rendered and split by schedule, for more years; the table itself is still @hebcal/core's.

/** Years kept (≈ 20 KB each); the oldest is dropped first. */
const CACHED_YEARS = 500;

/** One year's event names by day number, for each schedule. */
interface YearEvents {
  diaspora: Map<number, string[]>;
  israel: Map<number, string[]>;
}

const years = new Map<number, YearEvents>();

function eventsOfYear(year: number): YearEvents {
  const cached = years.get(year);
  if (cached !== undefined) return cached;
  const built: YearEvents = { diaspora: new Map(), israel: new Map() };
  for (const events of getHolidaysForYear_(year).values()) {
    for (const event of events) {
      const dayNumber = event.getDate().abs();
      // @hebcal renders typographic apostrophes (Tish’a B’Av); plain ASCII reads and greps better in a terminal.
      const name = event.render("en").replace(/[\u2018\u2019]/g, "'");
      for (const [schedule, names] of [
        [false, built.diaspora],
        [true, built.israel],
      ] as const) {
        if (!event.observedIn(schedule)) continue;
        const list = names.get(dayNumber);
        if (list === undefined) names.set(dayNumber, [name]);
        else list.push(name);
      }
    }
  }
  if (years.size >= CACHED_YEARS) years.delete(years.keys().next().value!);
  years.set(year, built);
  return built;
}

/**
 * The holidays and events of a Hebrew day (by day number) in English, in @hebcal/core's order:
 * the diaspora schedule unless `israel` is set.
 * @example hebrewEvents(736897, false) // ["Tish'a B'Av (observed)"]
 */
export function hebrewEvents(dayNumber: number, israel: boolean): string[] {
  const year = eventsOfYear(hebrewFieldsOf(dayNumber).year);
  const names = (israel ? year.israel : year.diaspora).get(dayNumber);
  // A copy: the caller owns its array, the cache keeps its own.
  return names === undefined ? [] : names.slice();
}
