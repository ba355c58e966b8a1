import { dayNumberStrict } from "../../calendars/validate.js";
import type { Inference } from "../mention.js";
import { partnerOf, type RefineContext, type Refiner } from "./context.js";
import { inferField, settleInYear } from "./settle.js";

/** Why a numeric date whose order nothing settles ("3/4/2020") was read month first. */
export const MONTH_FIRST_BY_DEFAULT = "day and month order: month first (the text does not settle it)";

/**
 * Numeric dates whose day/month order the text leaves open ("03/04/2020"): the reading nearer the
 * Hebrew date beside it, else day first beside Hebrew script, else month first; the other reading is
 * kept as an alternative.
 */
export const numericOrder: Refiner = {
  name: "numeric-order",
  refine(context: RefineContext): void {
    context.mentions.forEach((mention, i) => {
      if (!context.candidates[i]!.orderAmbiguous || mention.problem) return;
      const { month, day, year } = mention.stated;
      if (month === undefined || day === undefined || year === undefined) return;
      let order: "mdy" | "dmy" = context.hebrewContext ? "dmy" : "mdy";
      let from: Inference["from"] = context.hebrewContext ? "context" : "default";
      let note = context.hebrewContext
        ? "day and month order: day first, as dates are written beside Hebrew text"
        : MONTH_FIRST_BY_DEFAULT;
      const target = partnerOf(context, i)?.dayNumber;
      if (target !== undefined) {
        const distance = (m: number, d: number): number => {
          try {
            return Math.abs(dayNumberStrict({ calendar: "gregorian", year, month: m, day: d }) - target);
          } catch {
            return Number.POSITIVE_INFINITY;
          }
        };
        order = distance(day, month) < distance(month, day) ? "dmy" : "mdy";
        from = "hebrew";
        note = `day and month order: ${order === "dmy" ? "day" : "month"} first, the reading nearer the Hebrew date beside it`;
      }
      if (order === "dmy") mention.stated = { ...mention.stated, month: day, day: month };
      const other = order === "dmy" ? { month, day } : { month: day, day: month };
      mention.alternatives = [{ calendar: "gregorian", year, ...other }];
      inferField(context, "numeric-order", i, { field: "order", value: order, from, note });
      settleInYear(context, i, year);
    });
  },
};
