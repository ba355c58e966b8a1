import { yearNearest } from "../../calendars/partialDate.js";
import { missingYear, partnerOf, type RefineContext, type Refiner } from "./context.js";
import { holidayYearNear } from "./holidayDay.js";
import { applyYear, partialOf } from "./settle.js";

/**
 * Gives mention `index` the year that puts it nearest its settled partner; false when it has none.
 * The later year refiners call it for a partner left waiting, so that the two sides of a pair are
 * never each guessed on their own.
 */
export function takeYearFromPartner(context: RefineContext, index: number): boolean {
  const mention = context.mentions[index]!;
  const other = partnerOf(context, index);
  if (!missingYear(mention) || other?.dayNumber === undefined) return false;
  const choice =
    mention.stated.holiday !== undefined
      ? holidayYearNear(mention, other.dayNumber, { israel: context.israel })
      : yearNearest(partialOf(mention), other.dayNumber);
  if (!choice) return false;
  applyYear(context, "year-from-partner", index, choice.year, {
    from: other.calendar,
    note: `from the ${other.calendar === "hebrew" ? "Hebrew" : "Gregorian"} date beside it, "${other.text}"`,
  });
  return true;
}

/** Settles the partner of a mention that has just got its year, when the partner still waits for one. */
export function settleWaitingPartner(context: RefineContext, index: number): void {
  const partner = context.partners[index]!;
  if (partner >= 0) takeYearFromPartner(context, partner);
}

/** A missing year from the other calendar's date beside it: the year that puts the two nearest. */
export const yearFromPartner: Refiner = {
  name: "year-from-partner",
  refine(context: RefineContext): void {
    for (let i = 0; i < context.mentions.length; i++) takeYearFromPartner(context, i);
  },
};
