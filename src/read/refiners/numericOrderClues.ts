import { dayNumberStrict } from "../../calendars/validate.js";
import type { WorkingMention } from "../mention.js";
import { partnerOf, type RefineContext, type Refiner } from "./context.js";
import { holidayYearNear } from "./holidayDay.js";
import { MONTH_FIRST_BY_DEFAULT } from "./numericOrder.js";
import { settleInYear } from "./settle.js";

// A page's clues to the order of a numeric date's day and month that numeric-order left month first
// by default: the holiday a yearless date is paired with ("Janucá: 4/12/2026" is December), else the
// page's own dates with a month's name written day first ("el 25 de Kislev … a partir del 6/12/2015"
// is the 6th of December). A page's reading only: one date has no other date beside it.

/** A day of one or two digits, then the month's name (the extractor reads other languages than English). */
const DAY_THEN_WORD = /^\p{N}{1,2}(?!\p{N})[^\n\p{N}]{0,6}\p{L}/u;

/** Whether the text writes a day before a month's name in a language of its own: "25 de Kislev". */
function writesDayFirst(context: RefineContext): boolean {
  return context.mentions.some(
    (mention, k) =>
      context.candidates[k]!.extractor === "localized-text" &&
      DAY_THEN_WORD.test(context.text.slice(mention.start, mention.end)),
  );
}

/** How far a civil day is from the nearest day of a yearless holiday. */
function awayFrom(context: RefineContext, holiday: WorkingMention, year: number, month: number, day: number) {
  const civil = dayNumberStrict({ calendar: "gregorian", year, month, day });
  const near = holidayYearNear(holiday, civil, { israel: context.israel });
  return near === undefined ? Number.POSITIVE_INFINITY : Math.abs(near.dayNumber - civil);
}

/** Reads day first the numeric dates that the page's clues say are. */
export const numericOrderClues: Refiner = {
  name: "numeric-order-clues",
  refine(context: RefineContext): void {
    let dayFirst: boolean | undefined;
    context.mentions.forEach((mention, i) => {
      const order = mention.inferred.find((inference) => inference.field === "order");
      if (order?.note !== MONTH_FIRST_BY_DEFAULT || mention.problem) return;
      const { month, day, year } = mention.stated;
      if (month === undefined || day === undefined || year === undefined) return;
      const partner = partnerOf(context, i);
      let note: string | undefined;
      if (partner?.stated.holiday !== undefined && partner.dayNumber === undefined) {
        const kept = awayFrom(context, partner, year, month, day);
        const swapped = awayFrom(context, partner, year, day, month);
        // The month-first reading nearer the holiday stays.
        if (kept < swapped) return;
        if (swapped < kept) note = "day and month order: day first, the reading nearer the holiday beside it";
      }
      if (note === undefined) {
        dayFirst ??= writesDayFirst(context);
        if (!dayFirst) return;
        note = "day and month order: day first, as the text's dates with a month's name are";
      }
      mention.stated = { ...mention.stated, month: day, day: month };
      mention.alternatives = [{ calendar: "gregorian", year, month, day }];
      Object.assign(order, { value: "dmy", from: "context", note });
      delete mention.dayNumber;
      delete mention.date;
      settleInYear(context, i, year);
    });
  },
};
