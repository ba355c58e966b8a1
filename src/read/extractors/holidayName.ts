import { parseHebrewYear } from "../gematriya.js";
import {
  DAY_UNITS,
  EREV_WORDS,
  EVE_WORDS_AFTER,
  HOLIDAY_NAMES_HEBREW,
  HOLIDAY_NAMES_LATIN,
  ORDINALS,
} from "../lexicon/holidays.js";
import { HEBREW_MONTH_HEBREW_PATTERN, hebrewMonthFromName, LEXICON, normalizeWord } from "../lexicon.js";
import type { Candidate, Extractor, StatedFields } from "../mention.js";
import { caseless, END, foldIgnorable, HEBREW_NUMERAL_CHARS, START } from "../patterns.js";

// Holiday names that stand for their dates: "Purim 5787", "Erev Pesach 2027", "the 3rd candle of
// Chanukah", "Rosh Chodesh Adar II", "ערב פסח", "ל״ג בעומר תשפ״ז". A name has no digit, but what it
// is checked against has: the English-letter reader runs, like the other readers, over the
// stretches around digits (digitRegions.ts), so prose without dates pays nothing for it; a name
// with no digit within 64 characters could only take its year from the reference. The Hebrew-script
// reader runs over texts with Hebrew letters, whose years (תשפ״ז) have no digits either.

const GAP = "[\\s\\u00a0]{1,3}";

/** A spelling as a pattern: a space also matches a hyphen, and apostrophes and gershayim may be left out. */
function spellingPattern(spelling: string): string {
  let pattern = "";
  for (const char of spelling) {
    if (char === " ") pattern += "[\\s\\u00a0-]{1,3}";
    else if (char === "-") pattern += "[\\s\\u00a0-]{0,3}";
    else if (char === "'") pattern += "['\\u2019\\u2018\\u02bc`\\u00b4]?";
    else if (char === "\u05f4") pattern += '["\\u05f4\\u201d]?';
    else pattern += char.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  }
  return pattern;
}

/** An alternation of every spelling of a table, longest first. */
function alternation(spellings: Iterable<string>): string {
  return [...new Set(spellings)]
    .sort((a, b) => b.length - a.length)
    .map(spellingPattern)
    .join("|");
}

/** What a lookup compares: case, accents, apostrophes, gershayim, spaces and hyphens folded away. */
function foldName(name: string): string {
  return normalizeWord(name).replace(/[\s'"\u05f3\u05f4\u201d-]/g, "");
}

function indexOf(table: Record<string, readonly string[]>): Map<string, string> {
  const index = new Map<string, string>();
  for (const [key, spellings] of Object.entries(table))
    for (const spelling of spellings) index.set(foldName(spelling), key);
  return index;
}

const latinIndex = indexOf(HOLIDAY_NAMES_LATIN);
const hebrewIndex = indexOf(HOLIDAY_NAMES_HEBREW);
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

/** Roman day numbers are upper case ("Pesach VII"): a lower-case "i" after a name is a word. */
const ROMAN = `(?:${GAP}(?<roman>VIII|VII|VI|IV|V|III|II|I)${END})`;
const ROMAN_VALUE: Record<string, number> = { I: 1, II: 2, III: 3, IV: 4, V: 5, VI: 6, VII: 7, VIII: 8 };

const LATIN = new RegExp(
  `${START}${caseless(
    `(?:(?<erev>${alternation(EREV_WORDS.latin)})[\\s\\u00a0-]{1,3}` +
      `|(?:the${GAP})?(?<ordinal>${ORDINAL_WORDS})${GAP}(?<unit>${UNIT_WORDS})s?${GAP}of${GAP}(?:the${GAP})?` +
      `|(?:the${GAP})?(?<part>first|last)${GAP}days${GAP}of${GAP}(?:the${GAP})?)?` +
      `(?:(?<roshChodesh>${alternation(HOLIDAY_NAMES_LATIN["rosh-chodesh"]!)})${GAP}(?<month>${LATIN_MONTHS})` +
      `|(?<name>${alternation(withoutRoshChodesh(HOLIDAY_NAMES_LATIN))}))${END}`,
  )}(?:${ROMAN}|${caseless(
    `,?${GAP}day${GAP}(?<dayAfter>[1-8])${END}` +
      `|:?${GAP}(?<count>[1-8])(?:st|nd|rd|th)?${GAP}(?<countUnit>candles?|day|night)${END}` +
      `|${GAP}(?<eve>${alternation(EVE_WORDS_AFTER)})${END}`,
  )})?(?:,?${GAP}(?<year>\\d{4})${END})?`,
  "gu",
);

const NUMERAL = `[${HEBREW_NUMERAL_CHARS}]{2,9}`;
const HEBREW = new RegExp(
  // A ב ("on"), ל ("for"), ו ("and") or ה ("the") may be written onto the first word.
  `${START}(?:ו?[בלה])?(?:(?<erev>${alternation(EREV_WORDS.hebrew)})${GAP}ה?)?` +
    `(?:(?<roshChodesh>${alternation(HOLIDAY_NAMES_HEBREW["rosh-chodesh"]!)})${GAP}(?<month>${HEBREW_MONTH_HEBREW_PATTERN})` +
    `|(?<name>${alternation(withoutRoshChodesh(HOLIDAY_NAMES_HEBREW))}))${END}` +
    `(?:[\\s\\u00a0,]{1,3}(?<year>${NUMERAL}|\\d{4})${END})?`,
  "gu",
);

/** A Hebrew year in letters must carry its geresh or gershayim: "פורים שמח" is "happy Purim", not a year. */
const MARKED = /[\u05f3\u05f4'"\u2019\u2018\u201c\u201d]/;

/** The year after a name: a Hebrew year (5787, תשפ״ז) or the Gregorian year it falls in (2027). */
function readYear(token: string, stated: StatedFields): boolean {
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
  if (groups.erev !== undefined || groups.eve !== undefined) stated.holidayErev = true;
  if (groups.part !== undefined)
    stated.holidayPart = groups.part.toLowerCase() === "first" ? "first" : "last";
  const ordinal = groups.ordinal === undefined ? undefined : ordinalIndex.get(groups.ordinal.toLowerCase());
  const count = groups.count === undefined ? undefined : Number(groups.count);
  const unit = (groups.unit ?? groups.countUnit ?? "").toLowerCase();
  const nth = ordinal ?? count;
  // "Chanukah: 3 Candles" and "the 3rd night of Chanukah" are the evening the third candle is lit.
  if (nth !== undefined && unit !== "day" && key === "chanukah") stated.holidayCandle = nth;
  else if (nth !== undefined && unit === "day") stated.holidayDay = nth;
  else if (nth !== undefined) return undefined; // the nth night of another holiday: not read
  if (groups.roman !== undefined) stated.holidayDay = ROMAN_VALUE[groups.roman];
  if (groups.dayAfter !== undefined) stated.holidayDay = Number(groups.dayAfter);
  return stated;
}

function extractWith(pattern: RegExp, index: Map<string, string>, text: string, name: string): Candidate[] {
  const out: Candidate[] = [];
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    const groups = match.groups!;
    const stated = statedOf(groups, index);
    if (stated === undefined) continue;
    let end = match.index + match[0].length;
    if (groups.year !== undefined && !readYear(groups.year, stated)) {
      // Not a year after all (it is the match's last group): the name ends before it.
      end = match.index + match[0].slice(0, -groups.year.length).replace(/[\s\u00a0,]+$/u, "").length;
      pattern.lastIndex = end;
    }
    out.push({ start: match.index, end, calendar: "hebrew", extractor: name, stated });
  }
  return out;
}

/** Holiday names in English letters with an optional year; run over the stretches around digits. */
export const holidayNameExtractor: Extractor = {
  name: "holiday-name",
  extract(text) {
    return extractWith(LATIN, latinIndex, text, "holiday-name");
  },
};

/** Holiday names in Hebrew script with an optional year; run over texts that have Hebrew letters. */
export const holidayNameHebrewExtractor: Extractor = {
  name: "holiday-name",
  extract(original) {
    const folded = foldIgnorable(original);
    return extractWith(HEBREW, hebrewIndex, folded.text, "holiday-name").map((candidate) => ({
      ...candidate,
      start: folded.toOriginal(candidate.start),
      end: folded.toOriginal(candidate.end),
    }));
  },
};
