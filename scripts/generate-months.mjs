// Writes src/read/lexicon/months.generated.ts and months.languages.generated.ts: the month names of
// both calendars in the languages below, as CLDR spells them, taken from the ICU data inside Node
// (Intl.DateTimeFormat). Hebrew's rows go to the first file, every other language's to the second,
// which the lean browser build leaves out (tsup.config.ts, englishHebrewOnly).
//
//   node scripts/generate-months.mjs                     rewrites the two files
//   node scripts/generate-months.mjs --stdout            prints the first (a test compares the two)
//   node scripts/generate-months.mjs --stdout languages  prints the second
//
// A language is one entry of LANGUAGES; spellings CLDR lacks are hand rows in months.hand.ts and
// months.hand.languages.ts.

import { writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { toAscii } from "./asciiText.mjs";

/** CLDR language codes whose month names the readers know. */
const LANGUAGES = [
  "ru",
  "uk",
  "fr",
  "es",
  "pt",
  "it",
  "de",
  "pl",
  "nl",
  "hu",
  "el",
  "yi",
  "he",
  "cs",
  "ro",
  "sk",
  "bg",
];

const DAY_MS = 86_400_000;
/** 1 Tishrei 5779 (a leap year) and 1 Tishrei 5780: their months, in order, are Tishrei … Elul. */
const LEAP_YEAR = { from: Date.UTC(2018, 8, 10), to: Date.UTC(2019, 8, 30) };
/** hebcal numbers of the months of a leap year from Tishrei: Tishrei = 7 … Adar I = 12, Adar II = 13, Nisan = 1 … Elul = 6. */
const LEAP_YEAR_MONTHS = [7, 8, 9, 10, 11, 12, 13, 1, 2, 3, 4, 5, 6];
/** A day in Adar of 5778, a common year: its name is plain Adar (hebcal has no number for it; the lexicon uses 0). */
const COMMON_ADAR = Date.UTC(2018, 1, 20);
const PLAIN_ADAR = 0;

function monthPart(format, time) {
  return format.formatToParts(new Date(time)).find((part) => part.type === "month").value;
}

function dayPart(format, time) {
  return format.formatToParts(new Date(time)).find((part) => part.type === "day").value;
}

/** The three forms a month is written in: inside a date, standing alone, abbreviated. */
function formats(locale) {
  const zone = { timeZone: "UTC" };
  return [
    ["long", new Intl.DateTimeFormat(locale, { ...zone, month: "long", day: "numeric" })],
    ["standalone", new Intl.DateTimeFormat(locale, { ...zone, month: "long" })],
    ["short", new Intl.DateTimeFormat(locale, { ...zone, month: "short", day: "numeric" })],
    ["short", new Intl.DateTimeFormat(locale, { ...zone, month: "short" })],
  ];
}

/** A spelling worth a row: letters (a numeric "month" is no name), no period inside ("ad.I"). */
function usable(spelling) {
  return /\p{L}/u.test(spelling) && !/\d/.test(spelling) && !/\.\P{Z}/u.test(spelling);
}

function rowsOf(language) {
  const rows = [];
  const seen = new Set();
  const add = (calendar, month, spelling, form) => {
    const key = `${calendar} ${month} ${spelling}`;
    if (!usable(spelling) || seen.has(key)) return;
    seen.add(key);
    rows.push([language, calendar, month, spelling, form]);
  };
  for (const [form, format] of formats(language)) {
    for (let month = 1; month <= 12; month++)
      add("gregorian", month, monthPart(format, Date.UTC(2018, month - 1, 15)), form);
  }
  const day = new Intl.DateTimeFormat(`${language}-u-ca-hebrew`, { timeZone: "UTC", day: "numeric" });
  const firsts = [];
  for (let time = LEAP_YEAR.from; time < LEAP_YEAR.to; time += DAY_MS)
    if (/^1\D*$/.test(dayPart(day, time))) firsts.push(time);
  if (firsts.length !== LEAP_YEAR_MONTHS.length)
    throw new Error(`${language}: ${firsts.length} months in 5779`);
  for (const [form, format] of formats(`${language}-u-ca-hebrew`)) {
    firsts.forEach((time, index) => {
      add("hebrew", LEAP_YEAR_MONTHS[index], monthPart(format, time), form);
    });
    add("hebrew", PLAIN_ADAR, monthPart(format, COMMON_ADAR), form);
  }
  return rows;
}

/** The languages whose rows every build reads: Hebrew (English month names are lexicon.ts's own). */
const ENGLISH_HEBREW = ["he"];
const OTHERS = LANGUAGES.filter((language) => !ENGLISH_HEBREW.includes(language));

/** Every row of every language, as CLDR spells it, other languages first, as the packed files decode. */
export function monthRows() {
  return [...OTHERS, ...ENGLISH_HEBREW].flatMap((language) => rowsOf(language));
}

/** The order months follow in a group, each piece's month being the one after the last piece's unless written. */
const NEXT = {
  gregorian: (month) => month + 1,
  // Tishrei (7) … Adar I (12), Adar II (13), Nisan (1) … Elul (6), then plain Adar (0).
  hebrew: (month) => (month === 13 ? 1 : month === 6 ? 0 : month + 1),
};
const FIRST = { gregorian: 1, hebrew: 7 };
const CALENDAR_LETTER = { gregorian: "g", hebrew: "h" };
const FORM_LETTER = { long: "l", standalone: "s", short: "a" };

/** Pieces of rows of these languages, packed as generateMonths says, one line a key. */
function packed(languages) {
  const packed = {};
  const expected = {};
  for (const language of languages) {
    for (const [, calendar, month, spelling, form] of rowsOf(language)) {
      if (/[|:]/.test(spelling)) throw new Error(`${language}: "${spelling}" cannot be packed`);
      const key = `${language} ${CALENDAR_LETTER[calendar]}${FORM_LETTER[form]}`;
      const piece = month === (expected[key] ?? FIRST[calendar]) ? spelling : `${month}:${spelling}`;
      expected[key] = NEXT[calendar](month);
      packed[key] = packed[key] === undefined ? piece : `${packed[key]}|${piece}`;
    }
  }
  return Object.entries(packed).map(
    ([key, value]) => `  ${JSON.stringify(key)}: ${JSON.stringify(toAscii(value))},`,
  );
}

const HEADER = [
  "// Generated by scripts/generate-months.mjs from CLDR, as Node's ICU carries it",
  `// (ICU ${process.versions.icu}, CLDR ${process.versions.cldr}). Do not edit: change the script and run it.`,
];

/** The rows of the languages other than Hebrew, packed as in generateMonths (months.languages.generated.ts). */
export function generateLanguageMonths() {
  return [
    ...HEADER,
    "// The other languages' rows of months.generated.ts, packed as it says; the lean browser build",
    "// leaves them out (tsup.config.ts, englishHebrewOnly).",
    "",
    "export const LANGUAGE_MONTHS_PACKED: Readonly<Record<string, string>> = {",
    ...packed(OTHERS),
    "};",
    "",
  ].join("\n");
}

/**
 * The generated file's text. The rows are packed, per language, calendar and form (a key such as
 * "ru gl": Russian, Gregorian, long), into one string of pieces joined by "|": a spelling, which is
 * the month after the last piece's (Tishrei first for Hebrew, January for Gregorian), or
 * "month:spelling" where the month is another. Non-ASCII letters are packed into ASCII (asciiText).
 * A row of five quoted fields weighed four times its spelling in a web page's bundle; the module
 * unpacks the rows when it loads.
 */
export function generateMonths() {
  const lines = [
    ...HEADER,
    "// Rows: language, calendar, month (hebcal numbers for Hebrew months, 0 for Adar in a common year),",
    "// spelling as CLDR writes it, and its form (long: inside a date; standalone; short), packed per",
    '// language, calendar (g, h) and form (l: long, s: standalone, a: short) as pieces joined by "|":',
    "// a spelling is the month after the last piece's (January, or Tishrei … Adar II, Nisan … Elul, Adar),",
    '// "month:spelling" another; non-ASCII letters packed into ASCII (asciiText.ts says why). Hebrew\'s',
    "// rows are here, the other languages' in months.languages.generated.ts.",
    "",
    'import { fromAscii } from "./asciiText.js";',
    'import type { MonthForm, MonthRow } from "./monthRow.js";',
    'import { LANGUAGE_MONTHS_PACKED } from "./months.languages.generated.js";',
    "",
    "const PACKED: Readonly<Record<string, string>> = {",
    "  ...LANGUAGE_MONTHS_PACKED,",
    ...packed(ENGLISH_HEBREW),
  ];
  lines.push(
    "};",
    "",
    'const FORMS: Readonly<Record<string, MonthForm>> = { l: "long", s: "standalone", a: "short" };',
    "",
    "function unpack(): MonthRow[] {",
    "  const rows: MonthRow[] = [];",
    "  for (const [key, value] of Object.entries(PACKED)) {",
    '    const [language, letters] = key.split(" ") as [string, string];',
    '    const calendar = letters[0] === "g" ? "gregorian" : "hebrew";',
    "    const form = FORMS[letters[1]!]!;",
    '    let month = calendar === "gregorian" ? 1 : 7;',
    '    for (const piece of fromAscii(value).split("|")) {',
    '      const colon = piece.indexOf(":");',
    "      if (colon !== -1) month = Number(piece.slice(0, colon));",
    "      rows.push([language, calendar, month, piece.slice(colon + 1), form]);",
    '      month = calendar === "gregorian" ? month + 1 : month === 13 ? 1 : month === 6 ? 0 : month + 1;',
    "    }",
    "  }",
    "  return rows;",
    "}",
    "",
    "export const GENERATED_MONTH_ROWS: readonly MonthRow[] = unpack();",
    "",
  );
  return lines.join("\n");
}

const here = dirname(fileURLToPath(import.meta.url));
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const lexicon = join(here, "..", "src", "read", "lexicon");
  if (process.argv.includes("--stdout"))
    process.stdout.write(process.argv.includes("languages") ? generateLanguageMonths() : generateMonths());
  else {
    writeFileSync(join(lexicon, "months.generated.ts"), generateMonths());
    writeFileSync(join(lexicon, "months.languages.generated.ts"), generateLanguageMonths());
  }
}
