import { BEGIN_FIELD_REACH } from "../holidayWindows.js";
import {
  AFTER_OCCURRENCE_VERB,
  OCCURRENCE_VERBS,
  REFERRING_SUBJECTS,
  THIS_YEAR,
} from "../lexicon/dateWords.js";
import type { GroupEvidence } from "../reading.js";
import { saysBegins } from "./holidayBegins.js";
import { MAX_GAP as SHORT_GAP } from "./separatorGap.js";

// A named day and its civil date in one clause of prose: "Purim was celebrated on Friday, February
// 26, 2021", "Lag BaOmer for Hebrew Year 5784 begins at sundown on Saturday, 25 May 2024". The words
// between them are no connector ("was celebrated on" is not "corresponding to"), but the clause says
// the day falls on the date: it ends in a verb of occurrence and the small words that lead to a date,
// and what stands before the verb is a short run of words (the subject's own: "the eight-day
// festival of lights,"), with no other number than a year and no end of a sentence.

/** The most characters of words between the named day and its verb. */
const MAX_SUBJECT = 48;

let verbAtEnd: RegExp | undefined;
const SENTENCE_END = /[.!?;:\u2026]/u;
/**
 * A sentence that begins with "It" speaks of the day just named: "When is Shavuot in 2024? It begins
 * …"; so does one under a heading that names it ("Поздравления с Ханукой" / "В 2025 году этот
 * праздник начинается …"), and one of a language that may leave the subject out ("Festività di
 * Shavuot" / "Inizia al tramonto di martedì 30 maggio"). So does a clause after a semicolon whose
 * subject stands for the day or the span just named ("Pesach duurt van 15 tot 22 Nisan; dit begint op
 * de avond van 22 april"). The lead is what stands before the sentence or the clause.
 */
let refersBackBuilt: RegExp | undefined;
const refersBack = (): RegExp =>
  (refersBackBuilt ??= new RegExp(
    `^(?<lead>[^.!?\\n]*?(?:[.!?]["'\\u201d\\u2019)\\]]*\\s+|;\\s+|\\n\\s*))` +
      `(?:(?:${words(THIS_YEAR).replace(/YYYY/g, "\\p{N}{4}")}),?\\s+)?` +
      `(?:(?<who>${words(REFERRING_SUBJECTS)})(?!\\p{L}))?`,
    "iu",
  ));
/**
 * The most characters between the day and its date: a subject of MAX_SUBJECT and a verb with its small
 * words ("Yom Kippur, the holiest day of the year in Judaism, begins at sunset on"); a next sentence
 * that refers back may take more.
 */
const VERB_ALLOWANCE = 24;
const MAX_GAP = MAX_SUBJECT + VERB_ALLOWANCE;
/**
 * The most characters of a verb and its small words: they may name the calendar and the year
 * ("fällt nach dem gregorianischen Kalender im Jahr 2026 auf den"), and are only such words by the
 * pattern's making, so past VERB_ALLOWANCE they count no further (spokenLength).
 */
const MAX_VERB_PHRASE = 64;
/** "Hanukkah lasts eight nights and usually falls in November or December. This year, it begins on". */
export const MAX_REFERRING_GAP = 120;
const YEAR = /(?<![\p{N}])\p{N}{4}(?![\p{N}])/gu;
/**
 * A subject may name the Hebrew year the day begins or falls in ("Rosh Hashanah 2024 marks the
 * beginning of the Jewish year 5785 and falls on", "Lag BaOmer for Hebrew Year 5784 begins"): the
 * phrase says which day it is, as a year after the name does, so its length is not the subject's.
 */
const HEBREW_YEAR_PHRASE =
  /(?<!\p{L})(?:of|for|in)\s+(?:the\s+)?(?:jewish|hebrew)\s+year\s+\p{N}{4}(?!\p{N})/iu;
const BRACKETED_REMARK = /\([^()\p{N}\n]{1,40}\)/gu;
/**
 * An apposition between dashes glosses the name as brackets do ("Йом-Кипур – самый важный из
 * праздников в иудаизме – в 2023 году начнется", "Jom Kippur – der Versöhnungstag – beginnt"): it
 * holds no number and no end of a sentence, and its length is the gloss's, not the subject's. So
 * does one between commas right after the name ("Purim, the feast of lots, begins on the night of"),
 * unless a conjunction opens it (a list of days: "Purim, and this year Pesach, …").
 */
const DASHED_APPOSITION =
  /^(?:\s+[\u2013\u2014]\s[^\u2013\u2014\p{N}\n.!?;:]{1,60}\s[\u2013\u2014](?=\s)|,\s(?!(?:and|or|but|while|as well as|together with|along with|und|oder|et|ou|y|o|e|и|или)\s)[^,\p{N}\n.!?;:()]{3,60},(?=\s))/iu;
/**
 * A conjunction and an article begin a clause of another subject: "Pessach ist ein Fest der
 * Freiheit, und die Schule begann am …", "Purim is a feast and the school began on …" (the verb is
 * the school's, not the day's).
 */
const ANOTHER_SUBJECT =
  /(?<!\p{L})(?:and|but|while|whereas|und|aber|während|y|pero|mientras|et|mais|tandis que|e|ma|mentre|mas|и|а|но|ale|maar|și|dar|és|και|αλλά)\s+(?:the|a|an|our|his|her|their|its|this|der|die|das|den|dem|ein|eine|unsere|el|la|los|las|un|una|nuestra|nuestro|le|les|une|notre|il|lo|gli|o|os|as|um|uma|het|een|ο|η|το|οι)(?!\p{L})/iu;

/** A genitive right after a referring subject: "da reunião", "del pueblo", "of the school". */
const OF_ANOTHER = /^\s+(?:of|da|do|das|dos|del|de la|de|della|dello|di|du|des)\s+\p{L}/iu;

/**
 * A sentence begins before a name, maybe with an article or after a colon: a next sentence's pronoun
 * may stand for it ("Die Pessach-Woche 5784 steht vor der Tür. In diesem Jahr beginnt es …",
 * "genannt: Jom Kippur ist der höchste Tag …"); so may it when the name is the subject's complement
 * ("La date de Roch Hachana change …", "La festa di Sukkot dura …").
 */
const SUBJECT_START =
  /(?:^|[.!?:\n])\s*(?:(?:the|die|der|das|le|la|el|il|lo|het|de|o|a)[ \u00a0]+)?(?:(?:date|data|fête|festa)[ \u00a0]+(?:de|di|du|del|della)[ \u00a0]+)?$/iu;
/** A question about it may name it anywhere: "When is Shavuot in 2024? It begins …". */
const SENTENCE_ENDED = /[.!]["'\u201d\u2019)\]]*\s/u;
/** A name that ends its line is a heading's ("С Ханукой!"): the sentence under it may refer back. */
const ENDS_ITS_LINE = /^[^\S\n]*[.!?:]?[^\S\n]*\n/u;

/**
 * How a named day `a` and the civil date `b` after it in `text` are joined by a clause (pairs.ts),
 * if they are. A next sentence's "it" (a long gap) refers back to the day its sentence began with:
 * "Hanukkah lasts eight nights … This year, it begins on", not to one named later in it ("… after
 * Yom Kippur.").
 * @example clauseJoin("Purim was celebrated on March 3", {calendar: "hebrew", start: 0, end: 5}, {calendar: "gregorian", start: 24, end: 31})?.phrase // "was celebrated on"
 */
export function clauseJoin(
  text: string,
  a: { calendar: string; start: number; end: number },
  b: { start: number },
): GroupEvidence | undefined {
  if (a.calendar !== "hebrew" || b.start - a.end > MAX_LABEL_GAP) return undefined;
  const gap = text.slice(a.end, b.start);
  const label = gap.includes("\n") ? beginLabel(gap) : undefined;
  if (label !== undefined || b.start - a.end > MAX_REFERRING_GAP) return label;
  if (
    (spokenLength(gap) > SHORT_GAP || SENTENCE_ENDED.test(gap)) &&
    !SUBJECT_START.test(text.slice(Math.max(0, a.start - 12), a.start)) &&
    !ENDS_ITS_LINE.test(gap)
  )
    return undefined;
  return clauseGap(gap);
}

/**
 * An event's field under its prose: a paragraph that is only a begin verb and its date ("Erev Purim" /
 * "Purim starts tonight. On Purim we read …" / "Starts evening of March 16, 2022") has no subject of its
 * own, and is the day's named last above it, however long the prose between them (up to a paragraph).
 */
const MAX_LABEL_GAP = BEGIN_FIELD_REACH;
const LABEL_PARAGRAPH = /\n[ \t\u00a0]*\n\s*(?<field>\p{Lu}[^\n]*)$/u;

/** The evidence of a begin verb's field (MAX_LABEL_GAP) that ends `gap`, if one does. */
function beginLabel(gap: string): GroupEvidence | undefined {
  const field = LABEL_PARAGRAPH.exec(gap)?.groups?.field;
  if (field === undefined) return undefined;
  const verb = verbAtEndOf(field);
  if (verb === null || verb.index !== 0) return undefined;
  const evidence: GroupEvidence = {
    kind: "connector",
    text: field,
    phrase: field.trim().toLowerCase().replace(/\s+/g, " "),
  };
  return saysBegins(evidence) ? evidence : undefined;
}

/** The verb alone ends the name's line, and the date begins a line at most two blank lines below. */
const LABEL_OVER_DATE = /^[ \t\u00a0]*\p{L}+[ \t\u00a0:]*\n(?:[ \t\u00a0]*\n){0,2}[ \t\u00a0]*$/u;

const words = (rows: readonly string[]): string =>
  rows.map((row) => row.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, "\\s+")).join("|");

/** The verb of occurrence and its small words that end `gap`, if they do. */
function verbAtEndOf(gap: string): RegExpExecArray | null {
  verbAtEnd ??= new RegExp(
    // "will begin in 2023 on the evening of": a year may stand among the small words after the verb.
    // A year in brackets may stand among them too: "begint dit jaar (2013, 5774) op".
    // A label's colon may follow the verb: "Second Day of Sukkot Begins: Sundown October 17, 2024".
    `(?<![\\p{L}])(?:${words(OCCURRENCE_VERBS)})(?::?(?:[\\s,()]+(?:${words(AFTER_OCCURRENCE_VERB)}|\\p{N}{4}(?!\\p{N})))*)?[\\s,()]*$`,
    "iu",
  );
  return verbAtEnd.exec(gap);
}

/**
 * A gap's length with its verb phrase counted as at most VERB_ALLOWANCE characters: the calendar and
 * the year the verb's small words may name ("fällt nach dem gregorianischen Kalender im Jahr 2026 auf
 * den") do not set the name farther from its date than a short verb does.
 */
function spokenLength(gap: string): number {
  const verb = verbAtEndOf(gap);
  return verb === null ? gap.length : gap.length - Math.max(0, gap.length - verb.index - VERB_ALLOWANCE);
}

/**
 * How a clause joins a named day to the civil date after it (`gap` is the text between them), or
 * undefined when the words are not such a clause.
 * @example clauseGap(" was celebrated on ")?.phrase // "was celebrated on"
 * @example clauseGap(" begins at sundown on ")?.phrase // "begins at sundown on"
 * @example clauseGap(". The school reopens on ") // undefined
 */
export function clauseGap(gap: string): GroupEvidence | undefined {
  const verb = verbAtEndOf(gap);
  if (!verb) return undefined;
  // A calendar's label over the date on the line under it: "Shavuot begins" / "May 25 2023".
  if (gap.slice(0, verb.index).trim() === "" && LABEL_OVER_DATE.test(gap))
    return { kind: "connector", text: gap, phrase: gap.trim().toLowerCase() };
  // A label's colon right after the name begins the clause: "Chanukah 5787: the first candle is lit".
  let subject = gap.slice(0, verb.index).replace(/^:/u, "");
  const apposition = DASHED_APPOSITION.exec(subject);
  if (apposition !== null) subject = subject.slice(apposition[0].length);
  // Looked for after the gloss is cut, so that a year inside the gloss is not counted twice.
  const yearPhrase = HEBREW_YEAR_PHRASE.exec(subject);
  if (yearPhrase !== null) subject = subject.replace(HEBREW_YEAR_PHRASE, "");
  const glossLength = (apposition?.[0].length ?? 0) + (yearPhrase?.[0].length ?? 0);
  let back = refersBack().exec(subject);
  // With no referring word, the sentence must begin with its verb (after "this year", if any).
  if (back && back.groups?.who === undefined && subject.slice(back[0].length).trim() !== "") back = null;
  const lead = back?.groups?.lead;
  if (gap.length - verb.index > MAX_VERB_PHRASE) return undefined;
  if (spokenLength(gap) - glossLength > (lead === undefined ? MAX_GAP : MAX_REFERRING_GAP)) return undefined;
  if (back) subject = subject.slice(back[0].length);
  // A referring subject bound to another noun is that noun's: "a data da reunião começa em", "la fiesta
  // del pueblo comienza el" (the meeting's date, the town's fair), not the day named before.
  if (back?.groups?.who !== undefined && OF_ANOTHER.test(subject)) return undefined;
  // A line break may end only the lead: the clause itself stands on one line.
  if ((back ? gap.slice(lead!.length) : gap).includes("\n")) return undefined;
  // A remark in brackets glosses the name ("Yom HaAtzma'ut (literally: "Day of Independence") falls
  // on"): its punctuation ends no sentence, as long as it holds no number.
  subject = subject.replace(BRACKETED_REMARK, " ");
  if (subject.length > MAX_SUBJECT || SENTENCE_END.test(subject) || ANOTHER_SUBJECT.test(subject))
    return undefined;
  if (/\p{N}/u.test(subject.replace(YEAR, ""))) return undefined;
  return { kind: "connector", text: gap, phrase: gap.trim().toLowerCase().replace(/\s+/g, " ") };
}
