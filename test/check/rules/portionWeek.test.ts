import { describe, expect, it } from "vitest";
import { checkDocument } from "../../../src/check/checkDocument.js";
import { portionWeekChecks } from "../../../src/check/rules/portionWeek.js";
import { parseDates } from "../../../src/read/parseDates.js";

// A week's Torah portion beside a Hebrew date. Shabbatot from @hebcal/core's Sedra (5787):
// Vayishlach 18 Kislev, Vayeshev 25 Kislev, Miketz 2 Tevet; 21 Kislev 5787 is Tuesday 1 December 2026.

const REFERENCE = "2026-12-01";
const checksOf = (text: string) =>
  portionWeekChecks(text, parseDates(text, { reference: REFERENCE }).mentions).map((check) => check.fits);
const codesOf = (text: string) =>
  checkDocument(text, { reference: REFERENCE }).findings.map((found) => found.code);

describe("portionWeekChecks", () => {
  it("reads the documented example", () => {
    expect(checksOf("Parashat Miketz, 21 Kislev 5787")).toEqual([false]);
  });

  it.each<[string, string, boolean]>([
    ["the week before its Shabbat", "Parashat Vayeshev, 21 Kislev 5787", true],
    ["its Shabbat", "Parashat Vayeshev, 25 Kislev 5787", true],
    ["a masthead's portion of the Shabbat just past", "21 Kislev 5787 | Parshat Vayishlach", true],
    ["Hebrew script", "פרשת וישב, כ״א בכסלו תשפ״ז", true],
    ["a letter's weekday of the portion's week", "יום ג' לסדר וישב, כ״א בכסלו תשפ״ז", true],
    ["another week's portion", "21 Kislev 5787 · Parashat Miketz", false],
    ["a stated weekday that is not the date's", "Yom Shlishi Parashat Vayeshev, 23 Kislev 5787", false],
    ["its Shabbat named, on another day", "Shabbat Parashat Vayeshev, 21 Kislev 5787", false],
  ])("%s", (_, text, fits) => {
    expect(checksOf(text)).toEqual([fits]);
  });

  it.each([
    ["words between them", "Parashat Miketz was read; 21 Kislev 5787"],
    ["a line break between them", "Parashat Miketz\n21 Kislev 5787"],
    ["a holiday beside it", "Parashat Miketz, Chanukah 5787"],
    ["a civil date beside it", "Parashat Miketz, December 1, 2026"],
    ["a date that names no real day", "Parashat Miketz, 14 Adar II 5786"],
    // A leap year reads Vayakhel and Pekudei apart: the doubled name names no Shabbat in 5787.
    ["a portion its year does not read", "Parashat Vayakhel-Pekudei 5787, 21 Adar II 5787"],
  ])("judges nothing with %s", (_, text) => {
    expect(checksOf(text)).toEqual([]);
  });
});

describe("checkDocument: a portion beside its Hebrew date", () => {
  it("finds a date outside the portion's week, with its own code", () => {
    expect(codesOf("21 Kislev 5787 · Parashat Miketz")).toEqual(["portion-mismatch"]);
    expect(checkDocument("21 Kislev 5787 · Parashat Miketz", { reference: REFERENCE }).verdict).toBe(
      "inconsistent",
    );
  });

  it("judges a portion that pairs with nothing against the civil date beside it", () => {
    // 18 Kislev 5787 is Shabbat 28 November 2026, Vayishlach; Vayetze was read a week before.
    expect(codesOf(`שבת פרשת ויצא, 28.11.2026, י"ח כסלו`)).toEqual(["portion-mismatch"]);
    expect(codesOf(`שבת פרשת וישלח, 28.11.2026, י"ח כסלו`)).toEqual([]);
    // The masthead's portion of the Shabbat just past still fits the days of the week after it.
    expect(codesOf("Parashat Vayishlach | December 1, 2026 | 21 Kislev 5787")).toEqual([]);
    // Without the reading's pairs the civil date is not judged (the list above).
    expect(checksOf("Parashat Miketz, December 1, 2026")).toEqual([]);
  });

  it("counts a date in the week as checked", () => {
    const report = checkDocument("Parashat Vayeshev, 21 Kislev 5787", { reference: REFERENCE });
    expect([report.verdict, report.checked, report.findings]).toEqual(["consistent", 1, []]);
  });
});
