import { weekdayIndexOf } from "../../calendars/dayNumber.js";
import {
  dayNumberToGregorian,
  daysInGregorianMonth,
  gregorianToDayNumber,
} from "../../calendars/gregorian.js";
import { missingYear, type RefineContext, type Refiner } from "./context.js";
import { holidayDayNumbers } from "./holidayDay.js";
import { applyYear } from "./settle.js";
import { pageAnchorDayNumber } from "./yearFromPage.js";

// "Sunday, Sept 29 / Rosh Hashana Eve", "Monday, Sept 30 / Rosh Hashana Day 1": a holiday name beside
// a civil date, neither with a year. Guessing each year on its own (the nearest Rosh Hashanah, the
// nearest 29 September) would make a mismatch of our guess, as year-of-pair says of two dates; so the
// civil years are searched, nearest the page's dates or the reference first, for one in which the civil
// day is a day the name means (or the evening before it) and falls on the weekday written.

/** How many civil years either side of the target are tried. */
const SEARCH_YEARS = 60;

/** Holiday names and civil dates without a year: the years in which they agree. */
export const holidayYearOfPair: Refiner = {
  name: "holiday-year-of-pair",
  refine(context: RefineContext): void {
    for (const group of context.groups) {
      if (group.kind !== "pair") continue;
      const gregorian = context.mentions[group.gregorian]!;
      const hebrew = context.mentions[group.hebrew]!;
      if (!missingYear(gregorian) || !missingYear(hebrew) || hebrew.stated.holiday === undefined) continue;
      const { month, day, weekday } = gregorian.stated;
      if (month === undefined || day === undefined) continue;
      const evening =
        group.evening !== undefined || gregorian.stated.evening === true || hebrew.stated.evening === true;
      // The Hebrew day is the civil day, or (an evening) the day after it; the other reading is tried second.
      const offsets = evening ? [1, 0] : [0, 1];
      const target = pageAnchorDayNumber(context, group.gregorian) ?? context.referenceDayNumber;
      const targetYear = dayNumberToGregorian(target).year;
      const found = search(targetYear, offsets, (year, offset) => {
        if (day > daysInGregorianMonth(year, month)) return undefined;
        const civil = gregorianToDayNumber(year, month, day);
        const named = gregorian.stated.weekdayNames === "hebrew-day" ? civil + 1 : civil;
        if (weekday !== undefined && weekdayIndexOf(named) !== weekday) return undefined;
        for (const hebrewYear of [year + 3760, year + 3761]) {
          if (holidayDayNumbers(hebrew, hebrewYear, { israel: context.israel }).includes(civil + offset))
            return hebrewYear;
        }
        return undefined;
      });
      if (!found) continue;
      const why =
        weekday === undefined
          ? "the date and the holiday agree"
          : "the date, its weekday and the holiday agree";
      applyYear(context, "holiday-year-of-pair", group.gregorian, found.year, {
        from: "pair",
        note: `the year nearest ${target === context.referenceDayNumber ? "the reference day" : "the page's dates"} in which ${why}`,
      });
      applyYear(context, "holiday-year-of-pair", group.hebrew, found.hebrewYear, {
        from: "pair",
        note: `the Hebrew year of the holiday beside ${found.year}'s date`,
      });
    }
  },
};

/** The nearest civil year (then the other offset) that `fits`, with the Hebrew year it names. */
function search(
  targetYear: number,
  offsets: readonly number[],
  fits: (year: number, offset: number) => number | undefined,
): { year: number; hebrewYear: number } | undefined {
  for (const offset of offsets) {
    for (let distance = 0; distance <= SEARCH_YEARS; distance++) {
      for (const year of distance === 0 ? [targetYear] : [targetYear - distance, targetYear + distance]) {
        const hebrewYear = fits(year, offset);
        if (hebrewYear !== undefined) return { year, hebrewYear };
      }
    }
  }
  return undefined;
}
