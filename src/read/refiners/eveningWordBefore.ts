import { EVENING_WORDS } from "../lexicon/dateWords.js";
import { type RefineContext, type Refiner, record } from "./context.js";

// "od predvečera 13. septembra 2015, začína 1. tišri", "С вечера 1 февраля 2026 года отмечается Ту
// би-Шват", "Am Abend des 12. April beginnt …": with the civil date first, the word that makes it an
// evening stands before the date, outside the words that join the pair, so the connector's own
// evening (evenings.ts) never sees it. The evening word, then at most two short words ("des", "do
// dia"), then the date: the Hebrew day named is the one that begins at that sundown, and it is read
// as such only when that day is the civil day after (an evening that does not fit stays a mismatch).

/** How far before the civil date its evening word may begin (with a calendar's gloss between). */
const REACH = 64;
/** The civil calendar named between the evening and its date: "at sundown on the Gregorian calendar day of". */
const CALENDAR_GLOSS =
  "(?:[ \\u00a0]+(?:gregorian|civil|secular)[ \\u00a0]+calendar(?:[ \\u00a0]+(?:day|date))?(?:[ \\u00a0]+of)?)?";
let built: RegExp | undefined;
const EVENING_AT_END = (): RegExp =>
  (built ??= new RegExp(
    `(?<!\\p{L})(?<word>${EVENING_WORDS.map((row) => row.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, "\\s+")).join("|")})` +
      `(?:[ \\u00a0]+\\p{L}{1,5}){0,2}${CALENDAR_GLOSS}[ \\u00a0,]*$`,
    "iu",
  ));

/** The evening word that ends `before` (the text just before a civil date), if one does. */
export function eveningWordAtEnd(before: string): string | undefined {
  const line = before.slice(before.lastIndexOf("\n") + 1);
  return EVENING_AT_END().exec(line.length > REACH ? line.slice(-REACH) : line)?.groups?.word;
}

/** Marks as an evening the pairs whose civil date an evening word stands just before. */
export const eveningWordBefore: Refiner = {
  name: "evening-word-before",
  refine(context: RefineContext): void {
    context.groups.forEach((group, index) => {
      if (group.kind !== "pair" || group.evening || group.evidence.kind !== "connector") return;
      const hebrew = context.mentions[group.hebrew]!;
      const civil = context.mentions[group.gregorian]!;
      if (hebrew.stated.holidayErev || hebrew.dayNumber === undefined || civil.dayNumber === undefined)
        return;
      if (hebrew.dayNumber !== civil.dayNumber + 1) return;
      // Only a date written first: after its name, the sundown is the connector's or, after an
      // "until" clause ("y culmina al anochecer del lunes 13 de mayo"), the one that ends the day.
      if (civil.start > hebrew.start || group.evidence.phrase === "until") return;
      const word = eveningWordAtEnd(context.text.slice(Math.max(0, civil.start - REACH), civil.start));
      if (word === undefined) return;
      group.evening = { source: "connector", text: word };
      record(context, "evening-word-before", { group: index }, "evening", word);
    });
  },
};
