import { missingYear, type RefineContext, type Refiner } from "./context.js";
import { applyYear } from "./settle.js";
import { yearFrom } from "./yearFromPageYear.js";
import { yearFromRange } from "./yearFromRange.js";

// A range with no year at either end, on a page that names its year elsewhere: "el 5779 … cae del 9
// al 11 de septiembre" (aimdigital.com.ar). Each end taken on its own into 5779 lands in another civil
// year (9 September 2018 was still 5778, so the first end went to 2019) and the range ran backwards.
// The last end, which carries the month, takes the page's year; the first end then follows it as any
// range's open end does (yearFromRange.ts).

/** Both ends of a year-less range from the year the page names: the last end first, the other after it. */
export const rangeInPageYear: Refiner = {
  name: "range-in-page-year",
  refine(context: RefineContext): void {
    let settled = false;
    for (const group of context.groups) {
      if (group.kind !== "range") continue;
      if (!missingYear(context.mentions[group.from]!) || !missingYear(context.mentions[group.to]!)) continue;
      const found = yearFrom(context, group.to);
      if (found === undefined) continue;
      applyYear(context, "range-in-page-year", group.to, found.year, { from: "page", note: found.note });
      settled = true;
    }
    if (settled) yearFromRange.refine(context);
  },
};
