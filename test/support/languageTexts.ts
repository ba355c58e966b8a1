import fc from "fast-check";
import { toGematriya } from "../../src/read/gematriya.js";
import { HOLIDAY_NAMES_HEBREW, HOLIDAY_NAMES_LATIN } from "../../src/read/lexicon/holidays.js";
import { HOLIDAY_NAMES_LATIN_LANGUAGES } from "../../src/read/lexicon/holidays.languages.js";
import type { MonthRow } from "../../src/read/lexicon/monthRow.js";
import { GENERATED_MONTH_ROWS } from "../../src/read/lexicon/months.generated.js";
import { HAND_MONTH_ROWS } from "../../src/read/lexicon/months.hand.js";
import { WEEKDAYS_TRANSLITERATED } from "../../src/read/lexicon/weekdays.js";
import { LEXICON, normalizeWord } from "../../src/read/lexicon.js";

// Texts built from the lexicon's rows, for the tests of the lean browser build (English and Hebrew)
// against the full one: every English and Hebrew spelling in a date, and every other language's.

/** A day, month and year of each calendar that every month has (5779 is a leap year, 5778 is not). */
const HEBREW_YEAR = (month: number) => (month === 12 || month === 13 ? 5779 : 5778);

const spellings = (table: Record<number, readonly string[]>) =>
  Object.entries(table).flatMap(([month, names]) => names.map((name) => [Number(month), name] as const));

const hebrewRows = GENERATED_MONTH_ROWS.filter(([language]) => language === "he");

/** The holiday names in English letters of English and Hebrew, not those of the other languages. */
const otherHolidayNames = new Set(Object.values(HOLIDAY_NAMES_LATIN_LANGUAGES).flat());
const holidayNamesLatin = Object.values(HOLIDAY_NAMES_LATIN)
  .flat()
  .filter((name) => !otherHolidayNames.has(name));

/** English and Hebrew dates written with numbers and month names, each spelling of the tables in turn, with or without a weekday. */
export const englishHebrewText: fc.Arbitrary<string> = fc.oneof(
  fc
    .tuple(fc.constantFrom(...spellings(LEXICON.hebrewMonthsLatin)), fc.integer({ min: 1, max: 29 }))
    .map(([[month, name], day]) => `${day} ${name} ${HEBREW_YEAR(month)}`),
  fc
    .tuple(fc.constantFrom(...spellings(LEXICON.hebrewMonthsHebrew)), fc.integer({ min: 1, max: 29 }))
    .map(([[month, name], day]) => `${toGematriya(day)} ב${name} ${toGematriya(HEBREW_YEAR(month))}`),
  fc
    .tuple(fc.constantFrom(...spellings(LEXICON.gregorianMonths)), fc.integer({ min: 1, max: 28 }))
    .map(([[, name], day]) => `${name} ${day}, 2018`),
  fc
    .tuple(fc.constantFrom(...hebrewRows), fc.integer({ min: 1, max: 28 }))
    .map(([row, day]) => (row[1] === "gregorian" ? `${day} ב${row[3]} 2018` : `${day} ${row[3]} 5779`)),
  fc
    .tuple(fc.constantFrom(...spellings(WEEKDAYS_TRANSLITERATED)), fc.integer({ min: 1, max: 28 }))
    .map(([[, name], day]) => `${name}, ${day} Kislev 5787`),
  fc.constantFrom(
    "Sunday, July 22nd | 10 Av 5778",
    "ליל שבת 4.12.2026",
    "מוצאי שבת 5.12.2026",
    "Friday night, December 4, 2026",
    "Yom Rishon, 10 Av 5778",
    "22 ביולי 2018",
    "ה-13 באוקטובר 2026",
    "י׳ באב ה׳תשע״ח",
    "June 11-12, 2027",
    "Thursday, April 22 | 15 Nisan",
  ),
);

/** English and Hebrew named days: holiday names, the week's Torah portion, days in words. */
export const namedDayText: fc.Arbitrary<string> = fc.oneof(
  fc
    .tuple(fc.constantFrom(...holidayNamesLatin), fc.integer({ min: 5700, max: 5800 }))
    .map(([name, year]) => `${name} ${year}`),
  fc
    .tuple(
      fc.constantFrom(...Object.values(HOLIDAY_NAMES_HEBREW).flat()),
      fc.integer({ min: 5700, max: 5800 }),
    )
    .map(([name, year]) => `${name} ${toGematriya(year)}`),
  fc.constantFrom(
    "Erev Pesach 5787",
    "Pesach 2027",
    "Chanukah 5787 (December 5, 2026)",
    "the ninth of Av 5778",
    "the fifth day of the month of Iyar, in the year 5787",
    "Gimmel Tammuz 5784",
    "Yud Shevat 5787",
    "Shabbat Parashat Noach 5787",
    "Shabbos Parshas Vayeshev 5787",
    "ט״ו בשבט תשפ״ז",
    "ערב יום כיפור תשפ״ז",
  ),
);

/**
 * Whether the English or Hebrew readers know the spelling anyway (de "August", es "kislev", Yiddish
 * "אַפּריל", Hebrew's "אפריל" with points): both builds read it.
 */
function englishSpelling(spelling: string): boolean {
  const folded = normalizeWord(spelling);
  const hebrew = hebrewRows.map(([, , , name]) => name);
  return [LEXICON.gregorianMonths, LEXICON.hebrewMonthsLatin, LEXICON.hebrewMonthsHebrew, { 0: hebrew }].some(
    (table) => Object.values(table).some((names) => names.some((name) => normalizeWord(name) === folded)),
  );
}

/** A date written with each other language's month row, and whether an English or Hebrew reader knows its spelling. */
export function otherLanguageTexts(): Array<{ text: string; english: boolean }> {
  const rows: readonly MonthRow[] = [...GENERATED_MONTH_ROWS, ...HAND_MONTH_ROWS];
  return rows
    .filter(([language]) => language !== "he")
    .map(([, calendar, month, spelling]) => ({
      text: calendar === "gregorian" ? `22 ${spelling} 2018` : `10 ${spelling} ${HEBREW_YEAR(month)}`,
      english: englishSpelling(spelling),
    }))
    .concat([...otherHolidayNames].map((name) => ({ text: `${name} 5786`, english: false })));
}
