import { ENDING_VERBS_AFTER_DATE, VERBS_AFTER_DATE } from "../lexicon/dateWords.js";
import type { GroupEvidence } from "../reading.js";

// A language that puts its verb last: "A Hanuka 2025-ben december 14-én kezdődik", "Ros Hasana idén
// szeptember 23-ra esik". Between the named day and its date stand only a short subject's words and
// maybe the year ("2025-ben", in 2025); the verb stands right after the date, one word at most
// between them ("napszálltakor", at sundown). Without the verb the same words join nothing ("Purim
// idén március 3-án a gyerekek …" may speak of anything on that day).

/** The most characters between the named day and its date. */
const MAX_SUBJECT = 40;
/** How far after the date its verb may end. */
const VERB_REACH = 40;
const SENTENCE_END = /[.!?;:\u2026\n]/u;
/** A year with its case ending or period, the only number the subject may hold. */
const YEAR = /(?<!\p{N})\p{N}{4}(?:-?\p{L}{1,3}|\.)?(?![\p{L}\p{N}])/gu;
let built: RegExp | undefined;
const VERB_AFTER = (): RegExp | null => {
  if (VERBS_AFTER_DATE.length === 0) return null;
  // The longer rows first, so that "ér véget" is not read as a shorter row it begins with.
  const verbs = [...VERBS_AFTER_DATE, ...ENDING_VERBS_AFTER_DATE].sort((x, y) => y.length - x.length);
  built ??= new RegExp(
    `^,?[ \\u00a0]+(?:\\p{L}{2,16}[ \\u00a0]+)?(?<verb>${verbs.map((row) => row.replace(/ /g, "[ \\u00a0]+")).join("|")})(?!\\p{L})`,
    "iu",
  );
  return built;
};

/**
 * How a named day `a` and the civil date `b` after it are joined by a verb after the date, if they are.
 * @example verbAfterDateJoin("Ros Hasana idén szeptember 23-ra esik.", {calendar: "hebrew", start: 0, end: 10}, {start: 16, end: 32})?.phrase // "idén … esik"
 */
export function verbAfterDateJoin(
  text: string,
  a: { calendar: string; start: number; end: number },
  b: { start: number; end: number },
): GroupEvidence | undefined {
  if (a.calendar !== "hebrew" || b.start - a.end > MAX_SUBJECT) return undefined;
  const pattern = VERB_AFTER();
  if (pattern === null) return undefined;
  const gap = text.slice(a.end, b.start);
  if (SENTENCE_END.test(gap.replace(YEAR, "")) || /\p{N}/u.test(gap.replace(YEAR, ""))) return undefined;
  const verb = pattern.exec(text.slice(b.end, b.end + VERB_REACH));
  if (verb === null) return undefined;
  const said = verb.groups!.verb!.toLowerCase().replace(/\s+/g, " ");
  const subject = gap.trim().toLowerCase().replace(/\s+/g, " ");
  // A verb that ends the holiday on the date says "until": the date is its last day (check/holidayLastDay.ts).
  if (ENDING_VERBS_AFTER_DATE.includes(said))
    return { kind: "connector", text: `${gap} ${said}`, phrase: "until" };
  return {
    kind: "connector",
    text: `${gap} ${said}`,
    phrase: subject === "" ? said : `${subject} … ${said}`,
  };
}
