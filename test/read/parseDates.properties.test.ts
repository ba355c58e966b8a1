import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { toGematriya } from "../../src/read/gematriya.js";
import { LEXICON, PLAIN_ADAR } from "../../src/read/lexicon.js";
import type { DateMention } from "../../src/read/mention.js";
import { parseDates } from "../../src/read/parseDates.js";
import { dayNumberOfGregorian, icuHebrewFields, weekdayOfDayNumber } from "../support/dayNumbers.js";
import { icuGregorian } from "../support/icu.js";
import { ENGLISH_MONTHS } from "../support/monthNames.js";

// Round trips through text: a day is written the ways real text writes it, embedded in prose, and
// must read back as exactly one mention naming that day. The written fields come from the second
// sources (ICU for the Hebrew date, Date for the Gregorian one), never from the code under test.

const REFERENCE = "2026-11-24";
const RUNS = 300;

// Gregorian years 1000–2999: four-digit years, Hebrew years 4760–6760, every form applies.
const FIRST_DAY = dayNumberOfGregorian(1000, 1, 1);
const LAST_DAY = dayNumberOfGregorian(2999, 12, 31);
const dayNumbers = fc.integer({ min: FIRST_DAY, max: LAST_DAY });

/** A Hebrew leap year, by the 19-year cycle (years 3, 6, 8, 11, 14, 17, 19). */
function isLeap(year: number): boolean {
  return (7 * year + 1) % 19 < 7;
}

/** The lexicon's spellings that name a Hebrew month in a given year. */
function monthSpellings(
  table: Record<number, readonly string[]>,
  month: number,
  year: number,
): readonly string[] {
  // A common year's one Adar is written plain: "Adar I" names a month only leap years have.
  if (month === 12 && !isLeap(year)) return table[PLAIN_ADAR]!;
  if (month === 13) return [...table[13]!, ...table[PLAIN_ADAR]!];
  return table[month]!;
}

function ordinal(day: number): string {
  if (day % 100 >= 11 && day % 100 <= 13) return `${day}th`;
  return `${day}${["th", "st", "nd", "rd"][day % 10] ?? "th"}`;
}

function capitalize(spelling: string): string {
  return spelling.replace(
    /(^|[\s-])(\p{L})/gu,
    (_, before: string, letter: string) => before + letter.toUpperCase(),
  );
}

const ENGLISH_PROSE = [
  "the",
  "meeting",
  "was",
  "held",
  "on",
  "we",
  "remember",
  "it",
  "well",
  "letter",
  "dated",
  "see",
];
const HEBREW_PROSE = ["נפטר", "נולד", "בירושלים", "והיה", "מאוד", "הרב", "בשעה", "טובה", "נכתב", "בספר"];

function prose(words: readonly string[]) {
  return fc.array(fc.constantFrom(...words), { maxLength: 6 }).map((chosen) => chosen.join(" "));
}

/** A date written at a known place inside prose. */
interface Embedded {
  text: string;
  at: number;
  written: string;
}

function embed(before: string, written: string, after: string): Embedded {
  const head = before === "" ? "" : `${before} `;
  return { text: `${head}${written}${after === "" ? "." : ` ${after}.`}`, at: head.length, written };
}

/** Exactly one mention, naming the day, whose span covers what was written (and at most a little more). */
function expectReadBack(embedded: Embedded, dayNumber: number): void {
  const mentions = parseDates(embedded.text, { reference: REFERENCE }).mentions;
  expect(mentions, embedded.text).toHaveLength(1);
  const mention = mentions[0]!;
  expect(mention.problem, embedded.text).toBeUndefined();
  expect(mention.dayNumber, embedded.text).toBe(dayNumber);
  expect(mention.start).toBeLessThanOrEqual(embedded.at);
  expect(mention.end).toBeGreaterThanOrEqual(embedded.at + embedded.written.length);
  expect(mention.end - mention.start).toBeLessThanOrEqual(embedded.written.length + 4);
  expect(mention.text).toBe(embedded.text.slice(mention.start, mention.end));
}

describe("Hebrew dates in English letters read back", () => {
  const forms: Array<(day: number, month: string, year: number) => string> = [
    (day, month, year) => `${day} ${month} ${year}`,
    (day, month, year) => `${month} ${day}, ${year}`,
    (day, month, year) => `${month} ${ordinal(day)} ${year}`,
    (day, month, year) => `${ordinal(day)} of ${month}, ${year}`,
    (day, month, year) => `the ${ordinal(day)} day of ${month} ${year}`,
    (day, month, year) => `${ordinal(day)} ${month} ${year}`,
  ];

  it("every spelling, day first and month first, with ordinals", () => {
    fc.assert(
      fc.property(
        dayNumbers,
        fc.nat(),
        fc.constantFrom(...forms),
        fc.constantFrom(
          (s: string) => s,
          capitalize,
          (s: string) => s.toUpperCase(),
        ),
        fc.boolean(),
        prose(ENGLISH_PROSE),
        prose(ENGLISH_PROSE),
        (dayNumber, pick, form, casing, typographic, before, after) => {
          const { year, month, day } = icuHebrewFields(dayNumber);
          const spellings = monthSpellings(LEXICON.hebrewMonthsLatin, month, year);
          let spelling = casing(spellings[pick % spellings.length]!);
          if (typographic) spelling = spelling.replace(/'/g, "\u2019");
          expectReadBack(embed(before, form(day, spelling, year), after), dayNumber);
        },
      ),
      { numRuns: RUNS },
    );
  });
});

describe("Hebrew dates in Hebrew script read back", () => {
  it("gematriya day and year, with and without ב, with and without the thousands", () => {
    fc.assert(
      fc.property(
        dayNumbers,
        fc.nat(),
        fc.boolean(),
        fc.constantFrom("thousands", "thousands without geresh", "none", "digits"),
        fc.boolean(),
        prose(HEBREW_PROSE),
        prose(HEBREW_PROSE),
        (dayNumber, pick, withBet, yearStyle, digitDay, before, after) => {
          const { year, month, day } = icuHebrewFields(dayNumber);
          // A year without its thousands is read in the sixth millennium; a whole thousand has no numeral.
          fc.pre(year % 1000 !== 0 && (yearStyle !== "none" || (year > 5000 && year < 6000)));
          // "התשע״ח" is told from a numeral by its hundreds letter; "וא׳" (6001) has none to tell it by.
          fc.pre(yearStyle !== "thousands without geresh" || year % 1000 >= 100);
          const spellings = monthSpellings(LEXICON.hebrewMonthsHebrew, month, year);
          const monthName = spellings[pick % spellings.length]!;
          const full = toGematriya(year);
          // Without its thousands, a numeral of one letter, or of two that do not begin with ת, is no
          // year: after a date it counts the next day or the Omer ("כ״ח ניסן, י״ג לעומר").
          const short = toGematriya(year % 1000).replace(/[^\u05d0-\u05ea]/gu, "");
          fc.pre(yearStyle !== "none" || short.length > 2 || (short.length === 2 && short[0] === "ת"));
          const writtenYear =
            yearStyle === "thousands"
              ? full
              : yearStyle === "thousands without geresh"
                ? full.replace("\u05f3", "")
                : yearStyle === "none"
                  ? toGematriya(year % 1000)
                  : String(year);
          const writtenDay = digitDay ? String(day) : toGematriya(day);
          const written = `${writtenDay} ${withBet ? "ב" : ""}${monthName} ${writtenYear}`;
          expectReadBack(embed(before, written, after), dayNumber);
        },
      ),
      { numRuns: RUNS },
    );
  });
});

const MONTHS = ENGLISH_MONTHS;
const WEEKDAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];

describe("Gregorian dates read back", () => {
  const forms: Array<(year: number, month: number, day: number, weekday: number) => string> = [
    (year, month, day) => `${MONTHS[month - 1]} ${day}, ${year}`,
    (year, month, day) => `${day} ${MONTHS[month - 1]} ${year}`,
    (year, month, day) => `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`,
    (year, month, day, weekday) => `${WEEKDAYS[weekday]}, ${day} ${MONTHS[month - 1]!.slice(0, 3)} ${year}`,
  ];

  it("July 22, 2018 · 22 July 2018 · 2018-07-22 · Sun, 22 Jul 2018", () => {
    fc.assert(
      fc.property(
        dayNumbers,
        fc.constantFrom(...forms),
        prose(ENGLISH_PROSE),
        prose(ENGLISH_PROSE),
        (dayNumber, form, before, after) => {
          const { year, month, day } = icuGregorian(dayNumber);
          expectReadBack(
            embed(before, form(year, month, day, weekdayOfDayNumber(dayNumber)), after),
            dayNumber,
          );
        },
      ),
      { numRuns: RUNS },
    );
  });
});

/** What parseDates promises of any text: no throw, and mentions in order, apart, inside the text. */
function expectWellFormed(text: string): void {
  let mentions: DateMention[] = [];
  expect(() => {
    mentions = parseDates(text, { reference: REFERENCE }).mentions;
  }).not.toThrow();
  let last = 0;
  for (const mention of mentions) {
    expect(mention.start).toBeGreaterThanOrEqual(last);
    expect(mention.end).toBeGreaterThan(mention.start);
    expect(mention.end).toBeLessThanOrEqual(text.length);
    expect(mention.text).toBe(text.slice(mention.start, mention.end));
    // A mention names a day or says why not.
    expect(mention.dayNumber !== undefined || mention.problem !== undefined).toBe(true);
    expect(mention.dayNumber === undefined).toBe(mention.date === undefined);
    last = mention.end;
  }
}

const FRAGMENTS = [
  "10",
  "5778",
  "2018",
  " ",
  "  ",
  "\n",
  ",",
  ".",
  "/",
  "-",
  ":",
  "|",
  "'",
  "’",
  '"',
  "״",
  "׳",
  "th",
  "of",
  "the",
  "day",
  "Av",
  "AV",
  "ab",
  "Adar",
  "Adar I",
  "II",
  "Menachem",
  "Sh'vat",
  "Ve’adar",
  "Cheshvan",
  "Avv",
  "July",
  "Jul",
  "Sunday",
  "Sun",
  "pm",
  "GMT",
  "+03:00",
  "T14:30",
  "O.S.",
  "י׳",
  "ט״ו",
  "באב",
  "אדר",
  "א׳",
  "תשע״ח",
  "ה׳",
  "יום",
  "בְּ",
  "\u200f",
  "\u05b0",
  "😀",
  "\ud800",
];

describe("parseDates on any text", () => {
  it("never throws on fc.string(), and returns well-formed mentions", () => {
    fc.assert(fc.property(fc.string({ maxLength: 200 }), expectWellFormed), { numRuns: 500 });
  });

  it("never throws on full Unicode (any code point)", () => {
    fc.assert(fc.property(fc.string({ unit: "binary", maxLength: 200 }), expectWellFormed), { numRuns: 500 });
  });

  it("never throws on any UTF-16 units, lone surrogates included", () => {
    const unit = fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code));
    fc.assert(fc.property(fc.string({ unit, maxLength: 200 }), expectWellFormed), { numRuns: 300 });
  });

  it("never throws on mixtures of date fragments", () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...FRAGMENTS), maxLength: 60 }), expectWellFormed),
      {
        numRuns: 2_000,
      },
    );
  });
});
