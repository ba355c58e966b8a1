import { describe, expect, it } from "vitest";
import { gregorianToDayNumber } from "../../src/calendars/gregorian.js";
import { hebrewToDayNumber } from "../../src/calendars/hebrew.js";
import { holidaysOf } from "../../src/listings/holidaysOf.js";
import { dateErrorCode } from "../support/dateErrors.js";
import { FIXTURE_YEARS, hebcalLines } from "../support/hebcalFixtures.js";
import { icuHebrew } from "../support/icu.js";

/** Our holidays of the fixtures' Gregorian years as `YYYY-MM-DD name` lines. */
function ourLines(israel: boolean): Set<string> {
  const lines = new Set<string>();
  for (let year = FIXTURE_YEARS.first; year <= FIXTURE_YEARS.last; year++)
    for (const entry of holidaysOf(year, { israel }).holidays)
      lines.add(`${entry.gregorian.iso} ${entry.name}`);
  return lines;
}

// The two tools spell a few names differently; in Israel, hebcal says "Shavuot I" of the one day.
const THEIR_NAMES: Record<string, Record<string, string>> = {
  diaspora: {},
  israel: { "Shavuot I": "Shavuot" },
};

// Days @hebcal/core lists that the C tool (4.31) does not know: Israeli memorial days by law
// (2009–2016), and older customs it added since.
const ONLY_OURS_DIASPORA = [
  "Birkat Hachamah",
  "Chag HaBanot",
  "Purim Meshulash",
  "Shabbat Shirah",
  "Shushan Purim Katan",
];
const ONLY_OURS_ISRAEL = [
  ...ONLY_OURS_DIASPORA,
  "Ben-Gurion Day",
  "Family Day",
  "Hebrew Language Day",
  "Herzl Day",
  "Jabotinsky Day",
  "Yitzhak Rabin Memorial Day",
  "Yom HaAliyah School Observance",
];

interface Difference {
  ours: string[];
  theirs: string[];
}

/** The lines each side has alone, by name (names the other tool lacks left out). */
function differences(israel: boolean): Map<string, Difference> {
  const theirs = hebcalLines(
    `holidays-${israel ? "israel" : "diaspora"}.json`,
    (name) => THEIR_NAMES[israel ? "israel" : "diaspora"]![name] ?? name,
  );
  const ours = ourLines(israel);
  const onlyOurs = new Set(israel ? ONLY_OURS_ISRAEL : ONLY_OURS_DIASPORA);
  const byName = new Map<string, Difference>();
  const add = (line: string, side: keyof Difference) => {
    const name = line.slice(11);
    if (onlyOurs.has(name)) return;
    const difference = byName.get(name) ?? { ours: [], theirs: [] };
    difference[side].push(line.slice(0, 10));
    byName.set(name, difference);
  };
  for (const line of ours) if (!theirs.has(line)) add(line, "ours");
  for (const line of theirs) if (!ours.has(line)) add(line, "theirs");
  return byName;
}

const dayOf = (iso: string) =>
  gregorianToDayNumber(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8)));
const weekdayOf = (iso: string) => new Date(`${iso}T00:00:00Z`).getUTCDay();

describe.each([false, true])("holidaysOf against the C hebcal, 1990–2040 (israel: %s)", (israel) => {
  const found = differences(israel);

  it("agrees on every date but three holidays whose rules @hebcal/core changed since", () => {
    expect([...found.keys()].sort()).toEqual(["Shushan Purim", "Sigd", "Yom HaAliyah"]);
  });

  it("differs on Shushan Purim only when 15 Adar is a Shabbat: on it, not the Sunday after", () => {
    const { ours, theirs } = found.get("Shushan Purim")!;
    expect(ours.length).toBeGreaterThan(0);
    expect(ours.map(weekdayOf)).toEqual(ours.map(() => 6));
    expect(theirs.map(dayOf)).toEqual(ours.map((iso) => dayOf(iso) + 1));
  });

  it("differs on Sigd only when 29 Cheshvan is a Shabbat: moved to the Thursday before", () => {
    const { ours, theirs } = found.get("Sigd")!;
    expect(theirs.length).toBeGreaterThan(0);
    expect(theirs.map(weekdayOf)).toEqual(theirs.map(() => 6));
    expect(ours.map(dayOf)).toEqual(theirs.map((iso) => dayOf(iso) - 2));
  });

  it("differs on Yom HaAliyah from 5777 on: 10 Nisan (moved off Shabbat), not 7 Cheshvan", () => {
    const { ours, theirs } = found.get("Yom HaAliyah")!;
    for (const iso of theirs) expect(icuHebrew(dayOf(iso))).toMatchObject({ month: 8, day: 7 });
    for (const iso of ours) {
      const { month, day, year } = icuHebrew(dayOf(iso));
      expect(year).toBeGreaterThanOrEqual(5777);
      expect([month, day >= 6 && day <= 10]).toEqual([1, true]);
    }
  });
});

describe("holidaysOf", () => {
  it("lists a Hebrew year from Rosh Hashana to Elul, each day in both calendars with its kind", () => {
    const { holidays, calendar, year } = holidaysOf(5778);
    expect([calendar, year]).toEqual(["hebrew", 5778]);
    expect(holidays[0]).toMatchObject({
      name: "Rosh Hashana 5778",
      kind: "major",
      gregorian: { iso: "2017-09-21", weekday: "Thursday" },
      hebrew: { text: "1 Tishrei 5778" },
    });
    expect(holidays.find((entry) => entry.gregorian.iso === "2018-07-22")).toMatchObject({
      name: "Tish'a B'Av (observed)",
      kind: "fast",
    });
    expect(holidays.at(-1)).toMatchObject({ name: "Erev Rosh Hashana", hebrew: { text: "29 Elul 5778" } });
    for (const entry of holidays) expect(entry.hebrew.year).toBe(5778);
  });

  it("gives every entry the Hebrew date ICU gives its civil day", () => {
    for (const entry of [...holidaysOf(5784).holidays, ...holidaysOf(1999).holidays]) {
      const { year, month, day } = icuHebrew(entry.dayNumber);
      expect([entry.hebrew.year, entry.hebrew.monthNumber, entry.hebrew.day]).toEqual([year, month, day]);
    }
  });

  it("lists a Gregorian year from January to December, across two Hebrew years", () => {
    const { holidays, calendar } = holidaysOf(2018);
    expect(calendar).toBe("gregorian");
    expect(holidays[0]!.gregorian.iso.startsWith("2018-01")).toBe(true);
    expect(holidays.at(-1)!.gregorian.iso.startsWith("2018-12")).toBe(true);
    expect(new Set(holidays.map((entry) => entry.hebrew.year))).toEqual(new Set([5778, 5779]));
  });

  it("is the same list for a Hebrew year as the Gregorian years around it hold", () => {
    for (const hebrewYear of [5751, 5779, 5800]) {
      const first = hebrewToDayNumber(hebrewYear, 7, 1);
      const next = hebrewToDayNumber(hebrewYear + 1, 7, 1);
      const fromGregorian = [hebrewYear - 3761, hebrewYear - 3760]
        .flatMap((year) => holidaysOf(year).holidays)
        .filter((entry) => entry.dayNumber >= first && entry.dayNumber < next);
      expect(holidaysOf(hebrewYear).holidays).toEqual(fromGregorian);
    }
  });

  it("reads a year as the calendar asked for", () => {
    expect(holidaysOf(5778, { calendar: "gregorian" }).holidays[0]!.gregorian.year).toBe(5778);
    expect(holidaysOf(2018, { calendar: "hebrew" }).holidays[0]!.hebrew.year).toBe(2018);
  });

  it("kinds: major, minor, fast, modern, rosh-chodesh, special-shabbat", () => {
    const kinds = new Map(holidaysOf(5778).holidays.map((entry) => [entry.name, entry.kind]));
    expect(kinds.get("Yom Kippur")).toBe("major");
    expect(kinds.get("Erev Sukkot")).toBe("major");
    expect(kinds.get("Sukkot III (CH''M)")).toBe("major");
    expect(kinds.get("Purim")).toBe("minor");
    expect(kinds.get("Chanukah: 3 Candles")).toBe("minor");
    expect(kinds.get("Tzom Gedaliah")).toBe("fast");
    expect(kinds.get("Yom HaAtzma'ut")).toBe("modern");
    expect(kinds.get("Rosh Chodesh Av")).toBe("rosh-chodesh");
    expect(kinds.get("Shabbat Zachor")).toBe("special-shabbat");
  });

  it("leaves out modern holidays and Rosh Chodesh when asked, and Yom Kippur Katan always", () => {
    const all = holidaysOf(5778).holidays;
    const kinds = (list: typeof all) => new Set(list.map((entry) => entry.kind));
    expect(kinds(all)).toContain("modern");
    expect(kinds(holidaysOf(5778, { modern: false }).holidays)).not.toContain("modern");
    expect(kinds(holidaysOf(5778, { roshChodesh: false }).holidays)).not.toContain("rosh-chodesh");
    expect(all.some((entry) => entry.name.startsWith("Yom Kippur Katan"))).toBe(false);
  });

  it("keeps the Israeli schedule apart: one day of Shavuot, no second days", () => {
    const israel = holidaysOf(5778, { israel: true });
    expect(israel.israel).toBe(true);
    const names = israel.holidays.map((entry) => entry.name);
    expect(names).toContain("Shavuot");
    expect(names).not.toContain("Shavuot II");
    expect(holidaysOf(5778).holidays.map((entry) => entry.name)).toContain("Shavuot II");
  });

  it("adds each Shabbat's portion with sedra, after that day's holidays", () => {
    const { holidays } = holidaysOf(5778, { sedra: true });
    const shabbatShuva = holidays.filter((entry) => entry.gregorian.iso === "2017-09-23");
    expect(shabbatShuva.map((entry) => [entry.name, entry.kind])).toEqual([
      ["Shabbat Shuva", "special-shabbat"],
      ["Parashat Ha'azinu", "sedra"],
    ]);
    for (const entry of holidays.filter((each) => each.kind === "sedra"))
      expect(entry.gregorian.weekday).toBe("Saturday");
  });

  it("writes names in Hebrew, without niqqud, or in Ashkenazi transliteration", () => {
    const named = (options: Parameters<typeof holidaysOf>[1]) =>
      holidaysOf(5778, options).holidays.find((entry) => entry.gregorian.iso === "2018-07-22")!.name;
    expect(named({ lang: "he" })).toBe("תִּשְׁעָה בְּאָב (נִדְחָה)");
    expect(named({ lang: "he", niqqud: false })).toBe("תשעה באב (נדחה)");
    expect(named({ lang: "ashkenazi" })).toBe("Tish'a B'Av (observed)");
    const shabbat = holidaysOf(5778, { lang: "ashkenazi" }).holidays.find(
      (entry) => entry.kind === "special-shabbat",
    );
    expect(shabbat!.name).toBe("Shabbos Shuvah");
  });

  it.each([
    [5778.5, {}, "unreadable"],
    [Number.NaN, {}, "unreadable"],
    [1, { calendar: "hebrew" }, "year-out-of-range"],
    [13761, {}, "year-out-of-range"],
    [10000, { calendar: "gregorian" }, "year-out-of-range"],
    [-3760, {}, "year-out-of-range"],
    [5778, { calendar: "julian" }, "invalid-option"],
    [5778, { lang: "fr" }, "invalid-option"],
  ] as const)("refuses %s %o with %s", (year, options, code) => {
    expect(dateErrorCode(() => holidaysOf(year, options as never))).toBe(code);
  });
});
