import { DateError } from "../errors.js";
import type { CalendarDate } from "../types.js";

// An instant has no calendar day of its own: it falls on one day in Jerusalem and another in
// New York. Node's Intl (ICU's time-zone data) answers which; it is what luxon itself uses, and
// asking it directly keeps luxon out of the start-up of a plain conversion.

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    try {
      formatter = new Intl.DateTimeFormat("en-US", {
        timeZone,
        year: "numeric",
        month: "numeric",
        day: "numeric",
        era: "short",
      });
    } catch {
      throw new DateError("invalid-option", `Unknown time zone "${timeZone}"`, { input: timeZone });
    }
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/**
 * The Gregorian calendar day an instant falls on in a time zone (UTC by default).
 * @example calendarDayIn(new Date("2018-07-22T23:00:00Z"), "Asia/Jerusalem") // {calendar: "gregorian", year: 2018, month: 7, day: 23}
 */
export function calendarDayIn(instant: Date, timeZone = "UTC"): CalendarDate {
  if (timeZone === "UTC") {
    return {
      calendar: "gregorian",
      year: instant.getUTCFullYear(),
      month: instant.getUTCMonth() + 1,
      day: instant.getUTCDate(),
    };
  }
  const parts: Record<string, string> = {};
  for (const part of formatterFor(timeZone).formatToParts(instant)) parts[part.type] = part.value;
  // Intl writes years before 1 CE as "n BC"; the library counts them astronomically (1 BC = year 0).
  const year = parts.era === "BC" || parts.era === "B" ? 1 - Number(parts.year) : Number(parts.year);
  return { calendar: "gregorian", year, month: Number(parts.month), day: Number(parts.day) };
}

/** Throws a DateError unless the zone is one Intl knows. */
export function checkTimeZone(timeZone: string): string {
  formatterFor(timeZone);
  return timeZone;
}
