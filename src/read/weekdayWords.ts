import {
  EVENING_AFTER,
  EVENING_BEFORE_HEBREW,
  EVENINGS_CIVIL,
  WEEKDAYS_HEBREW_BARE,
  WEEKDAYS_HEBREW_MORE,
  WEEKDAYS_TRANSLITERATED,
} from "./lexicon/weekdays.js";
import { CLDR_WEEKDAYS } from "./lexicon/weekdays.languages.generated.js";
import {
  EVENING_AFTER_BY_LANGUAGE,
  EVENING_SUFFIX_BY_LANGUAGE,
  WEEKDAYS_BY_HAND,
  WEEKDAYS_PORTUGUESE_SHORT,
  WEEKDAYS_YIDDISH,
} from "./lexicon/weekdays.languages.js";
import { LEXICON } from "./lexicon.js";
import type { StatedFields } from "./mention.js";

// One lookup for every way a page names a weekday: English, Hebrew script, transliteration, the
// CLDR names of other languages, and evenings ("Friday night", "ליל שבת", "מוצאי שבת"). The rows
// live in the lexicon; this file folds them and composes the evenings.

/** Which day a weekday written with an evening names: the civil day, or the Hebrew day that begins that night. */
export type WeekdayNames = "civil" | "hebrew-day";

/** What a weekday phrase says. */
export interface WeekdayWord {
  /** Sunday = 0. */
  weekday: number;
  /** The phrase names the evening ("Friday night", "ליל שבת", "מוצאי שבת"). */
  evening?: true;
  /** For an evening, which day `weekday` names. */
  weekdayNames?: WeekdayNames;
  /** A CLDR short name ("do", "mar", "So"): it counts only with a full stop or comma after it. */
  needsMark?: true;
  /** A Hebrew ordinal without יום ("רביעי"): it counts only alone on the line above its date. */
  ownLine?: true;
}

const APOSTROPHES = /[\u2019\u2018\u02bc`\u00b4\u05f3]/g;
const GERSHAYIM = /["\u05f4\u201c\u201d]/g;
const MARKS = /\p{M}/gu;

/**
 * Folds a weekday phrase for lookup with the platform's Unicode rules: accents and points removed
 * (NFD), lower case, apostrophes and gereshes made one, gershayim dropped, runs of spaces or hyphens
 * made one space, a trailing full stop dropped.
 * @example foldWeekday("Miércoles") // "miercoles"
 */
export function foldWeekday(phrase: string): string {
  return phrase
    .normalize("NFD")
    .replace(MARKS, "")
    .toLowerCase()
    .replace(APOSTROPHES, "'")
    .replace(GERSHAYIM, "")
    .replace(/[\s\u00a0-]+/g, " ")
    .replace(/\.$/, "")
    .trim();
}

const phrases = new Map<string, WeekdayWord>();
/** Spellings that fold to a phrase already read as another weekday (a test keeps this empty). */
export const WEEKDAY_CONFLICTS: string[] = [];
const HEBREW_LETTER = /[\u05d0-\u05ea]/;

function add(spelling: string, word: WeekdayWord): void {
  const key = foldWeekday(spelling);
  const had = phrases.get(key);
  if (had === undefined || (had.needsMark && !word.needsMark) || (had.ownLine && !word.ownLine)) {
    phrases.set(key, word);
  } else if (had.weekday !== word.weekday || had.evening !== word.evening) {
    WEEKDAY_CONFLICTS.push(spelling);
  }
}

function addTable(table: Record<number, readonly string[]>, extra: Omit<WeekdayWord, "weekday"> = {}): void {
  for (const [weekday, spellings] of Object.entries(table))
    for (const spelling of spellings) add(spelling, { weekday: Number(weekday), ...extra });
}

/** Short names of up to three letters are ordinary words in some language ("do", "so", "mar"). */
const SHORT_WORD = 3;

addTable(LEXICON.weekdaysLatin);
addTable(LEXICON.weekdaysHebrew);
addTable(WEEKDAYS_HEBREW_MORE);
addTable(WEEKDAYS_HEBREW_BARE, { ownLine: true });
addTable(WEEKDAYS_TRANSLITERATED);
for (const [language, names] of Object.entries(CLDR_WEEKDAYS)) {
  names.long.forEach((name, weekday) => {
    add(name, { weekday });
    // "samedi soir": that civil day's evening.
    for (const after of EVENING_AFTER_BY_LANGUAGE[language] ?? [])
      add(`${name} ${after}`, { weekday, evening: true, weekdayNames: "civil" });
    // "Mittwochabend": the same, written as one word.
    for (const suffix of EVENING_SUFFIX_BY_LANGUAGE[language] ?? [])
      add(`${name}${suffix}`, { weekday, evening: true, weekdayNames: "civil" });
  });
  names.short.forEach((name, weekday) => {
    const word: WeekdayWord = { weekday };
    if (foldWeekday(name).length <= SHORT_WORD) word.needsMark = true;
    add(name, word);
  });
}
addTable(WEEKDAYS_BY_HAND);
addTable(WEEKDAYS_PORTUGUESE_SHORT, { needsMark: true });
addTable(WEEKDAYS_YIDDISH);
// "в пятницу вечером": the hand rows are Russian's "on Friday", and take its evening words.
for (const [weekday, spellings] of Object.entries(WEEKDAYS_BY_HAND))
  for (const spelling of spellings)
    for (const after of EVENING_AFTER_BY_LANGUAGE.ru ?? [])
      add(`${spelling} ${after}`, { weekday: Number(weekday), evening: true, weekdayNames: "civil" });
addTable(EVENINGS_CIVIL, { evening: true, weekdayNames: "civil" });
// "Friday night": the evening of the civil day named.
for (const [weekday, spellings] of Object.entries(LEXICON.weekdaysLatin))
  for (const spelling of spellings)
    for (const after of EVENING_AFTER)
      add(`${spelling} ${after}`, { weekday: Number(weekday), evening: true, weekdayNames: "civil" });
// "ליל שבת", "ליל שישי", "אור ליום ה׳", "Leil Shabbat": the night that begins the Hebrew day named.
// Erev Shabbat is left out: it is a daytime, and "ליל ערב שבת" no phrase.
const FRIDAY_DAYTIME = new Set([...(WEEKDAYS_HEBREW_MORE[5] ?? []), ...(WEEKDAYS_TRANSLITERATED[5] ?? [])]);
for (const table of [LEXICON.weekdaysHebrew, WEEKDAYS_HEBREW_MORE, WEEKDAYS_TRANSLITERATED]) {
  for (const [weekday, spellings] of Object.entries(table)) {
    for (const spelling of spellings) {
      if (FRIDAY_DAYTIME.has(spelling)) continue;
      const hebrew = HEBREW_LETTER.test(spelling);
      const bare = spelling.replace(/^(?:יום|yom) /, "");
      for (const before of EVENING_BEFORE_HEBREW) {
        if (HEBREW_LETTER.test(before) !== hebrew) continue;
        for (const name of new Set([spelling, bare]))
          add(`${before}${name}`, { weekday: Number(weekday), evening: true, weekdayNames: "hebrew-day" });
      }
    }
  }
}

/** How many words or phrases each memo keeps before it starts again. */
const MEMO_LIMIT = 4096;

/** The last word of every phrase, folded: a word that is none of them ends no weekday phrase. */
const lastWords = new Set([...phrases.keys()].map((phrase) => phrase.slice(phrase.lastIndexOf(" ") + 1)));
const ASCII_WORD = /^[A-Za-z]+$/;
/** Words in other scripts already folded (Hebrew pages repeat theirs). */
const lastWordMemo = new Map<string, boolean>();

/**
 * Whether a word may end a weekday phrase: the test the weekday reader makes before folding and
 * looking up whole phrases, since most words before a date are no weekday.
 * @example mayEndWeekdayPhrase("night") // true
 */
export function mayEndWeekdayPhrase(word: string): boolean {
  if (ASCII_WORD.test(word)) return lastWords.has(word.toLowerCase());
  let known = lastWordMemo.get(word);
  if (known === undefined) {
    // "sexta-feira" folds to two words.
    const folded = foldWeekday(word);
    known = lastWords.has(folded.slice(folded.lastIndexOf(" ") + 1));
    if (lastWordMemo.size >= MEMO_LIMIT) lastWordMemo.clear();
    lastWordMemo.set(word, known);
  }
  return known;
}

/** Readings already looked up, by phrase as written (a page repeats its weekdays). */
const memo = new Map<string, WeekdayWord | null>();

/**
 * What a weekday phrase says, or undefined; `marked` says whether a full stop or comma follows it
 * in the text (CLDR's short names count only so), `ownLine` whether it is alone on the line above
 * its date (the bare Hebrew ordinals count only so).
 * @example readWeekdayPhrase("ליל שבת", false) // {weekday: 6, evening: true, weekdayNames: "hebrew-day"}
 */
export function readWeekdayPhrase(phrase: string, marked: boolean, ownLine = false): WeekdayWord | undefined {
  let word = memo.get(phrase);
  if (word === undefined) {
    word = phrases.get(foldWeekday(phrase)) ?? null;
    if (memo.size >= MEMO_LIMIT) memo.clear();
    memo.set(phrase, word);
  }
  return word === null || (word.needsMark && !marked) || (word.ownLine && !ownLine) ? undefined : word;
}

/** Every phrase the lookup knows, folded, with what it says (for tests and documentation). */
export const WEEKDAY_PHRASES: ReadonlyMap<string, WeekdayWord> = phrases;

/**
 * Records a weekday phrase's reading in what a candidate states.
 * @example stateWeekday({}, {weekday: 5, evening: true, weekdayNames: "civil"}) // {weekday: 5, evening: true, weekdayNames: "civil"}
 */
export function stateWeekday(stated: StatedFields, word: WeekdayWord): StatedFields {
  stated.weekday = word.weekday;
  if (word.evening) {
    stated.evening = true;
    stated.weekdayNames = word.weekdayNames ?? "civil";
  }
  return stated;
}
