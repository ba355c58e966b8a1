import { describe, expect, it } from "vitest";
import { checkDocument } from "../../src/index.js";
import type { StatedFields } from "../../src/read/mention.js";
import { takeWeekdayInBrackets } from "../../src/read/weekdayInBrackets.js";

describe("takeWeekdayInBrackets", () => {
  it.each<[string, number, number, StatedFields]>([
    ["16 April 2013 (Tuesday, postponed one day", 13, 22, { weekday: 2 }],
    ["16 September (Sunday night).", 12, 27, { weekday: 0, evening: true, weekdayNames: "civil" }],
    ["3 May 2022 (Tue)", 10, 16, { weekday: 2 }],
  ])("reads the weekday in brackets after %j", (text, at, end, stated) => {
    const fields: StatedFields = {};
    expect(takeWeekdayInBrackets(text, at, fields)).toBe(end);
    expect(fields).toEqual(stated);
  });

  it.each([
    // Another date in the brackets, a word that is no weekday, a bracket that goes on unclosed.
    ["16 April 2013 (Tuesday, 6 Iyar)", 13],
    ["16 April 2013 (Tuesday, April 16)", 13],
    ["16 April 2013 (postponed)", 13],
    ["16 April 2013 (Tuesday morning)", 13],
    ["16 April 2013 (Tuesday", 13],
  ])("reads nothing after %j", (text, at) => {
    const fields: StatedFields = {};
    expect(takeWeekdayInBrackets(text, at, fields)).toBe(at);
    expect(fields).toEqual({});
  });

  it("keeps a weekday the date already states", () => {
    const fields: StatedFields = { weekday: 1 };
    expect(takeWeekdayInBrackets(" (Tuesday)", 0, fields)).toBe(0);
    expect(fields).toEqual({ weekday: 1 });
  });

  // Days from ICU: 4 Iyar 5779 is Thursday 9 May 2019, 3 Iyar 5781 Thursday 15 April 2021, 5 Iyar
  // 5786 Wednesday 22 April 2026.
  it("judges the weekday of each row of a list of moved days, each paired on its own line", () => {
    const report = checkDocument(
      "Dates of Yom Ha'atzmaut:\n- 9 May 2019 (Thursday, advanced one day to Iyar 4)\n- 15 April 2021 (Thursday, advanced two days to Iyar 3)\n- 22 April 2026 (Tuesday, on Iyar 5)",
      { reference: "2026-01-01" },
    );
    expect(
      report.pairs.map((p) => [p.gregorian.iso, p.hebrew.canonical, p.verdict, p.weekday.verdict]),
    ).toEqual([
      ["2019-05-09", "4 Iyyar 5779", "match", "ok"],
      ["2021-04-15", "3 Iyyar 5781", "match", "ok"],
      ["2026-04-22", "5 Iyyar 5786", "match", "mismatch"],
    ]);
  });
});
