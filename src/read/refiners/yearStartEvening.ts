import { HEBREW_MONTH } from "../../calendars/hebrew.js";
import { type RefineContext, type Refiner, record } from "./context.js";

// A Hebrew year written over its civil span, "5785 runs from October 2, 2024, to September 22,
// 2025": a Jewish year begins at sundown, so a span's first civil day may be the evening on which
// 1 Tishrei begins. Read as that evening only when the civil day is the day before; a first day
// two days off stays a mismatch.

/** Marks as an evening a year's first day (1 Tishrei, read off its span) paired with the civil day before. */
export const yearStartEvening: Refiner = {
  name: "year-start-evening",
  refine(context: RefineContext): void {
    context.groups.forEach((group, index) => {
      if (group.kind !== "pair" || group.evening) return;
      const hebrew = context.mentions[group.hebrew]!;
      const civil = context.mentions[group.gregorian]!;
      if (hebrew.extractor !== "hebrew-period" || hebrew.date?.calendar !== "hebrew") return;
      if (hebrew.date.month !== HEBREW_MONTH.TISHREI || hebrew.date.day !== 1) return;
      if (hebrew.dayNumber === undefined || civil.dayNumber === undefined) return;
      if (hebrew.dayNumber !== civil.dayNumber + 1) return;
      group.evening = { source: "connector", text: civil.text };
      record(context, "year-start-evening", { group: index }, "evening", civil.text);
    });
  },
};
