import { describe, expect, it } from "vitest";
import { judgeWeekdays } from "../../../src/check/rules/weekdayRule.js";

import type { DateMention } from "../../../src/read/mention.js";
import { parseDates } from "../../../src/read/parseDates.js";
import { dayNumberOfIso, REFERENCE } from "../fixtures.js";

/** The finding alone, as judgePair reports it. */
const judgeWeekday = (...args: Parameters<typeof judgeWeekdays>) => judgeWeekdays(...args).main;
const weekdayRule = (...args: Parameters<typeof judgeWeekdays>) => judgeWeekday(...args).finding;

function mention(text: string): DateMention {
  const [found] = parseDates(text, { reference: REFERENCE }).mentions;
  if (!found) throw new Error(`no date in ${text}`);
  return found;
}

const JULY_22 = dayNumberOfIso("2018-07-22");

describe("judgeWeekday", () => {
  it("a weekday written with a Hebrew date that names no day is judged against the civil day given", () => {
    // ל״א באב: a marked 31st of Av is kept as a date, with day-out-of-range and no day number.
    const hebrew = mention("יום ב׳, ל״א באב תשע״ח");
    expect(hebrew.dayNumber).toBeUndefined();
    expect(hebrew.stated.weekday).toBe(1);
    const judged = judgeWeekday(mention("July 22, 2018"), hebrew, JULY_22);
    expect(judged).toEqual({
      finding: { verdict: "mismatch", stated: "Monday", actual: "Sunday", side: "hebrew" },
      dayNumber: JULY_22,
      side: "hebrew",
    });
  });

  it("no stated weekday: none, with the civil day's weekday", () => {
    expect(judgeWeekday(mention("July 22, 2018"), mention("10 Av 5778"), JULY_22)).toEqual({
      finding: { verdict: "none", actual: "Sunday" },
      dayNumber: JULY_22,
      side: "gregorian",
    });
  });
});

describe("weekdayRule", () => {
  it("is the finding alone", () => {
    expect(weekdayRule(mention("Sunday, July 22, 2018"), mention("10 Av 5778"), JULY_22)).toEqual({
      verdict: "ok",
      stated: "Sunday",
      actual: "Sunday",
      side: "gregorian",
    });
  });
});
