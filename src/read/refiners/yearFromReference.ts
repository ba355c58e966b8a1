import { yearNearest } from "../../calendars/partialDate.js";
import { missingYear, type RefineContext, type Refiner } from "./context.js";
import { holidayYearNear } from "./holidayDay.js";
import { applyYear, partialOf } from "./settle.js";
import { settleWaitingPartner } from "./yearFromPartner.js";
import { referenceYearNote } from "./yearFromWeekday.js";

/** The last resort for a missing year: the one that puts the date nearest the reference day (today by default). */
export const yearFromReference: Refiner = {
  name: "year-from-reference",
  refine(context: RefineContext): void {
    // A range's last end takes its year from the first ("6-7 siwan"): guessed apart, the two ends
    // could fall in different years, a range that runs backwards.
    const firstEnd = new Map<number, number>();
    for (const group of context.groups) if (group.kind === "range") firstEnd.set(group.to, group.from);
    context.mentions.forEach((mention, i) => {
      if (!missingYear(mention)) return;
      const from = firstEnd.get(i);
      const fromDay = from === undefined ? undefined : context.mentions[from]!.dayNumber;
      if (fromDay !== undefined && mention.stated.holiday === undefined) {
        const partial = partialOf(mention);
        let after = yearNearest(partial, fromDay);
        if (after && after.dayNumber < fromDay) after = yearNearest(partial, fromDay + 200) ?? after;
        if (after) {
          applyYear(context, "year-from-reference", i, after.year, {
            from: "range",
            note: `from the other end of the range, "${context.mentions[from!]!.text}"`,
          });
          return;
        }
      }
      const near =
        mention.stated.holiday !== undefined
          ? holidayYearNear(mention, context.referenceDayNumber, { israel: context.israel })
          : yearNearest(partialOf(mention), context.referenceDayNumber);
      if (!near) {
        mention.problem = {
          code: "day-out-of-range",
          message: `"${mention.text}" names no day in the years near the reference`,
        };
        return;
      }
      applyYear(context, "year-from-reference", i, near.year, {
        from: "reference",
        note: referenceYearNote(context.referenceDayNumber),
      });
      settleWaitingPartner(context, i);
    });
  },
};
