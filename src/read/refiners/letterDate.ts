import type { PairGroup } from "../reading.js";
import { type RefineContext, type Refiner, record } from "./context.js";

// A letter in Hebrew opens with its blessing and the Hebrew date ("ב״ה, כ״ה בכסלו תשפ״ז, ירושלים")
// and, printed in a collection, ends with the civil date set alone in brackets ("(3.12.2026)") that
// the editor added for the same day. The two stand a whole letter apart, so no gap joins them.

/** The blessing a Hebrew letter opens with: ב"ה or בס"ד, in any of the quote marks pages use. */
const BLESSING = /^\s*(?:ב["'״׳”]?ה|בס["'״׳”]?ד)(?![\p{L}])/u;
/** What may stand around the civil date on the letter's last line: brackets and a full stop. */
const BRACKETED = /^[^\S\n]*\([^\S\n]*$/u;
const CLOSED = /^[^\S\n]*\)[.]?\s*$/u;

/** Whether mention `index` has its day, month and year written. */
function written(context: RefineContext, index: number): boolean {
  const { stated } = context.mentions[index]!;
  return stated.year !== undefined && stated.month !== undefined && stated.day !== undefined;
}

/**
 * Pairs a Hebrew letter's dated heading with the bracketed civil date on its last line, when neither
 * is paired yet and both are written whole.
 */
export const letterDate: Refiner = {
  name: "letter-date",
  refine(context: RefineContext): void {
    const { text, mentions, partners } = context;
    if (mentions.length < 2 || !BLESSING.test(text)) return;
    const hebrew = 0;
    const gregorian = mentions.length - 1;
    const head = mentions[hebrew]!;
    const tail = mentions[gregorian]!;
    if (head.calendar !== "hebrew" || tail.calendar !== "gregorian") return;
    if (partners[hebrew]! >= 0 || partners[gregorian]! >= 0) return;
    if (!written(context, hebrew) || !written(context, gregorian) || head.stated.holiday !== undefined)
      return;
    // The heading is the letter's first line; the civil date, bracketed, its last.
    if (text.slice(0, head.start).includes("\n")) return;
    const lineStart = text.lastIndexOf("\n", tail.start - 1) + 1;
    if (!BRACKETED.test(text.slice(lineStart, tail.start)) || !CLOSED.test(text.slice(tail.end))) return;
    const group: PairGroup = {
      kind: "pair",
      gregorian,
      hebrew,
      evidence: { kind: "block", lines: text.slice(head.start, tail.end).split("\n").length },
    };
    // Groups stay in reading order of their first member: the heading comes before every other.
    context.groups.unshift(group);
    partners[hebrew] = gregorian;
    partners[gregorian] = hebrew;
    record(
      context,
      "letter-date",
      { group: 0 },
      "kind",
      "pair",
      "a letter's heading and its bracketed civil date",
    );
  },
};
