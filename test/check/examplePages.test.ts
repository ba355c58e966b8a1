import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { type CheckOptions, checkDocument, type DocumentReport } from "../../src/check/checkDocument.js";
import { daysBetween, hebrewOf, REFERENCE, reasonsOf, weekdayOfIso } from "./fixtures.js";

const PAGES = fileURLToPath(new URL("../../examples/pages/", import.meta.url));

function checkPage(name: string, options: Omit<CheckOptions, "reference"> = {}): DocumentReport {
  return checkDocument(readFileSync(`${PAGES}${name}`, "utf8"), { reference: REFERENCE, ...options });
}

const hintCodes = (report: DocumentReport, index = 0): string[] =>
  report.pairs[index]?.hints.map((hint) => hint.code) ?? [];

describe("the sample pages' dates agree with ICU and @hebcal/core", () => {
  it.each([
    ["consistent-masthead", "2024-03-12", "Tuesday", { year: 5784, month: 13, day: 2 }],
    [
      "after-sunset (the civil day; its evening is 26 Kislev)",
      "2023-12-08",
      "Friday",
      { year: 5784, month: 9, day: 25 },
    ],
    ["wrong-weekday", "2019-06-06", "Thursday", { year: 5779, month: 3, day: 3 }],
    ["adar-mixup (1 Adar II, not Adar I)", "2024-03-11", "Monday", { year: 5784, month: 13, day: 1 }],
    ["adar-mixup's 1 Adar I", "2024-02-10", "Saturday", { year: 5784, month: 12, day: 1 }],
    ["hebrew-script-masthead", "2023-12-08", "Friday", { year: 5784, month: 9, day: 25 }],
    ["timestamp-after-masthead", "2024-09-01", "Sunday", { year: 5784, month: 5, day: 28 }],
  ])("%s: %s is a %s, %o", (_page, iso, weekday, hebrew) => {
    expect(weekdayOfIso(iso)).toBe(weekday);
    expect(hebrewOf(iso)).toMatchObject(hebrew);
  });
});

describe("examples/pages", () => {
  it("consistent-masthead.txt: a matching masthead and an earlier article timestamp", () => {
    const report = checkPage("consistent-masthead.txt");
    expect(report.verdict).toBe("consistent");
    expect(reasonsOf(report)).toEqual([]);
    expect(report.pairs).toHaveLength(1);
    expect(report.pairs[0]).toMatchObject({ verdict: "match", offsetDays: 0, weekday: { verdict: "ok" } });
    expect(report.masthead).toEqual({ iso: "2024-03-12", hebrew: "2 Adar II 5784", line: 1 });
    expect(report.timestamps).toHaveLength(1);
    expect(report.timestamps[0]?.daysFromMasthead).toBe(daysBetween("2024-03-12", "2024-03-10"));
  });

  it("after-sunset.txt: the masthead shows the Hebrew day that began at Friday's sunset", () => {
    const report = checkPage("after-sunset.txt", { timeZone: "Asia/Jerusalem" });
    expect(report.verdict).toBe("consistent");
    expect(report.pairs[0]).toMatchObject({
      verdict: "match-after-sunset",
      offsetDays: 1,
      weekday: { verdict: "ok", stated: "Friday" },
    });
    const [timestamp] = report.timestamps;
    expect(timestamp?.afterSunset).toBe(true);
    expect(timestamp?.hebrew.text).toBe("26 Kislev 5784");
    expect(timestamp?.daysFromMasthead).toBe(0);
    // Without a place, the evening timestamp stays on the civil day's Hebrew date.
    expect(checkPage("after-sunset.txt").timestamps[0]?.hebrew.text).toBe("25 Kislev 5784");
  });

  it("wrong-weekday.txt: the days agree but 6 June 2019 was a Thursday", () => {
    const report = checkPage("wrong-weekday.txt");
    expect(report.verdict).toBe("inconsistent");
    expect(report.pairs[0]?.verdict).toBe("match");
    expect(report.pairs[0]?.weekday).toMatchObject({
      verdict: "mismatch",
      stated: "Wednesday",
      actual: "Thursday",
    });
    expect(hintCodes(report)).toEqual(["weekday-neighbour"]);
    expect(reasonsOf(report)).toHaveLength(1);
  });

  it("adar-mixup.txt: Adar I written where Adar II fits", () => {
    const report = checkPage("adar-mixup.txt");
    expect(report.verdict).toBe("inconsistent");
    expect(report.pairs[0]).toMatchObject({
      verdict: "mismatch",
      offsetDays: daysBetween("2024-03-11", "2024-02-10"),
      weekday: { verdict: "ok" },
    });
    expect(hintCodes(report)).toEqual(["adar-confusion"]);
  });

  it("hebrew-script-masthead.txt: a Hebrew-script masthead with its weekday, and the day before's timestamp", () => {
    const report = checkPage("hebrew-script-masthead.txt");
    expect(report.verdict).toBe("consistent");
    expect(report.pairs[0]).toMatchObject({
      verdict: "match",
      weekday: { verdict: "ok", stated: "Friday", actual: "Friday" },
      hebrew: { canonical: "25 Kislev 5784" },
    });
    expect(report.masthead?.iso).toBe("2023-12-08");
    expect(report.timestamps[0]?.daysFromMasthead).toBe(-1);
  });

  it("timestamp-after-masthead.txt: the page shows a date before its own article's", () => {
    const report = checkPage("timestamp-after-masthead.txt");
    expect(report.verdict).toBe("inconsistent");
    expect(report.pairs[0]).toMatchObject({ verdict: "match", weekday: { verdict: "ok" } });
    expect(report.timestamps[0]?.daysFromMasthead).toBe(daysBetween("2024-09-01", "2024-09-03"));
    expect(report.timestamps[0]?.hebrew.text).toBe("30 Av 5784");
    expect(reasonsOf(report)).toHaveLength(1);
    expect(reasonsOf(report)[0]).toMatch(/^line 3\b/);
  });

  it.each([
    "consistent-masthead.txt",
    "after-sunset.txt",
    "wrong-weekday.txt",
    "adar-mixup.txt",
    "hebrew-script-masthead.txt",
    "timestamp-after-masthead.txt",
  ])("%s: the prose holds no other dates and no problems", (name) => {
    const report = checkPage(name);
    expect(report.dates).toEqual([]);
    expect(report.problems).toEqual([]);
    expect(report.pairs).toHaveLength(1);
  });
});
