import { BEGIN_VERBS } from "../lexicon/dateWords.js";
import { type RefineContext, type Refiner, record } from "./context.js";

// "On the first day of the month of Tishri, this year on September 15 in the Gregorian calendar,
// Rosh Hashanah begins.": the sentence ends by naming the holiday of the pair's Hebrew day and saying
// it begins. A holiday begins at sundown, so the civil date is its evening when the Hebrew day is the
// next civil day (as holidayBegins.ts reads a begin verb between the two dates).

/** How far after the pair the holiday's name may begin, within the same sentence. */
const REACH = 48;
/** Nothing but words and commas between the pair and the holiday: no end of a sentence or line. */
const SAME_SENTENCE = /^[^.!?;\n]*$/u;

let verbThenEnd: RegExp | undefined;
/** A begin verb, then the end of the sentence: "Rosh Hashanah begins." */
const VERB_THEN_END = (): RegExp =>
  (verbThenEnd ??= new RegExp(
    `^[ \\u00a0]+(?:${BEGIN_VERBS.map((verb) => verb.replace(/ /g, "\\s+")).join("|")})[ \\u00a0]*(?:[.!]|$)`,
    "iu",
  ));

/** The index of the first mention that starts at or after `at` (mentions are in reading order). */
function firstFrom(mentions: readonly { start: number }[], at: number): number {
  let low = 0;
  let high = mentions.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (mentions[middle]!.start < at) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Marks pairs whose sentence ends with the holiday of their Hebrew day said to begin. */
export const beginsAfter: Refiner = {
  name: "begins-after",
  refine(context: RefineContext): void {
    const { text, mentions } = context;
    context.groups.forEach((group, index) => {
      if (group.kind !== "pair" || group.evening) return;
      const civil = mentions[group.gregorian]!;
      const hebrew = mentions[group.hebrew]!;
      if (civil.dayNumber === undefined || hebrew.dayNumber !== civil.dayNumber + 1) return;
      const pairEnd = Math.max(civil.end, hebrew.end);
      // The mentions after the pair, in reading order: the first few within reach only.
      let holiday: (typeof mentions)[number] | undefined;
      for (let k = firstFrom(mentions, pairEnd); k < mentions.length; k++) {
        const m = mentions[k]!;
        if (m.start - pairEnd > REACH) break;
        if (m.stated.holiday === undefined || m.stated.holidayErev || m.dayNumber !== hebrew.dayNumber)
          continue;
        holiday = m;
        break;
      }
      if (!holiday || !SAME_SENTENCE.test(text.slice(pairEnd, holiday.start))) return;
      const verb = VERB_THEN_END().exec(text.slice(holiday.end, holiday.end + 24));
      if (!verb) return;
      group.evening = { source: "connector", text: verb[0].trim().replace(/[.!]$/u, "") };
      record(context, "begins-after", { group: index }, "evening", group.evening.text);
    });
  },
};
