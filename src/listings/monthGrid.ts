import { isSupportedDayNumber, SUPPORTED_RANGE, weekdayIndexOf } from "../calendars/dayNumber.js";
import { daysInGregorianMonth } from "../calendars/gregorian.js";
import { daysInHebrewMonth, hebrewMonthName } from "../calendars/hebrew.js";
import {
  gregorianDayNumberStrict,
  gregorianMonthName,
  hebrewDayNumberStrict,
} from "../calendars/validate.js";
import { DateError } from "../errors.js";
import type { Calendar } from "../types.js";
import { type CalendarDay, calendarDay } from "./calendarDay.js";

/** A month of one calendar, named: `month` is hebcal's numbering for Hebrew months. */
export interface GridMonth {
  calendar: Calendar;
  year: number;
  month: number;
  /** English name in that year ("July", "Tamuz", "Adar I"). */
  name: string;
}

/** A month as weeks from Sunday, each cell a day in both calendars with its events. */
export interface MonthGrid extends GridMonth {
  /** The months of the other calendar that the grid's days fall in, in order (one or two). */
  otherMonths: GridMonth[];
  /** `July 2018 · Tamuz–Av 5778`. */
  title: string;
  /** Rows of seven cells, Sunday first; `null` before the first day and after the last. */
  weeks: Array<Array<CalendarDay | null>>;
  /** The days that have events, in order: the list printed under a grid. */
  eventDays: CalendarDay[];
}

/** Options for {@link monthGrid}. */
export interface MonthGridOptions {
  /** Israeli holiday schedule (default: diaspora). */
  israel?: boolean;
}

/**
 * Names a run of consecutive months, the year said once when they share it.
 * @example spanName([tamuz5778, av5778]) // "Tamuz–Av 5778"
 */
function spanName(months: GridMonth[]): string {
  const first = months[0]!;
  const last = months[months.length - 1]!;
  if (first === last) return `${first.name} ${first.year}`;
  return first.year === last.year
    ? `${first.name}–${last.name} ${last.year}`
    : `${first.name} ${first.year}–${last.name} ${last.year}`;
}

function monthOf(day: CalendarDay, calendar: Calendar): GridMonth {
  return calendar === "gregorian"
    ? {
        calendar,
        year: day.gregorian.year,
        month: day.gregorian.month,
        name: gregorianMonthName(day.gregorian.month),
      }
    : { calendar, year: day.hebrew.year, month: day.hebrew.monthNumber, name: day.hebrew.month };
}

/**
 * A month of either calendar as a grid of weeks from Sunday; a Hebrew month runs from its first day
 * to its last. Invalid months throw a DateError (`not-a-leap-year` for Adar II in a common year).
 * @example monthGrid({ calendar: "gregorian", year: 2018, month: 7 }).title // "July 2018 · Tamuz–Av 5778"
 */
export function monthGrid(
  month: { calendar: Calendar; year: number; month: number },
  options: MonthGridOptions = {},
): MonthGrid {
  const { calendar, year } = month;
  const first = { calendar, year, month: month.month, day: 1 };
  const firstDay =
    calendar === "gregorian" ? gregorianDayNumberStrict(first, month) : hebrewDayNumberStrict(first, month);
  const length =
    calendar === "gregorian" ? daysInGregorianMonth(year, month.month) : daysInHebrewMonth(year, month.month);
  const lastDay = firstDay + length - 1;
  if (!isSupportedDayNumber(firstDay) || !isSupportedDayNumber(lastDay))
    throw new DateError("year-out-of-range", `The month is not wholly inside ${SUPPORTED_RANGE}`, {
      input: month,
    });
  const israel = options.israel === true;
  const other: Calendar = calendar === "gregorian" ? "hebrew" : "gregorian";
  const weeks: Array<Array<CalendarDay | null>> = [];
  const eventDays: CalendarDay[] = [];
  const otherMonths: GridMonth[] = [];
  let week: Array<CalendarDay | null> = new Array(weekdayIndexOf(firstDay)).fill(null);
  for (let dayNumber = firstDay; dayNumber <= lastDay; dayNumber++) {
    const day = calendarDay(dayNumber, israel);
    week.push(day);
    if (day.events.length > 0) eventDays.push(day);
    const its = monthOf(day, other);
    const seen = otherMonths[otherMonths.length - 1];
    if (seen === undefined || seen.month !== its.month || seen.year !== its.year) otherMonths.push(its);
    if (week.length === 7) {
      weeks.push(week);
      week = [];
    }
  }
  if (week.length > 0) weeks.push([...week, ...new Array<null>(7 - week.length).fill(null)]);
  const name =
    calendar === "gregorian" ? gregorianMonthName(month.month) : hebrewMonthName(month.month, year);
  const self: GridMonth = { calendar, year, month: month.month, name };
  return {
    ...self,
    otherMonths,
    title: `${spanName([self])} · ${spanName(otherMonths)}`,
    weeks,
    eventDays,
  };
}
