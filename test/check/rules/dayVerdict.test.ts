import { describe, expect, it } from "vitest";
import { dayVerdict, julianReading, mayBeOldStyle } from "../../../src/check/rules/dayVerdict.js";
import type { DateMention } from "../../../src/read/mention.js";
import { parseDates } from "../../../src/read/parseDates.js";
import { dayNumberOfIso, julianDayNumber, REFERENCE } from "../fixtures.js";

function mention(text: string): DateMention {
  const [found] = parseDates(text, { reference: REFERENCE }).mentions;
  if (!found) throw new Error(`no date in ${text}`);
  return found;
}

describe("julianReading", () => {
  it("is undefined for a date that names no day", () => {
    expect(julianReading(mention("February 30, 2015"))).toBeUndefined();
  });

  it("is the day itself for a date marked O.S.", () => {
    const oldStyle = mention("June 15, 1750 O.S.");
    expect(julianReading(oldStyle)).toBe(oldStyle.dayNumber);
    expect(julianReading(oldStyle)).toBe(julianDayNumber(1750, 6, 15));
  });

  it("reads an unmarked date's fields as Julian", () => {
    expect(julianReading(mention("October 25, 1917"))).toBe(dayNumberOfIso("1917-11-07"));
  });
});

describe("dayVerdict", () => {
  it("is undefined when either side names no day", () => {
    expect(dayVerdict(mention("February 30, 2015"), mention("10 Av 5778"))).toBeUndefined();
    expect(dayVerdict(mention("July 22, 2018"), mention("40 Av 5778"))).toBeUndefined();
  });

  it("is a match on the same day", () => {
    expect(dayVerdict(mention("July 22, 2018"), mention("10 Av 5778"))).toEqual({
      verdict: "match",
      offsetDays: 0,
      civilDayNumber: dayNumberOfIso("2018-07-22"),
    });
  });
});

describe("mayBeOldStyle", () => {
  it.each([
    ["a date marked O.S.", "June 15, 1750 O.S.", true],
    ["an unmarked date before 1923", "October 25, 1917", true],
    ["a date after 1923", "July 22, 2018", false],
    ["a date that names no day", "February 30, 2015", false],
  ])("%s: %s → %s", (_name, text, expected) => {
    expect(mayBeOldStyle(mention(text))).toBe(expected);
  });
});
