import type { PairGroup } from "../reading.js";
import { type RefineContext, type Refiner, record } from "./context.js";

// "Rosh Chodesh Kislev: Thursday night–Friday, November 20–21 | 30 Cheshvan" — a range on one side
// and one day on the other: the day pairs with the end it names. Until the days were known it was
// paired with the range's last end; now take the end nearest it (a match, else after sunset, else
// the smaller distance).

function score(offset: number, evening: boolean): number {
  // An end written as an evening ("du vendredi soir 11 octobre au samedi soir 12 octobre") names the
  // evening that begins the day after it, never its own daytime.
  if (evening) return offset === 1 ? 0 : 2 + Math.abs(offset);
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
        const mention = context.mentions[end]!;
        if (mention.dayNumber === undefined) continue;
        const offset = gRange ? single.dayNumber - mention.dayNumber : mention.dayNumber - single.dayNumber;
        const evening = gRange !== undefined && mention.stated.evening === true;
        if (score(offset, evening) < bestScore) {
          bestScore = score(offset, evening);
          best = end;
        }
      }
      if (best === group[side]) return;
      // The evening read off the end first paired goes with it.
      if (gRange && group.evening?.source === "weekday" && context.mentions[best]!.stated.evening !== true)
        delete group.evening;
      context.partners[group[side]] = -1;
      group[side] = best;
      context.partners[best] = gRange ? group.hebrew : group.gregorian;
      context.partners[gRange ? group.hebrew : group.gregorian] = best;
      record(context, "range-ends", { group: index }, side, context.mentions[best]!.text);
    });
  },
};
