import { weekdayIndexOf } from "../calendars/dayNumber.js";
import { daysInGregorianMonth, gregorianToDayNumber } from "../calendars/gregorian.js";
import { daysInHebrewMonth, hebrewToDayNumber, isHebrewLeapYear } from "../calendars/hebrew.js";
import { toGematriya } from "../read/gematriya.js";
import { LEXICON } from "../read/lexicon.js";
import type { LearnedShape } from "../read/readingShapes.js";
import { readOneDate, shapesLearnedUnder } from "../read/readOneDate.js";

// The table a `hdate --jsonl` batch starts with (src/cli/commands/batch.ts): the shapes
// (readingShapes.ts) of the ways one date a line is commonly written, each learned by running the
// reader itself on a sample of it. A batch learns shapes as it goes, but the first string of each
// shape is read by the whole reader while the JIT is cold (≈ 0.2 ms each, against ≈ 2 µs for an
// answer by shape), and a batch of dates over a few centuries meets a thousand shapes or more: a
// month's word, an ordinal's ending, the lengths of the numerals, a year's side of 1923 and a
// Hebrew year's leap each make one. The build learns them once and ships them (tsup.config.ts).
//
// The forms: a day, a month's word and a year in the orders people write them, with or without a
// weekday, an ordinal day ("27th", "the 17th of Tishrei"), a time of day; numeric and ISO days; a
// Hebrew date in Hebrew script with or without its weekday. Days are those that give every ending
// and both lengths; years are one on each side of 1923 (Gregorian), and for Hebrew years one of
// each leap and length of the numeral. A weekday and a day without a year ("Sunday, July 22nd")
// is learned too: such a shape holds no year, and answers with the year the weekday gives near the
// batch's reference day, as the reader finds it.

/** readOneDate's default options with a fixed reference (these samples state their years), a day apart from oneDateShapes.ts' so that each learns a table of its own. */
const OPTIONS = { referenceDayNumber: 739_618, numericOrder: "auto", israel: false } as const;

/** Days that give each English ordinal ending in one and two digits ("1st", "4th", "11th", "22nd"). */
const DAYS = [1, 2, 3, 4, 11, 21, 22, 23, 24, 30];
/** A year on each side of 1923 (a bare "OS" marks Old Style only up to then). */
const GREGORIAN_YEARS = [1889, 2018];

/** "menachem av" → "Menachem Av". */
const titleCase = (spelling: string) =>
  spelling.replace(/(?<![\p{L}'])\p{L}/gu, (l) => l.toLocaleUpperCase("en"));

const ordinal = (day: number) => {
  const ending = day % 100 >= 11 && day % 100 <= 13 ? "th" : (["th", "st", "nd", "rd"][day % 10] ?? "th");
  return `${day}${ending}`;
};

const twoDigits = (n: number) => String(n).padStart(2, "0");

/** Gregorian samples: month words in full and abbreviated, every day of two years in numbers. */
function gregorianSamples(): string[] {
  const samples: string[] = [];
  const weekdayOf = (year: number, month: number, day: number) =>
    titleCase(LEXICON.weekdaysLatin[weekdayIndexOf(gregorianToDayNumber(year, month, day))]![0]!);
  for (const year of GREGORIAN_YEARS) {
    for (let month = 1; month <= 12; month++) {
      const [full, ...short] = LEXICON.gregorianMonths[month]!.map(titleCase);
      const abbreviations = short.filter((word) => word.length <= 4).map((word) => `${word}.`);
      for (const day of DAYS) {
        if (day > daysInGregorianMonth(year, month)) continue;
        const weekday = weekdayOf(year, month, day);
        const name = full!;
        // A time whose numbers are none of the date's: an hour of one and of two digits, and 12.
        for (const [hour, minute] of [
          [5, 47],
          [10, 38],
          [12, 56],
        ])
          for (const half of ["am", "pm"]) samples.push(`${name} ${day}, ${year} ${hour}:${minute} ${half}`);
        samples.push(
          `${weekday}, ${name} ${ordinal(day)} ${year}`,
          `${weekday}, ${name} ${ordinal(day)}, ${year}`,
          `${weekday}, ${ordinal(day)} ${name} ${year}`,
          `${ordinal(day)} ${name} ${year}`,
          `${name} ${ordinal(day)}, ${year}`,
          `${day} ${name} ${year}`,
          `${name} ${day}, ${year}`,
          `${weekday}, ${name} ${day}, ${year}`,
        );
        for (const word of abbreviations) samples.push(`${word} ${day}, ${year}`, `${day} ${word} ${year}`);
        // Without a year, which the weekday gives near the reference day: the shape holds no year.
        if (year === GREGORIAN_YEARS[1])
          samples.push(
            `${weekday}, ${name} ${ordinal(day)}`,
            `${weekday}, ${name} ${day}`,
            `${weekday}, ${day} ${name}`,
          );
      }
      // Numbers only: which of them may be a month the values decide, so every day is a sample.
      for (let day = 1; day <= daysInGregorianMonth(year, month); day++) {
        samples.push(
          `${year}-${twoDigits(month)}-${twoDigits(day)}`,
          `${month}/${day}/${year}`,
          `${day}/${month}/${year}`,
          `${day}.${month}.${year}`,
        );
      }
    }
  }
  return samples;
}

/** Hebrew years from 5600 to 5999, one of each leap and length of the numeral written without its thousand. */
function hebrewYears(): number[] {
  const years = new Map<string, number>();
  for (let year = 5600; year <= 5999; year++) {
    const key = `${isHebrewLeapYear(year)} ${toGematriya(year % 1000).length}`;
    if (!years.has(key)) years.set(key, year);
  }
  return [...years.values()];
}

/** The month's words in Hebrew script after ב, as a common or a leap year names them. */
function scriptMonths(month: number, leap: boolean): string[] {
  if (month === 12) return leap ? ["אדר א׳"] : ["אדר"];
  if (month === 13) return ["אדר ב׳"];
  return LEXICON.hebrewMonthsHebrew[month]!.filter((word) => !word.includes(" ")).slice(0, 2);
}

/** Hebrew samples: every English spelling of each month, and the Hebrew script with and without a weekday. */
function hebrewSamples(): string[] {
  const samples: string[] = [];
  for (const year of hebrewYears()) {
    const leap = isHebrewLeapYear(year);
    const yearScript = toGematriya(year % 1000);
    for (let month = 1; month <= 13; month++) {
      if (month === 13 && !leap) continue;
      // Adar's words depend on the year's leap (plain "Adar" in a leap year is a guess, and warned of).
      const latin =
        month === 12
          ? [leap ? "Adar I" : "Adar"]
          : month === 13
            ? ["Adar II"]
            : LEXICON.hebrewMonthsLatin[month]!;
      for (let day = 1; day <= daysInHebrewMonth(year, month); day++) {
        const weekday = weekdayIndexOf(hebrewToDayNumber(year, month, day));
        const dayScript = toGematriya(day);
        for (const word of scriptMonths(month, leap)) {
          samples.push(`${dayScript} ב${word} ${yearScript}`);
          const weekdayScript = weekday < 6 ? `יום ${toGematriya(weekday + 1)}` : "שבת";
          samples.push(`${weekdayScript}, ${dayScript} ב${word} ${yearScript}`);
        }
        if (!DAYS.includes(day)) continue;
        for (const spelling of latin) {
          const name = titleCase(spelling);
          samples.push(
            `${day} ${name} ${year}`,
            `${name} ${day}, ${year}`,
            `${ordinal(day)} of ${name}, ${year}`,
          );
        }
      }
    }
  }
  return samples;
}

/** Every sample string the batch's table is learned from. */
export function batchSamples(): string[] {
  return [...gregorianSamples(), ...hebrewSamples()];
}

/**
 * The shapes the reader learns from the samples, each with its hash, and the reading options they
 * hold under (a batch under others learns its own).
 * @example batchShapes().find(([, shape]) => shape.sample === "4th of Av, 5600")?.[1].month // 5
 */
export function batchShapes(): Array<[number, LearnedShape]> {
  for (const sample of batchSamples()) {
    try {
      readOneDate(sample, OPTIONS);
    } catch {
      // A sample the reader refuses teaches nothing.
    }
  }
  return shapesLearnedUnder(OPTIONS).learned();
}

/** The reading options the batch's table was learned under: numeric dates read in either order, outside Israel. */
export const BATCH_SHAPE_OPTIONS = { numericOrder: OPTIONS.numericOrder, israel: OPTIONS.israel } as const;
