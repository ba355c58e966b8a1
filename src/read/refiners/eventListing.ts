import type { PairGroup } from "../reading.js";
import { type RefineContext, type Refiner, record } from "./context.js";

// An event listing: a title that names a holiday, then (at most one blank line below) the event's
// civil span on a line of its own, often with its hours: "Yom Ha'atzmaut: Israel Independence Day" /
// "13 May 2024 @ 7:00 PM – 14 May 2024 @ 7:00 PM" (nzfoi.org), "Jewish – Tu B'Shevat (Tu Bishvat)" /
// "February 5 @ 6:00 pm - February 6 @ 7:00 pm" (rfpeurope.org). The title's gloss and the range's
// times keep the block rule off them (pairs.ts); the span is the holiday's, from its eve to its day
// (range-ends and holiday-span settle which end is which).

/** A title is one short line, not a sentence. */
const TITLE_MAX = 80;

const lineStartOf = (text: string, at: number): number => text.lastIndexOf("\n", at - 1) + 1;
function lineEndOf(text: string, at: number): number {
  const end = text.indexOf("\n", at);
  return end < 0 ? text.length : end;
}
const blank = (s: string): boolean => /^[ \t\u00a0\r]*$/u.test(s);

/** The holiday mention a title line names, if the line is a title naming one holiday and no other date. */
function titleHoliday(context: RefineContext, start: number, end: number): number | undefined {
  const line = context.text.slice(start, end).trim();
  if (line.length === 0 || line.length > TITLE_MAX || /[.!?]$/u.test(line)) return undefined;
  let found: number | undefined;
  for (let i = 0; i < context.mentions.length; i++) {
    const mention = context.mentions[i]!;
    if (mention.end <= start || mention.start >= end) continue;
    const key = mention.stated.holiday;
    // Any other date on the title line, or a second holiday of another name, and it is not one event's.
    if (key === undefined || key === "parashah" || context.partners[i]! >= 0) return undefined;
    if (found !== undefined && context.mentions[found]!.stated.holiday !== key) return undefined;
    found ??= i;
  }
  return found;
}

/** Pairs a listing's holiday title with the civil range on the line under it. */
export const eventListing: Refiner = {
  name: "event-listing",
  refine(context: RefineContext): void {
    const { text } = context;
    for (const group of [...context.groups]) {
      if (group.kind !== "range" || group.calendar !== "gregorian") continue;
      if (context.partners[group.from]! >= 0 || context.partners[group.to]! >= 0) continue;
      const from = context.mentions[group.from]!;
      const to = context.mentions[group.to]!;
      // The range is its line's whole text.
      const lineStart = lineStartOf(text, from.start);
      const lineEnd = lineEndOf(text, to.end);
      if (!blank(text.slice(lineStart, from.start)) || !blank(text.slice(to.end, lineEnd))) continue;
      if (lineStart === 0) continue;
      // The title's line just above, or above one blank line.
      let titleEnd = lineStart - 1;
      let titleStart = lineStartOf(text, titleEnd);
      if (blank(text.slice(titleStart, titleEnd))) {
        if (titleStart === 0) continue;
        titleEnd = titleStart - 1;
        titleStart = lineStartOf(text, titleEnd);
      }
      const holiday = titleHoliday(context, titleStart, titleEnd);
      if (holiday === undefined) continue;
      const pair: PairGroup = {
        kind: "pair",
        gregorian: group.to,
        hebrew: holiday,
        evidence: { kind: "block", lines: 2 },
      };
      context.groups.push(pair);
      context.partners[group.to] = holiday;
      context.partners[holiday] = group.to;
      record(
        context,
        "event-listing",
        { group: context.groups.length - 1 },
        "kind",
        "pair",
        "a title over its span",
      );
    }
  },
};
