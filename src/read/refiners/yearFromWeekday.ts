import { weekdayOf } from "../../calendars/dayNumber.js";
import { dayNumberToGregorian } from "../../calendars/gregorian.js";
import { yearFromWeekday as searchYearFromWeekday } from "../../calendars/partialDate.js";
import { weekdayShift } from "../weekdayNamedDay.js";
import { missingYear, partnerOf, type RefineContext, type Refiner } from "./context.js";
import { applyYear, partialOf } from "./settle.js";
import { pageAnchorDayNumber } from "./yearFromPage.js";
import { settleWaitingPartner } from "./yearFromPartner.js";

/** How an inference from the weekday is explained; `dayNumber` is the day chosen. */
export function weekdayYearNote(dayNumber: number, nearPage = false): string {
  return `the year nearest ${nearPage ? "the page's dates" : "the reference day"} in which it falls on a ${weekdayOf(dayNumber)}`;
}

/** Per page, the mentions whose year the pair search found (in reading order). */
const pairYears = new WeakMap<RefineContext, number[]>();

/**
 * The day of the nearest mention whose year its pair found with its weekday and holiday ("Lag
 * Ba'omer falls on Sunday May 6" is 2007): on a page that states no year, that year is the page's,
 * nearer than the reference day ("Yom HaAtzma'ut falls on Monday, April 23" on the same page).
 */
function pairYearAnchor(context: RefineContext, index: number): number | undefined {
  let found = pairYears.get(context);
  if (!found) {
    found = [];
    context.mentions.forEach((mention, j) => {
      if (mention.dayNumber !== undefined && mention.inferred.some((inference) => inference.from === "pair"))
        found!.push(j);
    });
    pairYears.set(context, found);
  }
  // The first after `index` (which, lacking a year, is not itself in the list), by halving: a page
  // of thousands of such pairs costs each date a few steps.
  let low = 0;
  let high = found.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (found[middle]! < index) low = middle + 1;
    else high = middle;
  }
  const after = found[low];
  const before = found[low - 1];
  const best =
    before === undefined || (after !== undefined && after - index < index - before) ? after : before;
  return best === undefined ? undefined : context.mentions[best]!.dayNumber;
}

/** A missing year from the stated weekday (its own, or its year-less partner's), near the page's dates or the reference. */
export const yearFromWeekday: Refiner = {
  name: "year-from-weekday",
  refine(context: RefineContext): void {
    context.mentions.forEach((mention, i) => {
      // A holiday's year is the holiday table's to find, not a weekday search over a day and month.
      if (!missingYear(mention) || mention.stated.holiday !== undefined) return;
      const own = mention.stated.weekday;
      const stated = own ?? partnerOf(context, i)?.stated.weekday;
      if (stated === undefined) return;
      // Under an evening the weekday may name the next or the previous day ("ליל שבת, 4 December").
      const weekday =
        own === undefined ? stated : (own - weekdayShift(mention.stated, mention.calendar) + 7) % 7;
      const target =
        pageAnchorDayNumber(context, i) ?? pairYearAnchor(context, i) ?? context.referenceDayNumber;
      const choice = searchYearFromWeekday(partialOf(mention), weekday, target);
      if (!choice) return;
      applyYear(context, "year-from-weekday", i, choice.year, {
        from: "weekday",
        note: weekdayYearNote(choice.dayNumber, target !== context.referenceDayNumber),
      });
      settleWaitingPartner(context, i);
    });
  },
};

/** How an inference from the reference day is explained. */
export function referenceYearNote(referenceDayNumber: number): string {
  const reference = dayNumberToGregorian(referenceDayNumber);
  return `the year that puts it nearest the reference day ${reference.year}-${String(reference.month).padStart(2, "0")}-${String(reference.day).padStart(2, "0")}`;
}
