import { yearInCivilYear } from "../../calendars/partialDate.js";
import type { RefineContext, Refiner } from "./context.js";
import { holidayYearInCivilYear } from "./holidayDay.js";
import { applyYear, partialOf } from "./settle.js";

/** A Gregorian year written with a Hebrew day and month ("Tishrei 1, 2024"): the Hebrew year that falls then. */
export const yearFromCivilYear: Refiner = {
  name: "year-from-civil-year",
  refine(context: RefineContext): void {
    context.mentions.forEach((mention, i) => {
      const civilYear = mention.stated.civilYear;
      if (mention.problem || mention.stated.year !== undefined || civilYear === undefined) return;
      const choice =
        mention.stated.holiday !== undefined
          ? holidayYearInCivilYear(mention, civilYear, { israel: context.israel })
          : yearInCivilYear(partialOf(mention), civilYear);
      if (!choice) {
        mention.problem = {
          code: "day-out-of-range",
          message: `"${mention.text}" names no day in ${civilYear}`,
        };
        return;
      }
      applyYear(context, "year-from-civil-year", i, choice.year, {
        from: "gregorian",
        note: `the Hebrew year in which it falls in ${civilYear}, the Gregorian year written with it`,
      });
    });
  },
};
