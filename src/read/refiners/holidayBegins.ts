import { BEGIN_FROM_WORDS, BEGIN_VERBS } from "../lexicon/dateWords.js";
import type { GroupEvidence } from "../reading.js";
import { type RefineContext, type Refiner, record } from "./context.js";

// "Passover begins on Saturday, March 27, 2021", "Το Σάββατο 27 Μαρτίου αρχίζει ο εορτασμός του
// Πέσαχ", "празднование Хануки начнется 7 декабря": a holiday said to begin on a civil day begins at
// sundown, so the day written may be its eve as well as its first day. Pages write both ("Pessach
// begann am 16. April" is the first day), and neither is a mistake; which one a page means is read
// off the days once they are known: the eve when the holiday's first day is the next civil day.
// (An evening word already says so; "Erev X" names the eve's whole day, and is left alone.)

let beginVerb: RegExp | undefined;
const BEGIN_VERB = (): RegExp =>
  (beginVerb ??= new RegExp(
    `(?<!\\p{L})(?:${BEGIN_VERBS.map((verb) => verb.replace(/ /g, "\\s+")).join("|")})(?!\\p{L})`,
    "iu",
  ));

/**
 * Whether the words that join a pair say its holiday begins then: only the holiday's first day (or
 * its eve) is meant, not any of its days ("Песах начался … 12 апреля" is not Pesach's second day).
 * @example saysBegins({ kind: "connector", text: " begins on ", phrase: "begins on" }) // true
 */
export function saysBegins(evidence: GroupEvidence): boolean {
  return evidence.kind === "connector" && BEGIN_VERB().test(evidence.text);
}

/** An evening "before the" date, right before it (joins.ts reads it as no evening of the date). */
const EVE_BEFORE = /(?<!\p{L})vor[ \u00a0]+dem[ \u00a0]*$/iu;

let fromWords: RegExp | undefined;
/** A "from" that ends just before a date, a comma or "the day" maybe between: "A partir del 6/12". */
const FROM_BEFORE = (): RegExp =>
  (fromWords ??= new RegExp(
    `(?<!\\p{L})(?:${BEGIN_FROM_WORDS.map((words) => words.replace(/ /g, "\\s+")).join("|")})[\\s\\u00a0]+$`,
    "iu",
  ));

/**
 * Whether the civil date of a pair, written before its holiday, follows a word that says the holiday
 * begins then: "A partir del 6/12/2015, celebraremos Janucá".
 */
function fromBefore(text: string, civilStart: number, hebrewStart: number): boolean {
  return civilStart < hebrewStart && FROM_BEFORE().test(text.slice(Math.max(0, civilStart - 16), civilStart));
}

/**
 * Reads the civil date of a holiday that a begin verb joins to it as the evening it begins on,
 * when the holiday's first day is the day after it.
 */
export const holidayBegins: Refiner = {
  name: "holiday-begins",
  refine(context: RefineContext): void {
    context.groups.forEach((group, index) => {
      if (group.kind !== "pair" || group.evening || group.evidence.kind !== "connector") return;
      const holiday = context.mentions[group.hebrew]!;
      const civil = context.mentions[group.gregorian]!;
      if (holiday.stated.holiday === undefined || holiday.stated.holidayErev) return;
      if (holiday.dayNumber === undefined || civil.dayNumber === undefined) return;
      if (holiday.dayNumber !== civil.dayNumber + 1) return;
      // "beginnt am Abend vor dem 10. September": the page names the eve itself, the date is the first day.
      if (EVE_BEFORE.test(group.evidence.text)) return;
      const from = !saysBegins(group.evidence) && fromBefore(context.text, civil.start, holiday.start);
      if (!from && !saysBegins(group.evidence)) return;
      group.evening = { source: "connector", text: from ? "from" : group.evidence.phrase };
      record(context, "holiday-begins", { group: index }, "evening", group.evening.text);
    });
  },
};
