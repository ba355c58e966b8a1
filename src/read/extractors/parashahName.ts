import {
  DOUBLED_PORTIONS,
  PORTION_WORDS,
  TORAH_PORTIONS_HEBREW,
  TORAH_PORTIONS_LATIN,
} from "../lexicon/torahPortions.js";
import type { Candidate, Extractor, StatedFields } from "../mention.js";
import { caseless, END, foldIgnorable, HEBREW_NUMERAL_CHARS } from "../patterns.js";
import { readWeekdayPhrase } from "../weekdayWords.js";
import { alternation, foldName, readYear } from "./holidayName.js";

// The week's Torah portion standing for a date: "Shabbos Parshas Vayeshev 5787", "Parashat
// Vayakhel-Pekudei", "Parsha: Lech Lecha", "ש״ק פרשת נח", "יום ד׳ לפרשת וישב תשפ״ז", "יום ב׳ לסדר
// ויחי". A portion is read as a holiday name is (refiners/holidayDay.ts): once its Hebrew year is
// known, parashahDays says which day it names. Only after a word that says it is a portion
// ("Parashat", "פרשת", "לסדר"): a bare "Noach" or "בא" is a word of prose.

const GAP = "[\\s\\u00a0]{1,3}";
/** Between a name and its year, at most one line break (as holidayName.ts's YEAR_GAP). */
const YEAR_GAP = "(?:[ \\t\\u00a0]{1,3}|[ \\t\\u00a0]?\\r?\\n[ \\t\\u00a0]?)";
/** Between the halves of a doubled reading: "Vayakhel-Pekudei", "Tazria / Metzora", "Matos and Masei". */
const JOIN_LATIN = "[\\s\\u00a0]{0,2}(?:[-\\u2010-\\u2014/&+]|and)?[\\s\\u00a0]{0,2}";
const JOIN_HEBREW = "[\\s\\u00a0]{0,2}[-\\u05be\\u2010-\\u2014]?[\\s\\u00a0]{0,2}ו?";
const NUMERAL = `[${HEBREW_NUMERAL_CHARS}]{2,9}`;

function indexOf(table: Record<number, readonly string[]>): Map<string, number> {
  const index = new Map<string, number>();
  for (const [portion, spellings] of Object.entries(table))
    for (const spelling of spellings) index.set(foldName(spelling), Number(portion));
  return index;
}

interface Script {
  pattern: RegExp;
  index: Map<string, number>;
}

// Built on first use: most texts hold no word that says "portion".
let latinBuilt: Script | undefined;
let hebrewBuilt: Script | undefined;

function latin(): Script {
  const names = alternation(Object.values(TORAH_PORTIONS_LATIN).flat());
  latinBuilt ??= {
    pattern: new RegExp(
      `${caseless(
        `(?:${alternation(PORTION_WORDS.latin)})(?:[\\s\\u00a0]?:)?${GAP}(?<name>${names})` +
          `(?:${JOIN_LATIN}(?<second>${names}))?${END}`,
      )}(?:,?${YEAR_GAP}(?<year>\\d{4})${END}(?![.]\\p{N}))?`,
      "uy",
    ),
    index: indexOf(TORAH_PORTIONS_LATIN),
  };
  return latinBuilt;
}

function hebrew(): Script {
  const names = alternation(Object.values(TORAH_PORTIONS_HEBREW).flat());
  hebrewBuilt ??= {
    pattern: new RegExp(
      `(?:${alternation(PORTION_WORDS.hebrew)})${GAP}(?<name>${names})(?:${JOIN_HEBREW}(?<second>${names}))?${END}` +
        `(?:[\\s\\u00a0,]{1,3}(?<year>${NUMERAL}|\\d{4})${END})?`,
      "uy",
    ),
    index: indexOf(TORAH_PORTIONS_HEBREW),
  };
  return hebrewBuilt;
}

/**
 * Where a portion word may begin: "Par…sh" in any case, "Sedra", "Sidra", and the Hebrew words with
 * a ל or ב written onto them. Without the `u` flag: a character that begins none fails at once.
 */
const ANCHOR = /[Pp][Aa][Rr][Aa]?[Ss][Hh]|S[Ee][Dd][Rr]|S[Ii][Dd][Rr]|SEDR|SIDR|[לב]?פרש|לסדר|ל?פר?[׳']/g;
const HEBREW_FIRST = 0x0590;

function isLetterOrDigit(char: string | undefined): boolean {
  return char !== undefined && /[\p{L}\p{N}]/u.test(char);
}

/** The most words of a weekday before a portion word: "ערב שבת קודש", "Erev Shabbos Kodesh". */
const WEEKDAY_WORDS = 3;

/**
 * The weekday written just before `at` (a comma may follow it), longest phrase first, and where it
 * begins. An evening ("Motzei Shabbos", "ליל שבת") is not a day of the week: it is left to the
 * weekday readers.
 */
function weekdayBefore(text: string, at: number): { weekday: number; start: number } | undefined {
  let end = at;
  while (end > 0 && /[\s\u00a0]/.test(text[end - 1]!)) end--;
  const marked = text[end - 1] === ",";
  if (marked) end--;
  const starts: number[] = [];
  let offset = end;
  for (let word = 0; word < WEEKDAY_WORDS; word++) {
    let start = offset;
    while (start > 0 && !/[\s\u00a0,.:;|()[\]]/.test(text[start - 1]!)) start--;
    if (start === offset) break;
    starts.push(start);
    offset = start;
    while (offset > 0 && offset > start - 3 && /[ \u00a0]/.test(text[offset - 1]!)) offset--;
    if (offset === start) break;
  }
  for (let i = starts.length - 1; i >= 0; i--) {
    const found = readWeekdayPhrase(text.slice(starts[i]!, end), marked);
    if (found !== undefined) return found.evening ? undefined : { weekday: found.weekday, start: starts[i]! };
  }
  return undefined;
}

/** The portion a match names: the first half's index, negated for a doubled reading, or undefined. */
function portionOf(
  groups: Record<string, string | undefined>,
  index: Map<string, number>,
): number | undefined {
  const first = index.get(foldName(groups.name!));
  if (first === undefined || groups.second === undefined) return first;
  const second = index.get(foldName(groups.second));
  return second === first + 1 && DOUBLED_PORTIONS.includes(first) ? -first : undefined;
}

/**
 * A year after the name: digits, or Hebrew letters from ת on (5400 and after). The day of a Hebrew
 * date after a portion ("שבת פרשת בא, ו׳ שבט") is no year, though read alone it would be 5006.
 */
function readsYear(token: string, stated: StatedFields): boolean {
  const year: StatedFields = {};
  if (!readYear(token, year) || (!/^\d/.test(token) && year.year! < HEBREW_YEARS_FROM)) return false;
  Object.assign(stated, year);
  return true;
}
const HEBREW_YEARS_FROM = 5400;

function candidateAt(text: string, at: number, script: Script): Candidate | undefined {
  script.pattern.lastIndex = at;
  const match = script.pattern.exec(text);
  if (match === null) return undefined;
  const groups = match.groups!;
  const portion = portionOf(groups, script.index);
  // Two names that are no doubled reading ("Noach and Lech Lecha"): not read.
  if (portion === undefined) return undefined;
  const stated: StatedFields = { holiday: "parashah", parashah: portion };
  let end = at + match[0].length;
  if (groups.year !== undefined && !readsYear(groups.year, stated))
    end -= match[0].length - match[0].slice(0, -groups.year.length).replace(/[\s\u00a0,]+$/u, "").length;
  let start = at;
  const weekday = weekdayBefore(text, at);
  // A weekday of the week of the portion: that day, Sunday to Friday; Shabbat is the portion's own day.
  if (weekday !== undefined) {
    start = weekday.start;
    stated.weekday = weekday.weekday;
    if (weekday.weekday !== 6) stated.parashahWeekday = weekday.weekday;
  }
  return { start, end, calendar: "hebrew", extractor: "parashah-name", stated };
}

/** Sticky attempts made by the last extract() (a test bounds them by the text's length). */
export const parashahScanWork = { attempts: 0 };

/**
 * The week's Torah portion, after a word that names it so, with the weekday before it and the year
 * after it where they are written, in English letters and in Hebrew script.
 * @example parashahNameExtractor.extract("Shabbos Parshas Noach 5786", {numericOrder: "auto", referenceYear: 2026})[0]?.stated // {holiday: "parashah", parashah: 1, year: 5786, weekday: 6}
 */
export const parashahNameExtractor: Extractor = {
  name: "parashah-name",
  extract(original) {
    parashahScanWork.attempts = 0;
    const out: Candidate[] = [];
    ANCHOR.lastIndex = 0;
    // Hebrew letters with niqqud or marks the patterns do not spell are folded first.
    const folded = /[\u0591-\u05c7]/.test(original) ? foldIgnorable(original) : undefined;
    const text = folded?.text ?? original;
    let lastEnd = 0;
    for (let found = ANCHOR.exec(text); found !== null; found = ANCHOR.exec(text)) {
      const at = found.index;
      if (at < lastEnd || isLetterOrDigit(text[at - 1])) continue;
      parashahScanWork.attempts++;
      const candidate = candidateAt(text, at, text.charCodeAt(at) >= HEBREW_FIRST ? hebrew() : latin());
      if (candidate === undefined || candidate.start < lastEnd) continue;
      lastEnd = candidate.end;
      ANCHOR.lastIndex = candidate.end;
      if (folded !== undefined) {
        candidate.start = folded.toOriginal(candidate.start);
        candidate.end = folded.toOriginal(candidate.end);
      }
      out.push(candidate);
    }
    return out;
  },
};
