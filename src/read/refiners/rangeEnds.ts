import type { PairGroup } from "../reading.js";
import { type RefineContext, type Refiner, record } from "./context.js";

// "Rosh Chodesh Kislev: Thursday night–Friday, November 20–21 | 30 Cheshvan" — a range on one side
// and one day on the other: the day pairs with the end it names. Until the days were known it was
// paired with the range's last end; now take the end nearest it (a match, else after sunset, else
// the smaller distance).

function score(offset: number): number {
  return offset === 0 ? 0 : offset === 1 ? 1 : 2 + Math.abs(offset);
}

/** Re-pairs a single day with the range end it names. */
export const rangeEnds: Refiner = {
  name: "range-ends",
  refine(context: RefineContext): void {
    const rangeOf = new Map<number, [number, number]>();
    for (const group of context.groups) {
      if (group.kind !== "range") continue;
      rangeOf.set(group.from, [group.from, group.to]);
      rangeOf.set(group.to, [group.from, group.to]);
    }
    if (rangeOf.size === 0) return;
    context.groups.forEach((group, index) => {
      if (group.kind !== "pair") return;
      const gRange = rangeOf.get(group.gregorian);
      const hRange = rangeOf.get(group.hebrew);
      if ((gRange === undefined) === (hRange === undefined)) return; // two singles, or two ranges end with end
      const side: keyof PairGroup = gRange ? "gregorian" : "hebrew";
      const single = context.mentions[gRange ? group.hebrew : group.gregorian]!;
      const ends = (gRange ?? hRange)!;
      if (single.dayNumber === undefined) return;
      let best = group[side];
      let bestScore = Number.POSITIVE_INFINITY;
      for (const end of ends) {
        const day = context.mentions[end]!.dayNumber;
        if (day === undefined) continue;
        const offset = gRange ? single.dayNumber - day : day - single.dayNumber;
        if (score(offset) < bestScore) {
          bestScore = score(offset);
          best = end;
        }
      }
      if (best === group[side]) return;
      context.partners[group[side]] = -1;
      group[side] = best;
      context.partners[best] = gRange ? group.hebrew : group.gregorian;
      context.partners[gRange ? group.hebrew : group.gregorian] = best;
      record(context, "range-ends", { group: index }, side, context.mentions[best]!.text);
    });
  },
};
