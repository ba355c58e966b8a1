import { describe, expect, it } from "vitest";
import { MAX_DAY_NUMBER, MIN_DAY_NUMBER } from "../../src/calendars/dayNumber.js";
import { gregorianToDayNumber } from "../../src/calendars/gregorian.js";
import { icuMismatches } from "../support/icuSweep.js";

// Every supported day (1 Tishrei 1 = -3760-09-07 … 9999-12-31, ≈ 5.0 M days) against ICU's Hebrew
// calendar, both directions. About 20–25 s on a 2-core machine, so it runs in the normal suite; it is a
// file of its own so vitest can run it beside the other files.

const ERAS: Array<[string, number, number]> = [
  ["-3760-09-07 … 0000-12-31 (before year 1)", MIN_DAY_NUMBER, gregorianToDayNumber(0, 12, 31)],
  ["0001-01-01 … 2000-12-31", 1, gregorianToDayNumber(2000, 12, 31)],
  ["2001-01-01 … 4000-12-31", gregorianToDayNumber(2001, 1, 1), gregorianToDayNumber(4000, 12, 31)],
  ["4001-01-01 … 6000-12-31", gregorianToDayNumber(4001, 1, 1), gregorianToDayNumber(6000, 12, 31)],
  ["6001-01-01 … 8000-12-31", gregorianToDayNumber(6001, 1, 1), gregorianToDayNumber(8000, 12, 31)],
  ["8001-01-01 … 9999-12-31", gregorianToDayNumber(8001, 1, 1), MAX_DAY_NUMBER],
];

describe("every supported day against ICU's Hebrew calendar, both directions", () => {
  it("the eras cover the supported range without gaps", () => {
    expect(ERAS[0]![1]).toBe(MIN_DAY_NUMBER);
    expect(ERAS.at(-1)![2]).toBe(MAX_DAY_NUMBER);
    for (let i = 1; i < ERAS.length; i++) expect(ERAS[i]![1]).toBe(ERAS[i - 1]![2] + 1);
  });

  it.each(ERAS)(
    "%s",
    (_, from, to) => {
      expect(icuMismatches(from, to)).toEqual([]);
    },
    180_000,
  );
});
