import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { weekdayIndexOf } from "../../src/calendars/dayNumber.js";
import { dayNumberToGregorian, gregorianToDayNumber } from "../../src/calendars/gregorian.js";
import { dayNumberToHebrew, hebrewToDayNumber, isHebrewLeapYear } from "../../src/calendars/hebrew.js";
import { BATCH_SHAPE_OPTIONS, batchSamples, batchShapes } from "../../src/cli/batchShapes.js";
import { batchShapeTable } from "../../src/cli/batchShapeTable.js";
import { packedShapeIndex } from "../../src/cli/packedShapes.js";
import { isDateError } from "../../src/errors.js";
import { toGematriya } from "../../src/read/gematriya.js";
import { LEXICON } from "../../src/read/lexicon.js";
import { ShapeTable, shapeHash } from "../../src/read/readingShapes.js";
import { readAnew } from "../../src/read/readOneDate.js";
import { HEBREW_SCRIPT_MONTHS } from "../support/monthNames.js";

const SHAPES = batchShapes();
const find = packedShapeIndex(batchShapeTable());

/** A table that starts with the batch's shapes and has learned nothing, as a batch under `reference` starts. */
function batchTable(referenceDayNumber: number): ShapeTable {
  const table = new ShapeTable(referenceDayNumber);
  table.consult(find);
  return table;
}

/** The reader's own reading, or the code of its error. */
function readerSays(text: string, referenceDayNumber: number): unknown {
  try {
    return readAnew(text, { referenceDayNumber, ...BATCH_SHAPE_OPTIONS });
  } catch (error) {
    if (!isDateError(error)) throw error;
    return { error: error.code };
  }
}

const title = (spelling: string) => spelling.replace(/(?<![\p{L}'])\p{L}/gu, (l) => l.toUpperCase());
const ordinal = (day: number) =>
  `${day}${day % 100 >= 11 && day % 100 <= 13 ? "th" : (["th", "st", "nd", "rd"][day % 10] ?? "th")}`;
const pad = (n: number) => String(n).padStart(2, "0");

/** One day written in one of the forms a batch of dates holds, with a spelling of its month picked by `pick`. */
function written(dayNumber: number, form: number, pick: number, hour: number): string {
  const weekdayIndex = weekdayIndexOf(dayNumber);
  const weekday = title(LEXICON.weekdaysLatin[weekdayIndex]![0]!);
  if (form < 9) {
    const { year, month, day } = dayNumberToGregorian(dayNumber);
    const spellings = LEXICON.gregorianMonths[month]!.map(title);
    const name = spellings[0]!;
    const short = spellings[1 + (pick % (spellings.length - 1 || 1))] ?? name;
    const half = hour >= 12 ? "pm" : "am";
    const clock = `${hour % 12 === 0 ? 12 : hour % 12}:${pad((day * 7) % 60)} ${half}`;
    return [
      `${weekday}, ${name} ${ordinal(day)} ${year}`,
      `${year}-${pad(month)}-${pad(day)}`,
      `${short}. ${day}, ${year}`,
      `${day} ${name} ${year}`,
      `${month}/${day}/${year}`,
      `${name} ${day}, ${year} ${clock}`,
      `${weekday}, ${name} ${ordinal(day)}`,
      `${weekday}, ${day} ${name}`,
      `${ordinal(day)} ${name} ${year}`,
    ][form]!;
  }
  const { year, month, day } = dayNumberToHebrew(dayNumber);
  const leap = isHebrewLeapYear(year);
  const adar = month === 12 ? (leap ? "Adar I" : "Adar") : "Adar II";
  const spellings = month >= 12 ? [adar] : LEXICON.hebrewMonthsLatin[month]!;
  const name = title(spellings[pick % spellings.length]!);
  const script =
    month === 12 ? (leap ? "אדר א׳" : "אדר") : month === 13 ? "אדר ב׳" : HEBREW_SCRIPT_MONTHS[month]!;
  const hebrewWeekday = weekdayIndex === 6 ? "שבת" : `יום ${toGematriya(weekdayIndex + 1)}`;
  const numerals = `${toGematriya(day)} ב${script} ${toGematriya(year % 1000)}`;
  return [
    `${day} ${name} ${year}`,
    `${name} ${day}, ${year}`,
    `${ordinal(day)} of ${name}, ${year}`,
    numerals,
    `${hebrewWeekday}, ${numerals}`,
  ][form - 9]!;
}

const FIRST_GREGORIAN = gregorianToDayNumber(1850, 1, 1);
const LAST_GREGORIAN = gregorianToDayNumber(2099, 12, 31);
const FIRST_HEBREW = hebrewToDayNumber(5600, 7, 1);
const LAST_HEBREW = hebrewToDayNumber(6000, 7, 1) - 1;

describe("the batch's table of shapes", () => {
  it("holds the shape of the doc comments' examples", () => {
    expect(SHAPES.find(([, shape]) => shape.sample === "4th of Av, 5600")?.[1].month).toBe(5);
    expect(packedShapeIndex(batchShapeTable())(shapeHash("4th of Av, 5600"))[0]?.month).toBe(5);
    expect(batchShapeTable()).toBe(batchShapeTable());
  });

  it("packs every shape in ASCII, each found again by its hash", () => {
    expect(/^[\x00-\x7f]*$/.test(batchShapeTable())).toBe(true);
    for (const [hash, shape] of SHAPES) expect(find(hash)).toContainEqual(shape);
    expect(SHAPES.length).toBeGreaterThan(2500);
  });

  it("holds only the samples' shapes, and learned one for nearly every sample", () => {
    const samples = batchSamples();
    const sampleHashes = new Set(samples.map((sample) => shapeHash(sample)));
    expect(SHAPES.every(([hash]) => sampleHashes.has(hash))).toBe(true);
    const hashes = new Set(SHAPES.map(([hash]) => hash));
    expect(samples.filter((sample) => !hashes.has(shapeHash(sample))).length).toBeLessThan(
      samples.length / 50,
    );
  });

  it("answers a batch's dates as the reader does, under any reference (random days, forms, spellings)", () => {
    let answered = 0;
    let asked = 0;
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 13 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.nat(),
        fc.integer({ min: 0, max: 23 }),
        fc.integer({ min: gregorianToDayNumber(1800, 1, 1), max: gregorianToDayNumber(2200, 1, 1) }),
        (form, where, pick, hour, reference) => {
          const [first, last] = form < 9 ? [FIRST_GREGORIAN, LAST_GREGORIAN] : [FIRST_HEBREW, LAST_HEBREW];
          const text = written(first + Math.floor(where * (last - first)), form, pick, hour);
          asked++;
          const answer = batchTable(reference).read(text);
          if (answer === undefined) return;
          answered++;
          expect({ text, answer }).toEqual({ text, answer: readerSays(text, reference) });
        },
      ),
      { numRuns: 1500 },
    );
    // Nearly every one of them, in every form, comes from the table: the property is not about an empty set.
    expect(answered).toBeGreaterThan(asked * 0.9);
  });
});
