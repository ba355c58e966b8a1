import { describeGregorian, describeHebrew, type GregorianDay, type HebrewDay } from "../convert/result.js";
import { type DayEvent, eventsWithKinds } from "./eventsWithKinds.js";

/** One day in both calendars with its events: a cell of a grid, a line of a day list. */
export interface CalendarDay {
  /** Day number (Rata Die). */
  dayNumber: number;
  gregorian: GregorianDay;
  hebrew: HebrewDay;
  events: DayEvent[];
}

/**
 * A day (by day number) in both calendars, with its holidays on the diaspora schedule unless `israel`.
 * @example calendarDay(736897, false).hebrew.text // "10 Av 5778"
 */
export function calendarDay(dayNumber: number, israel: boolean): CalendarDay {
  return {
    dayNumber,
    gregorian: describeGregorian(dayNumber),
    hebrew: describeHebrew(dayNumber),
    events: eventsWithKinds(dayNumber, israel),
  };
}
