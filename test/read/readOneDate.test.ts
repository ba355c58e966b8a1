import { describe, expect, it } from "vitest";
import { toReferenceDayNumber } from "../../src/read/parseDates.js";
import { readOneDate } from "../../src/read/readOneDate.js";
import { catchDateError } from "../support/dateErrors.js";
import { dayNumberOfIso, icuHebrewFields } from "../support/dayNumbers.js";

const OPTIONS = { referenceDayNumber: toReferenceDayNumber("2026-11-24"), numericOrder: "auto" as const };
const MASTHEAD_DAY = dayNumberOfIso("2018-07-22");

function read(text: string) {
  return readOneDate(text, OPTIONS);
}

describe("readOneDate reads a string that holds one date", () => {
  it("10 Av 5778 is 2018-07-22 (ICU agrees)", () => {
    const reading = read("10 Av 5778");
    expect(icuHebrewFields(MASTHEAD_DAY)).toEqual({ year: 5778, month: 5, day: 10 });
    expect(reading).toMatchObject({
      calendar: "hebrew",
      date: { calendar: "hebrew", year: 5778, month: 5, day: 10 },
      dayNumber: MASTHEAD_DAY,
      extractor: "hebrew-latin",
      inferred: [],
      warnings: [],
    });
  });

  it.each([
    "  10 Av 5778. ",
    "(10 Av 5778)",
    "“10 Av 5778”",
    "י׳ באב תשע״ח",
    "July 22, 2018",
    "2018-07-22",
    "Sun, 22 Jul 2018",
  ])("%j → 2018-07-22", (text) => {
    expect(read(text).dayNumber).toBe(MASTHEAD_DAY);
  });

  it("a pair that agrees reads as its fuller date", () => {
    const reading = read("Sunday, July 22nd | 10 Av 5778");
    expect(reading.dayNumber).toBe(MASTHEAD_DAY);
    expect(reading.calendar).toBe("hebrew");
    expect(reading.stated).toEqual({ day: 10, month: 5, year: 5778 });
  });

  it("keeps the caches of a few sets of options, and reads alike past them", () => {
    // Sixteen references in turn (more than it keeps): each answer is the reader's, year inferred near it.
    for (let round = 0; round < 2; round++) {
      for (let k = 0; k < 16; k++) {
        const reading = readOneDate("July 22", {
          referenceDayNumber: 700_000 + k * 3653,
          numericOrder: "auto",
        });
        expect(reading.inferred[0]?.field).toBe("year");
        expect(Math.abs(reading.dayNumber - (700_000 + k * 3653))).toBeLessThanOrEqual(183);
      }
    }
  });

  it("the same date twice reads once", () => {
    expect(read("10 Av 5778 | 10 Av 5778").dayNumber).toBe(MASTHEAD_DAY);
  });

  it("a year it had to infer is said", () => {
    const reading = read("Sunday, July 22nd");
    expect(reading.date.year).toBe(2029);
    expect(reading.inferred).toEqual([expect.objectContaining({ field: "year", from: "weekday" })]);
  });

  it("plain Adar in a leap year warns", () => {
    const reading = read("14 Adar 5779");
    expect(reading.date.month).toBe(13);
    expect(reading.warnings.map((w) => w.code)).toEqual(["plain-adar-in-leap-year"]);
  });

  it("an ambiguous numeric order warns", () => {
    const reading = read("3/4/2020");
    expect(reading.date).toMatchObject({ month: 3, day: 4 });
    expect(reading.warnings.map((w) => w.code)).toEqual(["ambiguous-order"]);
  });
});

describe("readOneDate throws a DateError for anything else", () => {
  it.each([
    ["Sunday, July 23rd | 10 Av 5778", "ambiguous"],
    ["10 Av 5778 | 11 Av 5778", "ambiguous"],
    ["10 Av 5778 was a Sunday", "unreadable"],
    // Two-letter words next to a date that reads are words, not misspelt months.
    ["10 Av 5778 at noon", "unreadable"],
    ["10 Av 5778 as written", "unreadable"],
    ["an apple", "unreadable"],
    ["", "unreadable"],
    ["   ", "unreadable"],
    ["hello", "unreadable"],
    ["5778", "unreadable"],
    ["30 Cheshvan 5778", "day-out-of-range"],
    ["40 Av 5778", "day-out-of-range"],
    ["31 באב 5778", "day-out-of-range"],
    ["1 Adar II 5778", "not-a-leap-year"],
  ])("%j → %s", (text, code) => {
    const error = catchDateError(() => read(text));
    expect(error.code).toBe(code);
    expect(error.input).toBe(text);
  });

  it("10 Foo 5778 is unreadable, with no suggestion", () => {
    const error = catchDateError(() => read("10 Foo 5778"));
    expect(error.code).toBe("unreadable");
    expect(error.suggestions).toEqual([]);
  });

  it.each([
    ["10 Avv 5778", "Av"],
    ["10 AVV 5778", "Av"],
    ["Avv 10, 5778", "Av"],
    // Not read as a date at all, but the near-miss is still named.
    ["10 avv 5778", "Av"],
    ["10 Avv", "Av"],
    ["10 Kislve 5778", "Kislev"],
    ["10 Avv 5778 at noon", "Av"],
  ])("%j → unknown-month suggesting %s", (text, suggestion) => {
    const error = catchDateError(() => read(text));
    expect(error.code).toBe("unknown-month");
    expect(error.suggestions).toContain(suggestion);
  });
});

describe("readOneDate remembers its readings", () => {
  const options = { referenceDayNumber: 739951, numericOrder: "auto" as const };

  it("reads a string again as it read it, and a change to one answer does not reach the next", () => {
    const first = readOneDate("Adar 14", options);
    first.inferred[0]!.note = "changed by a caller";
    first.date.day = 1;
    first.stated.day = 1;
    const second = readOneDate("Adar 14", options);
    expect(second.date.day).toBe(14);
    expect(second.stated.day).toBe(14);
    expect(second.inferred[0]!.note).not.toBe("changed by a caller");
  });

  it("keys the reading by its options: another reference can give another year", () => {
    const near2018 = readOneDate("July 22", { ...options, referenceDayNumber: 736897 });
    const near2026 = readOneDate("July 22", options);
    expect([near2018.date.year, near2026.date.year]).toEqual([2018, 2026]);
  });
});
