import type { Calendar } from "../../types.js";
import { HEBREW_LETTERS, LEXICON, normalizeWord } from "../lexicon.js";
import type { MonthRow } from "./monthRow.js";
import { GENERATED_MONTH_ROWS } from "./months.generated.js";
import { HAND_MONTH_ROWS } from "./months.hand.js";

// One lookup for a month name in any language the readers know, either calendar: CLDR's rows
// (months.generated.ts), hand rows (months.hand.ts) and the English tables of lexicon.ts, folded as
// normalizeWord folds. A word is looked up in a Map, never matched against an alternation of every
// spelling: the table has hundreds of rows, and it is built on the first lookup, not at start-up.

/** What a month word names. */
export interface MonthWord {
  calendar: Calendar;
  /** 1–12, or a hebcal month number (0 for Adar without I/II). */
  month: number;
  /** Only an abbreviation in every row that has it ("июл.", "juil."): a date needs its year to count. */
  short: boolean;
  /** An English spelling, which the English readers read in their own forms. */
  english: boolean;
  /** Every row writes it in lower case (fr "mars", ru "июля"): capitalized, it may be another word ("10 Mars bars"). */
  lowerCase: boolean;
}

/** Every row, English ones included, as [calendar, month, spelling, short, english]. */
function allRows(): Array<[Calendar, number, string, boolean, boolean]> {
  const rows: Array<[Calendar, number, string, boolean, boolean]> = [];
  // The first English spelling of a Gregorian month is its name; the others abbreviate it.
  for (const [month, spellings] of Object.entries(LEXICON.gregorianMonths))
    for (const [index, spelling] of spellings.entries())
      rows.push(["gregorian", Number(month), spelling, index > 0, true]);
  for (const [month, spellings] of Object.entries(LEXICON.hebrewMonthsLatin))
    for (const spelling of spellings) rows.push(["hebrew", Number(month), spelling, false, true]);
  const other: readonly MonthRow[] = [...GENERATED_MONTH_ROWS, ...HAND_MONTH_ROWS];
  for (const [, calendar, month, spelling, form] of other) {
    // Hebrew months in Hebrew script are the Hebrew-script reader's (lexicon.ts merges them there).
    if (calendar === "hebrew" && HEBREW_LETTERS.test(spelling)) continue;
    rows.push([calendar, month, spelling, form === "short", false]);
  }
  return rows;
}

let index: Map<string, MonthWord> | undefined;
/** The first words of the names of two words ("адар" of "адар II", "menachem" of "Menachem Aw"). */
const pairFirsts = new Set<string>();
/** Folded spellings that two rows give to different months (a test keeps this empty). */
const clashes: string[] = [];

function build(): Map<string, MonthWord> {
  const map = new Map<string, MonthWord>();
  for (const [calendar, month, spelling, short, english] of allRows()) {
    const key = normalizeWord(spelling);
    if (key.includes(" ")) pairFirsts.add(key.slice(0, key.indexOf(" ")));
    const known = map.get(key);
    const lowerCase = !english && spelling[0] !== spelling[0]!.toUpperCase();
    if (known === undefined) {
      map.set(key, { calendar, month, short, english, lowerCase });
    } else if (known.calendar !== calendar || known.month !== month) {
      clashes.push(key);
    } else {
      // A spelling that is a full name anywhere is no mere abbreviation; one English row makes it English.
      known.short &&= short;
      known.english ||= english;
      known.lowerCase &&= lowerCase;
    }
  }
  return map;
}

/**
 * The month a word names in any known language (case, accents and Hebrew points folded), or undefined.
 * @example monthInAnyLanguage("ИЮЛЯ")?.month // 7
 */
export function monthInAnyLanguage(word: string): MonthWord | undefined {
  index ??= build();
  return index.get(normalizeWord(word));
}

/**
 * The month a word already folded by normalizeWord names, or undefined (readers fold a word once).
 * @example monthOfFolded("июля")?.month // 7
 */
export function monthOfFolded(folded: string): MonthWord | undefined {
  index ??= build();
  return index.get(folded);
}

/**
 * Whether a folded word begins a month name of two words, so that the word after it is worth reading.
 * @example beginsTwoWordName("адар") // true
 */
export function beginsTwoWordName(folded: string): boolean {
  index ??= build();
  return pairFirsts.has(folded);
}

/**
 * How every folded spelling in ASCII begins: its first three characters ("jul", "sep", "sh'"), or the
 * whole of a shorter one ("av"), for a reader's quick test of a word before it folds and looks it up;
 * of every spelling, or only of those that are not English.
 * @example asciiStarts(false).includes("jul") // true (Spanish "jul", Dutch "juli")
 */
export function asciiStarts(withEnglish: boolean): string[] {
  index ??= build();
  const starts = new Set<string>();
  for (const [key, word] of index) {
    if (word.english && !withEnglish) continue;
    const code = key.charCodeAt(key[0] === "'" ? 1 : 0);
    // Keys are folded to lower case: a start in ASCII begins with a to z.
    if (code < 97 || code > 122) continue;
    const start = key.replace(/^'/, "").slice(0, 3);
    if (ASCII_START.test(start)) starts.add(start.trimEnd());
  }
  return [...starts].sort();
}

const ASCII_START = /^[a-z][a-z' ]*$/;

/**
 * The folded spellings that name two different months, for the test that keeps the table consistent.
 * @example monthSpellingClashes() // []
 */
export function monthSpellingClashes(): readonly string[] {
  index ??= build();
  return clashes;
}

/**
 * Every spelling the lookup knows, as written in its row, with its month (for property tests).
 * @example allMonthSpellings().length > 500 // true
 */
export function allMonthSpellings(): Array<{ spelling: string; calendar: Calendar; month: number }> {
  return allRows().map(([calendar, month, spelling]) => ({ spelling, calendar, month }));
}
