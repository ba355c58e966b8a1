import { describe, expect, it } from "vitest";
import { longGregorian, renderConversion } from "../../src/cli/render.js";
import { convertDate } from "../../src/convert/convertDate.js";

describe("renderConversion", () => {
  it("both calendars, the Hebrew script and the events", () => {
    expect(renderConversion(convertDate("10 Av 5778"))).toBe(
      [
        "Gregorian: Sunday, 22 July 2018 (2018-07-22)",
        "Hebrew:    10 Av 5778  י׳ אָב תשע״ח",
        "Events:    Tish'a B'Av (observed)",
        "",
      ].join("\n"),
    );
  });

  it("marks the Hebrew day that begins after sunset", () => {
    const lines = renderConversion(convertDate("2018-07-22", { afterSunset: true })).split("\n");
    expect(lines[0]).toBe("Gregorian: Sunday, 22 July 2018 (2018-07-22)");
    expect(lines[1]).toBe("Hebrew:    11 Av 5778  י״א אָב תשע״ח  (begins at sunset on Sunday, 22 July 2018)");
  });

  it("says on which civil evening a Hebrew date given with after-sunset begins", () => {
    const lines = renderConversion(convertDate("10 Av 5778", { afterSunset: true })).split("\n");
    expect(lines[0]).toBe("Gregorian: Saturday, 21 July 2018 (2018-07-21)");
    expect(lines[1]).toBe("Hebrew:    10 Av 5778  י׳ אָב תשע״ח  (begins at sunset on Saturday, 21 July 2018)");
  });

  it("says what was inferred", () => {
    const text = renderConversion(convertDate("10 Av", { reference: "2026-11-24" }));
    expect(text).toMatch(/^Inferred: {2}year 5786: .+$/m);
    expect(text).not.toMatch(/^Events:/m);
  });

  it("prints warnings as notes", () => {
    const text = renderConversion(convertDate("Sunday, July 23, 2018"));
    expect(text).toContain("Note:      the date written is a Monday, not a Sunday as the text says");
  });

  it("says a warning that repeats an inference once", () => {
    const text = renderConversion(convertDate("4 Adar 5784"));
    expect(text).toContain('Inferred:  month Adar II: 5784 has two Adars; plain "Adar" read as Adar II');
    expect(text).not.toMatch(/^Note:/m);
    expect(renderConversion(convertDate("3/4/2020")).match(/month first/g)).toHaveLength(1);
  });
});

describe("longGregorian", () => {
  it("weekday, day, month name and year", () => {
    expect(longGregorian(convertDate("1 Tishrei 5779"))).toBe("Monday, 10 September 2018");
  });
});
