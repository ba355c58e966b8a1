import { describe, expect, it } from "vitest";
import { gregorianToDayNumber } from "../../src/calendars/gregorian.js";
import { gregorianDateText } from "../../src/listings/gregorianDateText.js";
import { hebrewDateText } from "../../src/listings/hebrewDateText.js";
import { hebcalLocale, plainApostrophes, translated } from "../../src/listings/language.js";
import { hebrewCalendarMonthName } from "../../src/listings/monthName.js";
import { dateErrorCode } from "../support/dateErrors.js";

describe("hebcalLocale", () => {
  it.each([
    [{}, "en"],
    [{ lang: "en" }, "en"],
    [{ lang: "he" }, "he"],
    [{ lang: "he", niqqud: true }, "he"],
    [{ lang: "he", niqqud: false }, "he-x-NoNikud"],
    [{ lang: "ashkenazi" }, "ashkenazi"],
  ] as const)("%o is %s", (options, locale) => {
    expect(hebcalLocale(options)).toBe(locale);
  });

  it("refuses another language", () => {
    expect(dateErrorCode(() => hebcalLocale({ lang: "yi" as never }))).toBe("invalid-option");
  });

  it("translates @hebcal's names once the locale is asked for", () => {
    expect(translated("Shabbat Shuva", hebcalLocale({ lang: "ashkenazi" }))).toBe("Shabbos Shuvah");
    expect(translated("Av", "he-x-NoNikud")).toBe("אב");
    expect(translated("Tish’a B’Av", "en")).toBe("Tish'a B'Av");
    expect(plainApostrophes("‘x’")).toBe("'x'");
  });
});

describe("dates in a language", () => {
  it.each([
    [5778, 5, 10, "en", "10 Av 5778"],
    [5778, 10, 10, "ashkenazi", "10 Teves 5778"],
    [5778, 5, 10, "he", "י׳ אָב תשע״ח"],
    [5778, 5, 10, "he-x-NoNikud", "י׳ אב תשע״ח"],
    [5779, 12, 1, "he-x-NoNikud", "א׳ אדר א׳ תשע״ט"],
    [5778, 12, 1, "en", "1 Adar 5778"],
  ])("%i-%i-%i in %s is %s", (year, month, day, locale, text) => {
    expect(hebrewDateText(year, month, day, locale)).toBe(text);
  });

  it("names a month by its year (Adar I only in a leap year)", () => {
    expect(hebrewCalendarMonthName(12, 5779, "en")).toBe("Adar I");
    expect(hebrewCalendarMonthName(12, 5778, "en")).toBe("Adar");
  });

  it("writes a Gregorian day in Hebrew as ICU does, and leaves English to the caller", () => {
    expect(gregorianDateText(gregorianToDayNumber(2018, 7, 22), "he")).toBe("יום ראשון, 22 ביולי 2018");
    expect(gregorianDateText(gregorianToDayNumber(18, 7, 22), "he-x-NoNikud")).toContain("18");
    expect(gregorianDateText(gregorianToDayNumber(2018, 7, 22), "en")).toBeUndefined();
  });
});

describe("weekdayText", () => {
  it("writes a weekday short, in English or as ICU writes it in Hebrew", async () => {
    const { weekdayText } = await import("../../src/listings/gregorianDateText.js");
    const sunday = gregorianToDayNumber(2018, 7, 22);
    expect(weekdayText(sunday, "en")).toBe("Sun");
    expect(weekdayText(sunday + 6, "ashkenazi")).toBe("Sat");
    expect(weekdayText(sunday, "he")).toBe("יום א׳");
    expect(weekdayText(sunday + 6, "he-x-NoNikud")).toBe("שבת");
  });
});
