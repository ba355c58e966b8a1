import { weekdayIndexOf } from "../calendars/dayNumber.js";
import { gregorianToDayNumber } from "../calendars/gregorian.js";
import { LEXICON } from "../read/lexicon.js";
import type { LearnedShape } from "../read/readingShapes.js";
import { readOneDate, shapesLearnedUnder } from "../read/readOneDate.js";

// The table behind `hdate DATE`'s quick answer (oneDate.ts): the shapes (readingShapes.ts) of the
// commonest ways to write one date, each learned by running the reader itself on a sample of that
// shape. The build runs this once and ships the result as data (tsup.config.ts), so a start-up
// neither loads nor runs the reader for them; in tests it runs here, from the source.
//
// The samples: every English spelling of a Hebrew month but Adar (whose meaning depends on the
// year's leap, so shapes never hold it) and of a Gregorian month, written as people type them
// ("10 Av 5778", "Av 10, 5778", "22 July 2018", "July 22, 2018", "Jul. 22 2018"), with one- and
// two-digit days, in the centuries most dates fall in; Gregorian dates after a weekday ("Sunday,
// July 22, 2018"), each weekday with each month; and ISO days (2018-07-22). A shape the reader does
// not learn is left out: the table holds nothing but the reader's own readings.

/** The reader's options for these samples: readOneDate's defaults, with a fixed reference day. */
const REFERENCE_DAY = 739_617; // 2026-12-26: any day will do, the samples state their years
const OPTIONS = { referenceDayNumber: REFERENCE_DAY, numericOrder: "auto", israel: false } as const;

/** Hebrew years 5600–5999 (1839–2239) and Gregorian 1800–2199. */
const HEBREW_CENTURIES = [56, 57, 58, 59];
const GREGORIAN_CENTURIES = [18, 19, 20, 21];
/** Days of one and of two digits that no month or year of the samples could be taken for. */
const DAYS = [5, 25];

/** "menachem av" → "Menachem Av", "sh'vat" → "Sh'vat". */
function titleCase(spelling: string): string {
  return spelling.replace(/(?<![\p{L}'])\p{L}/gu, (letter) => letter.toLocaleUpperCase("en"));
}

/** The month words of one calendar, as written: title case, and an abbreviation with its period. */
function monthWords(table: Readonly<Record<number, readonly string[]>>, months: number[]): string[] {
  const words: string[] = [];
  for (const month of months) {
    for (const spelling of table[month] ?? []) {
      // The table stays ASCII, so that the bin reads it as one-byte text, no decoding ("Ḥeshvan"
      // goes to the reader).
      if (!/^[\x20-\x7e]*$/.test(spelling)) continue;
      const word = titleCase(spelling);
      words.push(word);
      if (spelling.length <= 4 && table === LEXICON.gregorianMonths) words.push(`${word}.`);
    }
  }
  return words;
}

function writtenForms(month: string, day: number, year: number): string[] {
  return [`${day} ${month} ${year}`, `${month} ${day}, ${year}`, `${month} ${day} ${year}`];
}

/** Every sample string the table is learned from. */
export function oneDateSamples(): string[] {
  const samples: string[] = [];
  const hebrewMonths = monthWords(LEXICON.hebrewMonthsLatin, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
  for (const century of HEBREW_CENTURIES)
    for (const month of hebrewMonths)
      for (const day of DAYS) samples.push(...writtenForms(month, day, century * 100 + 78));
  const gregorianMonths = monthWords(LEXICON.gregorianMonths, [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
  for (const century of GREGORIAN_CENTURIES) {
    for (const month of gregorianMonths)
      for (const day of DAYS) samples.push(...writtenForms(month, day, century * 100 + 18));
    samples.push(`${century}18-07-22`);
    // A weekday is a word of the shape: a week of one-digit days and one of two-digit days gives
    // each weekday of the month's shapes its true date (the reader learns no contradicted one).
    for (let month = 1; month <= 12; month++) {
      const name = titleCase(LEXICON.gregorianMonths[month]![0]!);
      const year = century * 100 + 18;
      for (const day of [1, 2, 3, 4, 5, 6, 7, 11, 12, 13, 14, 15, 16, 17]) {
        const weekday = titleCase(
          LEXICON.weekdaysLatin[weekdayIndexOf(gregorianToDayNumber(year, month, day))]![0]!,
        );
        samples.push(`${weekday}, ${name} ${day}, ${year}`, `${weekday}, ${day} ${name} ${year}`);
      }
    }
  }
  return samples;
}

/**
 * The shapes the reader learns from the samples, each with its hash: what oneDate.ts answers from.
 * @example oneDateShapes().find(([hash]) => hash === shapeHash("10 Av 5778"))?.[1].month // 5
 */
export function oneDateShapes(): Array<[number, LearnedShape]> {
  for (const sample of oneDateSamples()) {
    try {
      readOneDate(sample, OPTIONS);
    } catch {
      // A sample the reader refuses teaches nothing; the table's test lists what it holds.
    }
  }
  return shapesLearnedUnder(OPTIONS).learned();
}
