import type { StatedFields, WorkingMention } from "../mention.js";
import type { RefineContext, Refiner } from "./context.js";
import { groupRange } from "./ranges.js";

// Spans of days that only a page's words make (after ranges.ts, on a page only; the reading of one
// date has none): "Saturday, March 23 & Sunday, March 24" under a holiday's name is its two days,
// not a list, when the second day follows the first; and a Greek page's "ηλιοβασίλεμα της 4ης
// Οκτωβρίου – σούρουπο της 5ης Οκτωβρίου 2022" ("sunset of … – dusk of") is one evening to the next.

/** "and" between two days; two days further apart than one stay two dates. */
const AND_GAP = /^\s*(?:&|and|et|und|y|e|i|и|і|ו)\s*$/iu;
/** "– dusk of", "until the dusk of" before the last end. */
const TO_DUSK = /^\s*(?:[-–—]\s*σούρουπο\s+της|έως\s+το\s+σούρουπο\s+της)\s*$/iu;

/** Whether `b` names the day after `a` (by the day and month they state). */
function followsOn(a: StatedFields, b: StatedFields): boolean {
  if (a.month === undefined || a.day === undefined || b.month === undefined || b.day === undefined)
    return false;
  // "vendredi 26 mai 2023 et samedi 27 mai 2022": two years written are two dates, one of them mistyped.
  if (a.year !== undefined && b.year !== undefined && a.year !== b.year) return false;
  if (a.month === b.month) return b.day === a.day + 1;
  return b.day === 1 && a.day >= 28;
}

/**
 * Whether the gap between two dates of one calendar makes them a span on a page.
 * @example pageRangeGap(" & ", { stated: { month: 3, day: 23 } }, { stated: { month: 3, day: 24 } }) // true
 */
export function pageRangeGap(
  gap: string,
  a: Pick<WorkingMention, "stated">,
  b: Pick<WorkingMention, "stated">,
): boolean {
  if (gap.length <= 8 && AND_GAP.test(gap)) return followsOn(a.stated, b.stated);
  return gap.length <= 28 && TO_DUSK.test(gap);
}

/** Groups the ends of the spans pageRangeGap makes, among dates no range holds yet. */
export const pageRanges: Refiner = {
  name: "page-ranges",
  refine(context: RefineContext): void {
    const { mentions, text } = context;
    const inRange = new Set<number>();
    for (const group of context.groups) if (group.kind === "range") inRange.add(group.from).add(group.to);
    for (let i = 0; i + 1 < mentions.length; i++) {
      const a = mentions[i]!;
      const b = mentions[i + 1]!;
      if (a.calendar !== b.calendar || inRange.has(i) || inRange.has(i + 1)) continue;
      if (a.stated.holiday !== undefined || b.stated.holiday !== undefined) continue;
      const gap = text.slice(a.end, b.start);
      if (!pageRangeGap(gap, a, b)) continue;
      groupRange(context, "page-ranges", i, gap);
      i++; // an end belongs to one range
    }
  },
};
