import { HEBREW_MONTH, monthsInHebrewYear } from "../calendars/hebrew.js";
import { type MonthGrid, type MonthGridOptions, monthGrid } from "./monthGrid.js";
import { type MonthOrYear, type ReadMonthOptions, readMonthOrYear } from "./readMonthOrYear.js";

/** Options for {@link calendarGrids}. */
export interface CalendarGridsOptions extends MonthGridOptions, ReadMonthOptions {}

/** A Hebrew year's months in the order its days run: Tishrei (7) … Adar (12, 13), then Nisan (1) … Elul (6). */
function hebrewYearMonths(year: number): number[] {
  const months: number[] = [];
  for (let month = HEBREW_MONTH.TISHREI; month <= monthsInHebrewYear(year); month++) months.push(month);
  for (let month = HEBREW_MONTH.NISAN; month <= HEBREW_MONTH.ELUL; month++) months.push(month);
  return months;
}

/**
 * The grids `hdate cal` prints: one month's, or a whole year's (January to December, or Tishrei to
 * Elul), from what {@link readMonthOrYear} reads or from its answer.
 * @example calendarGrids("5778").map((grid) => grid.name)[0] // "Tishrei"
 */
export function calendarGrids(what: string | MonthOrYear, options: CalendarGridsOptions = {}): MonthGrid[] {
  const { calendar, year, month } = typeof what === "string" ? readMonthOrYear(what, options) : what;
  const gridOptions = options.israel === undefined ? {} : { israel: options.israel };
  if (month !== undefined) return [monthGrid({ calendar, year, month }, gridOptions)];
  const months =
    calendar === "gregorian" ? Array.from({ length: 12 }, (_, index) => index + 1) : hebrewYearMonths(year);
  return months.map((each) => monthGrid({ calendar, year, month: each }, gridOptions));
}
