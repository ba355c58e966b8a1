import { daysInGregorianMonth, gregorianToDayNumber } from "../calendars/gregorian.js";
import { daysInHebrewMonth, hebrewToDayNumber } from "../calendars/hebrew.js";
import type { SingleReading } from "./readOneDate.js";

// A cache of the reader by the shape of a string. "July 22, 2018" and "July 23, 1999" are read the
// same way: the words and punctuation decide the form and the month, the digit runs give the day and
// the year. So when the reader has read a string whose reading is nothing but a day, a month and a
// year (and perhaps a weekday written as a word), each number taken from one of its digit runs, a
// string of the same shape (the same text with other digits of the same lengths) is answered from that
// reading with the new digits, as long as nothing could make the reader see it differently:
// - the reading stated day, month and year (and at most a weekday) and inferred nothing (no time,
//   Adar rule, two-digit year, Old Style mark...) and warned of nothing;
// - each digit run stands apart from letters (but for an English ordinal suffix, "22nd", which the
//   reader takes as it is, slips such as "22th" included; no Hebrew prefix letter glued to it);
// - a month from digits only after a year that comes first (2018-07-22): in other numeric forms the
//   values decide which number is the day, so those are read each time;
// - the year keeps the shape's century, from 1700 on for Gregorian (clear of the calendar reform) and
//   5000–5999 for Hebrew; the month is no Adar (whose meaning depends on the year's leap);
// - the new day exists in that month of that year; anything else goes to the reader, which says why.
// test/read/readingShapes.test.ts checks the answers against the reader's own on random dates.

/** What each digit run of a learned shape gave. */
type Role = "day" | "month" | "year";

/** A reading learned for a shape: the form, the month if it was a word, and what each run gave. */
export interface LearnedShape {
  calendar: "gregorian" | "hebrew";
  extractor: string;
  /** The month when a word named it (else a run gives it). */
  month: number;
  roles: Role[];
  weekday: number | undefined;
  century: number;
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

/** "st", "nd", "rd" or "th" ending a word at `index` (the reader takes a day's suffix as written,
 * slips such as "22th" included, without a note: the key keeps the suffix's letters). */
function ordinalSuffixAt(text: string, index: number): boolean {
  const suffix = text.slice(index, index + 2);
  return (
    (suffix === "st" || suffix === "nd" || suffix === "rd" || suffix === "th") && !isLetterAt(text, index + 2)
  );
}

/**
 * The shape of a string with two or three digit runs apart from letters: the text with each run
 * replaced by its length (a four-digit run by its century: years of other centuries are read apart),
 * and the runs' values. Undefined for any other string.
 */
function shapeOf(text: string, runs: number[]): string | undefined {
  let key = "";
  let last = 0;
  for (let i = 0; i < text.length; i++) {
    if (!isDigit(text.charCodeAt(i))) continue;
    let end = i + 1;
    while (end < text.length && isDigit(text.charCodeAt(end))) end++;
    if (runs.length === 3 || end - i > 4) return undefined;
    if (isLetterAt(text, i - 1) || (isLetterAt(text, end) && !ordinalSuffixAt(text, end))) return undefined;
    runs.push(Number(text.slice(i, end)));
    key += `${text.slice(last, i)}\u0000${end - i === 4 ? text.slice(i, i + 2) : end - i}`;
    last = end;
    i = end - 1;
  }
  if (runs.length < 2) return undefined;
  return key + text.slice(last);
}

const DATE_KEYS = "calendar,year,month,day";

/** Which run gave each of day, month and year, when each came from exactly one run. */
function rolesOf(
  runs: number[],
  day: number,
  month: number,
  year: number,
  monthFromWord: boolean,
): Role[] | undefined {
  const roles: Role[] = [];
  const found = { day: 0, month: 0, year: 0 };
  for (const value of runs) {
    const candidates: Role[] = [];
    if (value === day) candidates.push("day");
    if (!monthFromWord && value === month) candidates.push("month");
    if (value === year) candidates.push("year");
    if (candidates.length !== 1) return undefined;
    roles.push(candidates[0]!);
    found[candidates[0]!]++;
  }
  if (found.day !== 1 || found.year !== 1 || found.month !== (monthFromWord ? 0 : 1)) return undefined;
  // A month from digits only in the year-first form (see above).
  if (!monthFromWord && roles[0] !== "year") return undefined;
  return roles;
}

/** Remembers how `text` was read, when its reading is one that its shape decides (see above). */
export function learnShape(text: string, optionsKey: string, reading: SingleReading): void {
  if (reading.inferred.length > 0 || reading.warnings.length > 0) return;
  if (reading.calendar !== "gregorian" && reading.calendar !== "hebrew") return;
  const { stated, date } = reading;
  const keys = Object.keys(stated).sort().join(",");
  if (keys !== "day,month,year" && keys !== "day,month,weekday,year") return;
  if (Object.keys(date).join(",") !== DATE_KEYS) return;
  if (stated.year !== date.year || stated.month !== date.month || stated.day !== date.day) return;
  const runs: number[] = [];
  const key = shapeOf(text, runs);
  if (key === undefined) return;
  const monthFromWord = runs.length === 2;
  const roles = rolesOf(runs, date.day, date.month, date.year, monthFromWord);
  if (roles === undefined) return;
  const century = Math.floor(date.year / 100);
  if (!yearFits(reading.calendar, date.year, century, date.month)) return;
  if (shapes.size >= MAX_SHAPES) shapes.clear();
  shapes.set(`${optionsKey}|${key}`, {
    calendar: reading.calendar,
    extractor: reading.extractor,
    month: monthFromWord ? date.month : 0,
    roles,
    weekday: stated.weekday,
    century,
  });
}

function yearFits(calendar: "gregorian" | "hebrew", year: number, century: number, month: number): boolean {
  if (Math.floor(year / 100) !== century) return false;
  if (calendar === "gregorian") return year >= 1700 && year <= 9999 && month >= 1 && month <= 12;
  // Adar I and Adar II (12, 13 in this numbering) and plain Adar depend on the year's leap.
  return year >= 5000 && year <= 5999 && month >= 1 && month <= 11;
}

/** The reading of `text` from a learned shape, or undefined when the reader must read it. */
export function readByShape(text: string, optionsKey: string): SingleReading | undefined {
  if (shapes.size === 0) return undefined;
  const runs: number[] = [];
  const key = shapeOf(text, runs);
  if (key === undefined) return undefined;
  const learned = shapes.get(`${optionsKey}|${key}`);
  if (learned === undefined) return undefined;
  let day = 0;
  let month = learned.month;
  let year = 0;
  for (let i = 0; i < runs.length; i++) {
    const role = learned.roles[i];
    if (role === "day") day = runs[i]!;
    else if (role === "month") month = runs[i]!;
    else year = runs[i]!;
  }
  const { calendar } = learned;
  if (!yearFits(calendar, year, learned.century, month) || day < 1) return undefined;
  const gregorian = calendar === "gregorian";
  if (day > (gregorian ? daysInGregorianMonth(year, month) : daysInHebrewMonth(year, month)))
    return undefined;
  hits++;
  const stated: SingleReading["stated"] = { year, month, day };
  if (learned.weekday !== undefined) stated.weekday = learned.weekday;
  return {
    calendar,
    date: { calendar, year, month, day },
    dayNumber: gregorian ? gregorianToDayNumber(year, month, day) : hebrewToDayNumber(year, month, day),
    extractor: learned.extractor,
    stated,
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

/** The shapes learned under `optionsKey`, by shape: a table made ahead of time (src/cli/oneDateShapes.ts). */
export function learnedShapes(optionsKey: string): Record<string, LearnedShape> {
  const prefix = `${optionsKey}|`;
  const table: Record<string, LearnedShape> = {};
  for (const [key, shape] of shapes) if (key.startsWith(prefix)) table[key.slice(prefix.length)] = shape;
  return table;
}

/** The shape of `text` as the shapes are keyed, or undefined when no shape holds it. */
export function shapeKey(text: string): string | undefined {
  return shapeOf(text, []);
}

/** Learns the shapes of such a table under `optionsKey`, as if the reader had read them. */
export function teachShapes(optionsKey: string, table: Readonly<Record<string, LearnedShape>>): void {
  for (const key in table) shapes.set(`${optionsKey}|${key}`, table[key]!);
}
