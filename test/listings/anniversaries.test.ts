import { describe, expect, it } from "vitest";
import { daysInHebrewMonth, isHebrewLeapYear } from "../../src/calendars/hebrew.js";
import { convertDate } from "../../src/convert/convertDate.js";
import { anniversaries } from "../../src/listings/anniversaries.js";
import { dateErrorCode } from "../support/dateErrors.js";
import { FIXTURE_YEARS, hebcalFixture } from "../support/hebcalFixtures.js";
import { icuHebrew } from "../support/icu.js";

const FIXTURE_GREGORIAN_YEARS = Array.from(
  { length: FIXTURE_YEARS.last - FIXTURE_YEARS.first + 1 },
  (_, index) => FIXTURE_YEARS.first + index,
);

describe("yahrzeits against the C hebcal -Y, 1990–2040", () => {
  const deaths = Object.entries(hebcalFixture("yahrzeits.json"));

  it("has the cases whose rules differ: 30 Cheshvan, 30 Kislev, 30 Adar I, both Adars, a common Adar", () => {
    expect(deaths.map(([label]) => label.slice(11)).sort()).toEqual(
      [
        "30 Cheshvan 5743",
        "30 Cheshvan 5744",
        "29 Cheshvan 5749",
        "30 Kislev 5747",
        "30 Kislev 5748",
        "30 Kislev 5750",
        "30 Adar I 5744",
        "15 Adar I 5744",
        "15 Adar II 5744",
        "14 Adar 5747",
        "29 Adar 5748",
        "9 Av 5749",
      ].sort(),
    );
  });

  it.each(deaths)("%s: each date of death is the Hebrew date it is labelled with (ICU agrees)", (label) => {
    const [iso, ...hebrew] = label.split(" ");
    const converted = convertDate(iso!);
    expect(converted.hebrew.text).toBe(hebrew.join(" "));
    const icu = icuHebrew(converted.dayNumber);
    expect([icu.year, icu.month, icu.day]).toEqual([
      converted.hebrew.year,
      converted.hebrew.monthNumber,
      converted.hebrew.day,
    ]);
  });

  it.each(deaths)("%s: the same yahrzeit in every year", (label, dates) => {
    const list = anniversaries(label.split(" ")[0]!, { kind: "yahrzeit", years: FIXTURE_GREGORIAN_YEARS });
    expect(list.anniversaries.map((each) => each.gregorian.iso)).toEqual(dates);
  });
});

/** The Hebrew dates (`day month`) of a date's anniversaries in some Hebrew years. */
function datesIn(input: string, kind: "birthday" | "yahrzeit", years: number[]): string[] {
  return anniversaries(input, { kind, years }).anniversaries.map((each) =>
    each.hebrew.text.replace(/ \d+$/, ""),
  );
}

describe("birthdays and yahrzeits by their rules (Calendrical Calculations, §8.4)", () => {
  it("30 Adar I: a birthday moves on to 1 Nisan in a common year, a yahrzeit back to 30 Sh'vat", () => {
    expect(isHebrewLeapYear(5779)).toBe(true);
    expect(datesIn("30 Adar I 5774", "birthday", [5779, 5780])).toEqual(["30 Adar I", "1 Nisan"]);
    expect(datesIn("30 Adar I 5774", "yahrzeit", [5779, 5780])).toEqual(["30 Adar I", "30 Sh'vat"]);
  });

  it("a common year's Adar: a birthday in Adar II of a leap year, a yahrzeit in Adar I", () => {
    expect(datesIn("15 Adar 5778", "birthday", [5779, 5780])).toEqual(["15 Adar II", "15 Adar"]);
    expect(datesIn("15 Adar 5778", "yahrzeit", [5779, 5780])).toEqual(["15 Adar I", "15 Adar"]);
  });

  it("Adar II stays in the year's last month; Adar I's first 29 days in Adar of a common year", () => {
    expect(datesIn("15 Adar II 5779", "birthday", [5780, 5782])).toEqual(["15 Adar", "15 Adar II"]);
    expect(datesIn("15 Adar II 5779", "yahrzeit", [5780, 5782])).toEqual(["15 Adar", "15 Adar II"]);
    expect(datesIn("10 Adar I 5779", "birthday", [5780, 5782])).toEqual(["10 Adar", "10 Adar I"]);
  });

  it("30 Cheshvan: a birthday moves on to 1 Kislev in a year without it", () => {
    const years = [5780, 5781, 5782, 5783, 5784];
    const expected = years.map((year) => (daysInHebrewMonth(year, 8) === 30 ? "30 Cheshvan" : "1 Kislev"));
    expect(expected).toContain("1 Kislev");
    expect(expected).toContain("30 Cheshvan");
    expect(datesIn("30 Cheshvan 5779", "birthday", years)).toEqual(expected);
  });

  it("30 Kislev, first yahrzeit in a year without it: Kislev's last day (29th or 30th) ever after", () => {
    expect(daysInHebrewMonth(5784, 9)).toBe(29);
    expect(daysInHebrewMonth(5786, 9)).toBe(30);
    expect(datesIn("30 Kislev 5783", "yahrzeit", [5784, 5786])).toEqual(["29 Kislev", "30 Kislev"]);
    expect(datesIn("30 Kislev 5783", "birthday", [5784, 5786])).toEqual(["1 Tevet", "30 Kislev"]);
  });

  it("30 Cheshvan, first yahrzeit in a year with it: the 30th, or 1 Kislev in a year without", () => {
    expect([5744, 5745].map((year) => daysInHebrewMonth(year, 8))).toEqual([30, 29]);
    expect(datesIn("30 Cheshvan 5743", "yahrzeit", [5744, 5745])).toEqual(["30 Cheshvan", "1 Kislev"]);
    // First anniversary in a 29-day Cheshvan: the day before 1 Kislev, whichever day that is.
    expect(datesIn("30 Cheshvan 5744", "yahrzeit", [5745, 5747])).toEqual(["29 Cheshvan", "30 Cheshvan"]);
  });
});

describe("anniversaries", () => {
  it("starts a birthday's list in its own year, a yahrzeit's a year later", () => {
    expect(datesIn("10 Av 5778", "birthday", [5778])).toEqual(["10 Av"]);
    expect(dateErrorCode(() => anniversaries("10 Av 5778", { kind: "yahrzeit", years: [5778] }))).toBe(
      "year-out-of-range",
    );
  });

  it("reads a death after nightfall as the next Hebrew day", () => {
    const list = anniversaries("2018-07-21", { afterSunset: true, kind: "yahrzeit", years: [5779] });
    expect(list.original.hebrew.text).toBe("10 Av 5778");
    expect(list.original.gregorian.iso).toBe("2018-07-21");
    expect(list.anniversaries[0]).toMatchObject({
      hebrewYear: 5779,
      years: 1,
      gregorian: { iso: "2019-08-11" },
    });
  });

  it("lists the next ten from a day by default, that day's own included", () => {
    const list = anniversaries("10 Av 5778", { from: "2019-08-11" });
    expect(list.kind).toBe("birthday");
    expect(list.anniversaries.map((each) => each.hebrewYear)).toEqual([
      5779, 5780, 5781, 5782, 5783, 5784, 5785, 5786, 5787, 5788,
    ]);
    expect(anniversaries("10 Av 5778", { from: "2019-08-12", count: 2 }).anniversaries[0]!.hebrewYear).toBe(
      5780,
    );
  });

  it("gives a Gregorian year the anniversaries that fall in it: two, or none", () => {
    const twice = anniversaries("20 Tevet 5778", { years: [2018] }).anniversaries;
    expect(twice.map((each) => each.gregorian.iso)).toEqual(["2018-01-07", "2018-12-28"]);
    expect(anniversaries("10 Tevet 5776", { years: [2016] }).anniversaries).toEqual([]);
  });

  it("stops at the end of the supported range", () => {
    expect(anniversaries("1 Tishrei 13758", { from: "9999-01-01" }).anniversaries.length).toBeLessThan(10);
  });

  it.each([
    [{ kind: "wedding" }, "invalid-option"],
    [{ count: 0 }, "invalid-option"],
    [{ count: 1.5 }, "invalid-option"],
    [{ years: [5778.5] }, "unreadable"],
    [{ years: [13760] }, "year-out-of-range"],
    [{ years: [5700] }, "year-out-of-range"],
    [{ from: "soon" }, "invalid-option"],
  ] as const)("refuses %o with %s", (options, code) => {
    expect(dateErrorCode(() => anniversaries("10 Av 5778", options as never))).toBe(code);
  });
});
