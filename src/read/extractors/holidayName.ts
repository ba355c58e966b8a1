import { type AnchoredPattern, execAnchored } from "../anchoredSearch.js";
import { parseHebrewYear } from "../gematriya.js";
import { type LatinPieces, latinMatch, type StickyMatch } from "../holidayNameMatch.js";
import { holidayRows } from "../holidayRows.js";
import {
  CANDLE_WORDS_HEBREW,
  DAY_UNITS,
  DAY_WORDS_BEFORE_NAME,
  EREV_WORDS,
  EVE_WORDS_AFTER,
  EVE_WORDS_IN_BRACKETS,
  HOLIDAY_NAMES_HEBREW,
  HOLIDAY_NAMES_LATIN,
  OF_AFTER_DAY_WORD,
  ORDINALS,
  ORDINALS_HEBREW,
  OTHER_DAY_BEFORE,
} from "../lexicon/holidays.js";
import { HEBREW_MONTH_HEBREW_PATTERN, hebrewMonthFromName, LEXICON, normalizeWord } from "../lexicon.js";
import type { Candidate, Extractor, StatedFields } from "../mention.js";
import { caseless, END, foldIgnorable, HEBREW_NUMERAL_CHARS, START } from "../patterns.js";
import { isQuotedTitle } from "../quotedTitle.js";
import { textAnchors } from "../textAnchors.js";
import { takeWeekdayBefore } from "../weekdayPrefix.js";

// Holiday names that stand for their dates: "Purim 5787", "Erev Pesach 2027", "the 3rd candle of
// Chanukah", "Rosh Chodesh Adar II", "ערב פסח", "ל״ג בעומר תשפ״ז". A name holds no digit, so these
// readers run over the whole text (not the stretches around digits): the English-letter one from
// two cheap anchors (see extractLatin), the Hebrew-script one over texts with Hebrew letters.

const GAP = "[\\s\\u00a0]{1,3}";
/**
 * Between a name and its year, at most one line break: a year after a blank line begins the next
 * paragraph or table row ("Yom Kipur" above "2017: 30 de setembro"), it is not the holiday's.
 */
const YEAR_GAP = "(?:[ \\t\\u00a0]{1,3}|[ \\t\\u00a0]?\\r?\\n[ \\t\\u00a0]?)";
/**
 * A year on the next line is the name's only when it ends that line ("Chanukah" / "5787" in a
 * widget): one that begins a row of a table ("… Lag BaOmer" / "2022 19 May Thu Lag BaOmer") is the row's.
 */
const ROW_YEAR_NOT =
  "(?:(?<=[\\r\\n][ \\t\\u00a0]?)(?=\\d{4}[ \\t\\u00a0]*(?:\\r?\\n|$))|(?<![\\r\\n][ \\t\\u00a0]?))";

/** A spelling as a pattern: a space also matches a hyphen, and apostrophes and gershayim may be left out. */
export function spellingPattern(spelling: string): string {
  let pattern = "";
  for (const char of spelling) {
    if (char === " ") pattern += "[\\s\\u00a0-]{1,3}";
    else if (char === "-") pattern += "[\\s\\u00a0-]{0,3}";
    else if (char === "'") pattern += "['\\u2019\\u2018\\u02bc`\\u00b4]?";
    else if (char === "\u05f4") pattern += '["\\u05f4\\u201d]?';
    // A letter beyond ASCII ("á" of "Janucá") is written in both cases here; caseless() does ASCII.
    else if (char > "\u007f" && char.toUpperCase() !== char && char.toUpperCase().length === 1)
      pattern += `[${char}${char.toUpperCase()}]`;
    else pattern += char.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  }
  return pattern;
}

/**
 * The characters a spelling's pattern (spellingPattern, then caseless) may begin with, or undefined
 * when it may begin with any (its first character is optional, or a space).
 * @example spellingFirsts("Purim") // ["p", "P"]
 */
export function spellingFirsts(spelling: string): string[] | undefined {
  const [first] = spelling;
  if (first === undefined || first === " " || first === "-" || first === "'" || first === "\u05f4")
    return undefined;
  if (/^[a-zA-Z]$/.test(first)) return [first.toLowerCase(), first.toUpperCase()];
  const upper = first.toUpperCase();
  return first > "\u007f" && upper !== first && upper.length === 1 ? [first, upper] : [first];
}

/** An alternation of every spelling of a table, longest first. */
export function alternation(spellings: Iterable<string>): string {
  return [...new Set(spellings)]
    .sort((a, b) => b.length - a.length)
    .map(spellingPattern)
    .join("|");
}

/** What a lookup compares: case, accents, apostrophes, gershayim, spaces and hyphens folded away. */
export function foldName(name: string): string {
  // Most words looked up are plain ASCII letters (the word before every year on a page).
  if (ASCII_WORD.test(name)) return name.toLowerCase();
  return normalizeWord(name).replace(/[\s'"\u05f3\u05f4\u201d-]/g, "");
}
const ASCII_WORD = /^[A-Za-z]+$/;

function indexOf(table: Record<string, readonly string[]>): Map<string, string> {
  const index = new Map<string, string>();
  for (const [key, spellings] of Object.entries(table))
    for (const spelling of spellings) index.set(foldName(spelling), key);
  return index;
}

// The patterns and indexes below are built on first use: most texts have no word that begins a
// name, and a one-date conversion reads none (built at import, they were a fifth of this file's share
// of start-up).
let latinIndexBuilt: Map<string, string> | undefined;
let hebrewIndexBuilt: Map<string, string> | undefined;
const latinIndex = (): Map<string, string> => (latinIndexBuilt ??= indexOf(HOLIDAY_NAMES_LATIN));
const hebrewIndex = (): Map<string, string> => (hebrewIndexBuilt ??= indexOf(HOLIDAY_NAMES_HEBREW));
const ordinalIndex = new Map<string, number>();
for (const [value, words] of Object.entries(ORDINALS))
  for (const word of words) ordinalIndex.set(word, Number(value));

const withoutRoshChodesh = (table: Record<string, readonly string[]>): string[] =>
  Object.entries(table)
    .filter(([key]) => key !== "rosh-chodesh")
    .flatMap(([, spellings]) => spellings);

const LATIN_MONTHS = alternation(Object.values(LEXICON.hebrewMonthsLatin).flat());
const ORDINAL_WORDS = alternation(Object.values(ORDINALS).flat());
const UNIT_WORDS = alternation([...DAY_UNITS.day, ...DAY_UNITS.candle]);
/**
 * A festival's day in figures before its name in the other languages: "1. Tag Rosh Hashana", "2. den
 * Pesachu" (none in the lean build, whose rows are empty).
 */
const DAY_BEFORE_NAME =
  DAY_WORDS_BEFORE_NAME.length === 0
    ? ""
    : `|(?<dayBefore>[1-8])(?:\\.|º|ª)${GAP}(?:${alternation(DAY_WORDS_BEFORE_NAME)})${GAP}` +
      (OF_AFTER_DAY_WORD.length === 0 ? "" : `(?:(?:${alternation(OF_AFTER_DAY_WORD)})${GAP})?`);

/** Roman day numbers are upper case ("Pesach VII"): a lower-case "i" after a name is a word. */
const ROMAN = `(?:${GAP}(?<roman>VIII|VII|VI|IV|V|III|II|I)${END})`;
const ROMAN_VALUE: Record<string, number> = { I: 1, II: 2, III: 3, IV: 4, V: 5, VI: 6, VII: 7, VIII: 8 };

// The pattern of a name in English letters, in the pieces holidayNameMatch.ts tries one by one:
// START (?:prefix)? (?:Rosh Chodesh and its month | a name) and what may follow the name.
/** What may come before a name: "Erev", "the first days of the", "the 3rd candle of", "1. Tag". */
const latinPrefix = (): string =>
  caseless(
    `(?<erev>${alternation(EREV_WORDS.latin)})[\\s\\u00a0-]{1,3}` +
      // "the first days of" before "the first day of": the plural is the festival days at either end.
      `|(?:the${GAP})?(?<part>first|last)${GAP}days${GAP}of${GAP}(?:the${GAP})?` +
      `|(?:the${GAP})?(?<ordinal>${ORDINAL_WORDS})${GAP}(?<unit>${UNIT_WORDS})${GAP}of${GAP}(?:the${GAP})?` +
      `${DAY_BEFORE_NAME}`,
  );
const latinRoshChodesh = (): string =>
  caseless(
    `(?<roshChodesh>${alternation(HOLIDAY_NAMES_LATIN["rosh-chodesh"]!)})${GAP}(?<month>${LATIN_MONTHS})`,
  );
/** The names' spellings in the order the pattern tries them (longest first, as alternation() does). */
const latinNames = (): string[] =>
  [...new Set(withoutRoshChodesh(HOLIDAY_NAMES_LATIN))].sort((a, b) => b.length - a.length);
const latinNamePattern = (spellings: readonly string[]): string =>
  `(?<name>${caseless(alternation(spellings))})`;
/** After a name and the end of its word, all optional: a day in Roman figures or in words, "Eve", a year. */
const latinAfterName = (): string =>
  `(?:${ROMAN}|${caseless(
    `,?${GAP}day${GAP}(?<dayAfter>[1-8])${END}` +
      // "Roch Hachana 1er jour", "Pessah 2e jour": the French day of a festival after its name.
      // A schedule's label after a comma: "Rosh Hashanah, 1st Day", "Rosh Hashanah, 2d Day" (villageyontif.com).
      `|[:,]?${GAP}(?<count>[1-8])(?:st|nd|rd|th|d|er|re|e|ème)?${GAP}(?<countUnit>candles?|day|night|jour)${END}` +
      `|${GAP}(?<eve>${alternation(EVE_WORDS_AFTER)})${END}`,
  )}|${GAP}\\((?<eveInBrackets>${alternation(EVE_WORDS_IN_BRACKETS)})\\))?(?:,?${YEAR_GAP}${ROW_YEAR_NOT}(?<year>\\d{4})${END}(?![.]\\p{N}))?`;

let latinBuilt: RegExp | undefined;
/** The whole pattern: what latinMatch() answers as, and what it tries when its pieces cannot tell. */
export const latinPattern = (): RegExp =>
  (latinBuilt ??= new RegExp(
    `${START}(?:${latinPrefix()})?(?:${latinRoshChodesh()}|${latinNamePattern(latinNames())})${END}${latinAfterName()}`,
    "uy",
  ));

/** The pieces of latinPattern(), as holidayNameMatch.ts tries them. */
export const latinPieces = (): LatinPieces => ({
  whole: latinPattern,
  prefix: latinPrefix(),
  roshChodesh: latinRoshChodesh(),
  roshChodeshFirsts: HOLIDAY_NAMES_LATIN["rosh-chodesh"]!.map(spellingFirsts),
  names: latinNames(),
  namePattern: latinNamePattern,
  nameFirsts: spellingFirsts,
  end: END,
  after: latinAfterName(),
});
let latinMatchBuilt: StickyMatch | undefined;
/** latinPattern() tried at one offset, through its pieces. */
export const latinNameMatch = (): StickyMatch => (latinMatchBuilt ??= latinMatch(latinPieces()));

const NUMERAL = `[${HEBREW_NUMERAL_CHARS}]{2,9}`;
const hebrewOrdinalIndex = new Map<string, number>();
for (const [value, words] of Object.entries(ORDINALS_HEBREW))
  for (const word of words) hebrewOrdinalIndex.set(word, Number(value));
/** "שנת" or "בשנת" ("the year of", "in the year") before a year's letters or digits. */
const YEAR_WORD_HEBREW = "(?:ב?שנת[\\s\\u00a0]{1,3})?";
/** A Hebrew letter 1-8 with its geresh ("ה'", "ה׳"): the count of a candle or a festival's day. */
const ORDINAL_LETTER = "[\u05d0-\u05d7](?:['\u05f3\u2019])";
/** "של" or a ד written onto the name ("דחנוכה"): "of". */
const OF_HEBREW = `(?:של${GAP}|ד)`;
const hebrewPattern = (): RegExp =>
  new RegExp(
    // A ב ("on"), ל ("for"), ו ("and") or ה ("the") may be written onto the first word.
    `${START}(?:ו[בלה]?|[בלה])?(?:(?<erev>${alternation(EREV_WORDS.hebrew)})${GAP}ה?` +
      // "נר שני של חנוכה", "ליל ה' דחנוכה": the evening a candle is lit; "א' חנוכה": a festival's day.
      `|(?:${CANDLE_WORDS_HEBREW.join("|")})${GAP}ה?(?<candleOrdinal>${Object.values(ORDINALS_HEBREW).flat().join("|")}|${ORDINAL_LETTER})${GAP}${OF_HEBREW}?` +
      // A day of Rosh Chodesh ("א' דראש חודש") is a luach's label, read with its date (roshChodeshDay.ts).
      `|(?<dayLetter>${ORDINAL_LETTER})${GAP}${OF_HEBREW}?(?!${alternation(HOLIDAY_NAMES_HEBREW["rosh-chodesh"]!)}))?` +
      `(?:(?<roshChodesh>${alternation(HOLIDAY_NAMES_HEBREW["rosh-chodesh"]!)})${GAP}(?<month>${HEBREW_MONTH_HEBREW_PATTERN})` +
      `|(?<name>${alternation(withoutRoshChodesh(HOLIDAY_NAMES_HEBREW))}))${END}` +
      // "בשמחת תורה בשנת תשפ״ד": "in the year" may stand between the name and its year, as after a date.
      `(?:[\\s\\u00a0,]{1,3}${YEAR_WORD_HEBREW}(?<year>${NUMERAL}|\\d{4})${END})?`,
    "uy",
  );
/**
 * The names grouped by their first letter, without the `u` flag (Hebrew letters are one code unit
 * each): a letter that begins no name fails at one comparison. About as cheap as a scan for digits;
 * a plain alternation of the names cost half as much again.
 */
function groupedByFirstLetter(spellings: readonly string[]): string {
  const groups = new Map<string, string[]>();
  for (const spelling of spellings)
    groups.set(spelling[0]!, [...(groups.get(spelling[0]!) ?? []), spelling.slice(1)]);
  return [...groups].map(([first, rests]) => `${first}(?:${alternation(rests)})`).join("|");
}

/**
 * Tried only just before a name (anchoredSearch.ts): וב, ערב, three spaces and ה may come first.
 * A name the pattern reads ends before a space or a mark, never before a letter: the anchor says
 * so too, or every "רחוב" (street) would be an "ר״ח" written without its gershayim.
 */
let hebrewBuilt: AnchoredPattern | undefined;
const hebrew = (): AnchoredPattern =>
  (hebrewBuilt ??= {
    pattern: hebrewPattern(),
    anchor: new RegExp(
      `(?:${groupedByFirstLetter(Object.values(HOLIDAY_NAMES_HEBREW).flat())})(?![\u05d0-\u05ea])`,
      "g",
    ),
    // A prefix letter or two, "הנר" or "ערב", a gap, "ה" and an ordinal of five letters and a geresh, a gap, "של" and a gap.
    reach: 2 + 3 + 3 + 1 + 5 + 1 + 3 + 2 + 3,
    letterFirst: false,
  });

/** A Hebrew year in letters must carry its geresh or gershayim: "פורים שמח" is "happy Purim", not a year. */
const MARKED = /[\u05f3\u05f4'"\u2019\u2018\u201c\u201d]/;

/** The year after a name: a Hebrew year (5787, תשפ״ז) or the Gregorian year it falls in (2027). */
export function readYear(token: string, stated: StatedFields): boolean {
  if (/^\d+$/.test(token)) {
    const year = Number(token);
    if (year >= 3000) stated.year = year;
    else if (year >= 1000) stated.civilYear = year;
    else return false;
    return true;
  }
  const year = MARKED.test(token) ? parseHebrewYear(token) : undefined;
  if (year === undefined) return false;
  stated.year = year;
  return true;
}

/** The count a Hebrew ordinal word or letter stands for: "שני" and "ב'" are 2. */
function hebrewOrdinal(written: string | undefined): number | undefined {
  if (written === undefined) return undefined;
  return hebrewOrdinalIndex.get(written) ?? written.charCodeAt(0) - 0x05d0 + 1;
}

/** The stated fields of one match, or undefined when its words name nothing after all. */
function statedOf(
  groups: Record<string, string | undefined>,
  index: Map<string, string>,
): StatedFields | undefined {
  const key = groups.roshChodesh !== undefined ? "rosh-chodesh" : index.get(foldName(groups.name ?? ""));
  if (key === undefined) return undefined;
  const stated: StatedFields = { holiday: key };
  if (groups.month !== undefined) {
    const month = hebrewMonthFromName(groups.month);
    if (month === undefined) return undefined;
    stated.holidayMonth = month;
  }
  if (groups.erev !== undefined || groups.eve !== undefined || groups.eveInBrackets !== undefined)
    stated.holidayErev = true;
  if (groups.part !== undefined)
    stated.holidayPart = groups.part.toLowerCase() === "first" ? "first" : "last";
  const ordinal = groups.ordinal === undefined ? undefined : ordinalIndex.get(groups.ordinal.toLowerCase());
  const unitHebrew =
    groups.candleOrdinal !== undefined ? "candle" : groups.dayLetter !== undefined ? "day" : "";
  const count = groups.count === undefined ? undefined : Number(groups.count);
  const written = (groups.unit ?? groups.countUnit ?? unitHebrew).toLowerCase();
  const unit = written === "jour" ? "day" : written;
  const nth = ordinal ?? count ?? hebrewOrdinal(groups.candleOrdinal ?? groups.dayLetter);
  // "Chanukah: 3 Candles" and "the 3rd night of Chanukah" are the evening the third candle is lit.
  if (nth !== undefined && unit !== "day" && key === "chanukah") stated.holidayCandle = nth;
  else if (nth !== undefined && unit === "day") stated.holidayDay = nth;
  else if (nth !== undefined) return undefined; // the nth night of another holiday: not read
  if (groups.roman !== undefined) stated.holidayDay = ROMAN_VALUE[groups.roman];
  if (groups.dayAfter !== undefined) stated.holidayDay = Number(groups.dayAfter);
  if (groups.dayBefore !== undefined) stated.holidayDay = Number(groups.dayBefore);
  return stated;
}

/** Sticky attempts made by the last extract() (a test bounds them by the text's length). */
export const holidayScanWork = { anchors: 0, attempts: 0 };

/** The sticky pattern tried at one offset, counted. */
function tryAt(match: StickyMatch, text: string, at: number): RegExpExecArray | null {
  holidayScanWork.attempts++;
  return match(text, at);
}

function isWordCharCode(code: number): boolean {
  return (
    (code >= 48 && code <= 57) ||
    ((code | 0x20) >= 97 && (code | 0x20) <= 122) ||
    (code >= 0x80 && !isQuoteCode(code))
  );
}

/**
 * The quotation marks outside ASCII, which open a name as a space does: de "das jüdische Fest
 * „Schawuot“" (kirche-scharnebeck.de, rp-online.de), fr and ru «Pourim», de »Purim«.
 */
function isQuoteCode(code: number): boolean {
  return (
    code === 0xab || code === 0xbb || (code >= 0x2018 && code <= 0x201f) || code === 0x2039 || code === 0x203a
  );
}

function isSpaceCode(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13) || code === 0xa0;
}

/**
 * The match that begins earliest among the word starts up to `words` words before `at` (and at
 * `at` itself), not before `floor`, that `accept` takes. A bounded number of tries per anchor.
 */
function matchBefore(
  pattern: StickyMatch,
  text: string,
  at: number,
  words: number,
  floor: number,
  accept: (match: RegExpExecArray) => boolean,
): RegExpExecArray | null {
  const starts = [at];
  let offset = at;
  for (let word = 0; word < words && offset > floor; word++) {
    while (offset > floor && isSpaceCode(text.charCodeAt(offset - 1))) offset--;
    while (offset > floor && !isSpaceCode(text.charCodeAt(offset - 1))) offset--;
    starts.push(offset);
  }
  for (let i = starts.length - 1; i >= 0; i--) {
    const start = starts[i]!;
    if (start > 0 && isWordCharCode(text.charCodeAt(start - 1)) && start !== at) continue;
    const match = tryAt(pattern, text, start);
    if (match !== null && accept(match)) return match;
  }
  return null;
}

/** The most words before a name: "the seventh candle of the". */
const WORDS_BEFORE_NAME = 5;
/** The most words of a name, its prefix and a suffix before a year: "the last days of Rosh Chodesh Adar II". */
const WORDS_BEFORE_YEAR = 10;

/**
 * A year on the line after a name is the name's only when it stands alone there: in a table, "2023 9
 * May Tue Lag BaOmer" over "2022 19 May Thu Lag BaOmer", the next row's year begins that row.
 */
function yearEndsItsLine(match: RegExpExecArray, year: string, end: number): boolean {
  if (!/\n[ \t\u00a0]?$/u.test(match[0].slice(0, -year.length))) return true;
  return /^[ \t\u00a0]*(?:\r?\n|$)/u.test(match.input.slice(end, end + 16));
}

function candidateOf(
  match: RegExpExecArray,
  index: Map<string, string>,
  name: string,
): Candidate | undefined {
  const groups = match.groups!;
  const stated = statedOf(groups, index);
  if (stated === undefined) return undefined;
  // "International Holocaust Remembrance Day" is another day than the name after the word.
  if (OTHER_DAY_BEFORE[stated.holiday!]?.includes(foldedWordBefore(match.input, match.index)))
    return undefined;
  let end = match.index + match[0].length;
  if (groups.year !== undefined && !yearEndsItsLine(match, groups.year, end)) {
    end = match.index + match[0].slice(0, -groups.year.length).replace(/[\s\u00a0,]+$/u, "").length;
  } else if (groups.year !== undefined && !readYear(groups.year, stated)) {
    // Not a year after all (it is the match's last group): the name ends before it and its "בשנת".
    end =
      match.index +
      match[0].slice(0, -groups.year.length).replace(/(?:[\s\u00a0,]+ב?שנת)?[\s\u00a0,]+$/u, "").length;
  }
  // A title in quotes names what the text is about, not a day (quotedTitle.ts).
  if (isQuotedTitle(match.input, match.index, end)) return undefined;
  return { start: match.index, end, calendar: "hebrew", extractor: name, stated };
}

// A regex that looks for every spelling at every offset of a page cost more than all the other
// readers' scanning together (≈ 5 ns a character). Names are found from two cheap anchors instead:
// a capital letter followed by the next letters of a word that begins a name (capitals are rare,
// so the scan rarely gets past its first character), and a four-digit year after a word that
// ends a name ("pesach 2027", whatever its case).

// Words before a name ("Erev", "the 3rd candle of") are reached by looking back from the name.
const FIRST_WORDS = Object.values(HOLIDAY_NAMES_LATIN)
  .flat()
  .map((spelling) => spelling.split(/[\s-]/)[0]!);

/**
 * The letters after the capital, in one case: three, or all of a short word with no letter after
 * them ("Tu", "Yom"); an apostrophe may be any apostrophe or none ("Ta'anit", "Taanit").
 */
function tailOf(word: string, upper: boolean): string {
  const letters = word.slice(1).replace(/'/g, "");
  const short = letters.length <= 3;
  let tail = "";
  let count = 0;
  for (const char of word.slice(1)) {
    if (!short && count >= 3) break;
    if (char === "'") {
      tail += "['\\u2019]?";
    } else {
      tail += upper ? char.toUpperCase() : char;
      count++;
    }
  }
  return short ? `${tail}(?![a-zA-Z])` : tail;
}
/** The tails of the first words, by their capital. */
const TAILS = new Map<string, Set<string>>();
for (const word of FIRST_WORDS) {
  const capital = word[0]!.toUpperCase();
  const tails = TAILS.get(capital) ?? new Set<string>();
  tails.add(tailOf(word, false)).add(tailOf(word, true));
  TAILS.set(capital, tails);
}
/**
 * A capital and the next letters of a first word, in either case: "Purim", "PURIM", "Ta'anit".
 * Grouped by the capital, so a capital that begins no name fails at its first comparison.
 */
const CAPITAL_ANCHOR = new RegExp(
  [...TAILS]
    .map(([capital, tails]) => `${capital}(?:${[...tails].sort((a, b) => b.length - a.length).join("|")})`)
    .join("|"),
  "g",
);
/**
 * What a year after a name follows: a one-word name ("pesach 2027"), the last two words of a
 * longer one ("b'av 5787", but not "10 Av 5778"), or a name's last word and "Eve".
 */
const NAME_ENDS = new Set<string>();
/** A spelling's words as a text may split them: a hyphen is a space, or is left out ("Yom HaKippurim"). */
function wordings(spelling: string): string[][] {
  return [spelling.split(/[\s-]+/), spelling.replace(/-/g, "").split(/\s+/)].map((words) =>
    words.map(foldName),
  );
}
for (const words of Object.values(HOLIDAY_NAMES_LATIN).flat().flatMap(wordings)) {
  const last = words.at(-1)!;
  NAME_ENDS.add(words.length === 1 ? last : `${words.at(-2)} ${last}`);
  for (const eve of EVE_WORDS_AFTER) NAME_ENDS.add(`${last} ${eve}`);
}
/** One-word endings are looked up with the word before them too, when a longer name may end so. */
const PAIR_LAST_WORDS = new Set(
  [...NAME_ENDS].filter((end) => end.includes(" ")).map((end) => end.split(" ")[1]!),
);

/** Whether the words before a year may end a name. */
function mayEndName(text: string, at: number): boolean {
  const [start] = wordBefore(text, at);
  const last = foldedWordBefore(text, at);
  if (NAME_ENDS.has(last)) return true;
  return PAIR_LAST_WORDS.has(last) && NAME_ENDS.has(`${foldedWordBefore(text, start)} ${last}`);
}

/** Folded first words of names, and for names of several words their first two words. */
const NAME_STARTS = new Set<string>();
for (const words of Object.values(HOLIDAY_NAMES_LATIN).flat().flatMap(wordings)) {
  NAME_STARTS.add(words.length === 1 ? words[0]! : `${words[0]} ${words[1]}`);
  // "Tisha B'Av" is also written "Tisha-b'Av", and "Rosh HaShanah" as one word after "Rosh".
  if (words.length > 1) NAME_STARTS.add(`${words[0]} `);
}

// Letters of any script: "Janucá", "Roș Hașana" begin names as well as "Purim" does.
const WORD = /[\p{L}'\u2019\u2018\u02bc`\u00b4]+/uy;

/** The word at `at` and the one after it, folded ("rosh hashanah"), or just the first when it stands alone. */
function mayBeginName(text: string, at: number): boolean {
  WORD.lastIndex = at;
  const first = WORD.exec(text)?.[0];
  if (first === undefined) return false;
  const folded = foldName(first);
  if (NAME_STARTS.has(folded)) return true;
  if (!NAME_STARTS.has(`${folded} `)) return false;
  let next = at + first.length;
  while (next < text.length && next < at + first.length + 4 && /[\s\u00a0-]/.test(text[next]!)) next++;
  WORD.lastIndex = next;
  const second = WORD.exec(text)?.[0];
  return second !== undefined && NAME_STARTS.has(`${folded} ${foldName(second)}`);
}

/** The last words of what may stand before a name: "Erev", "the 3rd candle of", "the first days of the". */
const PREFIX_ENDS = new Set([
  ...EREV_WORDS.latin,
  "of",
  "the",
  // "1. Tag Rosh Hashana", "2. dzień do Pesach": the other languages' day and its "of".
  ...DAY_WORDS_BEFORE_NAME.map(foldName),
  ...OF_AFTER_DAY_WORD.map(foldName),
]);
/** A year is a run of exactly four digits after a word and a space or comma. */
const BEFORE_YEAR = /[\s\u00a0,]/;

/** The start of the next run of exactly four digits from run `run` on (pairs of `digitRuns`), or -1. */
function nextYearRun(digitRuns: readonly number[], run: number): number {
  let at = run;
  while (at < digitRuns.length && digitRuns[at + 1]! - digitRuns[at]! !== 4) at += 2;
  return at;
}

/** The offsets of the word before `at` (over white space and a comma), at most 24 characters long. */
function wordBefore(text: string, at: number): [number, number] {
  let end = at;
  while (end > 0 && (isSpaceCode(text.charCodeAt(end - 1)) || text.charCodeAt(end - 1) === 44)) end--;
  let start = end;
  while (start > 0 && start > end - 24 && !isSpaceCode(text.charCodeAt(start - 1))) start--;
  return [start, end];
}

function foldedWordBefore(text: string, at: number): string {
  const [start, end] = wordBefore(text, at);
  return end - start > 0 && end - start < 24 ? foldName(text.slice(start, end)) : "";
}

/**
 * A weekday written just before a name that carries its year is the day the writer gives that
 * holiday ("this past Saturday, Yom Kippur 5772"): the mention takes it, as a date's does, and it is
 * checked. A name without a year takes none (its year is only inferred).
 */
function withWeekdayBefore(text: string, candidate: Candidate, from: number): void {
  const stated = candidate.stated;
  if (stated.year === undefined && stated.civilYear === undefined) return;
  candidate.start = takeWeekdayBefore(text, candidate.start, from, stated);
}

function extractLatin(text: string, digitRuns: readonly number[]): Candidate[] {
  holidayScanWork.attempts = 0;
  holidayScanWork.anchors = 0;
  const out: Candidate[] = [];
  let lastEnd = 0;
  const add = (match: RegExpExecArray | null): void => {
    const candidate = match && candidateOf(match, latinIndex(), "holiday-name");
    if (!candidate || candidate.start < lastEnd) return;
    withWeekdayBefore(text, candidate, lastEnd);
    out.push(candidate);
    lastEnd = candidate.end;
  };
  // Both anchors in reading order, so candidates come out in order and do not overlap.
  CAPITAL_ANCHOR.lastIndex = 0;
  let capital = CAPITAL_ANCHOR.exec(text);
  let yearRun = nextYearRun(digitRuns, 0);
  while (capital !== null || yearRun < digitRuns.length) {
    holidayScanWork.anchors++;
    if (capital !== null && (yearRun >= digitRuns.length || capital.index <= digitRuns[yearRun]!)) {
      const at = capital.index;
      if (at >= lastEnd && (at === 0 || !isWordCharCode(text.charCodeAt(at - 1))) && mayBeginName(text, at)) {
        // Most names stand alone: look further back only after a word that may end a prefix.
        const words = PREFIX_ENDS.has(foldedWordBefore(text, at)) ? WORDS_BEFORE_NAME : 0;
        add(
          matchBefore(
            latinNameMatch(),
            text,
            at,
            words,
            lastEnd,
            (match) => match.index + match[0].length > at,
          ),
        );
      }
      capital = CAPITAL_ANCHOR.exec(text);
    } else {
      const at = digitRuns[yearRun]!;
      const yearEnd = at + 4;
      if (at >= lastEnd && at > 0 && BEFORE_YEAR.test(text[at - 1]!) && mayEndName(text, at)) {
        const from = wordBefore(text, at)[0];
        add(
          matchBefore(
            latinNameMatch(),
            text,
            from,
            WORDS_BEFORE_YEAR,
            lastEnd,
            (match) => match.index + match[0].length === yearEnd,
          ),
        );
      }
      yearRun = nextYearRun(digitRuns, yearRun + 2);
    }
  }
  return out;
}

function extractHebrew(text: string): Candidate[] {
  const out: Candidate[] = [];
  const search = hebrew();
  search.pattern.lastIndex = 0;
  for (let match = execAnchored(search, text); match !== null; match = execAnchored(search, text)) {
    const candidate = candidateOf(match, hebrewIndex(), "holiday-name");
    if (candidate === undefined) continue;
    if (candidate.end < match.index + match[0].length) search.pattern.lastIndex = candidate.end;
    withWeekdayBefore(text, candidate, out.at(-1)?.end ?? 0);
    out.push(candidate);
  }
  return out;
}

/** Holiday names in English letters with an optional year, anywhere in a text. */
export const holidayNameExtractor: Extractor = {
  name: "holiday-name",
  extract(text, options) {
    // A text without digits has no year to find (and the search for one would read all of it).
    if (options.hasDigits === false) return extractLatin(text, []);
    const names = extractLatin(text, options.digitRuns ?? textAnchors(text).digitRuns);
    // A name heading rows of years stands again for each row's holiday (holidayRows.ts).
    const rows = holidayRows(text, names);
    return rows.length === 0 ? names : [...names, ...rows].sort((a, b) => a.start - b.start);
  },
};

/** Holiday names in Hebrew script with an optional year; run over texts that have Hebrew letters. */
export const holidayNameHebrewExtractor: Extractor = {
  name: "holiday-name",
  extract(original) {
    const folded = foldIgnorable(original);
    return extractHebrew(folded.text).map((candidate) => ({
      ...candidate,
      start: folded.toOriginal(candidate.start),
      end: folded.toOriginal(candidate.end),
    }));
  },
};
