import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isDateError } from "../../src/errors.js";
import { toGematriya } from "../../src/read/gematriya.js";
import type { PipelineOptions } from "../../src/read/parseDates.js";
import {
  forgetShapes,
  type LearnedShape,
  ShapeTable,
  shapeHash,
  shapeStats,
} from "../../src/read/readingShapes.js";
import { readAnew, readOneDate } from "../../src/read/readOneDate.js";
import { ENGLISH_MONTHS, HEBREW_SCRIPT_MONTHS } from "../support/monthNames.js";

const OPTIONS: PipelineOptions = { referenceDayNumber: 739_586, numericOrder: "auto", israel: false };

/** What the reader itself says: its reading, or the code of its error. */
function uncached(text: string): unknown {
  try {
    return readAnew(text, OPTIONS);
  } catch (error) {
    return isDateError(error) ? { error: error.code } : { error: String(error) };
  }
}

function cached(text: string): unknown {
  try {
    return readOneDate(text, OPTIONS);
  } catch (error) {
    return isDateError(error) ? { error: error.code } : { error: String(error) };
  }
}

const GREGORIAN_MONTHS = ENGLISH_MONTHS;
const WEEKDAY_NAMES = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const HEBREW_MONTHS = [
  "Nisan",
  "Iyyar",
  "Sivan",
  "Tamuz",
  "Av",
  "Elul",
  "Tishrei",
  "Cheshvan",
  "Kislev",
  "Tevet",
  "Sh'vat",
  "Adar",
  "Adar I",
  "Adar II",
];

// Forms whose shape decides the reading, and forms near them that must still go to the reader.
const FORMS: Array<(day: number, month: number, year: number) => string> = [
  (d, m, y) => `${GREGORIAN_MONTHS[m - 1]} ${d}, ${y}`,
  (d, m, y) => `${d} ${GREGORIAN_MONTHS[m - 1]} ${y}`,
  (d, m, y) => `${GREGORIAN_MONTHS[m - 1]!.slice(0, 3)} ${d} ${y}`,
  (d, m, y) =>
    `${d}. ${["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"][m - 1]} ${y}`,
  (d, m, y) =>
    `${d} ב${["ינואר", "פברואר", "מרץ", "אפריל", "מאי", "יוני", "יולי", "אוגוסט", "ספטמבר", "אוקטובר", "נובמבר", "דצמבר"][m - 1]} ${y}`,
  (d, m, y) => `Sunday, ${GREGORIAN_MONTHS[m - 1]} ${d}, ${y}`,
  (d, m, y) => `${GREGORIAN_MONTHS[m - 1]} ${d}th, ${y}`,
  (d, m, y) => `${d} ${GREGORIAN_MONTHS[m - 1]} ${y} O.S.`,
  (d, m, y) => `${GREGORIAN_MONTHS[m - 1]} ${d}, ${y} 10:30`,
  (d, m, y) => `${GREGORIAN_MONTHS[m - 1]} ${String(d).padStart(2, "0")}, ${y}`,
  (d, m, y) => `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`,
  (d, m, y) => `${y}/${m}/${d}`,
  (d, m, y) => `${String(d).padStart(2, "0")}.${String(m).padStart(2, "0")}.${y}`,
  (d, m, y) => `${m}/${d}/${y}`,
  (d, m, y) => `Wednesday, ${d} ${GREGORIAN_MONTHS[m - 1]} ${y}`,
  (d, m, y) => `${y}-${m}-${d} 10:30`,
  (d, m, y) => `Sunday, ${GREGORIAN_MONTHS[m - 1]} ${d}${["st", "nd", "rd", "th"][d % 4]} ${y}`,
  (d, m, y) => `the ${d}${["st", "nd", "rd", "th"][y % 4]} of ${GREGORIAN_MONTHS[m - 1]}, ${y}`,
  (d, m, y) => `${d}the ${GREGORIAN_MONTHS[m - 1]} ${y}`,
  // A weekday's name is a free place of the shape: any of them, true or not, and before numbers.
  (d, m, y) => `${WEEKDAY_NAMES[(d * 3 + m + y) % 7]}, ${GREGORIAN_MONTHS[m - 1]} ${d}, ${y}`,
  (d, m, y) => `${WEEKDAY_NAMES[(d + y) % 7]}, ${m}/${d}/${y}`,
  (d, m, y) => `${WEEKDAY_NAMES[(d + m) % 7]} ${d} ${GREGORIAN_MONTHS[m - 1]} ${y}`,
];

describe("readings by shape", () => {
  it("answer as the reader does, on random Gregorian dates in shapes already read (and near misses)", () => {
    forgetShapes();
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: FORMS.length - 1 }),
        fc.integer({ min: 1, max: 32 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1680, max: 2120 }),
        (form, day, month, year) => {
          const text = FORMS[form]!(day, month, year);
          expect(cached(text)).toEqual(uncached(text));
        },
      ),
      { numRuns: 4000 },
    );
    // Many strings were answered by shape, so the comparison compared something (fast-check leans to
    // the edges: days 31 and 32, the first and last years, which the reader answers).
    expect(shapeStats().hits).toBeGreaterThan(150);
  });

  it("answer as the reader does on Hebrew dates, Adar and the months whose length varies among them", () => {
    forgetShapes();
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: HEBREW_MONTHS.length - 1 }),
        fc.integer({ min: 1, max: 31 }),
        fc.integer({ min: 4990, max: 5110 }),
        (month, day, year) => {
          const text =
            day % 3 === 0
              ? `${day}th of ${HEBREW_MONTHS[month]}, ${year}`
              : `${day} ${HEBREW_MONTHS[month]} ${year}`;
          expect(cached(text)).toEqual(uncached(text));
        },
      ),
      { numRuns: 4000 },
    );
    // Many strings were answered by shape, so the comparison compared something (fast-check leans to
    // the edges: days 31 and 32, the first and last years, which the reader answers).
    expect(shapeStats().hits).toBeGreaterThan(150);
  });

  it("answer as the reader does on times of day, two-digit years and days that do not exist", () => {
    forgetShapes();
    const forms: Array<(d: number, m: number, y: number, h: number, min: number) => string> = [
      (d, m, y, h, min) => `${GREGORIAN_MONTHS[m - 1]} ${d}, ${y} ${h}:${String(min).padStart(2, "0")} pm`,
      (d, m, y, h, min) => `${GREGORIAN_MONTHS[m - 1]} ${d}, ${y} ${h}:${String(min).padStart(2, "0")} am`,
      (d, m, y, h, min) => `${d} ${GREGORIAN_MONTHS[m - 1]} ${y} ${h}:${String(min).padStart(2, "0")}`,
      (d, m, y, h, min) => `${d} ${GREGORIAN_MONTHS[m - 1]} ${y} ${h}:${min}:${String(min).padStart(2, "0")}`,
      (d, m, y, h, min) => `${GREGORIAN_MONTHS[m - 1]} ${d}, ${y} at ${h}:${String(min).padStart(2, "0")} PM`,
      (d, m, y) => `${GREGORIAN_MONTHS[m - 1]} ${d}, '${String(y % 100).padStart(2, "0")}`,
      (d, m, y) => `${d} ${GREGORIAN_MONTHS[m - 1]} ${y % 100}`,
      (d, m, y, h) => `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")} ${h}:30`,
    ];
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: forms.length - 1 }),
        fc.integer({ min: 1, max: 32 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1680, max: 2120 }),
        fc.integer({ min: 0, max: 25 }),
        fc.integer({ min: 0, max: 75 }),
        (form, day, month, year, hour, minute) => {
          const text = forms[form]!(day, month, year, hour, minute);
          expect(cached(text)).toEqual(uncached(text));
        },
      ),
      { numRuns: 4000 },
    );
    expect(shapeStats().hits).toBeGreaterThan(150);
  });

  it("answer as the reader does on Hebrew numerals, in every form the batches see (and near misses)", () => {
    forgetShapes();
    const months = [...HEBREW_SCRIPT_MONTHS.slice(1), "אדר", "אדר א׳", "אדר ב׳"];
    const weekdays = ["א׳", "ב׳", "ג׳", "ד׳", "ה׳", "ו׳", "ז׳", "ח׳"];
    // Numerals as writers write them, and slips: ט״ו written י״ה, a gershayim typed as '"', no mark.
    const day = (d: number, slip: number) =>
      slip === 1 && d === 15
        ? "י״ה"
        : slip === 2
          ? toGematriya(d).replace("״", '"')
          : slip === 3
            ? toGematriya(d).replace(/[״׳]/u, "")
            : toGematriya(d);
    const forms: Array<(d: string, m: string, y: string, w: string) => string> = [
      (d, m, y) => `${d} ב${m} ${y}`,
      (d, m, y, w) => `יום ${w}, ${d} ב${m} ${y}`,
      (d, m, y) => `${d} ${m} ${y}`,
      (d, m, y) => `${d} ב${m} ${y} לפ״ק`,
      (d, m, y) => `${d} ב${m}, ${y}`,
    ];
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: forms.length - 1 }),
        fc.integer({ min: 1, max: 31 }),
        fc.integer({ min: 0, max: months.length - 1 }),
        fc.integer({ min: 4990, max: 6010 }),
        fc.integer({ min: 0, max: weekdays.length - 1 }),
        fc.integer({ min: 0, max: 7 }),
        (form, d, month, year, weekday, slip) => {
          const yearText =
            year % 1000 === 0 ? "ה׳" : slip === 4 ? toGematriya(year) : toGematriya(year % 1000);
          const text = forms[form]!(day(d, slip), months[month]!, yearText, weekdays[weekday]!);
          expect(cached(text)).toEqual(uncached(text));
        },
      ),
      { numRuns: 5000 },
    );
    expect(shapeStats().hits).toBeGreaterThan(150);
  });

  it("answer as the reader does on weekdays without a year, whose year the weekday gives, near any reference", () => {
    forgetShapes();
    const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
    const forms: Array<(w: string, d: number, m: number) => string> = [
      (w, d, m) => `${w}, ${GREGORIAN_MONTHS[m - 1]} ${d}${["st", "nd", "rd", "th"][d % 4]}`,
      (w, d, m) => `${w}, ${d} ${GREGORIAN_MONTHS[m - 1]}`,
      (w, d, m) => `${w} ${GREGORIAN_MONTHS[m - 1]!.slice(0, 3)}. ${d}`,
    ];
    // References near today, near the first year a shape answers (1700) and near the last (9999).
    const references = [
      OPTIONS,
      { ...OPTIONS, referenceDayNumber: 620_600 },
      { ...OPTIONS, referenceDayNumber: 3_652_000 },
    ];
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: forms.length - 1 }),
        fc.integer({ min: 0, max: 6 }),
        fc.integer({ min: 1, max: 32 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 0, max: references.length - 1 }),
        (form, weekday, day, month, r) => {
          const text = forms[form]!(WEEKDAYS[weekday]!, day, month);
          const options = references[r]!;
          const read = (make: () => unknown) => {
            try {
              return make();
            } catch (error) {
              return isDateError(error) ? { error: error.code } : { error: String(error) };
            }
          };
          expect(read(() => readOneDate(text, options))).toEqual(read(() => readAnew(text, options)));
        },
      ),
      { numRuns: 3000 },
    );
    expect(shapeStats().hits).toBeGreaterThan(500);
  });

  it("take no shape from a letter without its mark, which the reader may read as the day", () => {
    forgetShapes();
    // The reader took the day from the bare ג and the weekday from ג׳: no shape can say which.
    expect(cached("יום ג׳, ג באייר תקכ״א")).toEqual(uncached("יום ג׳, ג באייר תקכ״א"));
    expect(cached("יום ח׳, ג באייר תתנ״א")).toEqual(uncached("יום ח׳, ג באייר תתנ״א"));
    expect(uncached("יום ח׳, ג באייר תתנ״א")).toEqual({ error: "unreadable" });
    expect(shapeStats().hits).toBe(0);
    // The month Av is two bare letters, and its dates still have a shape.
    cached("י׳ אב תשע״ח");
    expect(cached("ט׳ אב תשע״ח")).toEqual(uncached("ט׳ אב תשע״ח"));
    expect(shapeStats().hits).toBe(1);
  });

  it("take a Hebrew year of two letters only when the reader does: one that begins with ת", () => {
    forgetShapes();
    cached("ה׳ בטבת ת״ר");
    const before = shapeStats().hits;
    expect(cached("ו׳ בטבת ת״ש")).toEqual(uncached("ו׳ בטבת ת״ש"));
    expect(cached("ו׳ בטבת ת״ש")).toMatchObject({ date: { year: 5700, month: 10, day: 6 } });
    expect(shapeStats().hits).toBe(before + 2);
    // Two letters of hundreds below ת, or of tens, are no year to the reader: nor to a shape.
    for (const text of ["ו׳ בטבת ר״א", "ו׳ בטבת י״א"]) expect(cached(text)).toEqual(uncached(text));
    expect(uncached("ו׳ בטבת י״א")).toEqual({ error: "unreadable" });
    expect(shapeStats().hits).toBe(before + 2);
  });

  it("consult shapes learned ahead of time once for each hash they have not met", () => {
    forgetShapes();
    const teacher = new ShapeTable();
    teacher.learn("10 Av 5778", readAnew("10 Av 5778", OPTIONS));
    const [[hash, shape]] = teacher.learned() as [[number, LearnedShape]];
    const asked: number[] = [];
    const table = new ShapeTable();
    table.consult((wanted) => {
      asked.push(wanted);
      return wanted === hash ? [shape] : [];
    });
    expect(table.read("11 Av 5779")).toMatchObject({ date: { year: 5779, month: 5, day: 11 } });
    expect(table.read("12 Av 5780")).toMatchObject({ date: { year: 5780, month: 5, day: 12 } });
    expect(table.read("July 22, 2018")).toBeUndefined();
    expect(table.read("July 23, 2018")).toBeUndefined();
    expect(asked).toEqual([hash, shapeHash("July 22, 2018")]);
    // What the table learns itself joins what it was taught.
    table.learn("July 22, 2018", readAnew("July 22, 2018", OPTIONS));
    expect(table.read("July 23, 2018")).toMatchObject({ date: { year: 2018, month: 7, day: 23 } });
    expect(asked).toHaveLength(2);
  });

  it("are learned only from readings their shape decides", () => {
    forgetShapes();
    const table = new ShapeTable();
    const learn = (text: string) => table.learn(text, readAnew(text, OPTIONS));
    learn("July 22, 2018");
    expect(table.read("July 23, 2019")).toMatchObject({ date: { year: 2019, month: 7, day: 23 } });
    // A day that month lacks, another century, other options: the reader answers.
    expect(table.read("July 32, 2019")).toBeUndefined();
    expect(table.read("July 23, 1919")).toBeUndefined();
    expect(new ShapeTable().read("July 23, 2019")).toBeUndefined();
    // A word glued to the day: never learned.
    learn("22ביולי 2018");
    expect(table.read("23ביולי 2018")).toBeUndefined();
    // Numeric dates: which numbers are at most 12 decide the order, and so the shape.
    learn("22/07/2018");
    expect(table.read("23/08/2019")).toMatchObject({ date: { month: 8, day: 23 }, warnings: [] });
    expect(table.read("12/07/2018")).toBeUndefined();
    learn("4/2/1996");
    expect(table.read("5/3/1997")).toMatchObject({
      date: { month: 5, day: 3 },
      inferred: [{ field: "order", value: "mdy" }],
      warnings: [{ code: "ambiguous-order" }],
    });
    expect(table.read("5/5/1997")).toBeUndefined();
    // Equal day and month: equal in every string of the shape, so either may be taken for either.
    learn("4/4/1930");
    expect(table.read("5/5/1931")).toEqual(readAnew("5/5/1931", OPTIONS));
    expect(table.read("Monday, 5/5/1931")).toBeUndefined();
    learn("Sunday, 4/4/1930");
    expect(table.read("Monday, 7/7/1931")).toEqual(readAnew("Monday, 7/7/1931", OPTIONS));
    // A time of day is learned, but an hour where a.m. and p.m. turn, or minutes past 59, are read anew.
    learn("July 22, 2018 10:30 pm");
    expect(table.read("July 23, 2018 11:05 pm")).toMatchObject({ stated: { time: { hour: 23, minute: 5 } } });
    expect(table.read("July 23, 2018 12:05 pm")).toBeUndefined();
    learn("July 22, 2018 12:30 am");
    expect(table.read("July 23, 2018 12:05 am")).toMatchObject({ stated: { time: { hour: 0, minute: 5 } } });
    expect(table.read("July 23, 2018 11:05 am")).toBeUndefined();
    learn("July 22, 2018 10:30 am");
    expect(table.read("July 23, 2018 11:05 am")).toMatchObject({ stated: { time: { hour: 11, minute: 5 } } });
    expect(table.read("July 23, 2018 12:10 am")).toMatchObject({ stated: { time: { hour: 0, minute: 10 } } });
    expect(table.read("July 23, 2018 10:75 pm")).toBeUndefined();
    // A weekday's name is a free place, read as written (the conversion says when it is not the
    // date's); a weekday's abbreviation is kept as written; the year-first numeric form and
    // zero-padded days are learned.
    for (const text of ["Sunday, July 22, 2018", "Sun, July 22, 2018", "July 05, 2018", "2018-07-22"])
      learn(text);
    expect(table.read("Sunday, July 23, 2018")).toMatchObject({ stated: { weekday: 0, day: 23 } });
    expect(table.read("Wednesday, July 25, 2018")).toMatchObject({ stated: { weekday: 3, day: 25 } });
    expect(table.read("Sun, July 23, 2018")).toMatchObject({ stated: { weekday: 0, day: 23 } });
    expect(table.read("Mon, July 23, 2018")).toBeUndefined();
    expect(table.read("Sundays, July 23, 2018")).toBeUndefined();
    // Every weekday's name is such a place, and only as a word of its own: a name glued to a
    // letter before it is kept as written (its first two letters are all its lookup sees first).
    for (const name of WEEKDAY_NAMES)
      expect(shapeHash(`${name}, July 23, 2018`)).toBe(shapeHash("Sunday, July 22, 2018"));
    expect(shapeHash("xMonday, July 23, 2018")).not.toBe(shapeHash("xSunday, July 23, 2018"));
    expect(shapeHash("Mo, July 23, 2018")).not.toBe(shapeHash("Sunday, July 23, 2018"));
    // Two names, or a name the reader did not take as the weekday: not learned.
    const fresh = new ShapeTable();
    const sunday = readAnew("Sunday, July 22, 2018", OPTIONS);
    fresh.learn("Sunday, July 22, 2018 Sunday", sunday);
    fresh.learn("Monday, July 22, 2018", sunday);
    expect(fresh.read("Monday, July 23, 2018 Monday")).toBeUndefined();
    expect(fresh.read("Tuesday, July 23, 2018")).toBeUndefined();
    expect(table.read("July 06, 2018")).toMatchObject({ date: { day: 6 } });
    expect(table.read("2018-02-29")).toBeUndefined();
    expect(table.read("2018-13-01")).toBeUndefined();
    expect(table.read("2018-07-23")).toMatchObject({ extractor: "iso", date: { month: 7, day: 23 } });
    // Plain Adar reads by the year's leap: learned from a common year, for common years only.
    learn("14 Adar 5779");
    expect(table.read("14 Adar 5780")).toBeUndefined();
    learn("14 Adar 5778");
    expect(table.read("15 Adar 5780")).toMatchObject({
      date: { month: 12, day: 15 },
      stated: { plainAdar: true },
    });
    expect(table.read("15 Adar 5779")).toBeUndefined();
    // Adar II only in leap years.
    learn("14 Adar II 5779");
    expect(table.read("14 Adar II 5782")).toMatchObject({ date: { month: 13 } });
    expect(table.read("14 Adar II 5783")).toBeUndefined();
    // Hebrew numerals: a day and a year, but a marked letter that may be a weekday is kept as written.
    learn("יום ג׳, כ״ט בטבת תרכ״ט");
    expect(table.read("יום ג׳, כ״ח בטבת תרל״ט")).toMatchObject({ date: { year: 5639, month: 10, day: 28 } });
    expect(table.read("יום ד׳, כ״ח בטבת תרל״ט")).toMatchObject({ stated: { weekday: 3, day: 28 } });
    expect(table.read("יום ז׳, כ״ח בטבת תרל״ט")).toBeUndefined();
    expect(table.read("יום ג׳, י״ה בטבת תרל״ט")).toBeUndefined();
    // A year from the weekday: learned only by a table that knows the reference day it was sought near.
    learn("Sunday, July 22nd");
    expect(table.read("Sunday, July 23rd")).toBeUndefined();
    const near = new ShapeTable(OPTIONS.referenceDayNumber);
    near.learn("Sunday, July 24th", readAnew("Sunday, July 24th", OPTIONS));
    expect(near.read("Sunday, July 25th")).toEqual(readAnew("Sunday, July 25th", OPTIONS));
    expect(near.read("Sunday, July 32th")).toBeUndefined();
    // Not from another reading: a Hebrew date, a stated year, a pair whose year came from its partner.
    for (const text of ["יום א׳, י׳ באב", "Sunday, July 22nd 2018", "Sunday, July 22nd | 10 Av 5778"])
      near.learn(text, readAnew(text, OPTIONS));
    expect(near.read("Sunday, July 23rd 2018")).toBeUndefined();
    expect(near.read("Sunday, July 29th | 17 Av 5778")).toBeUndefined();
    expect(near.read("יום א׳, י״ז באב")).toBeUndefined();
  });

  it("start over past their bound", () => {
    forgetShapes();
    const table = new ShapeTable();
    const reading = readAnew("10 Av 5778", OPTIONS);
    // 10 001 shapes: the same date behind fillers of punctuation.
    const filler = (i: number) => [...i.toString(5)].map((digit) => " .,;(".charAt(Number(digit))).join("");
    for (let i = 0; i < 10_001; i++) table.learn(`${filler(i)}#10 Av 5778`, reading);
    expect(table.read(`${filler(0)}#11 Av 5778`)).toBeUndefined();
    expect(table.read(`${filler(10_000)}#11 Av 5778`)).toMatchObject({ date: { day: 11 } });
  });

  it("leave to the reader the Gregorian years after 2999, which it does not read in words or numbers", () => {
    forgetShapes();
    const table = new ShapeTable();
    for (const [learned, asked] of [
      ["July 10, 2018", "July 10, 8361"],
      ["1/13/2020", "1/13/5415"],
    ] as const) {
      table.learn(learned, readAnew(learned, OPTIONS));
      expect(table.read(asked)).toBeUndefined();
      expect(() => readAnew(asked, OPTIONS)).toThrow(expect.objectContaining({ code: "unreadable" }));
    }
    expect(table.read("July 11, 2999")).toMatchObject({ date: { year: 2999, day: 11 } });
  });
});
