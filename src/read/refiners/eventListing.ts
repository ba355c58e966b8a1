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
/**
 * Whether text[from, to) holds only spaces, tabs and carriage returns. Read from its end, and no
 * slice made: on a long line of many ranges, each range looks back only to the first other character.
 */
function blankBetween(text: string, from: number, to: number): boolean {
  for (let at = to - 1; at >= from; at--) {
    const code = text.charCodeAt(at);
    if (code !== 32 && code !== 9 && code !== 0xa0 && code !== 13) return false;
  }
  return true;
}

/** The start of the line `at` stands on if only blanks come before it there, else -1. */
function blankBackTo(text: string, at: number): number {
  let start = at;
  while (start > 0 && text.charCodeAt(start - 1) !== 10) {
    if (!blankBetween(text, start - 1, start)) return -1;
    start--;
  }
  return start;
}

/** Whether only blanks follow `at` to the end of its line. */
function blankForward(text: string, at: number): boolean {
  for (let end = at; end < text.length && text.charCodeAt(end) !== 10; end++)
    if (!blankBetween(text, end, end + 1)) return false;
  return true;
}

/** The first mention that ends after `at` (mentions are in order and do not overlap). */
function firstMentionAfter(context: RefineContext, at: number): number {
  let low = 0;
  let high = context.mentions.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (context.mentions[middle]!.end <= at) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The holiday mention a title line names, if the line is a title naming one holiday and no other date. */
function titleHoliday(context: RefineContext, start: number, end: number): number | undefined {
  const line = context.text.slice(start, end).trim();
  if (line.length === 0 || line.length > TITLE_MAX || /[.!?]$/u.test(line)) return undefined;
  let found: number | undefined;
  for (let i = firstMentionAfter(context, start); i < context.mentions.length; i++) {
    const mention = context.mentions[i]!;
    if (mention.start >= end) break;
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
      // The range is its line's whole text: only blanks between it and the line's ends (looked at
      // from the range outwards, so a long line of many ranges is not read again for each).
      const lineStart = blankBackTo(text, from.start);
      if (lineStart <= 0 || !blankForward(text, to.end)) continue;
      // The title's line just above, or above one blank line.
      let titleEnd = lineStart - 1;
      let titleStart = lineStartOf(text, titleEnd);
      if (blankBetween(text, titleStart, titleEnd)) {
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
