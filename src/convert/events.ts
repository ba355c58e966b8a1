// The holiday module alone: @hebcal/core's index also loads its zmanim and a Temporal polyfill
// (≈ 280 KB bundled against ≈ 64 KB), which a conversion never needs.
import { getHolidaysOnDate } from "@hebcal/core/dist/esm/holidays";
import { HDate } from "@hebcal/hdate";

/**
 * The holidays and events of a Hebrew day (by day number) in English, from @hebcal/core:
 * the diaspora schedule unless `israel` is set.
 * @example hebrewEvents(736897, false) // ["Tish'a B'Av (observed)"]
 */
export function hebrewEvents(dayNumber: number, israel: boolean): string[] {
  const events = getHolidaysOnDate(new HDate(dayNumber), israel) ?? [];
  // @hebcal renders typographic apostrophes (Tish’a B’Av); plain ASCII reads and greps better in a terminal.
  return events.map((event) => event.render("en").replace(/[\u2018\u2019]/g, "'"));
}
