import { HEBREW_MONTH } from "../../calendars/hebrew.js";
import { isSpace } from "../digitRegions.js";
import { AFTER_OCCURRENCE_VERB, BEGIN_VERBS, EVENING_WORDS, YEAR_WORDS } from "../lexicon/dateWords.js";
import type { Candidate, Extractor } from "../mention.js";

// A Hebrew year said to begin on a civil day: "v židovském se píše rok 5776 s počátkem 14. září",
// "as comemorações do ano 5782 do calendário judaico iniciaram no pôr do sol do dia 06 de setembro",
// "anul evreiesc este 5784, care a început după apusul soarelui în data de 15 septembrie", "the year
// 5769, which started on 28 September". The year stands for its first day, 1 Tishrei; its span runs
// to the last word before the civil date, so that the two stand side by side and pair. Read only
// after a word for "year", with a verb of beginning and nothing but small words up to a number: a
// year named in prose without one ("in the year 5776 he wrote") is no date.

const WORD = "[\\p{L}'\\u2019]+";
/** Between the year and its verb: a few words without a number or the end of a sentence. */
const BEFORE_VERB = "[^\\n.!?;:\\p{N}]{0,48}?";
/** From the verb to the date: small words only (checked word by word), then a number. */
const AFTER_VERB = "[^\\n.!?;:\\p{N}]{0,48}?";

const rows = (words: readonly string[]): string =>
  [...words]
    .sort((a, b) => b.length - a.length)
    .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, "[^\\S\\n]+"))
    .join("|");

let pattern: RegExp | undefined;
const PATTERN = (): RegExp =>
  (pattern ??= new RegExp(
    `(?<![\\p{L}\\p{N}])(?:${rows(YEAR_WORDS)})(?:[^\\S\\n]+${WORD}){0,2}?[,\\s]+(?<year>5\\d{3})(?!\\p{N})` +
      `(?<before>${BEFORE_VERB})(?<![\\p{L}])(?<verb>${rows(BEGIN_VERBS)})(?!\\p{L})(?<after>${AFTER_VERB})(?=\\p{N})`,
    "giud",
  ));

let smallWords: Set<string> | undefined;
let eveningWords: RegExp | undefined;
/** The words that may stand between the verb and its date: "on", "no pôr do sol do dia", "în data de". */
const SMALL = (): Set<string> =>
  (smallWords ??= new Set(
    [...AFTER_OCCURRENCE_VERB, ...EVENING_WORDS].flatMap((row) => row.toLowerCase().split(/\s+/)),
  ));
const EVENING = (): RegExp =>
  (eveningWords ??= new RegExp(`(?<!\\p{L})(?:${rows(EVENING_WORDS)})(?!\\p{L})`, "iu"));

/** A Hebrew year and the civil day its words say it began on: the year's first day, 1 Tishrei. */
export const hebrewYearStartExtractor: Extractor = {
  name: "hebrew-year-start",
  extract(text) {
    const found: Candidate[] = [];
    const search = PATTERN();
    search.lastIndex = 0;
    for (let match = search.exec(text); match !== null; match = search.exec(text)) {
      const { year, before, verb, after } = match.groups as Record<string, string>;
      const words = after!
        .toLowerCase()
        .split(/[\s,]+/u)
        .filter((word) => word !== "");
      if (words.length > 7 || !words.every((word) => SMALL().has(word))) continue;
      const start = match.indices!.groups!.year![0];
      const end = match.index + match[0].trimEnd().length;
      found.push({
        start,
        end,
        calendar: "hebrew",
        extractor: "hebrew-year-start",
        stated: {
          year: Number(year),
          month: HEBREW_MONTH.TISHREI,
          day: 1,
          // "iniciaram no pôr do sol do dia 06 de setembro": the civil day is the evening it began on.
          ...(EVENING().test(before! + verb! + after!) ? { evening: true } : {}),
        },
      });
    }
    return found;
  },
  // Its run is a four-digit year beginning with 5, after white space or a comma, with another
  // number soon after (the civil day).
  mayHoldRun(text, runs, run) {
    const start = runs[run]!;
    const end = runs[run + 1]!;
    if (end - start !== 4 || text.charCodeAt(start) !== 53) return false;
    const before = text.charCodeAt(start - 1);
    if (before !== 44 && !isSpace(before)) return false;
    const next = runs[run + 2];
    return next !== undefined && next - end <= 110;
  },
};
