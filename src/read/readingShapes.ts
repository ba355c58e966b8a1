import { daysInGregorianMonth, gregorianToDayNumber } from "../calendars/gregorian.js";
import { daysInHebrewMonth, hebrewToDayNumber } from "../calendars/hebrew.js";
import type { SingleReading } from "./readOneDate.js";

// A cache of the reader by the shape of a string. "July 22, 2018" and "July 23, 1999" are read the
// same way: the words and punctuation decide the form and the month, the digit runs give the day and
// the year. So when the reader has read a string whose reading is nothing but a day, a month and a
// year, each taken verbatim from one of its two digit runs, a string of the same shape (the same text
// with other digits of the same lengths) is answered from that reading with the new digits, as long
// as nothing could make the reader see it differently:
// - the reading stated exactly day, month and year and inferred nothing (no weekday, time, Adar rule,
//   two-digit year, Old Style mark...) and warned of nothing;
// - each digit run stands apart from letters (no ordinal suffix such as "22nd", which may be a slip,
//   no Hebrew prefix letter glued to it) and has no leading zero;
// - the year keeps the shape's century, from 1700 on for Gregorian (clear of the calendar reform) and
//   5000–5999 for Hebrew; the month is no Adar (whose meaning depends on the year's leap);
// - the new day exists in that month of that year; anything else goes to the reader, which says why.
// test/read/readingShapes.test.ts checks the answers against the reader's own on random dates.

/** A reading learned for a shape: the form and month it read, and which digit run gave what. */
interface LearnedShape {
  calendar: "gregorian" | "hebrew";
  extractor: string;
  month: number;
  dayRun: 0 | 1;
  century: number;
}

/** A string cut at its digit runs: the text with each run replaced by its length (a year's run by its
 * century), and the runs. */
interface Shape {
  key: string;
  runs: [string, string];
}

const MAX_SHAPES = 10_000;
const shapes = new Map<string, LearnedShape>();
let hits = 0;

const isDigit = (code: number) => code >= 48 && code <= 57;
// Whether a digit run is glued to a letter: an ASCII letter or anything past ASCII (Hebrew, Cyrillic,
// combining marks, but also a no-break space: counting too much only sends a string to the reader).
function isLetterAt(text: string, index: number): boolean {
  if (index < 0 || index >= text.length) return false;
  const code = text.charCodeAt(index);
  return code > 0x7f || ((code | 0x20) - 0x61 < 26 && (code | 0x20) >= 0x61);
}

/** The shape of a string with exactly two digit runs apart from letters, or undefined. */
function shapeOf(text: string): Shape | undefined {
  let key = "";
  let last = 0;
  const runs: string[] = [];
  for (let i = 0; i < text.length; i++) {
    if (!isDigit(text.charCodeAt(i))) continue;
    let end = i + 1;
    while (end < text.length && isDigit(text.charCodeAt(end))) end++;
    if (runs.length === 2 || text.charCodeAt(i) === 48) return undefined;
    if (isLetterAt(text, i - 1) || isLetterAt(text, end)) return undefined;
    runs.push(text.slice(i, end));
    // A four-digit run keeps its century in the key: years of other centuries are read apart.
    key += `${text.slice(last, i)}\u0000${end - i === 4 ? text.slice(i, i + 2) : end - i}`;
    last = end;
    i = end - 1;
  }
  if (runs.length !== 2) return undefined;
  return { key: key + text.slice(last), runs: runs as [string, string] };
}

const DATE_KEYS = "calendar,year,month,day";

/** Remembers how `text` was read, when its reading is one that its shape decides (see above). */
export function learnShape(text: string, optionsKey: string, reading: SingleReading): void {
  if (reading.inferred.length > 0 || reading.warnings.length > 0) return;
  if (reading.calendar !== "gregorian" && reading.calendar !== "hebrew") return;
  const { stated, date } = reading;
  if (Object.keys(stated).sort().join(",") !== "day,month,year") return;
  if (Object.keys(date).join(",") !== DATE_KEYS) return;
  if (stated.year !== date.year || stated.month !== date.month || stated.day !== date.day) return;
  const shape = shapeOf(text);
  if (shape === undefined) return;
  const [first, second] = shape.runs;
  const day = String(date.day);
  const year = String(date.year);
  const dayRun = first === day && second === year ? 0 : first === year && second === day ? 1 : undefined;
  if (dayRun === undefined || year.length !== 4) return;
  if (!yearFits(reading.calendar, date.year, Math.floor(date.year / 100), date.month)) return;
  if (shapes.size >= MAX_SHAPES) shapes.clear();
  shapes.set(`${optionsKey}|${shape.key}`, {
    calendar: reading.calendar,
    extractor: reading.extractor,
    month: date.month,
    dayRun,
    century: Math.floor(date.year / 100),
  });
}

function yearFits(calendar: "gregorian" | "hebrew", year: number, century: number, month: number): boolean {
  if (Math.floor(year / 100) !== century) return false;
  if (calendar === "gregorian") return year >= 1700 && year <= 9999;
  // Adar I and Adar II (12, 13 in this numbering) and plain Adar depend on the year's leap.
  return year >= 5000 && year <= 5999 && month !== 12 && month !== 13;
}

/** The reading of `text` from a learned shape, or undefined when the reader must read it. */
export function readByShape(text: string, optionsKey: string): SingleReading | undefined {
  if (shapes.size === 0) return undefined;
  const shape = shapeOf(text);
  if (shape === undefined) return undefined;
  const learned = shapes.get(`${optionsKey}|${shape.key}`);
  if (learned === undefined) return undefined;
  const day = Number(shape.runs[learned.dayRun]);
  const year = Number(shape.runs[1 - learned.dayRun]);
  const { calendar, month } = learned;
  if (!yearFits(calendar, year, learned.century, month) || day < 1) return undefined;
  const gregorian = calendar === "gregorian";
  if (day > (gregorian ? daysInGregorianMonth(year, month) : daysInHebrewMonth(year, month)))
    return undefined;
  hits++;
  return {
    calendar,
    date: { calendar, year, month, day },
    dayNumber: gregorian ? gregorianToDayNumber(year, month, day) : hebrewToDayNumber(year, month, day),
    extractor: learned.extractor,
    stated: { year, month, day },
    inferred: [],
    warnings: [],
  };
}

/** Forgets every learned shape (for tests that compare with the reader). */
export function forgetShapes(): void {
  shapes.clear();
  hits = 0;
}

/** How many shapes are learned and how many strings they answered since forgetShapes (for tests). */
export function shapeStats(): { shapes: number; hits: number } {
  return { shapes: shapes.size, hits };
}
