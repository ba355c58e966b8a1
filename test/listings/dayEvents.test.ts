import { describe, expect, it } from "vitest";
import { gregorianToDayNumber } from "../../src/calendars/gregorian.js";
import { hebrewEvents } from "../../src/convert/events.js";
import { dayEvents } from "../../src/listings/dayEvents.js";

const SHABBAT_NACHAMU = gregorianToDayNumber(2018, 7, 28);

describe("dayEvents", () => {
  it("says what convertDate's events say, then Shabbat's portion", () => {
    expect(dayEvents(SHABBAT_NACHAMU)).toEqual([
      ...hebrewEvents(SHABBAT_NACHAMU, false),
      "Parashat Vaetchanan",
    ]);
    expect(dayEvents(SHABBAT_NACHAMU)).toEqual(["Shabbat Nachamu", "Parashat Vaetchanan"]);
  });

  it("matches convertDate's events on every day of two years, both schedules", () => {
    const first = gregorianToDayNumber(2018, 1, 1);
    for (const israel of [false, true])
      for (let day = first; day < first + 730; day++)
        expect(dayEvents(day, { israel }).filter((name) => !name.startsWith("Parashat "))).toEqual(
          hebrewEvents(day, israel),
        );
  });

  it("says them in Hebrew, with or without niqqud, and in Ashkenazi", () => {
    expect(dayEvents(SHABBAT_NACHAMU, { lang: "he", niqqud: false })).toEqual(["שבת נחמו", "פרשת ואתחנן"]);
    expect(dayEvents(SHABBAT_NACHAMU, { lang: "he" })[1]).toBe("פָּרָשַׁת וָאֶתְחַנַּן");
    expect(dayEvents(SHABBAT_NACHAMU, { lang: "ashkenazi" })).toEqual([
      "Shabbos Nachamu",
      "Parshas Vaeschanan",
    ]);
    expect(dayEvents(gregorianToDayNumber(2018, 7, 22), { lang: "he", niqqud: false })).toEqual([
      "תשעה באב (נדחה)",
    ]);
  });

  it("is empty on a plain weekday", () => {
    expect(dayEvents(gregorianToDayNumber(2018, 7, 24))).toEqual([]);
  });
});
