import type { GroupEvidence } from "../reading.js";

// German and Dutch put the verb second: after an opening adverb the verb comes first and the named day
// follows it as its subject, "In diesem Jahr fällt Jom Kippur auf den 12. Oktober", "dieses Jahr fiel
// der 10. Tischri auf den 28. September", "Dit jaar valt Chanoeka op 14 december". Between the day and
// its date stand only the preposition that leads to the date ("auf den", "op"); the verb of falling
// stands right before the day, an article maybe between them. Without that verb the preposition joins
// nothing ("… Sukkot auf den Dächern").

/** A verb of falling and maybe an article, ending right before the named day. */
const VERB_BEFORE =
  /(?<![\p{L}])(?<verb>fällt|fiel|fallen|fielen|valt|viel|vallen|vielen)[ \u00a0]+(?:(?:der|die|das|dieses|diesen|de|het|dit|dat)[ \u00a0]+)?$/iu;
/** The preposition between the day and its date: de "auf (den|dem)", nl "op". */
const TO_DATE = /^[ \u00a0]+(?<to>auf(?:[ \u00a0]+(?:den|dem))?|op)[ \u00a0]+$/iu;
/** How far back the verb and its article may begin. */
const VERB_REACH = 24;

/**
 * How a named day `a` and the civil date `b` after it are joined when the verb of falling stands
 * before the day, if they are.
 * @example verbBeforeSubjectJoin("Heuer fällt Purim auf den 3. März.", {calendar: "hebrew", start: 12, end: 17}, {start: 26, end: 34})?.phrase // "fällt … auf den"
 */
export function verbBeforeSubjectJoin(
  text: string,
  a: { calendar: string; start: number; end: number },
  b: { start: number; end: number },
): GroupEvidence | undefined {
  if (a.calendar !== "hebrew") return undefined;
  const gap = text.slice(a.end, b.start);
  const to = TO_DATE.exec(gap);
  if (to === null) return undefined;
  const verb = VERB_BEFORE.exec(text.slice(Math.max(0, a.start - VERB_REACH), a.start));
  if (verb === null) return undefined;
  const said = `${verb.groups!.verb!.toLowerCase()} … ${to.groups!.to!.toLowerCase().replace(/\s+/g, " ")}`;
  return { kind: "connector", text: gap, phrase: said };
}
