import { birkatHachamahIn } from "./birkatHachamah.js";
import { hebrewDayNumberOf } from "./hebrewYears.js";
import { KINDS, MASKS, NAMES, ROWS } from "./holidayKinds.generated.js";

// A Hebrew year's holidays and events, as @hebcal/core's holiday tables list them, read from
// holidayKinds.generated.ts instead of built by @hebcal/core: building one year costs ≈ 1 ms
// (≈ 6 ms cold), loading its holiday module most of a start-up. The days depend on the kind of
// year (its length and the weekday of 1 Tishrei) and on which modern days were kept by then, so a
// table is built once per kind and era, and serves every year of them.

/** One event of a year's table. */
export interface HolidayRow {
  dayNumber: number;
  /** @hebcal/core's English name ("Tish'a B'Av (observed)", "Rosh Hashana 5779"). */
  name: string;
  /** A festival day on which work is forbidden. */
  chag: boolean;
  israel: boolean;
  diaspora: boolean;
}

/** The first and last years the table covers: the supported range's. */
export const FIRST_TABLE_YEAR = 1;
export const LAST_TABLE_YEAR = 13760;

const YEAR_MARK = "%y";
const NO_NAMES: readonly string[] = [];
/** Days in the longest Hebrew year (a leap year with full Cheshvan and Kislev): a day of the year is 0 to 384. */
const DAYS_IN_LONGEST_YEAR = 385;

/** A packed row read back: which kinds always have it, and in which years the others do. */
interface KindRow {
  day: number;
  name: string;
  bits: number;
  /** null: every year of the kind; else [from, to] runs of its years. */
  spans: Array<[number, number]> | null;
}

/**
 * One kind and era's events, by day of the year, for each schedule: arrays indexed by the day (a
 * batch looks up days at random, and an array's slot is one miss of the processor's cache where a
 * Map's entry was two or three).
 */
interface KindTable {
  rows: KindRow[];
  diaspora: ReadonlyArray<readonly string[]>;
  israel: ReadonlyArray<readonly string[]>;
  /** 1 for the days of the year whose names hold the year (Rosh Hashanah's). */
  marked: Uint8Array;
}

/** A year met before: its first day and its table, so that a batch looks a year up in an array. */
interface YearEntry {
  start: number;
  table: KindTable;
}
const years: Array<YearEntry | undefined> = new Array(LAST_TABLE_YEAR + 1);

/** A kind's rows and the years where its set of rows changes, unpacked when the kind is first met. */
interface Kind {
  rows: KindRow[];
  breaks: number[];
}

let kindsUnpacked = 0;
let tablesBuilt = 0;
const kinds: Array<Kind | undefined> = [];
const tables = new Map<string, KindTable>();

/** A digit of the generated file's base 91 ("#" = 0 … "~" = 90, the backslash skipped). */
function digitAt(text: string, at: number): number {
  const code = text.charCodeAt(at);
  return code > 0x5c ? code - 0x24 : code - 0x23;
}

/** The number written in `width` digits from `at`. */
function numberAt(text: string, at: number, width: number): number {
  let value = 0;
  for (let i = 0; i < width; i++) value = value * 91 + digitAt(text, at + i);
  return value;
}

const SINGLE = 0;
const RANGE = 2;

// Only the kind asked for is unpacked: a single conversion meets one, and unpacking all fourteen
// was most of the first call's cost. The rows are read in one pass over fixed-width fields.
function kindAt(kind: number): Kind {
  const known = kinds[kind];
  if (known !== undefined) return known;
  const bit = 1 << kind;
  const rows: KindRow[] = [];
  const breaks = new Set<number>();
  let day = 0;
  for (let at = 0; at < ROWS.length; ) {
    day += digitAt(ROWS, at);
    const fields = numberAt(ROWS, at + 1, 2);
    const always = numberAt(MASKS, digitAt(ROWS, at + 3) * 3, 3);
    at += 4;
    let spans: KindRow["spans"] = null;
    let present = (always & bit) !== 0;
    if (fields & 1) {
      const entries = digitAt(ROWS, at++);
      for (let entry = 0; entry < entries; entry++) {
        const entryKind = digitAt(ROWS, at);
        const count = digitAt(ROWS, at + 1);
        at += 2;
        const runs: Array<[number, number]> = [];
        for (let run = 0; run < count; run++) {
          const value = numberAt(ROWS, at, 3);
          at += 3;
          const from = Math.floor(value / 3);
          const type = value % 3;
          if (type === RANGE) {
            runs.push([from, numberAt(ROWS, at, 3)]);
            at += 3;
          } else runs.push([from, type === SINGLE ? from : LAST_TABLE_YEAR]);
        }
        if (entryKind === kind) {
          spans = runs;
          present = true;
          for (const [from, to] of runs) breaks.add(from).add(to + 1);
        }
      }
    }
    if (present) rows.push({ day, name: NAMES[fields >> 4]!, bits: (fields >> 1) & 7, spans });
  }
  const unpacked = { rows, breaks: [...breaks].sort((a, b) => a - b) };
  kinds[kind] = unpacked;
  kindsUnpacked++;
  return unpacked;
}

/** How many of the kind's break years are at or before `year`: years between two breaks share a table. */
function eraOf(breaks: readonly number[], year: number): number {
  let low = 0;
  let high = breaks.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (breaks[mid]! <= year) low = mid + 1;
    else high = mid;
  }
  return low;
}

function tableOf(year: number, start: number): KindTable {
  const length = hebrewDayNumberOf(year + 1, 7, 1) - start;
  const kindIndex = KINDS.indexOf(`${length}-${((start % 7) + 7) % 7}`);
  const kind = kindAt(kindIndex);
  // Birkat Hachamah comes from its rule, once in 28 years: a year that has it has a table of its own.
  const birkat = birkatHachamahIn(year);
  const birkatDay = birkat === undefined ? -1 : birkat - start;
  const key = `${kindIndex}:${eraOf(kind.breaks, year)}:${birkatDay}`;
  let table = tables.get(key);
  if (table === undefined) {
    const rows = kind.rows.filter(
      (row) => row.spans === null || row.spans.some(([from, to]) => from <= year && year <= to),
    );
    if (birkatDay !== -1) {
      // Last among the events of its day, kept in Israel and the diaspora, as @hebcal/core lists it.
      let at = 0;
      while (at < rows.length && rows[at]!.day <= birkatDay) at++;
      rows.splice(at, 0, { day: birkatDay, name: "Birkat Hachamah", bits: 6, spans: null });
    }
    const marked = new Uint8Array(DAYS_IN_LONGEST_YEAR);
    for (const row of rows) if (row.name.includes(YEAR_MARK)) marked[row.day] = 1;
    table = { rows, diaspora: byDay(rows, 4), israel: byDay(rows, 2), marked };
    tables.set(key, table);
    tablesBuilt++;
  }
  return table;
}

function byDay(rows: readonly KindRow[], schedule: number): Array<readonly string[]> {
  const days: Array<readonly string[]> = new Array(DAYS_IN_LONGEST_YEAR).fill(NO_NAMES);
  for (const row of rows) {
    if ((row.bits & schedule) === 0) continue;
    const list = days[row.day]!;
    days[row.day] = list === NO_NAMES ? [row.name] : [...list, row.name];
  }
  return days;
}

function named(name: string, year: number): string {
  return name.includes(YEAR_MARK) ? name.replace(YEAR_MARK, String(year)) : name;
}

function inRange(year: number): boolean {
  return Number.isInteger(year) && year >= FIRST_TABLE_YEAR && year <= LAST_TABLE_YEAR;
}

/**
 * Every event of a Hebrew year, by day and, within a day, in @hebcal/core's order; [] outside
 * the supported range.
 * @example holidayRowsOf(5778).find((row) => row.name === "Purim")?.dayNumber // 736768
 */
export function holidayRowsOf(year: number): HolidayRow[] {
  if (!inRange(year)) return [];
  const start = hebrewDayNumberOf(year, 7, 1);
  return tableOf(year, start).rows.map((row) => ({
    dayNumber: start + row.day,
    name: named(row.name, year),
    chag: (row.bits & 1) !== 0,
    israel: (row.bits & 2) !== 0,
    diaspora: (row.bits & 4) !== 0,
  }));
}

/**
 * The names of the events of one day of a Hebrew year (given by its day number), in
 * @hebcal/core's order, for one schedule. The array is shared: callers copy it before changing it.
 * @example holidayNamesOn(5778, 736897, false) // ["Tish'a B'Av (observed)"]
 */
export function holidayNamesOn(year: number, dayNumber: number, israel: boolean): readonly string[] {
  if (!inRange(year)) return NO_NAMES;
  let entry = years[year];
  if (entry === undefined) {
    const start = hebrewDayNumberOf(year, 7, 1);
    entry = { start, table: tableOf(year, start) };
    years[year] = entry;
  }
  const { start, table } = entry;
  const day = dayNumber - start;
  const names = (israel ? table.israel : table.diaspora)[day] ?? NO_NAMES;
  // Only Rosh Hashanah's name holds its year; every other list is the kind's own.
  return table.marked[day] === 1 ? names.map((name) => named(name, year)) : names;
}

/**
 * How much has been built so far: kinds of year unpacked and tables made (one per kind and era), for
 * tests and the bench, which count work instead of timing it.
 * @example holidayTableWork() // {kindsUnpacked: 1, tablesBuilt: 1} after one conversion
 */
export function holidayTableWork(): { kindsUnpacked: number; tablesBuilt: number } {
  return { kindsUnpacked, tablesBuilt };
}
