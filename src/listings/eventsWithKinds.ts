// The module behind @hebcal/core's public `HebrewCalendar.getHolidaysOnDate`, reached directly for
// the reason src/convert/events.ts gives (the index installs a global Temporal and weighs ≈ 280 KB);
// package.json pins @hebcal/core's exact version, and test/convert/events.test.ts guards the path.
import { getHolidaysOnDate } from "@hebcal/core/dist/esm/holidays";
import { HDate } from "@hebcal/hdate";
import { type HolidayKind, holidayKindOf } from "./holidayKind.js";

/** What kind of day an event makes it, as a grid marks it (the kinds of a holiday list). */
export type DayEventKind = HolidayKind;

/** One holiday or event of a Hebrew day, with its kind. */
export interface DayEvent {
  /** In English, as `hdate DATE` lists it ("Rosh Chodesh Av", "Tish'a B'Av (observed)"). */
  name: string;
  kind: DayEventKind;
}

/**
 * The holidays and events of a Hebrew day (by day number), in @hebcal/core's order, with their kinds:
 * the diaspora schedule unless `israel` is set.
 * @example eventsWithKinds(736888, false) // [{ name: "Rosh Chodesh Av", kind: "rosh-chodesh" }]
 */
export function eventsWithKinds(dayNumber: number, israel: boolean): DayEvent[] {
  const events = getHolidaysOnDate(new HDate(dayNumber), israel) ?? [];
  return events.map((event) => ({
    // @hebcal renders typographic apostrophes (Tish’a B’Av); plain ASCII reads and greps better.
    name: event.render("en").replace(/[\u2018\u2019]/g, "'"),
    kind: holidayKindOf(event.getFlags()),
  }));
}
