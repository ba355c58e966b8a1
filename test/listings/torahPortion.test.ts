import { describe, expect, it } from "vitest";
import { gregorianToDayNumber } from "../../src/calendars/gregorian.js";
import { describeGregorian } from "../../src/convert/result.js";
import { hebcalLocale } from "../../src/listings/language.js";
import { torahPortion } from "../../src/listings/torahPortion.js";
import { FIXTURE_YEARS, hebcalLines } from "../support/hebcalFixtures.js";

/** Every Saturday of the fixtures' years with its portion, as `YYYY-MM-DD Parashat Name` lines. */
function ourPortions(israel: boolean): Set<string> {
  const lines = new Set<string>();
  const last = gregorianToDayNumber(FIXTURE_YEARS.last, 12, 31);
  for (let day = gregorianToDayNumber(FIXTURE_YEARS.first, 1, 1); day <= last; day++) {
    const name = torahPortion(day, israel, "en");
    if (name !== undefined) lines.add(`${describeGregorian(day).iso} ${name}`);
  }
  return lines;
}

describe.each([false, true])("torahPortion against the C hebcal -s, 1990–2040 (israel: %s)", (israel) => {
  it("names the same portion on every Shabbat, and none on a Shabbat that is a holiday", () => {
    // hebcal writes Ha'Azinu with a capital A; @hebcal/core, Ha'azinu.
    const theirs = hebcalLines(`sedrot-${israel ? "israel" : "diaspora"}.json`, (name) =>
      name.replace("Ha'Azinu", "Ha'azinu"),
    );
    const ours = ourPortions(israel);
    expect(ours.size).toBeGreaterThan(2400);
    expect([...ours].filter((line) => !theirs.has(line))).toEqual([]);
    expect([...theirs].filter((line) => !ours.has(line))).toEqual([]);
  });
});

describe("torahPortion", () => {
  it("names Shabbat's portion, none on other days", () => {
    const shabbat = gregorianToDayNumber(2018, 7, 28);
    expect(torahPortion(shabbat, false, "en")).toBe("Parashat Vaetchanan");
    expect(torahPortion(shabbat - 1, false, "en")).toBeUndefined();
  });

  it("differs in Israel when a diaspora second day falls on Shabbat (22 Nisan 5778)", () => {
    const day = gregorianToDayNumber(2018, 4, 7);
    expect(torahPortion(day, false, "en")).toBeUndefined();
    expect(torahPortion(day, true, "en")).toBe("Parashat Shmini");
  });

  it("writes double portions and other languages", () => {
    const double = gregorianToDayNumber(2018, 4, 21);
    expect(torahPortion(double, false, "en")).toBe("Parashat Tazria-Metzora");
    expect(torahPortion(double, false, hebcalLocale({ lang: "he", niqqud: false }))).toBe("פרשת תזריע־מצרע");
    expect(torahPortion(gregorianToDayNumber(2018, 7, 28), false, hebcalLocale({ lang: "ashkenazi" }))).toBe(
      "Parshas Vaeschanan",
    );
  });
});
