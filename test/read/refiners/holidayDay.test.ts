import { HDate } from "@hebcal/core";
import { describe, expect, it } from "vitest";
import { gregorianToDayNumber } from "../../../src/calendars/gregorian.js";
import { PLAIN_ADAR } from "../../../src/read/lexicon.js";
import type { StatedFields, WorkingMention } from "../../../src/read/mention.js";
import { parseDates } from "../../../src/read/parseDates.js";
import { readDate } from "../../../src/read/readDate.js";
import {
  holidayYearInCivilYear,
  holidayYearNear,
  preferPartnersDay,
  settleHoliday,
} from "../../../src/read/refiners/holidayDay.js";

function mention(stated: StatedFields, text = "a holiday"): WorkingMention {
  return {
    start: 0,
    end: text.length,
    text,
    calendar: "hebrew",
    extractor: "holiday-name",
    stated,
    inferred: [],
  };
}

/** The civil day (as a day number) of a Hebrew date, by @hebcal/core. */
function civil(day: number, month: string, year: number): number {
  return new HDate(day, month, year).abs();
}

describe("settleHoliday", () => {
  it("gives Purim 5787 its day (the example)", () => {
    const purim = mention({ holiday: "purim" }, "Purim");
    settleHoliday(purim, 5787);
    expect(purim.date).toEqual({ calendar: "hebrew", year: 5787, month: 13, day: 14 });
    expect(purim.dayNumber).toBe(civil(14, "Adar II", 5787));
    expect(purim.alternatives).toBeUndefined();
  });

  it("gives a name of several days its first day and the others as alternatives", () => {
    const chanukah = mention({ holiday: "chanukah" });
    settleHoliday(chanukah, 5787);
    expect(chanukah.date).toEqual({ calendar: "hebrew", year: 5787, month: 9, day: 25 });
    expect(chanukah.alternatives).toHaveLength(7);
    const roshChodesh = mention({ holiday: "rosh-chodesh", holidayMonth: 10 });
    settleHoliday(roshChodesh, 5787);
    expect([roshChodesh.date?.day, roshChodesh.alternatives?.[0]?.day]).toEqual([30, 1]);
  });

  it("marks an evening and a moved fast", () => {
    const candle = mention({ holiday: "chanukah", holidayCandle: 3 });
    settleHoliday(candle, 5778);
    // Lit on the evening of 26 Kislev, the third candle stands for the day that evening begins.
    expect(candle.evening).toBe(true);
    expect(candle.dayNumber).toBe(civil(27, "Kislev", 5778));
    expect(candle.date?.day).toBe(27);
    const kolNidre = mention({ holiday: "kol-nidre" });
    settleHoliday(kolNidre, 5780);
    expect([kolNidre.date?.month, kolNidre.date?.day, kolNidre.evening]).toEqual([7, 10, true]);
    const tishaBav = mention({ holiday: "tisha-bav" });
    settleHoliday(tishaBav, 5779);
    expect(tishaBav.date?.day).toBe(10);
    expect(tishaBav.movedFrom).toEqual({ calendar: "hebrew", year: 5779, month: 5, day: 9 });
  });

  it("reads a bare Adar of a Rosh Chodesh as the year's last Adar", () => {
    const leap = mention({ holiday: "rosh-chodesh", holidayMonth: PLAIN_ADAR });
    settleHoliday(leap, 5787);
    expect(leap.alternatives?.[0]).toEqual({ calendar: "hebrew", year: 5787, month: 13, day: 1 });
    const common = mention({ holiday: "rosh-chodesh", holidayMonth: PLAIN_ADAR });
    settleHoliday(common, 5786);
    expect(common.alternatives?.[0]).toEqual({ calendar: "hebrew", year: 5786, month: 12, day: 1 });
  });

  it("takes Israel's days when asked", () => {
    const diaspora = mention({ holiday: "shavuot" });
    const israel = mention({ holiday: "shavuot" });
    settleHoliday(diaspora, 5787);
    settleHoliday(israel, 5787, { israel: true });
    expect(diaspora.alternatives).toHaveLength(1);
    expect(israel.alternatives).toBeUndefined();
  });

  it("records a problem for a name the year lacks", () => {
    const early = mention({ holiday: "yom-haatzmaut" }, "Yom HaAtzmaut 5700");
    settleHoliday(early, 5700);
    expect(early.problem?.code).toBe("day-out-of-range");
    expect(early.date).toBeUndefined();
  });
});

describe("choosing a holiday's year", () => {
  it("takes the year whose holiday falls nearest a day (the example: 739820 is 2026-07-23)", () => {
    expect(gregorianToDayNumber(2026, 7, 23)).toBe(739820);
    expect(holidayYearNear(mention({ holiday: "tisha-bav" }), 739820)?.year).toBe(5786);
    expect(
      holidayYearNear(mention({ holiday: "rosh-hashanah" }), gregorianToDayNumber(2026, 8, 1))?.year,
    ).toBe(5787);
    expect(
      holidayYearNear(mention({ holiday: "yom-haatzmaut" }), gregorianToDayNumber(1900, 1, 1)),
    ).toBeUndefined();
  });

  it("takes the Hebrew year whose holiday begins in a Gregorian year", () => {
    expect(holidayYearInCivilYear(mention({ holiday: "chanukah" }), 2026)?.year).toBe(5787);
    expect(holidayYearInCivilYear(mention({ holiday: "pesach" }), 2027)?.year).toBe(5787);
    expect(holidayYearInCivilYear(mention({ holiday: "rosh-hashanah", holidayErev: true }), 2026)?.year).toBe(
      5787,
    );
    expect(holidayYearInCivilYear(mention({ holiday: "yom-haatzmaut" }), 1900)).toBeUndefined();
  });
});

describe("preferPartnersDay", () => {
  it("takes the day of a name of several days nearest the date beside it", () => {
    const pesach = mention({ holiday: "pesach" });
    settleHoliday(pesach, 5787);
    preferPartnersDay(pesach, civil(16, "Nisan", 5787));
    expect(pesach.date?.day).toBe(16);
    expect(pesach.alternatives?.map((date) => date.day)).toEqual([15, 17, 18, 19, 20, 21, 22]);
    expect(pesach.inferred.map((inference) => [inference.field, inference.value])).toEqual([["day", 2]]);
  });

  it("keeps the first day when it is the nearest, or nothing stands beside it", () => {
    const pesach = mention({ holiday: "pesach" });
    settleHoliday(pesach, 5787);
    preferPartnersDay(pesach, civil(1, "Nisan", 5787));
    preferPartnersDay(pesach, undefined);
    expect(pesach.date?.day).toBe(15);
    expect(pesach.inferred).toEqual([]);
  });

  it("takes Israel's Simchat Torah (22 Tishrei) for a date that names that day, not for an evening", () => {
    const israels = mention({ holiday: "simchat-torah" });
    settleHoliday(israels, 5787);
    expect(israels.date?.day).toBe(23);
    preferPartnersDay(israels, civil(22, "Tishrei", 5787), true);
    expect(israels.date?.day).toBe(22);
    expect(israels.dayNumber).toBe(civil(22, "Tishrei", 5787));
    expect(israels.inferred.map((inference) => [inference.field, inference.value])).toEqual([["day", 22]]);
    const evening = mention({ holiday: "simchat-torah" });
    settleHoliday(evening, 5787);
    preferPartnersDay(evening, civil(22, "Tishrei", 5787), false);
    expect(evening.date?.day).toBe(23);
  });

  it.each<[string, StatedFields, number]>([
    ["a day two before", { holiday: "simchat-torah" }, civil(21, "Tishrei", 5787)],
    ["Erev Simchat Torah", { holiday: "simchat-torah", holidayErev: true }, civil(21, "Tishrei", 5787)],
    ["a numbered day", { holiday: "simchat-torah", holidayDay: 1 }, civil(22, "Tishrei", 5787)],
    ["another holiday", { holiday: "shemini-atzeret" }, civil(21, "Tishrei", 5787)],
  ])("leaves Simchat Torah's reading alone beside %s", (_, stated, partner) => {
    const holiday = mention(stated);
    settleHoliday(holiday, 5787);
    const before = holiday.date;
    preferPartnersDay(holiday, partner, true);
    expect(holiday.date).toEqual(before);
  });

  it("reads Israel's schedule as it is: Simchat Torah already on 22 Tishrei stays there", () => {
    const israel = mention({ holiday: "simchat-torah" });
    settleHoliday(israel, 5787, { israel: true });
    preferPartnersDay(israel, civil(21, "Tishrei", 5787), true);
    expect(israel.date?.day).toBe(22);
  });
});

describe("holiday mentions through parseDates", () => {
  const read = (text: string) => parseDates(text, { reference: "2026-12-01" }).mentions;

  it("takes a missing year from the date beside it", () => {
    const [holiday] = read("Tisha B'Av | July 23, 2026");
    expect(holiday?.date).toEqual({ calendar: "hebrew", year: 5786, month: 5, day: 9 });
    expect(holiday?.inferred[0]?.from).toBe("gregorian");
  });

  it("takes the year of a bare name from the year its page names, and says so", () => {
    // A page counts a name only near a date written with numbers: here a year the name does not take.
    const [succos] = read("We spent Succos with my parents. Posted in 2026.");
    expect(succos?.stated.holiday).toBe("sukkot");
    expect(succos?.date).toEqual({ calendar: "hebrew", year: 5787, month: 7, day: 15 });
    expect(succos?.inferred.map((inference) => inference.from)).toEqual(["page"]);
  });

  it("takes the year of a name standing alone in a string of one date from the reference, and says so", () => {
    const referenceDayNumber = gregorianToDayNumber(2026, 12, 1);
    const [succos] = readDate("Succos", { referenceDayNumber, numericOrder: "auto" }).mentions;
    expect(succos?.date).toEqual({ calendar: "hebrew", year: 5787, month: 7, day: 15 });
    expect(succos?.inferred.map((inference) => inference.from)).toEqual(["reference"]);
  });

  it("reads a Gregorian year after a name as the year it falls in", () => {
    const [pesach] = read("Pesach 2027");
    expect(pesach?.dayNumber).toBe(gregorianToDayNumber(2027, 4, 22));
  });

  it("reads Israel's days when asked", () => {
    const diaspora = parseDates("Pesach 5787", { reference: "2026-12-01" }).mentions[0];
    const israel = parseDates("Pesach 5787", { reference: "2026-12-01", israel: true }).mentions[0];
    expect(diaspora?.alternatives).toHaveLength(7);
    expect(israel?.alternatives).toHaveLength(6);
  });

  it("leaves a date that says its day and month to the date readers", () => {
    expect(read("17th of Tammuz 5779").map((m) => m.extractor)).toEqual(["hebrew-latin"]);
    expect(read("ט״ו בשבט תשפ״ז").map((m) => m.extractor)).toEqual(["hebrew-script"]);
  });
});
