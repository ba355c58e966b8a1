import { AFTER_DATE_FIRST_VERB, DATE_FIRST_VERBS } from "../lexicon/dateWords.js";
import type { GroupEvidence } from "../reading.js";

// The date first, then the clause that names its day: "Сегодня, 30 декабря 2025 года, евреи
// соблюдают пост 10 тевета", "On December 30, 2025, Jews observe the fast of 10 Tevet", "… si
// celebra Pesach". The words between are a short subject (the people who keep the day: "евреи
// всего мира", "Jews"), a verb of keeping or celebrating, and the small words before the name
// ("the fast of", "праздник"); no number, no end of a sentence, no second clause.

/** The most characters of words between the date and the verb. */
const MAX_SUBJECT = 32;
/** The most characters of the date and its clause, a gloss before the name (DASHED_GLOSS) not counted. */
const MAX_CLAUSE = 60;
/** The most characters of a gloss before the name. */
export const MAX_DATE_FIRST_GLOSS = 60;
/**
 * A gloss between the verb and the name, closed by a dash: "розпочинається одне з найголовніших свят
 * єврейського календаря – Песах" (vaadua.org), "begins one of the great feasts of the year – Purim".
 * It holds no number and no end of a sentence.
 */
const DASHED_GLOSS = `(?<gloss>\\s+[^\\p{N}\\n.!?;:\u2013\u2014]{3,${MAX_DATE_FIRST_GLOSS}}\\s[\u2013\u2014-])?`;
const SENTENCE_END = /[.!?;:\u2026]/u;

let verbAtEnd: RegExp | undefined;

const words = (rows: readonly string[]): string =>
  rows.map((row) => row.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, "\\s+")).join("|");

/**
 * How a clause joins a civil date to the named day after it (`gap` is the text between them), or
 * undefined when the words are not such a clause.
 * @example dateFirstClauseGap(", Jews observe the fast of ")?.phrase // "jews observe the fast of"
 * @example dateFirstClauseGap(". The school celebrates ") // undefined
 */
export function dateFirstClauseGap(gap: string): GroupEvidence | undefined {
  verbAtEnd ??= new RegExp(
    // The name may open a quotation: "Am 11. März beginnt das Fest „Purim“", "celebrará el «Purim»".
    `(?<!\\p{L})(?:${words(DATE_FIRST_VERBS)})(?:\\s+(?:${words(AFTER_DATE_FIRST_VERB)}))*${DASHED_GLOSS}\\s*[\u201e\u201c\u201a\u00ab\u00bb"]?$`,
    "iu",
  );
  // A date whose bracket closes after it glosses the day written before the bracket ("15 нісана (5
  // квітня) ввечері розпочинається …"): the clause is that day's, not the bracket's.
  if (gap.includes("\n") || /^\s*[)\]]/u.test(gap)) return undefined;
  const verb = verbAtEnd.exec(gap);
  if (!verb || gap.length - (verb.groups?.gloss?.length ?? 0) > MAX_CLAUSE) return undefined;
  // The date's own closing comma, or a year word after it ("30 декабря 2025 года,"), then the subject.
  const subject = gap.slice(0, verb.index).replace(/^[\s,]*/u, "");
  if (subject.length > MAX_SUBJECT || SENTENCE_END.test(subject) || /[\p{N},]/u.test(subject))
    return undefined;
  return {
    kind: "connector",
    text: gap,
    phrase: gap
      .replace(/^[\s,]+/u, "")
      .trim()
      .toLowerCase()
      .replace(/\s+/g, " "),
  };
}
