import { hebrewToDayNumber } from "../../calendars/hebrew.js";
import { dayNumberInYear, yearInCivilYear } from "../../calendars/partialDate.js";
import { missingYear, type RefineContext, type Refiner } from "./context.js";
import { holidayYearInCivilYear } from "./holidayDay.js";
import { pageYearOf } from "./pageYear.js";
import { applyYear, partialOf } from "./settle.js";
import { settleWaitingPartner } from "./yearFromPartner.js";

// A date the page leaves without a year, where no other date of the page states one, takes the
// year the page names on its own (pageYear.ts): "per il 2023 … giovedì 25 maggio", "el año 5778 …
// 20 de septiembre". A civil date under a Hebrew year is the one that falls in that year (or
// nearest it: the evening before 1 Tishrei belongs to the year it opens).

/** The civil year in which a year-less civil date falls within Hebrew year `hebrewYear`, or nearest it. */
function civilYearInHebrewYear(
  context: RefineContext,
  index: number,
  hebrewYear: number,
): number | undefined {
  const partial = partialOf(context.mentions[index]!);
  const first = hebrewToDayNumber(hebrewYear, 7, 1);
  const last = hebrewToDayNumber(hebrewYear + 1, 7, 1) - 1;
  let best: { year: number; distance: number } | undefined;
  for (const year of [hebrewYear - 3761, hebrewYear - 3760]) {
    const day = dayNumberInYear(partial, year);
    if (day === undefined) continue;
    const distance = day < first ? first - day : day > last ? day - last : 0;
    if (best === undefined || distance < best.distance) best = { year, distance };
  }
  return best?.year;
}

/** The year mention `index` takes from the page's year, if that names a real day. */
export function yearFrom(context: RefineContext, index: number): { year: number; note: string } | undefined {
  const page = pageYearOf(context, index);
  if (page === undefined) return undefined;
  const mention = context.mentions[index]!;
  const note = `the year ${page.year} the page names ("${context.text.slice(page.start, page.end)}")`;
  const options = { israel: context.israel };
  if (page.calendar === "hebrew") {
    if (mention.calendar === "hebrew") return { year: page.year, note };
    const year = civilYearInHebrewYear(context, index, page.year);
    return year === undefined ? undefined : { year, note };
  }
  if (mention.calendar === "gregorian")
    return dayNumberInYear(partialOf(mention), page.year) === undefined
      ? undefined
      : { year: page.year, note };
  const choice =
    mention.stated.holiday !== undefined
      ? holidayYearInCivilYear(mention, page.year, options)
      : yearInCivilYear(partialOf(mention), page.year);
  return choice === undefined ? undefined : { year: choice.year, note };
}

/** A missing year from the year the page names, when no date of the page states one. */
export const yearFromPageYear: Refiner = {
  name: "year-from-page-year",
  refine(context: RefineContext): void {
    context.mentions.forEach((mention, i) => {
      if (!missingYear(mention)) return;
      const found = yearFrom(context, i);
      if (found === undefined) return;
      applyYear(context, "year-from-page-year", i, found.year, { from: "page", note: found.note });
      settleWaitingPartner(context, i);
    });
  },
};
