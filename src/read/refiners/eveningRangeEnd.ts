import { type RefineContext, type Refiner, record } from "./context.js";

// "10 του μηνός Τισρί (ηλιοβασίλεμα της 4ης Οκτωβρίου – σούρουπο της 5ης Οκτωβρίου 2022)": an
// evening phrase before a civil span ("sunset of … – dusk of") names the evening of its first end
// only. Range-ends leaves the Hebrew day on the last end, the day it names; when the first end is the
// evening before that day, the evening the phrase names is the pair's. A page's reading only: one
// date's has no connector evening.

/** Moves a pair with a connector's evening from a civil span's last end to its first, the evening before. */
export const eveningRangeEnd: Refiner = {
  name: "evening-range-end",
  refine(context: RefineContext): void {
    const { mentions, partners } = context;
    const firstOf = new Map<number, number>();
    for (const group of context.groups)
      if (group.kind === "range" && group.calendar === "gregorian") firstOf.set(group.to, group.from);
    if (firstOf.size === 0) return;
    context.groups.forEach((group, index) => {
      if (group.kind !== "pair" || group.evening?.source !== "connector") return;
      const from = firstOf.get(group.gregorian);
      const day = mentions[group.hebrew]!;
      if (from === undefined || day.stated.holiday !== undefined || day.dayNumber === undefined) return;
      if (mentions[group.gregorian]!.dayNumber !== day.dayNumber) return;
      const first = mentions[from]!;
      if (first.dayNumber !== day.dayNumber - 1 || partners[from]! >= 0) return;
      partners[group.gregorian] = -1;
      group.gregorian = from;
      partners[from] = group.hebrew;
      partners[group.hebrew] = from;
      record(context, "evening-range-end", { group: index }, "gregorian", first.text);
    });
  },
};
