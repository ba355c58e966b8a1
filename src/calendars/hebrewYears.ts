// From @hebcal/hdate's module of the arithmetic, not its index (calendars/hebrew.ts says why).
import { abs2hebrew, daysInMonth, hebrew2abs, monthsInYear } from "@hebcal/hdate/dist/esm/hdateBase";

// Day number ⇄ Hebrew fields through tables built from @hebcal/hdate's own arithmetic.
//
// Why not call abs2hebrew/hebrew2abs directly: they find a day's year and month by converting
// candidate months back to day numbers, one at a time, ≈ 0.2 µs a call, which is as long as a
// whole conversion may take (the bar is `new HDate(date)` of @hebcal/core). A Hebrew year has only
// six shapes, fixed by its length (353, 354, 355 days; 383, 384, 385 in leap years): the length
// says whether it has Adar I, a 30-day Cheshvan or a 29-day Kislev. So we cache each year's first
// day (from hebrew2abs, molad and postponements included) and read each shape's months once from
// daysInMonth; a conversion is then a year lookup and a table read. The rules stay @hebcal/hdate's;
// every day of the supported range is checked against ICU's calendar in the test suite.

/** The last year with a table; later years (never needed inside the supported range) use @hebcal/hdate. */
const LAST_YEAR = 13761;
/** The mean Hebrew year in days (235 months of 29d 12h 793p in 19 years), to guess a day's year. */
const MEAN_YEAR = (235 * (29 * 25920 + 12 * 1080 + 793)) / (19 * 25920);

/** First day (1 Tishrei) of each year, filled on first use; NaN = not yet computed. */
const yearStarts = new Float64Array(LAST_YEAR + 2).fill(Number.NaN);

function yearStart(year: number): number {
  let start = yearStarts[year]!;
  if (Number.isNaN(start)) {
    start = hebrew2abs(year, 7, 1);
    yearStarts[year] = start;
  }
  return start;
}

const FIRST_DAY = yearStart(1);

/** The months of one year shape, by day of the year and by month number. */
interface YearShape {
  /** Month number (hebcal numbering) of each day of the year, 0 = 1 Tishrei. */
  monthOfDay: Uint8Array;
  /** Day of the month of each day of the year. */
  dayOfMonth: Uint8Array;
  /** Day of the year on which each month (by number) begins; -1 for Adar II in a common year. */
  monthStart: Int16Array;
}

/** Shapes by year length (at most six), each built from the first year of that length met. */
const shapesByLength = new Map<number, YearShape>();
/** Each year's shape once looked up: the hot path reads an array, not a map. */
const yearShapes: Array<YearShape | null> = new Array(LAST_YEAR + 1).fill(null);

function shapeOf(year: number, length: number): YearShape {
  let shape = yearShapes[year];
  if (shape) return shape;
  shape = shapesByLength.get(length);
  if (shape === undefined) {
    shape = buildShape(year, length);
    shapesByLength.set(length, shape);
  }
  if (year <= LAST_YEAR) yearShapes[year] = shape;
  return shape;
}

function buildShape(year: number, length: number): YearShape {
  const monthOfDay = new Uint8Array(length);
  const dayOfMonth = new Uint8Array(length);
  const monthStart = new Int16Array(14).fill(-1);
  const last = monthsInYear(year);
  // The year begins in Tishrei (7): Tishrei … Adar (I, II), then Nisan (1) … Elul (6).
  const order = [...Array.from({ length: last - 6 }, (_, i) => 7 + i), 1, 2, 3, 4, 5, 6];
  let dayOfYear = 0;
  for (const month of order) {
    monthStart[month] = dayOfYear;
    const days = daysInMonth(month, year);
    for (let day = 1; day <= days; day++, dayOfYear++) {
      monthOfDay[dayOfYear] = month;
      dayOfMonth[dayOfYear] = day;
    }
  }
  return { monthOfDay, dayOfMonth, monthStart };
}

/** The months of a year, for tests: the shape used for `year`. */
export function hebrewYearShape(year: number): YearShape {
  return shapeOf(year, yearStart(year + 1) - yearStart(year));
}

/**
 * The Hebrew fields of a day number.
 * @example hebrewFieldsOf(736897) // {year: 5778, month: 5, day: 10}
 */
export function hebrewFieldsOf(dayNumber: number): { year: number; month: number; day: number } {
  if (!(dayNumber >= FIRST_DAY && dayNumber < yearStart(LAST_YEAR)) || !Number.isInteger(dayNumber)) {
    const { yy, mm, dd } = abs2hebrew(dayNumber);
    return { year: yy, month: mm, day: dd };
  }
  // The guess is within a year of the truth; step to the year whose span holds the day.
  let year = Math.min(LAST_YEAR - 1, Math.floor((dayNumber - FIRST_DAY) / MEAN_YEAR) + 1);
  while (yearStart(year) > dayNumber) year--;
  while (yearStart(year + 1) <= dayNumber) year++;
  const start = yearStart(year);
  const shape = shapeOf(year, yearStart(year + 1) - start);
  const dayOfYear = dayNumber - start;
  return { year, month: shape.monthOfDay[dayOfYear]!, day: shape.dayOfMonth[dayOfYear]! };
}

/**
 * The day number of Hebrew fields; no validation (a month the year lacks goes to @hebcal/hdate,
 * which rolls it over).
 * @example hebrewDayNumberOf(5778, 5, 10) // 736897
 */
export function hebrewDayNumberOf(year: number, month: number, day: number): number {
  if (year >= 1 && year < LAST_YEAR && Number.isInteger(year)) {
    const start = yearStart(year);
    const offset = shapeOf(year, yearStart(year + 1) - start).monthStart[month];
    if (offset !== undefined && offset >= 0) return start + offset + day - 1;
  }
  return hebrew2abs(year, month, day);
}
