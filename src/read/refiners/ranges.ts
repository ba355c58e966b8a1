import type { RangeGroup } from "../reading.js";
import { type RefineContext, type Refiner, record } from "./context.js";

// Two dates of one calendar joined by a dash or "until" are the ends of a span of days:
// "25 Tishrei - 8 Cheshvan 5787", "from July 1, 2026 until July 3, 2026", "מ-כ״ה בכסלו עד ב׳ בטבת".
// A range read whole by an extractor ("June 11–12, 2027") arrives with its ends marked.

/**
 * "until" in the languages read, too: "с 1 августа до 2 августа" (ru.wikibrief.org), "vom 07. bis 14.
 * April", "du mardi 7 mars au mercredi 8 mars", "van 16 september 2023 tot 2 oktober 2024",
 * "17 t/m 18 Maart 2022", "del 22 de abril al 30 de abril", "até".
 */
const RANGE_GAP =
  /^\s*(?:[-–—‐‑~]|to|until|till|through|thru|through to|עד|ועד|–\s*עד|bis|bis zum|bis zur|au|jusqu['’]au|al|hasta|hasta el|a|até|ao|до|по|do|tot|t\/m|tot en met|până la|până pe)\s*$/iu;
/**
 * The same with the night or sunset the span ends at, as infoboxes of other languages write it:
 * "dal tramonto del 6 marzo alla notte del 7 marzo" (an Italian Purim infobox), and as Italy's yearly
 * list of the festivals does: "da mezz'ora prima del tramonto di martedì 11 giugno a un'ora dopo il
 * tramonto di giovedì 13 giugno" (notiziedellascuola.it, lavorofacile.it).
 */
const RANGE_GAP_TO_NIGHT =
  /^\s*(?:alla\s+(?:notte|sera)\s+del|al\s+tramonto\s+del|ad?\s+(?:un|mezz)['’]ora\s+dopo\s+il\s+tramonto\s+d(?:i|el))\s*$/iu;

/**
 * The comma that closes the first end's year, then an English "to": "October 2, 2024, to September
 * 22, 2025". Only after a year: "Wednesday night October 2, through Thursday, October 3 & Friday"
 * lists days, it does not span them.
 */
const COMMA_AFTER_YEAR = /^,\s*(?:to|until|till|through|thru)\s*$/iu;
const ENDS_IN_YEAR = /(?<!\p{N})\p{N}{4}$/u;

/** Whether the text between two dates of one calendar makes them a range's ends. */
export function joinsAsRange(gap: string): boolean {
  return (gap.length <= 16 && RANGE_GAP.test(gap)) || (gap.length <= 36 && RANGE_GAP_TO_NIGHT.test(gap));
}

/**
 * Groups the two ends of every range: those `joinsAsRange` joins and, on a page, those `alsoJoins`
 * does (rangeToEvening.ts: the reading of one date needs none of a page's evening words).
 */
export function rangesJoinedBy(alsoJoins?: (gap: string) => boolean): Refiner {
  return { name: "ranges", refine: (context) => groupRanges(context, alsoJoins) };
}

/** Groups the two ends of every range. */
export const ranges: Refiner = /* @__PURE__ */ rangesJoinedBy();

function groupRanges(context: RefineContext, alsoJoins?: (gap: string) => boolean): void {
  const { mentions, candidates, text } = context;
  for (let i = 0; i + 1 < mentions.length; i++) {
    const a = mentions[i]!;
    const b = mentions[i + 1]!;
    if (a.calendar !== b.calendar) continue;
    const gap = text.slice(a.end, b.start);
    const afterYear = ENDS_IN_YEAR.test(a.text) && COMMA_AFTER_YEAR.test(gap);
    if (!candidates[i]!.rangeWithNext && !afterYear && !joinsAsRange(gap) && !alsoJoins?.(gap)) continue;
    // "26 Kislev 5784 - 2nd day of Chanukkah" names one day twice: a dash before a holiday name is
    // an apposition, not a span.
    if (a.stated.holiday !== undefined || b.stated.holiday !== undefined) continue;
    groupRange(context, "ranges", i, gap);
    i++; // an end belongs to one range
  }
}

/**
 * Groups mentions `from` and `from + 1`, of one calendar, as a range's two ends joined by `gap`, and
 * records which step did it.
 */
export function groupRange(context: RefineContext, step: string, from: number, gap: string): void {
  const group: RangeGroup = {
    kind: "range",
    calendar: context.mentions[from]!.calendar,
    from,
    to: from + 1,
    evidence: { kind: "range", text: gap },
  };
  context.groups.push(group);
  record(context, step, { group: context.groups.length - 1 }, "kind", "range", `"${gap.trim()}"`);
}
