import type { HolidayEvent } from "@hebcal/core";
// A private module of @hebcal/core, so package.json pins its exact version; test/convert/events.test.ts
// fails when the pin and the installed version part or the function moves. The public way,
// `HebrewCalendar.getHolidaysOnDate` from the index, loads zmanim and installs a global Temporal
// polyfill (≈ 280 KB bundled, against ≈ 64 KB for this module), and reaches the year table only
// through a cache of 120 years, which a batch over 200 years in any order rebuilds line after line
// (below); the year table itself, which we cache by day, is this function's.
import { getHolidaysForYear_ } from "@hebcal/core/dist/esm/holidays";
import { hebrewFieldsOf } from "../calendars/hebrewYears.js";

// @hebcal/core keeps the holiday tables of its last 120 Hebrew years only. A batch of dates
// spanning 1900–2099 (≈ 200 Hebrew years) in any order rebuilt a year's table for about every
// other line: 70 % of the run's time in a profile. So we keep each year's events ourselves, by day,
// for more years, and each day's names once rendered; the table itself is still @hebcal/core's.
// (Rendering a whole year up front cost a single conversion ≈ 4 ms of its start.)

/** Years kept (≈ 20 KB each); the oldest is dropped first. */
const CACHED_YEARS = 500;

/** One year's events by day number, and the names already rendered, by schedule and day. */
interface YearEvents {
  byDay: Map<number, HolidayEvent[]>;
  diaspora: Map<number, string[]>;
  israel: Map<number, string[]>;
}

const years = new Map<number, YearEvents>();

function eventsOfYear(year: number): YearEvents {
  const cached = years.get(year);
  if (cached !== undefined) return cached;
  const byDay = new Map<number, HolidayEvent[]>();
  // In @hebcal/core's order: by day, and within a day as it lists them (an erev first).
  for (const events of getHolidaysForYear_(year).values()) {
    for (const event of events) {
      const dayNumber = event.getDate().abs();
      const list = byDay.get(dayNumber);
      if (list === undefined) byDay.set(dayNumber, [event]);
      else list.push(event);
    }
  }
  const built: YearEvents = { byDay, diaspora: new Map(), israel: new Map() };
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
  const events = year.byDay.get(dayNumber);
  if (events === undefined) return [];
  const rendered = israel ? year.israel : year.diaspora;
  let names = rendered.get(dayNumber);
  if (names === undefined) {
    names = events
      .filter((event) => event.observedIn(israel))
      // @hebcal renders typographic apostrophes (Tish’a B’Av); plain ASCII reads and greps better in a terminal.
      .map((event) => event.render("en").replace(/[\u2018\u2019]/g, "'"));
    rendered.set(dayNumber, names);
  }
  // A copy: the caller owns its array, the cache keeps its own.
  return names.slice();
}
