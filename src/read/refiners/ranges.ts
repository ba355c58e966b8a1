import type { RangeGroup } from "../reading.js";
import { type RefineContext, type Refiner, record } from "./context.js";

// Two dates of one calendar joined by a dash or "until" are the ends of a span of days:
// "25 Tishrei - 8 Cheshvan 5787", "from July 1, 2026 until July 3, 2026", "מ-כ״ה בכסלו עד ב׳ בטבת".
// A range read whole by an extractor ("June 11–12, 2027") arrives with its ends marked.

const RANGE_GAP = /^\s*(?:[-–—‐‑~]|to|until|till|through|thru|through to|עד|ועד|–\s*עד)\s*$/iu;

/** Whether the text between two dates of one calendar makes them a range's ends. */
export function joinsAsRange(gap: string): boolean {
  return gap.length <= 16 && RANGE_GAP.test(gap);
}

/** Groups the two ends of every range. */
export const ranges: Refiner = {
  name: "ranges",
  refine(context: RefineContext): void {
    const { mentions, candidates, text } = context;
    for (let i = 0; i + 1 < mentions.length; i++) {
      const a = mentions[i]!;
      const b = mentions[i + 1]!;
      if (a.calendar !== b.calendar) continue;
      const gap = text.slice(a.end, b.start);
      if (!candidates[i]!.rangeWithNext && !joinsAsRange(gap)) continue;
      // "26 Kislev 5784 - 2nd day of Chanukkah" names one day twice: a dash before a holiday name is
      // an apposition, not a span.
      if (a.stated.holiday !== undefined || b.stated.holiday !== undefined) continue;
      const group: RangeGroup = {
        kind: "range",
        calendar: a.calendar,
        from: i,
        to: i + 1,
        evidence: { kind: "range", text: gap },
      };
      context.groups.push(group);
      record(context, "ranges", { group: context.groups.length - 1 }, "kind", "range", `"${gap.trim()}"`);
      i++; // an end belongs to one range
    }
  },
};
