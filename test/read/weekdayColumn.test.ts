import { describe, expect, it } from "vitest";
import { checkDocument } from "../../src/index.js";
import type { StatedFields } from "../../src/read/mention.js";
import { takeWeekdayColumn } from "../../src/read/weekdayColumn.js";

describe("takeWeekdayColumn", () => {
  it.each<[string, number, number, StatedFields]>([
    ["2023 9 May Tue Lag BaOmer", 10, 14, { weekday: 2 }],
    ["9 May Thursday\n", 5, 14, { weekday: 4 }],
    ["9 May\tFri", 5, 9, { weekday: 5 }],
  ])("reads the weekday column after %j", (text, at, end, stated) => {
    const fields: StatedFields = {};
    expect(takeWeekdayColumn(text, at, fields)).toBe(end);
    expect(fields).toEqual(stated);
  });

  it.each([
    // The next date's weekday, a word that is no weekday, lower case, an evening.
    ["Saturday 9 May Sunday 10 May", 14],
    ["July 22 Sunday July 23", 7],
    ["9 May Lag BaOmer", 5],
    ["9 May tue Lag BaOmer", 5],
    ["9 May Friday night", 5],
  ])("reads nothing after %j", (text, at) => {
    const fields: StatedFields = {};
    expect(takeWeekdayColumn(text, at, fields)).toBe(at);
    expect(fields).toEqual({});
  });

  it("keeps a weekday the date already states", () => {
    const fields: StatedFields = { weekday: 1 };
    expect(takeWeekdayColumn(" Tue x", 0, fields)).toBe(0);
    expect(fields).toEqual({ weekday: 1 });
  });

  // Days from ICU: 18 Iyar 5779 is Thursday 23 May 2019, 18 Iyar 5778 Thursday 3 May 2018, 18 Iyar
  // 5777 Sunday 14 May 2017.
  it("judges each row of a table of years, dates, days and holidays", () => {
    const report = checkDocument(
      "Year Date Day Holiday\n2019 23 May Thu Lag BaOmer\n2018 3 May Thu Lag BaOmer\n2017 14 May Mon Lag BaOmer",
      { reference: "2026-01-01" },
    );
    expect(
      report.pairs.map((p) => [p.gregorian.iso, p.hebrew.canonical, p.verdict, p.weekday.verdict]),
    ).toEqual([
      ["2019-05-23", "18 Iyyar 5779", "match", "ok"],
      ["2018-05-03", "18 Iyyar 5778", "match", "ok"],
      ["2017-05-14", "18 Iyyar 5777", "match", "mismatch"],
    ]);
  });
});
