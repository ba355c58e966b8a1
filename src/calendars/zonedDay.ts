import { DateError } from "../errors.js";
import type { CalendarDate } from "../types.js";

// An instant has no calendar day of its own: it falls on one day in Jerusalem and another in
// New York. Node's Intl (ICU's time-zone data) answers which; it is what luxon itself uses, and
// asking it directly keeps luxon out of the start-up of a plain conversion.

const formatters = new Map<string, Intl.DateTimeFormat>();

// Fixed offsets ("+03:00", "-0500", "UTC+3", "GMT-05:30") are zones too, but Node 20's Intl knows
// only named ones: an offset's day is arithmetic, and elsewhere (luxon, sunset) it is written as
// luxon's "UTC+hh:mm" or, for whole hours, the IANA name "Etc/GMT∓h".
const OFFSET = /^(?:UTC|GMT)?(?<sign>[+-])(?<hours>\d{1,2})(?::?(?<minutes>\d{2}))?$/i;

/**
 * Minutes east of UTC of a fixed-offset zone ("+03:00", "UTC-5"), or undefined for a named zone.
 * @example offsetMinutesOf("+05:30") // 330
 */
export function offsetMinutesOf(timeZone: string): number | undefined {
  const groups = OFFSET.exec(timeZone.trim())?.groups;
  if (groups === undefined) return undefined;
  const hours = Number(groups.hours);
  const minutes = Number(groups.minutes ?? 0);
  if (hours > 14 || minutes > 59) {
    throw new DateError("invalid-option", `Time zone "${timeZone}" is no UTC offset (−14:00 to +14:00)`, {
      input: timeZone,
    });
  }
  const total = hours * 60 + minutes;
  return groups.sign === "-" ? -total : total;
}

/**
 * A zone as luxon reads it: a named zone as it is, a fixed offset as "UTC+hh:mm".
 * @example luxonZone("+03:00") // "UTC+03:00"
 */
export function luxonZone(timeZone: string): string {
  const offset = offsetMinutesOf(timeZone);
  if (offset === undefined) return timeZone;
  const abs = Math.abs(offset);
  return `UTC${offset < 0 ? "-" : "+"}${String(Math.floor(abs / 60)).padStart(2, "0")}:${String(abs % 60).padStart(2, "0")}`;
}

/**
 * A zone as Intl (and so @hebcal/core's sunset) reads it: a named zone as it is, a whole-hour offset
 * as "Etc/GMT∓h" (whose sign is inverted by POSIX convention); other offsets have no such name.
 * @example intlZone("+03:00") // "Etc/GMT-3"
 */
export function intlZone(timeZone: string): string {
  const offset = offsetMinutesOf(timeZone);
  if (offset === undefined) return timeZone;
  if (offset % 60 !== 0) {
    throw new DateError(
      "invalid-option",
      `Sunset needs a named zone for the offset "${timeZone}" (only whole-hour offsets have one); name it, e.g. Asia/Kolkata`,
      { input: timeZone },
    );
  }
  return offset === 0 ? "UTC" : `Etc/GMT${offset > 0 ? "-" : "+"}${Math.abs(offset) / 60}`;
}

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
  const offset = timeZone === "UTC" ? 0 : offsetMinutesOf(timeZone);
  if (offset !== undefined) {
    const shifted = new Date(instant.getTime() + offset * 60_000);
    return {
      calendar: "gregorian",
      year: shifted.getUTCFullYear(),
      month: shifted.getUTCMonth() + 1,
      day: shifted.getUTCDate(),
    };
  }
  const parts: Record<string, string> = {};
  for (const part of formatterFor(timeZone).formatToParts(instant)) parts[part.type] = part.value;
  // Intl writes years before 1 CE as "n BC"; the library counts them astronomically (1 BC = year 0).
  const year = parts.era === "BC" || parts.era === "B" ? 1 - Number(parts.year) : Number(parts.year);
  return { calendar: "gregorian", year, month: Number(parts.month), day: Number(parts.day) };
}

/** Throws a DateError unless the zone is one Intl knows or a UTC offset. */
export function checkTimeZone(timeZone: string): string {
  if (offsetMinutesOf(timeZone) === undefined) formatterFor(timeZone);
  return timeZone;
}
