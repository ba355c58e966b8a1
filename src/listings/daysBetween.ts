import { type ConvertOptions, convertDate, type DateInput } from "../convert/convertDate.js";
import { DateError } from "../errors.js";
import { type CalendarDay, calendarDay } from "./calendarDay.js";

/** Options for {@link daysBetween}: how FROM and TO are read, and the holiday schedule. */
export type DaysBetweenOptions = Pick<ConvertOptions, "israel" | "reference" | "timeZone" | "numericOrder">;

function* daysFrom(first: number, last: number, israel: boolean): Generator<CalendarDay, void, undefined> {
  // One day made per step and nothing kept: a listing of any length runs in constant memory.
  for (let dayNumber = first; dayNumber <= last; dayNumber++) yield calendarDay(dayNumber, israel);
}

/**
 * Every day from FROM to TO inclusive, in both calendars with its events, made one at a time as it
 * is asked for. FROM and TO are anything convertDate reads, of either calendar; they are read at
 * once, so a bad one throws its DateError here, and TO before FROM throws `invalid-option`.
 * @example [...daysBetween("1 Av 5778", "2018-07-14")].map((day) => day.hebrew.text) // ["1 Av 5778", "2 Av 5778"]
 */
export function daysBetween(
  from: DateInput,
  to: DateInput,
  options: DaysBetweenOptions = {},
): Generator<CalendarDay, void, undefined> {
  // Only the options that say how a date is read; afterSunset would move a Hebrew end to its eve.
  const read: ConvertOptions = {};
  if (options.reference !== undefined) read.reference = options.reference;
  if (options.timeZone !== undefined) read.timeZone = options.timeZone;
  if (options.numericOrder !== undefined) read.numericOrder = options.numericOrder;
  const first = convertDate(from, read);
  const last = convertDate(to, read);
  if (last.dayNumber < first.dayNumber)
    throw new DateError(
      "invalid-option",
      `The last day (${last.gregorian.iso}) is before the first (${first.gregorian.iso})`,
      { input: [from, to] },
    );
  return daysFrom(first.dayNumber, last.dayNumber, options.israel === true);
}
