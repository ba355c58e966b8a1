import { isHebrewLeapYear } from "./hebrew.js";
import { hebrewDayNumberOf } from "./hebrewYears.js";

// Birkat Hachamah, the blessing of the sun, is said once every 28 years, on the day of Shmuel's
// spring equinox (tekufat Nisan) at the start of a cycle: a Wednesday. In day numbers that is the
// day whose count from the cycles' epoch, dayNumber + 1 373 429, leaves 172 when divided by the
// cycle of 10 227 days (28 years of 365¼ days), as @hebcal/core computes it; it falls within 40 days
// of 1 Nisan (of 20 Adar II in a leap year). The holiday table reads it from this rule rather than
// listing its 423 years; test/calendars/holidayTable.test.ts compares the tables with @hebcal/core's
// in every year.

const CYCLE = 10_227;
const EPOCH_OFFSET = 1_373_429;
const CYCLE_DAY = 172;
const WINDOW = 40;

/**
 * The day number of Birkat Hachamah in a Hebrew year, or undefined in the 27 years of 28 without it.
 * @example birkatHachamahIn(5769) // 733505 (Wednesday 8 April 2009)
 */
export function birkatHachamahIn(year: number): number | undefined {
  const leap = isHebrewLeapYear(year);
  const from = hebrewDayNumberOf(year, leap ? 13 : 1, leap ? 20 : 1);
  for (let day = from; day <= from + WINDOW; day++)
    if ((day + EPOCH_OFFSET) % CYCLE === CYCLE_DAY) return day;
  return undefined;
}
