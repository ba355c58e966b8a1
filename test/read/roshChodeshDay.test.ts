import { describe, expect, it } from "vitest";
import { checkDocument } from "../../src/check/checkDocument.js";
import { roshChodeshDayBefore, withoutRoshChodeshDay } from "../../src/read/roshChodeshDay.js";

// A luach's label of the day of Rosh Chodesh between a date and its weekday or its civil date.
// Days checked with ICU: 30 Shevat 5775 is Thursday 19 February 2015, 1 Kislev 5779 is Friday
// 9 November 2018.

describe("roshChodeshDay", () => {
  it.each([
    [", ב׳ דראש חודש כסלו (", " ("],
    [", א' דראש אדר, ", " "],
    [', א׳ דר"ח, ', " "],
    [" (", " ("],
  ])("takes the label out of %j", (gap, bare) => {
    expect(withoutRoshChodeshDay(gap)).toBe(bare);
  });

  it("finds the label that ends where a date begins, and no other", () => {
    const text = "יום חמישי, א׳ דראש אדר, ל׳ שבט";
    expect(roshChodeshDayBefore(text, text.indexOf("ל׳"), 0)).toBe(text.indexOf("א׳"));
    expect(roshChodeshDayBefore(text, text.indexOf("ל׳"), text.indexOf("ל׳") - 2)).toBeUndefined();
    expect(roshChodeshDayBefore("יום חמישי, ל׳ שבט", 11, 0)).toBeUndefined();
    expect(roshChodeshDayBefore("הדרך, ל׳ שבט", 6, 0)).toBeUndefined();
  });
});

describe("checkDocument: luach lines with the day of Rosh Chodesh", () => {
  it.each([
    ["יום חמישי, א' דראש אדר, ל' שבט (19.2.15): תפילת ראש חודש.", "2015-02-19", "ok"],
    ["יום שישי, א' כסלו, ב' דראש חודש כסלו (9.11.18):", "2018-11-09", "ok"],
    ["יום רביעי, א' דראש אדר, ל' שבט (19.2.15)", "2015-02-19", "mismatch"],
  ])("%s", (text, iso, weekday) => {
    const report = checkDocument(text, { reference: "2026-12-01" });
    expect(report.pairs.map((pair) => [pair.gregorian.iso, pair.verdict, pair.weekday.verdict])).toEqual([
      [iso, "match", weekday],
    ]);
  });
});
