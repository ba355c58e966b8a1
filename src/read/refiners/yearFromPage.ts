import { yearNearest } from "../../calendars/partialDate.js";
import { missingYear, type RefineContext, type Refiner } from "./context.js";
import { holidayYearNear } from "./holidayDay.js";
import { pageYearDayNumber } from "./pageYear.js";
import { applyYear, partialOf } from "./settle.js";
import { settleWaitingPartner } from "./yearFromPartner.js";

// A page that states a year once ("Kislev 5787 — November–December 2026", a masthead) leaves it
// off its other dates. A date without a year is read near the nearest date on the page that states
// its year (before it, else after it), not near today.

/** For every mention, the nearest one before it (else after it) that states its year and names a real day; -1 for none. */
const nearestCache = new WeakMap<RefineContext, Int32Array>();

function nearestStated(context: RefineContext, index: number): number | undefined {
  let nearest = nearestCache.get(context);
  if (!nearest) {
    // Two sweeps, so a page of thousands of year-less dates costs no more than reading them.
    const count = context.mentions.length;
    nearest = new Int32Array(count).fill(-1);
    const stated = (j: number): boolean => {
      const mention = context.mentions[j]!;
      // "Yom Kipur 2016" states its year in the civil calendar: a dated mention like any other.
      const year = mention.stated.year ?? mention.stated.civilYear;
      return year !== undefined && mention.dayNumber !== undefined;
    };
    for (let j = count - 1, after = -1; j >= 0; j--) {
      nearest[j] = after;
      if (stated(j)) after = j;
    }
    for (let j = 0, before = -1; j < count; j++) {
      if (before !== -1) nearest[j] = before;
      if (stated(j)) before = j;
    }
    nearestCache.set(context, nearest);
  }
  const found = nearest[index]!;
  return found < 0 ? undefined : found;
}

/**
 * The day of the page's nearest mention that states its year, if the page has one; else the
 * middle of a year the page names on its own ("per il 2023", "el año 5778"; pageYear.ts).
 */
export function pageAnchorDayNumber(context: RefineContext, index: number): number | undefined {
  const j = nearestStated(context, index);
  return j === undefined ? pageYearDayNumber(context, index) : context.mentions[j]!.dayNumber!;
}

/** The day a year-less date is read near: the page's nearest dated mention, else the reference day. */
export function anchorDayNumber(context: RefineContext, index: number): number {
  return pageAnchorDayNumber(context, index) ?? context.referenceDayNumber;
}

/** A missing year from the page's nearest date that states one. */
export const yearFromPage: Refiner = {
  name: "year-from-page",
  refine(context: RefineContext): void {
    context.mentions.forEach((mention, i) => {
      if (!missingYear(mention)) return;
      const j = nearestStated(context, i);
      if (j === undefined) return;
      const anchor = context.mentions[j]!;
      const choice =
        mention.stated.holiday !== undefined
          ? holidayYearNear(mention, anchor.dayNumber!, { israel: context.israel })
          : yearNearest(partialOf(mention), anchor.dayNumber!);
      if (!choice) return;
      applyYear(context, "year-from-page", i, choice.year, {
        from: "page",
        note: `the year that puts it nearest "${anchor.text}", a date on the same page`,
      });
      settleWaitingPartner(context, i);
    });
  },
};
