import { MONTH_NOUN_AFTER_NAME_LANGUAGES } from "../lexicon/dateWords.languages.js";
import { type MonthWord, monthOfFolded } from "../lexicon/languageMonths.js";
import { normalizeWord, PLAIN_ADAR } from "../lexicon.js";
import type { Candidate, Extractor, StatedFields } from "../mention.js";
import { takeWeekdayAfter } from "../weekdayAfter.js";
import { takeWeekdayBefore } from "../weekdayPrefix.js";

// Hungarian writes the month before the day, and in a sentence the day takes a case ending:
// "Szeptember 15-én" (on the 15th), "szeptember 13án", "január 10-re" (for the 10th), "október
// 20-ig" (until), "május 1-jén"; in a list, a period ("október 01."). The ending (or the period, for
// a month no English reader reads) is what makes "month, number" a date here: "in May 3 people" is
// none. A comma is enough when a weekday follows it ("szeptember 29, vasárnap estétől", a blog's
// dateline): the weekday makes the number a day. The year, when the page gives one, stands first
// ("2021. szeptember 15-én"). The reader
// starts at the day's digits, which V8 skips ahead to, and looks back for the month word.

/** The day, then a case ending (hyphen optional), a period that no digit follows, or a comma. */
const DAY = new RegExp(
  "(?<![\\p{L}\\p{N}])(?<day>\\d{1,2})" +
    "(?:(?<ending>-?(?:j?[áé]n|j?[áé]t[óő]l|t[óő]l|[áé]?ig|r[ae]|j?[ae]i?|[áé]i))|(?<dot>\\.)(?![\\p{N}])|(?<comma>(?=,)))" +
    "(?![\\p{L}\\p{N}])",
  "gu",
);
/** What may follow a day's digits: the first characters of DAY's endings, its hyphen and its period. */
const DAY_FOLLOWERS = new Set([..."-.,jáétirae"].map((char) => char.charCodeAt(0)));
/** The month word just before the day, and the year with its period before that. */
const BEFORE = /(?:(?<year>\d{4})\.[ \u00a0]{1,3})?(?<month>\p{L}[\p{L}\p{M}]{1,11})[ \u00a0]{1,3}$/u;
const LETTER = /[\p{L}\p{M}\p{N}]/u;
/** How far back the month (and its year) may begin: "2021. szeptember ", "2021. szeptember havának ". */
const REACH = 34;
/** The word "month" between the name and the day ("Tisri hó 10."), with the spaces before it. */
let nounAtEnd: RegExp | undefined;
const NOUN_AT_END = (): RegExp =>
  (nounAtEnd ??= new RegExp(
    `[ \u00a0]{1,3}(?:${MONTH_NOUN_AFTER_NAME_LANGUAGES.join("|")})(?=[ \u00a0]{1,3}$)`,
    "iu",
  ));

function candidateAt(text: string, match: RegExpExecArray, from: number): Candidate | undefined {
  const groups = match.groups!;
  const looked = text.slice(Math.max(0, match.index - REACH), match.index);
  // "Tisri hó 10.": the month's name stands before the word "month"; offsets count the word too.
  const noun = NOUN_AT_END().exec(looked);
  const skipped = noun === null ? 0 : noun[0].length;
  const before = BEFORE.exec(
    noun === null ? looked : looked.slice(0, noun.index) + looked.slice(noun.index + skipped),
  );
  if (before === null) return undefined;
  const word = before.groups!.month!;
  const found = monthOfFolded(normalizeWord(word));
  if (found === undefined || found.short) return undefined;
  // With only a period, an English month is the English readers' ("May 3." ends an English sentence);
  // not with the word "month" between ("Tisri hó 10.": English writes no such word).
  if (groups.ending === undefined && found.english && noun === null) return undefined;
  const stated: StatedFields = { month: found.month, day: Number(groups.day) };
  if (found.calendar === "hebrew" && found.month === PLAIN_ADAR) stated.plainAdar = true;
  const year = found.calendar === "gregorian" ? before.groups!.year : undefined;
  const dayEnd = match.index + match[0].length;
  const end = takeWeekdayAfter(text, dayEnd, stated);
  // A bare comma makes a date only with the weekday after it ("május 3, kedd"), and only of a month
  // the English readers do not read ("May 3, 2026" is theirs).
  if (groups.comma !== undefined && (end === dayEnd || found.english)) return undefined;
  if (year !== undefined) stated.year = Number(year);
  // The month word's offset in what was looked back at ("2021. " may come before it).
  const monthAt = before[0].length - before[0].trimEnd().length + word.length;
  const monthStart = match.index - skipped - (year !== undefined ? before[0].length : monthAt);
  // A longer word that merely ends as a month ("xszeptember") is none.
  if (monthStart > 0 && LETTER.test(text[monthStart - 1]!)) return undefined;
  // A sentence may open with the weekday: "Vasárnap, szeptember 30-án napnyugtakor" (on Sunday).
  const start =
    year === undefined && stated.weekday === undefined
      ? takeWeekdayBefore(text, monthStart, from, stated)
      : monthStart;
  return {
    start,
    end,
    calendar: found.calendar,
    extractor: "hungarian-month-first",
    stated,
  };
}

/** The month word BEFORE takes: a letter, then letters and marks, twelve at most. */
const MONTH_MAX = 12;
const LETTER_OR_MARK = /[\p{L}\p{M}]/u;

function isLetterOrMark(code: number): boolean {
  if (code < 128) return (code | 32) >= 97 && (code | 32) <= 122;
  return LETTER_OR_MARK.test(String.fromCharCode(code));
}

/**
 * The month the word before a day at `dayStart` and its one to three spaces names, as candidateAt
 * looks it up (undefined: none, false: no word BEFORE takes): the whole word, since a longer one
 * merely ends as a month ("xszeptember"). Most numbers of prose with a space before and a comma,
 * hyphen or period after ("13,298", "2-1", "68.") stand after an English word, and the stretch
 * around them was read for nothing. True where a character outside the BMP is met (the pattern
 * counts it as one letter).
 */
function monthWordBefore(text: string, dayStart: number): MonthWord | boolean | undefined {
  const word = wordBefore(text, dayStart);
  if (typeof word !== "object") return word;
  // The word "month" between the name and the day: the name is the word before it ("Tisri hó 10.").
  if (MONTH_NOUNS.has(normalizeWord(text.slice(word.start, word.end)))) {
    const name = wordBefore(text, word.start);
    if (typeof name !== "object") return name;
    const found = monthOfFolded(normalizeWord(text.slice(name.start, name.end)));
    // No English reader takes the name before "hó": its date is this reader's however it ends.
    return found === undefined ? undefined : { ...found, english: false };
  }
  return monthOfFolded(normalizeWord(text.slice(word.start, word.end)));
}

/** The folded words "month" of MONTH_NOUN_AFTER_NAME_LANGUAGES. */
const MONTH_NOUNS: ReadonlySet<string> = new Set(
  MONTH_NOUN_AFTER_NAME_LANGUAGES.map((row) => normalizeWord(row)),
);

/**
 * The word before `dayStart` and its one to three spaces, as offsets (false: none BEFORE takes; true:
 * a character outside the BMP, which the pattern counts as one letter).
 */
function wordBefore(text: string, dayStart: number): { start: number; end: number } | boolean {
  let end = dayStart;
  for (let spaces = 0; spaces < 3 && end > 0; spaces++) {
    const code = text.charCodeAt(end - 1);
    if (code !== 32 && code !== 0xa0) break;
    end--;
  }
  let start = end;
  while (start > 0 && end - start <= MONTH_MAX) {
    const code = text.charCodeAt(start - 1);
    if (code >= 0xd800 && code <= 0xdfff) return true;
    if (!isLetterOrMark(code)) break;
    start--;
  }
  if (end - start < 2 || end - start > MONTH_MAX) return false;
  return { start, end };
}

/** The first letters of DAY's case endings: an English month's day needs one ("may 2-1" has none). */
const ENDING_FIRSTS = new Set([..."jáétirae"].map((char) => char.charCodeAt(0)));

/**
 * Hungarian month-first dates whose day carries a case ending or a period.
 * @example hungarianMonthFirstExtractor.extract("Szeptember 15-én, szerda este", {})[0]?.stated // {month: 9, day: 15}
 */
export const hungarianMonthFirstExtractor: Extractor = {
  name: "hungarian-month-first",
  // The day is a run of one or two digits after the space that follows its month, and before its
  // ending or period: most numbers of prose have a space after them. The month word is looked up
  // last, for the few runs that pass the tests of their neighbours.
  mayHoldRun(text, runs, run) {
    const start = runs[run]!;
    const end = runs[run + 1]!;
    const before = text.charCodeAt(start - 1);
    if (end - start > 2 || (before !== 32 && before !== 0xa0) || !DAY_FOLLOWERS.has(text.charCodeAt(end)))
      return false;
    const month = monthWordBefore(text, start);
    if (typeof month !== "object") return month === true;
    if (month.short) return false;
    // With only a period or a comma, an English month's date is the English readers' (candidateAt).
    if (!month.english) return true;
    const after = text.charCodeAt(end);
    return ENDING_FIRSTS.has(after === 45 ? text.charCodeAt(end + 1) : after);
  },
  extract(text) {
    const out: Candidate[] = [];
    DAY.lastIndex = 0;
    let from = 0;
    for (let match = DAY.exec(text); match !== null; match = DAY.exec(text)) {
      const made = candidateAt(text, match, from);
      if (made !== undefined) {
        out.push(made);
        from = made.end;
      }
    }
    return out;
  },
};
