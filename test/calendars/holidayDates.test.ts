import { HebrewCalendar } from "@hebcal/core";
import { describe, expect, it } from "vitest";
import { HEBREW_MONTH, isHebrewLeapYear } from "../../src/calendars/hebrew.js";
import { hebrewDayNumberOf } from "../../src/calendars/hebrewYears.js";
import {
  HOLIDAY_KEYS,
  type HolidayDay,
  type HolidayName,
  holidayDays,
  holidayKind,
} from "../../src/calendars/holidayDates.js";

// The oracle is @hebcal/core's public calendar (its index, not the holiday module the code uses):
// for every key, every Hebrew year 5700–5800 and both schedules, the days holidayDays gives are
// the days the calendar lists under the holiday's English names.

const YEARS = Array.from({ length: 101 }, (_, i) => 5700 + i);

/** The calendar's events of a Hebrew year, as [name, day number]. */
function calendarOf(year: number, il: boolean): Array<[string, number]> {
  return HebrewCalendar.calendar({ year, isHebrewYear: true, il }).map((event) => [
    event.getDesc(),
    event.getDate().abs(),
  ]);
}

function dayNumbers(days: HolidayDay[]): number[] {
  return days.map((day) => hebrewDayNumberOf(day.year, day.month, day.day));
}

/** Which of the calendar's names make up each key's days (written here from the calendar's own names). */
const NAMES: Record<string, (name: string, il: boolean) => boolean> = {
  "rosh-hashanah": (name) => /^Rosh Hashana (\d+|II)$/.test(name),
  "yom-kippur": (name) => name === "Yom Kippur",
  "kol-nidre": (name) => name === "Erev Yom Kippur",
  "first-seder": (name) => name === "Erev Pesach",
  "second-seder": (name) => name === "Pesach I",
  sukkot: (name) => name.startsWith("Sukkot ") && !name.startsWith("Sukkot VIII"),
  "hoshana-rabbah": (name) => name.includes("Hoshana Raba"),
  "shemini-atzeret": (name) => name === "Shmini Atzeret",
  "simchat-torah": (name, il) => (il ? name === "Shmini Atzeret" : name === "Simchat Torah"),
  chanukah: (name) => /^Chanukah: ([2-8] Candles|8th Day)$/.test(name),
  "asara-btevet": (name) => name === "Asara B'Tevet",
  "tu-bishvat": (name) => name === "Tu BiShvat",
  "taanit-esther": (name) => name === "Ta'anit Esther",
  purim: (name) => name === "Purim",
  "shushan-purim": (name) => name === "Shushan Purim",
  pesach: (name) => name.startsWith("Pesach ") && name !== "Pesach Sheni",
  "lag-baomer": (name) => name === "Lag BaOmer",
  shavuot: (name) => name.startsWith("Shavuot"),
  "tzom-tammuz": (name) => name === "Tzom Tammuz",
  "tisha-bav": (name) => name.startsWith("Tish'a B'Av"),
  "tzom-gedaliah": (name) => name === "Tzom Gedaliah",
  "yom-hashoah": (name) => name === "Yom HaShoah",
  "yom-hazikaron": (name) => name === "Yom HaZikaron",
  "yom-haatzmaut": (name) => name === "Yom HaAtzma'ut",
  "yom-yerushalayim": (name) => name === "Yom Yerushalayim",
};

describe("holidayDays against @hebcal/core's calendar, 5700–5800", () => {
  for (const il of [false, true]) {
    it(`gives every key's days as the calendar lists them (${il ? "Israel" : "diaspora"})`, () => {
      let compared = 0;
      for (const year of YEARS) {
        const events = calendarOf(year, il);
        for (const key of HOLIDAY_KEYS) {
          if (key === "rosh-chodesh") continue;
          const expected = [
            ...new Set(events.filter(([name]) => NAMES[key]!(name, il)).map(([, day]) => day)),
          ].sort((a, b) => a - b);
          const days = holidayDays({ holiday: key }, year, { israel: il });
          expect(dayNumbers(days), `${key} ${year}`).toEqual(expected);
          compared += expected.length;
        }
      }
      expect(compared).toBeGreaterThan(101 * 40);
    });

    it(`gives Rosh Chodesh of every month its one or two days (${il ? "Israel" : "diaspora"})`, () => {
      for (const year of YEARS) {
        const events = calendarOf(year, il);
        const months = isHebrewLeapYear(year) ? 13 : 12;
        for (let month = 1; month <= months; month++) {
          if (month === HEBREW_MONTH.TISHREI) continue; // Rosh Hashanah, not Rosh Chodesh
          const first = hebrewDayNumberOf(year, month, 1);
          const expected = events
            .filter(([name, day]) => name.startsWith("Rosh Chodesh ") && (day === first || day === first - 1))
            .map(([, day]) => day)
            .sort((a, b) => a - b);
          const days = dayNumbers(holidayDays({ holiday: "rosh-chodesh", month }, year, { israel: il }));
          expect(days, `Rosh Chodesh ${month} ${year}`).toEqual(expected);
          expect(days.at(-1)).toBe(first);
        }
      }
    });
  }

  it("gives an erev as the day before the first day, as the calendar's own Erev days are", () => {
    const erevs: Array<[string, string]> = [
      ["pesach", "Erev Pesach"],
      ["yom-kippur", "Erev Yom Kippur"],
      ["shavuot", "Erev Shavuot"],
      ["sukkot", "Erev Sukkot"],
      ["tisha-bav", "Erev Tish'a B'Av"],
      ["purim", "Erev Purim"],
    ];
    for (const year of YEARS) {
      const events = calendarOf(year, false);
      for (const [key, erevName] of erevs) {
        const expected = events.filter(([name]) => name === erevName).map(([, day]) => day);
        expect(dayNumbers(holidayDays({ holiday: key, erev: true }, year)), `${erevName} ${year}`).toEqual(
          expected,
        );
      }
      // Erev Rosh Hashanah lies in the year before: 29 Elul.
      expect(holidayDays({ holiday: "rosh-hashanah", erev: true }, year)).toEqual([
        { year: year - 1, month: HEBREW_MONTH.ELUL, day: 29 },
      ]);
    }
  });

  it("gives the nth candle of Chanukah as the evening the calendar lights it", () => {
    for (const year of YEARS) {
      const events = calendarOf(year, false);
      for (let candle = 1; candle <= 8; candle++) {
        const label = candle === 1 ? "Chanukah: 1 Candle" : `Chanukah: ${candle} Candles`;
        const lit = events.filter(([name]) => name === label).map(([, day]) => day);
        const days = holidayDays({ holiday: "chanukah", candle }, year);
        expect(dayNumbers(days)).toEqual(lit);
        expect(days[0]?.evening).toBe(true);
      }
    }
  });
});

describe("holidayDays", () => {
  it("gives the days of the examples", () => {
    expect(holidayDays({ holiday: "rosh-chodesh", month: 10 }, 5787).map((d) => d.day)).toEqual([30, 1]);
    expect(holidayDays({ holiday: "pesach", erev: true }, 5787)).toEqual([{ year: 5787, month: 1, day: 14 }]);
    expect(holidayDays({ holiday: "chanukah", candle: 3 }, 5787)).toEqual([
      { year: 5787, month: 9, day: 26, evening: true },
    ]);
    expect(holidayDays({ holiday: "chanukah" }, 5787)[0]).toEqual({ year: 5787, month: 9, day: 25 });
    expect(holidayDays({ holiday: "chanukah" }, 5787)).toHaveLength(8);
    expect(holidayDays({ holiday: "kol-nidre" }, 5787)).toEqual([
      { year: 5787, month: 7, day: 9, evening: true },
    ]);
  });

  it("takes the nth day, and the first or last festival days, by schedule", () => {
    const pesach = (name: Partial<HolidayName>, israel = false) =>
      holidayDays({ holiday: "pesach", ...name }, 5787, { israel }).map((d) => d.day);
    expect(pesach({})).toEqual([15, 16, 17, 18, 19, 20, 21, 22]);
    expect(pesach({}, true)).toEqual([15, 16, 17, 18, 19, 20, 21]);
    expect(pesach({ part: "first" })).toEqual([15, 16]);
    expect(pesach({ part: "first" }, true)).toEqual([15]);
    expect(pesach({ part: "last" })).toEqual([21, 22]);
    expect(pesach({ part: "last" }, true)).toEqual([21]);
    expect(pesach({ day: 2 })).toEqual([16]);
    expect(pesach({ day: 9 })).toEqual([]);
    expect(holidayDays({ holiday: "sukkot", part: "last" }, 5787)).toEqual([]);
  });

  it("says where a fast was moved from (5779: 9 Av a Shabbat; 5784: 13 Adar II a Shabbat)", () => {
    expect(holidayDays({ holiday: "tisha-bav" }, 5779)).toEqual([
      { year: 5779, month: 5, day: 10, movedFrom: { year: 5779, month: 5, day: 9 } },
    ]);
    expect(holidayDays({ holiday: "taanit-esther" }, 5784)).toEqual([
      { year: 5784, month: 13, day: 11, movedFrom: { year: 5784, month: 13, day: 13 } },
    ]);
    expect(holidayDays({ holiday: "tisha-bav" }, 5784)).toEqual([{ year: 5784, month: 5, day: 9 }]);
  });

  it("gives nothing for what a year lacks or a key it does not know", () => {
    expect(holidayDays({ holiday: "yom-haatzmaut" }, 5700)).toEqual([]);
    expect(holidayDays({ holiday: "rosh-chodesh", month: HEBREW_MONTH.TISHREI }, 5787)).toEqual([]);
    expect(holidayDays({ holiday: "purim", candle: 2 }, 5787)).toEqual([]);
    expect(holidayDays({ holiday: "no-such-day" }, 5787)).toEqual([]);
    expect(holidayDays({ holiday: "purim" }, 5787.5)).toEqual([]);
    expect(holidayDays({ holiday: "purim" }, 0)).toEqual([]);
  });

  it("tells the kind of a name", () => {
    expect(holidayKind({ holiday: "chanukah", candle: 3 })).toBe("evening");
    expect(holidayKind({ holiday: "kol-nidre" })).toBe("evening");
    expect(holidayKind({ holiday: "pesach", erev: true })).toBe("erev");
    expect(holidayKind({ holiday: "tisha-bav" })).toBe("fast");
    expect(holidayKind({ holiday: "purim" })).toBe("day");
    expect(holidayKind({ holiday: "no-such-day" })).toBe("day");
  });
});
