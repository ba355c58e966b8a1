import { yearNearest } from "../../calendars/partialDate.js";
import { missingYear, type RefineContext, type Refiner } from "./context.js";
import { applyYear, partialOf } from "./settle.js";

/**
 * A range's end without a year takes it from the other end: "25 Tishrei – 8 Cheshvan 5787",
 * "December 28 – January 3, 2027" (the first end in the year before, as a range runs forward).
 */
export const yearFromRange: Refiner = {
  name: "year-from-range",
  refine(context: RefineContext): void {
    for (const group of context.groups) {
      if (group.kind !== "range") continue;
      const from = context.mentions[group.from]!;
      const to = context.mentions[group.to]!;
      const [open, known, index, forward] = missingYear(from)
        ? [from, to, group.from, false]
        : [to, from, group.to, true];
      if (!missingYear(open) || known.dayNumber === undefined) continue;
      const partial = partialOf(open);
      let choice = yearNearest(partial, known.dayNumber);
      // A range runs forward: its first day lies before its last.
      if (choice && (forward ? choice.dayNumber < known.dayNumber : choice.dayNumber > known.dayNumber)) {
        const shifted = yearNearest(partial, known.dayNumber + (forward ? 200 : -200));
        if (shifted) choice = shifted;
      }
      if (!choice) continue;
      applyYear(context, "year-from-range", index, choice.year, {
        from: "range",
        note: `from the other end of the range, "${known.text}"`,
      });
    }
  },
};
