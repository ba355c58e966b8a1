import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isDateError } from "../../src/errors.js";
import type { PipelineOptions } from "../../src/read/parseDates.js";
import { forgetShapes, learnShape, readByShape, shapeStats } from "../../src/read/readingShapes.js";
import { readAnew, readOneDate } from "../../src/read/readOneDate.js";
import { ENGLISH_MONTHS } from "../support/monthNames.js";

const OPTIONS: PipelineOptions = { referenceDayNumber: 739_586, numericOrder: "auto", israel: false };
const KEY = "739586|auto|false";

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

  it("are learned only from readings their shape decides", () => {
    forgetShapes();
    learnShape("July 22, 2018", KEY, readAnew("July 22, 2018", OPTIONS));
    expect(readByShape("July 23, 2019", KEY)).toMatchObject({ date: { year: 2019, month: 7, day: 23 } });
    // A day that month lacks, another century, other options: the reader answers.
    expect(readByShape("July 32, 2019", KEY)).toBeUndefined();
    expect(readByShape("July 23, 1919", KEY)).toBeUndefined();
    expect(readByShape("July 23, 2019", "739586|dmy|false")).toBeUndefined();
    // A numeric form whose values decide the order, a time, a word glued to the day: never learned.
    for (const text of ["22/07/2018", "July 22, 2018 10:30", "22ביולי 2018"]) {
      learnShape(text, KEY, readAnew(text, OPTIONS));
    }
    expect(readByShape("23ביולי 2018", KEY)).toBeUndefined();
    expect(readByShape("12/07/2018", KEY)).toBeUndefined();
    expect(readByShape("July 23, 2018 10:30", KEY)).toBeUndefined();
    // A weekday word is kept as written (the conversion says when it is not the date's); the
    // year-first numeric form and zero-padded days are learned.
    for (const text of ["Sunday, July 22, 2018", "July 05, 2018", "2018-07-22"]) {
      learnShape(text, KEY, readAnew(text, OPTIONS));
    }
    expect(readByShape("Sunday, July 23, 2018", KEY)).toMatchObject({ stated: { weekday: 0, day: 23 } });
    expect(readByShape("Monday, July 23, 2018", KEY)).toBeUndefined();
    expect(readByShape("July 06, 2018", KEY)).toMatchObject({ date: { day: 6 } });
    expect(readByShape("2018-02-29", KEY)).toBeUndefined();
    expect(readByShape("2018-13-01", KEY)).toBeUndefined();
    expect(readByShape("2018-07-23", KEY)).toMatchObject({ extractor: "iso", date: { month: 7, day: 23 } });
    // Plain Adar reads by the year's leap: not learned.
    learnShape("14 Adar 5779", KEY, readAnew("14 Adar 5779", OPTIONS));
    expect(readByShape("14 Adar 5780", KEY)).toBeUndefined();
  });

  it("start over past their bound", () => {
    forgetShapes();
    const reading = readAnew("10 Av 5778", OPTIONS);
    for (let i = 0; i < 10_001; i++) learnShape("10 Av 5778", `${i}`, reading);
    expect(readByShape("11 Av 5778", "0")).toBeUndefined();
    expect(readByShape("11 Av 5778", "10000")).toMatchObject({ date: { day: 11 } });
  });
});
