import { daysInGregorianMonth, gregorianToDayNumber } from "../calendars/gregorian.js";
import { daysInHebrewMonth, hebrewToDayNumber, isHebrewLeapYear } from "../calendars/hebrew.js";
import { type YearChoice, yearFromWeekday } from "../calendars/partialDate.js";
import { parseGematriya, parseHebrewYear } from "./gematriya.js";
import type { StatedFields } from "./mention.js";
import type { SingleReading } from "./readOneDate.js";
import { weekdayYearNote } from "./refiners/yearFromWeekday.js";

// A cache of the reader by the shape of a string. "July 22, 2018" and "July 23, 1999" are read the
// same way: the words and punctuation decide the form and the month, the numbers give the day and
// the year. So when the reader has read a string whose reading is nothing but a day, a month and a
// year (perhaps a weekday written as a word, a time of day), each number taken from one of its
// numerals, a string of the same shape (the same text with other numerals of the same lengths) is
// answered from that reading with the new numbers, as long as nothing could make the reader see it
// differently:
// - the reading stated day, month and year (and at most a weekday and a time) and inferred nothing
//   but the order of a numeric date (no Adar rule, two-digit year, Old Style mark...);
// - a numeral is a run of digits apart from letters (but for an English ordinal suffix, "22nd",
//   which the reader takes as it is, slips such as "22th" included; no Hebrew prefix letter glued to
//   it), or a Hebrew numeral (ו׳, כ״ט, תשע״ח); a Hebrew numeral that gave neither the day nor the year
//   (ג׳, a weekday) is kept as written;
// - a month from digits (3/4/2020, 2018-07-22): which number is the month the values decide, by which
//   are at most 12 and whether the first two are equal, so the shape keeps that; the order the reader
//   then inferred, and its warning that the text leaves it open, come with the shape;
// - the year is Gregorian from 1700 (clear of the calendar reform) to 2999, on the same side of 1923 as
//   the learned one (a bare "OS" after a year is an Old Style mark only up to then), or Hebrew
//   5000–5999; Adar (12, 13, and plain Adar read as 12) only in years whose leap is the learned year's;
// - an hour of 1 to 11, or 12 from a 12 (12 and 0 are where a.m. and p.m. turn), minutes and seconds
//   up to 59;
// - the new day exists in that month of that year; anything else goes to the reader, which says why.
// One reading that inferred is learned too: a Gregorian day, month and weekday without a year
// ("Sunday, July 22nd"), whose year the reader took from the weekday, searching near the reference
// day (calendars/partialDate.ts yearFromWeekday). A string of its shape gets its year from the same
// search near the table's reference day, and the same note.
// test/read/readingShapes.test.ts checks the answers against the reader's own on random dates.
//
// Looking a string up builds no string: a hash of its shape, then a comparison with the string the
// shape was learned from, position by position.

const DAY = 0;
const MONTH = 1;
const YEAR = 2;
const HOUR = 3;
const HOUR_PM = 4;
const MINUTE = 5;
const SECOND = 6;
/** A Hebrew numeral that gave none of these (a weekday, ג׳): the shape keeps it as written. */
const LITERAL = 7;
/** An hour written 12, where a.m. and p.m. turn: the learned hour (12 or 0) for a 12 only. */
const TWELVE = 8;
/** An English weekday's name, which gives the stated weekday. */
const WEEKDAY = 9;

const DIGITS = 0;
const HEBREW = 1;
/** A weekday's English name (Sunday … Saturday): a place of the shape like a numeral, its value the weekday. */
const WEEKDAY_NAME = 2;
const WEEKDAY_NAMES = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

/** Numerals a string may hold: day, month, year, hour, minute, second, and a weekday's name. */
const MAX_RUNS = 7;

/** A reading learned for a shape: the string it came from, its numerals, and what each one gave. */
export interface LearnedShape {
  sample: string;
  count: number;
  starts: number[];
  ends: number[];
  kinds: number[];
  roles: number[];
  calendar: "gregorian" | "hebrew";
  extractor: string;
  /** The month when a word named it (else a numeral gives it). */
  month: number;
  weekday: number | undefined;
  /** A Gregorian year up to 1923, or a Hebrew year (read apart from later Gregorian years). */
  julianEra: boolean;
  /** Plain "Adar", read as the one Adar of a common year. */
  plainAdar: boolean;
  /** For Adar months: whether the learned year was a leap year. */
  leap: boolean;
  /** A time of day was stated (its second is 0 when no numeral gives it). */
  time: boolean;
  /** The hour a written 12 gave (12, or 0 after "am"). */
  twelve: number;
  /** What the reader inferred and warned of: only a numeric date's order (see above). */
  inferred: SingleReading["inferred"];
  warnings: SingleReading["warnings"];
  /** The year is the weekday's, sought near the reference day (no numeral gives it). */
  yearFromWeekday?: true;
}

const MAX_SHAPES = 10_000;
/** Shapes kept under one hash: those that differ only in a numeral kept as written (the weekday). */
const MAX_PER_HASH = 16;
let hits = 0;
let generation = 0;

// The numerals of the string last scanned (module-wide, so that a scan allocates nothing).
const starts: number[] = new Array(MAX_RUNS).fill(0);
const ends: number[] = new Array(MAX_RUNS).fill(0);
const kinds: number[] = new Array(MAX_RUNS).fill(0);
const values: number[] = new Array(MAX_RUNS).fill(0);
let count = 0;

const isDigit = (code: number) => code >= 48 && code <= 57;
const isHebrewLetter = (code: number) => code >= 0x05d0 && code <= 0x05ea;
const isGershayim = (code: number) => code === 0x05f4 || code === 0x22;
const isGeresh = (code: number) => code === 0x05f3 || code === 0x27;
const isMark = (code: number) =>
  code === 0x05f3 || code === 0x05f4 || code === 0x22 || code === 0x27 || code === 0x2019 || code === 0x201d;

// Whether a digit run is glued to a letter: an ASCII letter or anything past ASCII (Hebrew, Cyrillic,
// combining marks, but also a no-break space: counting too much only sends a string to the reader).
function isLetterAt(text: string, index: number): boolean {
  if (index < 0 || index >= text.length) return false;
  const code = text.charCodeAt(index);
  return code > 0x7f || ((code | 0x20) - 0x61 < 26 && (code | 0x20) >= 0x61);
}

/** "st", "nd", "rd" or "th" ending a word at `index` (the reader takes a day's suffix as written,
 * slips such as "22th" included, without a note: the shape keeps the suffix's letters). */
function ordinalSuffixAt(text: string, index: number): boolean {
  const a = text.charCodeAt(index);
  const b = text.charCodeAt(index + 1);
  const suffix =
    (a === 0x73 && b === 0x74) ||
    (a === 0x6e && b === 0x64) ||
    (a === 0x72 && b === 0x64) ||
    (a === 0x74 && b === 0x68);
  return suffix && !isLetterAt(text, index + 2);
}

/** The last year a bare "OS" marks as Old Style (styleMark.ts): years up to it are read apart. */
const LAST_JULIAN_YEAR = 1923;

const mix = (hash: number, code: number) => Math.imul(hash ^ code, 16_777_619);

/**
 * Finds the numerals of `text` (into the module's arrays) and returns the hash of its shape, or -1
 * when the string has no shape (no numeral, too many, or one glued to a letter).
 */
function scan(text: string): number {
  count = 0;
  let hash = 0x811c9dc5 | 0;
  const length = text.length;
  for (let i = 0; i < length; i++) {
    const code = text.charCodeAt(i);
    if (isDigit(code)) {
      let end = i + 1;
      let value = code - 48;
      while (end < length && isDigit(text.charCodeAt(end))) value = value * 10 + text.charCodeAt(end++) - 48;
      if (count === MAX_RUNS || end - i > 4) return -1;
      if (isLetterAt(text, i - 1) || (isLetterAt(text, end) && !ordinalSuffixAt(text, end))) return -1;
      hash = numeral(hash, i, end, DIGITS, value);
      i = end - 1;
    } else if (code >= 0x46 && code <= 0x57 && weekdayNameAt(text, i) >= 0) {
      // A weekday's name is a free place: "Sunday, July 22, 2018" and "Monday, July 23, 2018" share a shape.
      const weekday = weekdayNameAt(text, i);
      if (count === MAX_RUNS) return -1;
      starts[count] = i;
      ends[count] = i + WEEKDAY_NAMES[weekday]!.length;
      kinds[count] = WEEKDAY_NAME;
      values[count] = weekday;
      count++;
      hash = mix(hash, 0x110000 + WEEKDAY_NAME * 16);
      i += WEEKDAY_NAMES[weekday]!.length - 1;
    } else if (isHebrewLetter(code)) {
      // A word of Hebrew letters and marks: a numeral when it is a letter and a geresh, or letters,
      // a gershayim and a letter.
      let end = i + 1;
      while (end < length && (isHebrewLetter(text.charCodeAt(end)) || isMark(text.charCodeAt(end)))) end++;
      if (isNumeralWord(text, i, end)) {
        if (count === MAX_RUNS) return -1;
        hash = numeral(hash, i, end, HEBREW, 0);
      } else {
        // A letter or two with no mark may still be a numeral to the reader, which forgives a missing
        // geresh ("יום ג׳, ג באייר"): a shape cannot tell which numeral gave the day, so there is none.
        // "אב" is the month Av.
        if (end - i <= 2 && !(end - i === 2 && code === 0x05d0 && text.charCodeAt(i + 1) === 0x05d1))
          return -1;
        for (let k = i; k < end; k++) hash = mix(hash, text.charCodeAt(k));
      }
      i = end - 1;
    } else {
      hash = mix(hash, code);
    }
  }
  if (count === 0) return -1;
  // Three runs of digits (3/4/2020), a weekday's name aside: which is the month the values decide, by
  // which are at most 12 and whether the first two are equal, so that is part of the shape.
  const first = kinds[0] === WEEKDAY_NAME ? 1 : 0;
  if (
    count === first + 3 &&
    kinds[first] === DIGITS &&
    kinds[first + 1] === DIGITS &&
    kinds[first + 2] === DIGITS
  ) {
    const a = values[first]!;
    const b = values[first + 1]!;
    hash = mix(
      hash,
      0x120000 +
        (a <= 12 ? 1 : 0) +
        (b <= 12 ? 2 : 0) +
        (values[first + 2]! <= 12 ? 4 : 0) +
        (a === b ? 8 : 0),
    );
  }
  return hash >>> 0;
}

/** The weekdays by their names' first two letters, which differ from name to name ("Su", "Mo", … "Sa"). */
const WEEKDAY_BY_FIRST_TWO = new Map(
  WEEKDAY_NAMES.map((name, weekday) => [(name.charCodeAt(0) << 16) | name.charCodeAt(1), weekday]),
);

/** The weekday whose English name is a word at `index` (no letter before it or after it), or -1. */
function weekdayNameAt(text: string, index: number): number {
  // Most capitals of a date begin a month ("July", "March"): its first two letters rule it out
  // with one lookup, not seven comparisons of whole names.
  const weekday = WEEKDAY_BY_FIRST_TWO.get((text.charCodeAt(index) << 16) | text.charCodeAt(index + 1));
  if (weekday === undefined || isLetterAt(text, index - 1)) return -1;
  const name = WEEKDAY_NAMES[weekday]!;
  return text.startsWith(name, index) && !isLetterAt(text, index + name.length) ? weekday : -1;
}

/** Records a numeral and mixes its place in the shape (kind, length, a four-digit year's side of 1923) into the hash. */
function numeral(hash: number, start: number, end: number, kind: number, value: number): number {
  starts[count] = start;
  ends[count] = end;
  kinds[count] = kind;
  values[count] = value;
  count++;
  let h = mix(hash, 0x110000 + kind * 16 + (end - start));
  if (kind === DIGITS && end - start === 4) h = mix(h, value <= LAST_JULIAN_YEAR ? 1 : 2);
  return h;
}

/** Where a Hebrew numeral's mark is: after its one letter (ו׳), else before its last (כ״ט). */
const markOf = (start: number, end: number) => (end - start === 2 ? start + 1 : end - 2);

/** ו׳ or כ״ט, תשע״ח: letters and one mark, with no letter or digit around. */
function isNumeralWord(text: string, start: number, end: number): boolean {
  if (end - start < 2) return false;
  const mark = markOf(start, end);
  for (let k = start; k < end; k++) {
    const code = text.charCodeAt(k);
    if (k !== mark ? !isHebrewLetter(code) : end - start === 2 ? !isGeresh(code) : !isGershayim(code))
      return false;
  }
  return isApart(text.charCodeAt(start - 1)) && isApart(text.charCodeAt(end));
}

/** A character that may stand beside a Hebrew numeral in a shape: ASCII punctuation, a space, an end. */
function isApart(code: number): boolean {
  if (Number.isNaN(code)) return true;
  return code < 0x80 && !isDigit(code) && !((code | 0x20) - 0x61 < 26 && (code | 0x20) >= 0x61);
}

/**
 * Whether `text`, just scanned, has the shape of the learned one: the same text outside its free
 * places (numerals of the same kinds and lengths; weekdays' names, whose lengths differ).
 */
function sameShape(text: string, learned: LearnedShape): boolean {
  const sample = learned.sample;
  if (count !== learned.count) return false;
  let from = 0;
  let sampleFrom = 0;
  for (let r = 0; r < count; r++) {
    const start = starts[r]!;
    const end = ends[r]!;
    const sampleStart = learned.starts[r]!;
    const sampleEnd = learned.ends[r]!;
    if (kinds[r] !== learned.kinds[r]) return false;
    if (kinds[r] !== WEEKDAY_NAME && end - start !== sampleEnd - sampleStart) return false;
    // A numeral kept as written is compared with the rest.
    if (learned.roles[r] === LITERAL) continue;
    if (!sameText(text, from, start, sample, sampleFrom, sampleStart)) return false;
    if (
      kinds[r] === HEBREW &&
      text.charCodeAt(markOf(start, end)) !== sample.charCodeAt(markOf(sampleStart, sampleEnd))
    )
      return false;
    from = end;
    sampleFrom = sampleEnd;
  }
  return sameText(text, from, text.length, sample, sampleFrom, sample.length);
}

/** Whether text[from, to) is sample[sampleFrom, sampleTo). */
function sameText(
  text: string,
  from: number,
  to: number,
  sample: string,
  sampleFrom: number,
  sampleTo: number,
): boolean {
  if (to - from !== sampleTo - sampleFrom) return false;
  for (let k = 0; k < to - from; k++)
    if (text.charCodeAt(from + k) !== sample.charCodeAt(sampleFrom + k)) return false;
  return true;
}

/** A Hebrew numeral's value as the day or the year reader takes it (undefined: not one). */
function hebrewValue(text: string, r: number, role: number): number | undefined {
  const token = text.slice(starts[r], ends[r]);
  return role === DAY ? parseGematriya(token) : parseHebrewYear(token);
}

const STATED_KEYS = new Set(["day", "month", "year", "weekday", "time", "plainAdar"]);

/**
 * Whether a Hebrew year numeral of `length` characters may stand for `year` in a shape: one of two
 * letters only when the first is ת (ת״ר, ת״ש), as the reader takes them (extractors/hebrewScript.ts).
 */
function shortYearFits(length: number, year: number): boolean {
  return length > 3 || year % 1000 >= 400;
}

/** The role of numeral `r` in a reading, or -1 when none or more than one fits. */
function roleOf(
  text: string,
  r: number,
  date: { day: number; month: number; year: number },
  monthFromWord: boolean,
  time: { hour: number; minute: number; second: number } | undefined,
  weekday: number | undefined,
): number {
  let role = -1;
  const fits = (candidate: number) => {
    role = role === -1 ? candidate : -2;
  };
  if (kinds[r] === WEEKDAY_NAME) return values[r] === weekday ? WEEKDAY : -1;
  if (kinds[r] === HEBREW) {
    // One or two letters are a day (ו׳, כ״ט); a year has two letters or more (ת״ר, תרכ״ט). A numeral
    // that is neither is kept as written, unless it is the day's or the year's value too.
    const length = ends[r]! - starts[r]!;
    if (length <= 3 && hebrewValue(text, r, DAY) === date.day) fits(DAY);
    if (length >= 3 && hebrewValue(text, r, YEAR) === date.year && shortYearFits(length, date.year))
      fits(YEAR);
    if (role !== -1) return role < 0 ? -1 : role;
    const value = hebrewValue(text, r, DAY);
    if (value === date.day || value === date.year % 1000) return -1;
    // A letter and its geresh that gave the stated weekday (יום ג׳) is a free place, like a weekday's name.
    return length === 2 && weekday !== undefined && value === weekday + 1 ? WEEKDAY : LITERAL;
  }
  const value = values[r]!;
  if (value === date.day) fits(DAY);
  if (!monthFromWord && value === date.month) fits(MONTH);
  if (value === date.year) fits(YEAR);
  if (time !== undefined) {
    if (value >= 1 && value <= 11 && value === time.hour) fits(HOUR);
    if (value >= 1 && value <= 11 && value + 12 === time.hour) fits(HOUR_PM);
    if (value === 12 && (time.hour === 12 || time.hour === 0)) fits(TWELVE);
    if (value === time.minute) fits(MINUTE);
    if (value === time.second) fits(SECOND);
  }
  return role < 0 ? -1 : role;
}

function yearFits(
  calendar: "gregorian" | "hebrew",
  year: number,
  julianEra: boolean,
  month: number,
): boolean {
  if (year <= LAST_JULIAN_YEAR !== julianEra) return false;
  // Up to 2999: the readers of words and numeric dates take no later four-digit year as Gregorian
  // ("July 10, 8361" is unreadable), so a shape learned from 2018 must not answer it.
  if (calendar === "gregorian") return year >= 1700 && year <= 2999 && month >= 1 && month <= 12;
  return year >= 5000 && year <= 5999 && month >= 1 && month <= 13;
}

/** The readings learned by shape under one set of reading options. */
export class ShapeTable {
  #shapes = new Map<number, LearnedShape[]>();
  #generation = generation;
  readonly #referenceDayNumber: number | undefined;
  /** Years found from a weekday, by month, day and weekday (null: none). */
  readonly #weekdayYears = new Map<number, YearChoice | null>();
  /** Shapes learned ahead of time, asked for a hash this table has not met (see `consult`). */
  #ahead: ((hash: number) => LearnedShape[]) | undefined;

  /** `referenceDayNumber`: the reference of the readings learned, which a year from a weekday is sought near (without it, none is learned). */
  constructor(referenceDayNumber?: number) {
    this.#referenceDayNumber = referenceDayNumber;
  }

  #table(): Map<number, LearnedShape[]> {
    if (this.#generation !== generation) {
      this.#shapes.clear();
      this.#generation = generation;
    }
    return this.#shapes;
  }

  /** Remembers how `text` was read, when its reading is one that its shape decides (see above). */
  learn(text: string, reading: SingleReading): void {
    if (reading.inferred.length === 1 && reading.inferred[0]!.from === "weekday") {
      this.#learnWeekdayYear(text, reading);
      return;
    }
    if (!reading.inferred.every((inference) => inference.field === "order")) return;
    if (!reading.warnings.every((warning) => warning.code === "ambiguous-order")) return;
    const { calendar, stated, date } = reading;
    if (calendar !== "gregorian" && calendar !== "hebrew") return;
    let statedKeys = 0;
    for (const key in stated) {
      if (!STATED_KEYS.has(key)) return;
      statedKeys++;
    }
    if (stated.year !== date.year || stated.day !== date.day) return;
    // Plain Adar is read by the year's leap: the one Adar of a common year (a leap year's is a guess, and warned of).
    const plainAdar = stated.plainAdar === true;
    if (plainAdar ? stated.month !== 0 || date.month !== 12 : stated.month !== date.month) return;
    const leap = calendar === "hebrew" && isHebrewLeapYear(date.year);
    if (plainAdar && leap) return;
    const time = stated.time;
    if (time !== undefined && Object.keys(time).join(",") !== "hour,minute,second") return;
    if (
      statedKeys !==
      3 + (stated.weekday === undefined ? 0 : 1) + (time === undefined ? 0 : 1) + (plainAdar ? 1 : 0)
    )
      return;
    const hash = scan(text);
    if (hash < 0) return;
    // Two numerals are a day and a year (the month is a word); three, a year-first date. With a
    // time, two or three more, and only after a month in words.
    let digitRuns = 0;
    for (let r = 0; r < count; r++) if (kinds[r] === DIGITS) digitRuns++;
    const monthFromWord = time !== undefined || digitRuns !== 3;
    const roles: number[] = [];
    const found = [0, 0, 0, 0, 0, 0, 0, 0, 0, 0];
    // A numeric date whose first two numbers are equal (4/4/1930) has them equal in every string of
    // its shape (the hash says so): which is the day and which the month cannot change the reading.
    const first = kinds[0] === WEEKDAY_NAME ? 1 : 0;
    const twins = !monthFromWord && date.day === date.month && values[first] === values[first + 1];
    for (let r = 0; r < count; r++) {
      let role = roleOf(text, r, date, monthFromWord, time, stated.weekday);
      if (role === -1 && twins && (r === first || r === first + 1) && values[r] === date.day)
        role = r === first ? MONTH : DAY;
      if (role < 0) return;
      roles.push(role);
      found[role]!++;
    }
    if (found[WEEKDAY]! > 1) return;
    const numerals = count - found[LITERAL]! - found[WEEKDAY]!;
    if (time === undefined ? numerals > 3 : numerals < 4) return;
    if (found[DAY] !== 1 || found[YEAR] !== 1 || found[MONTH] !== (monthFromWord ? 0 : 1)) return;
    if (time !== undefined) {
      if (found[HOUR]! + found[HOUR_PM]! + found[TWELVE]! !== 1 || found[MINUTE] !== 1 || found[SECOND]! > 1)
        return;
      if (found[SECOND] === 0 && time.second !== 0) return;
    } else if (found[HOUR]! + found[HOUR_PM]! + found[TWELVE]! + found[MINUTE]! + found[SECOND]! > 0) return;
    // The order is inferred only between a day and a month both in digits.
    if (monthFromWord && reading.inferred.length + reading.warnings.length > 0) return;
    const julianEra = date.year <= LAST_JULIAN_YEAR;
    if (!yearFits(calendar, date.year, julianEra, date.month)) return;
    this.#keep(hash, {
      sample: text,
      count,
      starts: starts.slice(0, count),
      ends: ends.slice(0, count),
      kinds: kinds.slice(0, count),
      roles,
      calendar,
      extractor: reading.extractor,
      month: monthFromWord ? date.month : 0,
      weekday: stated.weekday,
      julianEra,
      plainAdar,
      leap,
      time: time !== undefined,
      twelve: time?.hour ?? 0,
      inferred: reading.inferred.map((inference) => ({ ...inference })),
      warnings: reading.warnings.map((warning) => ({ ...warning })),
    });
  }

  #keep(hash: number, learned: LearnedShape): void {
    const shapes = this.#table();
    if (shapes.size >= MAX_SHAPES) shapes.clear();
    let list = shapes.get(hash);
    if (list === undefined) {
      list = [];
      shapes.set(hash, list);
    } else if (list.length >= MAX_PER_HASH) list.shift();
    list.push(learned);
  }

  /**
   * "Sunday, July 22nd": a Gregorian day and month in words after a weekday, whose year the reader
   * inferred from the weekday near the reference day, as the same search here finds it again.
   */
  #learnWeekdayYear(text: string, reading: SingleReading): void {
    const reference = this.#referenceDayNumber;
    const { calendar, stated, date } = reading;
    const weekday = stated.weekday;
    if (
      reference === undefined ||
      calendar !== "gregorian" ||
      weekday === undefined ||
      reading.warnings.length > 0 ||
      Object.keys(stated).join(",") !== "month,day,weekday" ||
      stated.month !== date.month ||
      stated.day !== date.day
    )
      return;
    // The reader's year and note are what the search near the reference gives, or nothing is learned.
    const choice = yearFromWeekday({ calendar, month: date.month, day: date.day }, weekday, reference);
    const expected = choice && {
      field: "year",
      value: choice.year,
      from: "weekday",
      note: weekdayYearNote(choice.dayNumber),
    };
    const hash = scan(text);
    if (
      choice === undefined ||
      choice.dayNumber !== reading.dayNumber ||
      JSON.stringify(reading.inferred[0]) !== JSON.stringify(expected) ||
      !yearFits(calendar, date.year, date.year <= LAST_JULIAN_YEAR, date.month) ||
      hash < 0 ||
      count !== 2 ||
      kinds[0] !== WEEKDAY_NAME ||
      values[0] !== weekday ||
      kinds[1] !== DIGITS ||
      values[1] !== date.day
    )
      return;
    this.#keep(hash, {
      sample: text,
      count,
      starts: starts.slice(0, 2),
      ends: ends.slice(0, 2),
      kinds: [WEEKDAY_NAME, DIGITS],
      roles: [WEEKDAY, DAY],
      calendar,
      extractor: reading.extractor,
      month: date.month,
      weekday: stated.weekday,
      julianEra: false,
      plainAdar: false,
      leap: false,
      time: false,
      twelve: 0,
      inferred: [],
      warnings: [],
      yearFromWeekday: true,
    });
  }

  /** The reading of a string of a weekday-year shape, just scanned: its year from the weekday, as the reader finds it. */
  #answerWeekdayYear(learned: LearnedShape): SingleReading | undefined {
    const weekday = values[0]!;
    const day = values[1]!;
    const { month } = learned;
    // The search tries up to 121 years: its answer is kept for each month, day and weekday. (The
    // table learns such shapes only with a reference day.)
    const key = (month * 32 + day) * 8 + weekday;
    let choice = this.#weekdayYears.get(key);
    if (choice === undefined) {
      choice =
        yearFromWeekday({ calendar: "gregorian", month, day }, weekday, this.#referenceDayNumber!) ?? null;
      this.#weekdayYears.set(key, choice);
    }
    if (choice === null || !yearFits("gregorian", choice.year, choice.year <= LAST_JULIAN_YEAR, month))
      return undefined;
    hits++;
    return {
      calendar: "gregorian",
      date: { calendar: "gregorian", year: choice.year, month, day },
      dayNumber: choice.dayNumber,
      extractor: learned.extractor,
      stated: { month, day, weekday },
      inferred: [
        { field: "year", value: choice.year, from: "weekday", note: weekdayYearNote(choice.dayNumber) },
      ],
      warnings: [],
    };
  }

  /** Every shape learned, with the hash of its shape (a table made ahead of time: src/cli/oneDateShapes.ts). */
  learned(): Array<[number, LearnedShape]> {
    const all: Array<[number, LearnedShape]> = [];
    for (const [hash, list] of this.#table()) for (const learned of list) all.push([hash, learned]);
    return all;
  }

  /** Takes a shape learned ahead of time (by `learn`, in another process) as if it had learned it. */
  teach(hash: number, learned: LearnedShape): void {
    const shapes = this.#table();
    const list = shapes.get(hash);
    if (list === undefined) shapes.set(hash, [learned]);
    else list.push(learned);
  }

  /**
   * Takes shapes learned ahead of time (in another process, under the same reading options) from
   * `find`, asked once for each hash the table meets that it has not learned: a batch then starts
   * with them without parsing them all (src/cli/batchShapeTable.ts).
   */
  consult(find: (hash: number) => LearnedShape[]): void {
    this.#ahead = find;
  }

  /** The reading of `text` from a learned shape, or undefined when the reader must read it. */
  read(text: string): SingleReading | undefined {
    const shapes = this.#table();
    if (shapes.size === 0 && this.#ahead === undefined) return undefined;
    const hash = scan(text);
    if (hash < 0) return undefined;
    let list = shapes.get(hash);
    if (list === undefined) {
      if (this.#ahead === undefined) return undefined;
      // Kept even when empty, so that a hash is asked for once; the reader's lessons join the list.
      list = this.#ahead(hash);
      if (shapes.size >= MAX_SHAPES) shapes.clear();
      shapes.set(hash, list);
    }
    // Shapes under one hash may differ in a numeral kept as written, or in a year's leap (Adar).
    for (const learned of list) {
      if (!sameShape(text, learned)) continue;
      const reading =
        learned.yearFromWeekday === true ? this.#answerWeekdayYear(learned) : answer(text, learned);
      if (reading !== undefined) return reading;
    }
    return undefined;
  }
}

/** The reading of `text`, just scanned and of the learned shape, or undefined when the reader must read it. */
function answer(text: string, learned: LearnedShape): SingleReading | undefined {
  let day = 0;
  let month = learned.month;
  let year = 0;
  let hour = 0;
  let minute = 0;
  let second = 0;
  let weekday = learned.weekday;
  for (let r = 0; r < count; r++) {
    const role = learned.roles[r]!;
    if (role === LITERAL) continue;
    let value = values[r]!;
    if (role === WEEKDAY) {
      // A weekday's numeral is one of א׳ (Sunday) to ו׳ (Friday): the reader takes no ז׳ (Shabbat
      // has its name), and says what any other is.
      const numeral = kinds[r] === HEBREW ? hebrewValue(text, r, DAY) : value + 1;
      if (numeral === undefined || numeral < 1 || numeral > (kinds[r] === HEBREW ? 6 : 7)) return undefined;
      weekday = numeral - 1;
      continue;
    }
    if (kinds[r] === HEBREW) {
      const read = hebrewValue(text, r, role);
      if (read === undefined || (role === YEAR && !shortYearFits(ends[r]! - starts[r]!, read)))
        return undefined;
      value = read;
    }
    if (role === DAY) day = value;
    else if (role === MONTH) month = value;
    else if (role === YEAR) year = value;
    else if (role === MINUTE) minute = value;
    else if (role === SECOND) second = value;
    else if (role === TWELVE) {
      if (value !== 12) return undefined;
      hour = learned.twelve;
    } else {
      // 12 and 0 are where a.m. and p.m. turn: read anew.
      if (value < 1 || value > 11) return undefined;
      hour = role === HOUR_PM ? value + 12 : value;
    }
  }
  const { calendar } = learned;
  if (!yearFits(calendar, year, learned.julianEra, month) || day < 1) return undefined;
  if (minute > 59 || second > 59) return undefined;
  const gregorian = calendar === "gregorian";
  if (!gregorian && month >= 12 && isHebrewLeapYear(year) !== learned.leap) return undefined;
  if (day > (gregorian ? daysInGregorianMonth(year, month) : daysInHebrewMonth(year, month)))
    return undefined;
  hits++;
  const stated: StatedFields = gregorian ? { month, day, year } : { day, month, year };
  if (learned.plainAdar) {
    stated.month = 0;
    stated.plainAdar = true;
  }
  if (weekday !== undefined) stated.weekday = weekday;
  if (learned.time) stated.time = { hour, minute, second };
  return {
    calendar,
    date: { calendar, year, month, day },
    dayNumber: gregorian ? gregorianToDayNumber(year, month, day) : hebrewToDayNumber(year, month, day),
    extractor: learned.extractor,
    stated,
    inferred: learned.inferred.length === 0 ? [] : learned.inferred.map((inference) => ({ ...inference })),
    warnings: learned.warnings.length === 0 ? [] : learned.warnings.map((warning) => ({ ...warning })),
  };
}

/** Forgets every learned shape, in every table (for tests that compare with the reader). */
export function forgetShapes(): void {
  generation++;
  hits = 0;
}

/** How many strings learned shapes answered since forgetShapes (for tests). */
export function shapeStats(): { hits: number } {
  return { hits };
}

/**
 * The hash of the shape of `text`, or -1 when it has none: what a table made ahead of time is keyed
 * by (src/cli/packedShapes.ts). The same text gives the same hash in every process.
 * @example shapeHash("10 Av 5778") === shapeHash("25 Av 5601") // true
 */
export function shapeHash(text: string): number {
  return scan(text);
}
