import { describe, expect, it } from "vitest";
import {
  adarHint,
  dawnFastHint,
  fastMovedHint,
  hebrewDayEarlyHint,
  weekdayNeighbourHint,
  yearOffHint,
} from "../../../src/check/rules/hints.js";
import type { DateMention } from "../../../src/read/mention.js";
import { parseDates } from "../../../src/read/parseDates.js";
import { dayNumberOfIso, REFERENCE } from "../fixtures.js";

function mention(text: string): DateMention {
  const [found] = parseDates(text, { reference: REFERENCE }).mentions;
  if (!found) throw new Error(`no date in ${text}`);
  return found;
}

// 22 July 2018 was a Sunday.
const SUNDAY = dayNumberOfIso("2018-07-22");

describe("adarHint", () => {
  it('quotes a plain "Adar" as written when the other Adar matches', () => {
    // Alone, plain "Adar" in the leap year 5784 is read as Adar II; 13 February 2024 is 4 Adar I.
    const hebrew = mention("4 Adar 5784");
    expect(hebrew.stated.plainAdar).toBe(true);
    expect(hebrew.date?.month).toBe(13);
    expect(adarHint(mention("13 February 2024"), hebrew)).toEqual({
      code: "adar-confusion",
      message: '5784 has two Adars: "Adar" matches if it means Adar I',
    });
  });

  it("is undefined when the Hebrew date names no day", () => {
    expect(adarHint(mention("13 February 2024"), mention("31 Adar 5784"))).toBeUndefined();
  });
});

describe("yearOffHint", () => {
  it("is undefined when either side names no day", () => {
    expect(yearOffHint(mention("February 30, 2015"), mention("10 Av 5778"))).toBeUndefined();
    expect(yearOffHint(mention("July 22, 2018"), mention("40 Av 5778"))).toBeUndefined();
  });

  it("finds a Hebrew year off by one", () => {
    expect(yearOffHint(mention("July 22, 2018"), mention("10 Av 5779"))).toEqual({
      code: "year-off",
      message: "the Hebrew year is off by one: 5778 would match",
    });
  });
});

describe("weekdayNeighbourHint", () => {
  it("is undefined without a stated weekday", () => {
    expect(weekdayNeighbourHint(undefined, SUNDAY)).toBeUndefined();
    expect(weekdayNeighbourHint(-1, SUNDAY)).toBeUndefined();
  });

  it("is undefined when the stated weekday is the day's own", () => {
    expect(weekdayNeighbourHint(0, SUNDAY)).toBeUndefined();
  });

  it("names the day before or after", () => {
    expect(weekdayNeighbourHint(6, SUNDAY)?.message).toBe(
      "Saturday is the weekday of the day before (Sunday is right)",
    );
    expect(weekdayNeighbourHint(1, SUNDAY)?.message).toBe(
      "Monday is the weekday of the day after (Sunday is right)",
    );
  });

  it("is undefined for a weekday further off", () => {
    expect(weekdayNeighbourHint(3, SUNDAY)).toBeUndefined();
  });
});

describe("hebrewDayEarlyHint", () => {
  it("only for an offset of -1", () => {
    expect(hebrewDayEarlyHint(-1)?.code).toBe("hebrew-day-early");
    for (const offset of [undefined, 0, 1, -2]) expect(hebrewDayEarlyHint(offset)).toBeUndefined();
  });
});

describe("fastMovedHint", () => {
  it("names the calendar date a fast was moved from, when G is that date", () => {
    // 9 Av 5779 was a Shabbat (10 August 2019): the fast was kept on 10 Av.
    const hebrew = mention("Tisha B'Av 5779");
    expect(fastMovedHint(mention("August 10, 2019"), hebrew)?.code).toBe("fast-moved");
    expect(fastMovedHint(mention("August 9, 2019"), hebrew)).toBeUndefined();
    expect(fastMovedHint(mention("August 10, 2019"), mention("Purim 5779"))).toBeUndefined();
  });
});

describe("dawnFastHint", () => {
  it("only for a fast kept from dawn, and only for the day before it", () => {
    expect(dawnFastHint(true, 1)?.code).toBe("fast-at-dawn");
    expect(dawnFastHint(true, -1)).toBeUndefined();
    expect(dawnFastHint(false, 1)).toBeUndefined();
    expect(dawnFastHint(true, undefined)).toBeUndefined();
  });
});
