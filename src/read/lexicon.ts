// Every spelling the readers know, in one table per kind of word. Patterns are built from these
// tables, and lookups go through them, so a new spelling is one line here.

import { PLAIN_ADAR } from "../calendars/plainAdar.js";
import { gregorianMonthName } from "../calendars/validate.js";
import { GENERATED_MONTH_ROWS } from "./lexicon/months.generated.js";
import { HAND_MONTH_ROWS } from "./lexicon/months.hand.js";

// The tables key a bare "Adar" by the calendar's marker for it; the readers take it from here.
export { PLAIN_ADAR };

/** Any letter of the Hebrew alphabet: a row in Hebrew script. */
export const HEBREW_LETTERS = /[\u05d0-\u05ea]/;

/** Hebrew month spellings in English letters, normalized (see normalizeWord), by hebcal month number. */
const HEBREW_MONTHS_LATIN: Record<number, readonly string[]> = {
  1: ["nisan", "nissan", "nisson", "nison"],
  // "occurs on 18 Lyar (22nd May 2011)" (fivedoves.com): the capital I typed as a lower-case l.
  2: ["iyar", "iyyar", "iyyer", "iyor", "iar", "ijar", "lyar"],
  3: ["sivan", "siwan", "sivon"],
  4: ["tammuz", "tamuz", "tamus", "tammus", "tamouz"],
  5: ["av", "ab", "menachem av", "menahem av", "menachem-av", "menahem-av"],
  6: ["elul"],
  7: ["tishrei", "tishri", "tishre", "tisri", "tishrey", "tisrei"],
  8: [
    "cheshvan",
    "heshvan",
    "hesvan",
    "chesvan",
    "cheshwan",
    "heshwan",
    "marcheshvan",
    "marheshvan",
    "marchesvan",
    "marcheshwan",
    "mar cheshvan",
    "mar heshvan",
    "mar-cheshvan",
    "mar-heshvan",
    // Scholarly transliteration (Encyclopaedia Judaica, Wikipedia): Ḥeshvan, Marḥeshvan.
    "ḥeshvan",
    "marḥeshvan",
  ],
  9: ["kislev", "chislev", "kislew", "kisleu", "kislef", "chisleu", "kislaiv"],
  10: ["tevet", "teves", "tebeth", "teveth", "tebet", "tevès", "téveth", "tévèt"],
  // Dutch "Sjevat 15 5782 = 17 januari 2022" (israelcnn.com).
  11: ["shevat", "shvat", "sh'vat", "shebat", "sebat", "shvat", "shevet", "schwat", "sjevat"],
  [PLAIN_ADAR]: ["adar"],
  12: ["adar i", "adar 1", "adar aleph", "adar alef", "adar rishon"],
  13: [
    "adar ii",
    "adar 2",
    "adar bet",
    "adar beit",
    "adar beth",
    "adar beis",
    "adar sheni",
    "adar sheini",
    "veadar",
    "ve'adar",
    "ve-adar",
  ],
};

/** Hebrew month names in Hebrew script, without niqqud or the ב prefix (CLDR's he and yi rows join them below). */
const HEBREW_MONTHS_HEBREW: Record<number, string[]> = {
  1: ["ניסן"],
  2: ["אייר", "איר"],
  3: ["סיון", "סיוון"],
  4: ["תמוז"],
  5: ["אב", "מנחם אב", "מנחם-אב"],
  6: ["אלול"],
  7: ["תשרי"],
  8: ["חשון", "חשוון", "מרחשון", "מרחשוון", "מר חשון", "מר חשוון", "מר-חשון", "מר-חשוון"],
  9: ["כסלו", "כסליו"],
  10: ["טבת"],
  11: ["שבט"],
  [PLAIN_ADAR]: ["אדר"],
  12: ["אדר א", "אדר א'", "אדר א׳", "אדר ראשון", "אדר הראשון"],
  13: ["אדר ב", "אדר ב'", "אדר ב׳", "אדר שני", "אדר השני", "ואדר"],
};

// CLDR's Hebrew-calendar names in Hebrew script (he, yi) are this table's words: the Hebrew-script
// reader reads them, so they join its table rather than the other languages' (languageMonths.ts).
for (const [, calendar, month, spelling] of [...GENERATED_MONTH_ROWS, ...HAND_MONTH_ROWS]) {
  if (calendar !== "hebrew" || !HEBREW_LETTERS.test(spelling)) continue;
  const plain = spelling.replace(/[\u0591-\u05c7]/g, "");
  if (!HEBREW_MONTHS_HEBREW[month]!.includes(plain)) HEBREW_MONTHS_HEBREW[month]!.push(plain);
}

/** Gregorian month names and abbreviations (a trailing period is allowed by the patterns). */
const GREGORIAN_MONTHS: Record<number, readonly string[]> = {
  1: ["january", "jan"],
  2: ["february", "feb", "febr"],
  3: ["march", "mar"],
  4: ["april", "apr"],
  5: ["may"],
  6: ["june", "jun"],
  7: ["july", "jul"],
  8: ["august", "aug"],
  9: ["september", "sep", "sept"],
  10: ["october", "oct"],
  11: ["november", "nov"],
  12: ["december", "dec"],
};

/** English weekday names and abbreviations, Sunday = 0. */
const WEEKDAYS_LATIN: Record<number, readonly string[]> = {
  0: ["sunday", "sun"],
  1: ["monday", "mon"],
  2: ["tuesday", "tue", "tues"],
  3: ["wednesday", "wed"],
  4: ["thursday", "thu", "thur", "thurs"],
  5: ["friday", "fri"],
  6: ["saturday", "sat"],
};

/** Hebrew weekday names after יום (or alone, for שבת), Sunday = 0. */
const WEEKDAYS_HEBREW: Record<number, readonly string[]> = {
  0: ["יום ראשון", "יום א", "יום א'", "יום א׳"],
  1: ["יום שני", "יום ב", "יום ב'", "יום ב׳"],
  2: ["יום שלישי", "יום ג", "יום ג'", "יום ג׳"],
  3: ["יום רביעי", "יום ד", "יום ד'", "יום ד׳"],
  4: ["יום חמישי", "יום ה", "יום ה'", "יום ה׳"],
  5: ["יום שישי", "יום ו", "יום ו'", "יום ו׳"],
  6: ["שבת", "יום שבת", "שבת קודש"],
};

/** Canonical English name for each entry of HEBREW_MONTHS_LATIN (used in suggestions). */
export const CANONICAL_HEBREW_MONTH: Record<number, string> = {
  1: "Nisan",
  2: "Iyyar",
  3: "Sivan",
  4: "Tamuz",
  5: "Av",
  6: "Elul",
  7: "Tishrei",
  8: "Cheshvan",
  9: "Kislev",
  10: "Tevet",
  11: "Sh'vat",
  [PLAIN_ADAR]: "Adar",
  12: "Adar I",
  13: "Adar II",
};

const ASCII_LETTERS = /^[A-Za-z]+$/;

/**
 * Folds a word for lookup, in any script: lower case (Unicode, "ИЮЛЯ" → "июля"), diacritics and
 * Hebrew points removed (Ḥeshvan → heshvan, Ιουλίου → ιουλιου), every kind of apostrophe and the
 * Hebrew geresh made ASCII, runs of spaces or hyphens made one space, and a trailing period dropped.
 * @example normalizeWord("Sh’vat") // "sh'vat"
 */
export function normalizeWord(word: string): string {
  // Most words the readers look up are plain ASCII letters, which only need lower case.
  if (ASCII_LETTERS.test(word)) return word.toLowerCase();
  return (
    word
      .normalize("NFD")
      // Combining marks of Latin, Greek and Cyrillic letters (Ḥ, ί, й), and Hebrew points (Yiddish "יאַנואַר").
      .replace(/[\u0300-\u036f\u0591-\u05bd\u05bf\u05c1\u05c2\u05c4\u05c5\u05c7]/g, "")
      .toLowerCase()
      .replace(/[\u2019\u2018\u02bc`\u00b4\u05f3]/g, "'")
      // Hyphens too: the patterns read "Adar-II" and "Menachem - Av", and the lookup must find them.
      .replace(/[\s-]+/g, " ")
      .replace(/\.$/, "")
      .trim()
  );
}

function invert(table: Record<number, readonly string[]>): Map<string, number> {
  const map = new Map<string, number>();
  for (const [key, spellings] of Object.entries(table)) {
    for (const spelling of spellings) {
      map.set(normalizeWord(spelling), Number(key));
      // A hyphen in a spelling may also be left out in text ("MenachemAv"), as the patterns allow.
      if (spelling.includes("-")) map.set(normalizeWord(spelling.replace(/-/g, "")), Number(key));
    }
  }
  return map;
}

const hebrewLatinIndex = invert(HEBREW_MONTHS_LATIN);
const hebrewScriptIndex = invert(HEBREW_MONTHS_HEBREW);
const gregorianIndex = invert(GREGORIAN_MONTHS);
const weekdayLatinIndex = invert(WEEKDAYS_LATIN);
const weekdayHebrewIndex = invert(WEEKDAYS_HEBREW);

/**
 * The first word (folded) of every Hebrew month spelling in English letters ("menachem" of
 * "menachem av"): a reader of a month word finds nothing in a text without one (monthWordsIn.ts).
 * @example HEBREW_MONTH_FIRST_WORDS.has("menachem") // true
 */
export const HEBREW_MONTH_FIRST_WORDS: ReadonlySet<string> = /* @__PURE__ */ new Set(
  [...hebrewLatinIndex.keys()].map((spelling) => spelling.split(" ")[0]!),
);

/** The first two letters (folded) of every Hebrew month spelling in English letters. */
const hebrewLatinStarts = new Set([...hebrewLatinIndex.keys()].map((spelling) => spelling.slice(0, 2)));

/**
 * Whether a word could begin a Hebrew month name in English letters: a two-letter test the readers
 * make before the full lookup, since most words beside a number in prose are not months.
 * @example mayStartHebrewMonth("Tishri") // true
 */
export function mayStartHebrewMonth(word: string): boolean {
  const start = word.slice(0, 2).toLowerCase();
  if (hebrewLatinStarts.has(start)) return true;
  // Folding changes only what is not ASCII letters: most words need no second lookup.
  return !isAsciiLetterPair(start) && hebrewLatinStarts.has(normalizeWord(start));
}

/** Whether a string of at most two characters is all lower- or upper-case ASCII letters. */
function isAsciiLetterPair(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i) | 0x20;
    if (code < 97 || code > 122) return false;
  }
  return true;
}

/**
 * The hebcal month number of a Hebrew month name in either script, {@link PLAIN_ADAR} for a bare
 * "Adar", or undefined.
 * @example hebrewMonthFromName("Marcheshvan") // 8
 */
export function hebrewMonthFromName(name: string): number | undefined {
  const word = normalizeWord(name);
  return hebrewLatinIndex.get(word) ?? hebrewScriptIndex.get(word.replace(/["״]/g, ""));
}

/**
 * The Hebrew month a pattern's `month` group names, read as its two words ("Menachem Av",
 * "Adar II") when it has a `second`, else as its `first` word alone; undefined when neither is one.
 * @example hebrewMonthOfWords({month: "Adar II", first: "Adar", second: "II"})?.month // 13
 */
export function hebrewMonthOfWords(
  groups: Record<string, string | undefined>,
): { month: number; text: string } | undefined {
  if (groups.second !== undefined) {
    const month = hebrewMonthFromName(groups.month!);
    if (month !== undefined) return { month, text: groups.month! };
  }
  const month = hebrewMonthFromName(groups.first!);
  return month === undefined ? undefined : { month, text: groups.first! };
}

/**
 * The number (1–12) of a Gregorian month name or abbreviation, or undefined.
 * @example gregorianMonthFromName("Sept.") // 9
 */
export function gregorianMonthFromName(name: string): number | undefined {
  return gregorianIndex.get(normalizeWord(name));
}

/**
 * The weekday index (Sunday = 0) of an English or Hebrew weekday name, or undefined.
 * @example weekdayFromName("Sun") // 0
 */
export function weekdayFromName(name: string): number | undefined {
  const word = normalizeWord(name);
  return weekdayLatinIndex.get(word) ?? weekdayHebrewIndex.get(word);
}

// In patterns an apostrophe matches every apostrophe, a space one to three spaces or a hyphen,
// and a hyphen an optional hyphen or space ("Menachem-Av", "Menachem Av", "MenachemAv").
const PATTERN_PIECES: Record<string, string> = {
  "'": "['\\u2019\\u2018\\u02bc`\\u00b4]",
  " ": "[\\s\\u00a0-]{1,3}",
  "-": "[\\s\\u00a0-]{0,3}",
  "\u05f3": "['\\u05f3\\u2019]",
  "\u05f4": '["\\u05f4\\u201c\\u201d]',
};

function escapeForPattern(spelling: string): string {
  let pattern = "";
  for (const char of spelling) pattern += PATTERN_PIECES[char] ?? char.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return pattern;
}

/** A regex alternation (no flags, no group) matching every spelling of a table, longest first. */
export function alternation(table: Record<number, readonly string[]>): string {
  const spellings = [...new Set(Object.values(table).flat())];
  spellings.sort((a, b) => b.length - a.length);
  return spellings.map(escapeForPattern).join("|");
}

/**
 * The same spellings grouped by their first character: a search over a whole text then fails at
 * most offsets after one comparison of a few, instead of trying every spelling (on Hebrew prose the
 * month search took 40 % less time so). It matches at the same offsets as `alternation`.
 * @example groupedAlternation({ 1: ["ab", "ac"], 2: ["b"] }) // "a(?:b|c)|b(?:)"
 */
export function groupedAlternation(table: Record<number, readonly string[]>): string {
  const groups = new Map<string, string[]>();
  for (const spelling of [...new Set(Object.values(table).flat())].sort((a, b) => b.length - a.length)) {
    const first = escapeForPattern(spelling[0]!);
    groups.set(first, [...(groups.get(first) ?? []), escapeForPattern(spelling.slice(1))]);
  }
  return [...groups].map(([first, rests]) => `${first}(?:${rests.join("|")})`).join("|");
}

/** Pattern source for any Hebrew month name in Hebrew script (niqqud stripped first). */
export const HEBREW_MONTH_HEBREW_PATTERN = alternation(HEBREW_MONTHS_HEBREW);
/** The same, grouped by first letter, for a search over a whole text (see groupedAlternation). */
export const HEBREW_MONTH_HEBREW_ANCHOR = groupedAlternation(HEBREW_MONTHS_HEBREW);
/** Pattern source for any Gregorian month name or abbreviation (match case-insensitively). */
export const GREGORIAN_MONTH_PATTERN = alternation(GREGORIAN_MONTHS);
/** Pattern source for any English weekday name or abbreviation (match case-insensitively). */
export const WEEKDAY_LATIN_PATTERN = alternation(WEEKDAYS_LATIN);
/** Pattern source for any Hebrew weekday name. */
export const WEEKDAY_HEBREW_PATTERN = alternation(WEEKDAYS_HEBREW);

/** Every spelling in the tables, for tests and documentation. */
export const LEXICON = {
  hebrewMonthsLatin: HEBREW_MONTHS_LATIN,
  hebrewMonthsHebrew: HEBREW_MONTHS_HEBREW,
  gregorianMonths: GREGORIAN_MONTHS,
  weekdaysLatin: WEEKDAYS_LATIN,
  weekdaysHebrew: WEEKDAYS_HEBREW,
} as const;

/** Optimal string alignment distance: edits, counting a swap of neighbours as one. */
// Three rows reused across calls: the distance needs the two rows before the current one (for
// swapped neighbours), and a fresh 2-D table per spelling made suggestions cost a millisecond a word.
let rowBefore = new Int32Array(32);
let rowPrevious = new Int32Array(32);
let rowCurrent = new Int32Array(32);

/** Optimal string alignment distance (a swap of neighbours counts as one edit), or limit + 1 once it must exceed `limit`. */
function editDistance(a: string, b: string, limit: number): number {
  const cols = b.length + 1;
  if (rowCurrent.length < cols) {
    rowBefore = new Int32Array(cols * 2);
    rowPrevious = new Int32Array(cols * 2);
    rowCurrent = new Int32Array(cols * 2);
  }
  for (let j = 0; j < cols; j++) rowPrevious[j] = j;
  for (let i = 1; i <= a.length; i++) {
    rowCurrent[0] = i;
    let rowMinimum = i;
    for (let j = 1; j < cols; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(rowPrevious[j]! + 1, rowCurrent[j - 1]! + 1, rowPrevious[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        best = Math.min(best, rowBefore[j - 2]! + 1);
      rowCurrent[j] = best;
      if (best < rowMinimum) rowMinimum = best;
    }
    if (rowMinimum > limit) return limit + 1;
    [rowBefore, rowPrevious, rowCurrent] = [rowPrevious, rowCurrent, rowBefore];
  }
  return rowPrevious[b.length]!;
}

/** Suggestions already worked out, by folded word (a page repeats its misspellings). */
const suggestionCache = new Map<string, string[]>();

/**
 * Canonical Hebrew month names near a misspelled word (at most two edits, one for short words),
 * nearest first.
 * @example suggestHebrewMonths("Avv") // ["Av"]
 */
export function suggestHebrewMonths(word: string): string[] {
  const folded = normalizeWord(word);
  if (hebrewLatinIndex.has(folded)) return [];
  const cached = suggestionCache.get(folded);
  if (cached) return [...cached];
  const suggestions = computeSuggestions(folded);
  if (suggestionCache.size >= 4096) suggestionCache.clear();
  suggestionCache.set(folded, suggestions);
  return [...suggestions];
}

/**
 * English Gregorian month names near a misspelled word, nearest first: one edit for words of five or
 * six letters, two for longer ones. Shorter words are left alone: "Mar", "Jan" and "Mary", "Jane" are
 * names and abbreviations far more often than a mistyped month.
 * @example suggestGregorianMonths("Febuary") // ["February"]
 */
export function suggestGregorianMonths(word: string): string[] {
  const folded = normalizeWord(word);
  if (folded.length < 5 || gregorianIndex.has(folded)) return [];
  const limit = folded.length <= 6 ? 1 : 2;
  const best: Array<[string, number]> = [];
  for (let month = 1; month <= 12; month++) {
    const name = gregorianMonthName(month);
    const spelling = name.toLowerCase();
    if (Math.abs(spelling.length - folded.length) > limit) continue;
    const distance = editDistance(folded, spelling, limit);
    if (distance > 0 && distance <= limit) best.push([name, distance]);
  }
  return best.sort((a, b) => a[1] - b[1]).map(([name]) => name);
}

function computeSuggestions(folded: string): string[] {
  const limit = folded.length <= 4 ? 1 : 2;
  const best = new Map<string, number>();
  for (const [spelling, month] of hebrewLatinIndex) {
    // The distance is at least the difference in length: skip the table work (a page of misspelt
    // dates spent most of its time here).
    if (Math.abs(spelling.length - folded.length) > limit) continue;
    const distance = editDistance(folded, spelling, limit);
    if (distance === 0 || distance > limit) continue;
    const name = CANONICAL_HEBREW_MONTH[month]!;
    best.set(name, Math.min(best.get(name) ?? distance, distance));
  }
  return [...best.entries()].sort((a, b) => a[1] - b[1]).map(([name]) => name);
}
