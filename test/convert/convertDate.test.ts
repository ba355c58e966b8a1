import fc from "fast-check";
import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { MAX_DAY_NUMBER, MIN_DAY_NUMBER } from "../../src/calendars/dayNumber.js";
import { dayNumberToGregorian, gregorianToDayNumber } from "../../src/calendars/gregorian.js";
import { dayNumberToHebrew, daysInHebrewMonth, isHebrewLeapYear } from "../../src/calendars/hebrew.js";
import { calendarDayIn } from "../../src/calendars/zonedDay.js";
import { convertDate, type FieldsInput } from "../../src/convert/convertDate.js";
import { catchDateError, dateErrorCode } from "../support/dateErrors.js";
import { icuHebrew } from "../support/icu.js";

const hebrewFields = (year: number, month: number | string, day: number): FieldsInput => ({
  calendar: "hebrew",
  year,
  month,
  day,
});
const gregorianFields = (year: number, month: number | string, day: number): FieldsInput => ({
  calendar: "gregorian",
  year,
  month,
  day,
});

/** The seed page's masthead date, in full. */
const TISHA_BAV_5778 = {
  gregorian: { year: 2018, month: 7, day: 22, iso: "2018-07-22", weekday: "Sunday" },
  hebrew: {
    year: 5778,
    month: "Av",
    monthNumber: 5,
    day: 10,
    leapYear: false,
    text: "10 Av 5778",
    hebrewText: "י׳ אָב תשע״ח",
  },
  dayNumber: 736897,
  afterSunset: false,
};

describe("@example", () => {
  it('convertDate("10 Av 5778").gregorian.iso is "2018-07-22"', () => {
    expect(convertDate("10 Av 5778").gregorian.iso).toBe("2018-07-22");
  });

  it('convertDate({calendar: "gregorian", year: 2018, month: 7, day: 22}).hebrew.text is "10 Av 5778"', () => {
    expect(convertDate({ calendar: "gregorian", year: 2018, month: 7, day: 22 }).hebrew.text).toBe(
      "10 Av 5778",
    );
  });
});

describe("text", () => {
  it("\"10 Av 5778\" is Sunday 2018-07-22, Tish'a B'Av (observed)", () => {
    const result = convertDate("10 Av 5778");
    expect(result).toMatchObject(TISHA_BAV_5778);
    expect(result.input).toMatchObject({ kind: "text", calendar: "hebrew", text: "10 Av 5778" });
    expect(result.events).toContain("Tish'a B'Av (observed)");
    expect(result.warnings).toEqual([]);
    expect(icuHebrew(result.dayNumber)).toMatchObject({ year: 5778, month: 5, day: 10 });
  });

  it("an ISO 8601 date string", () => {
    expect(convertDate("2018-07-22")).toMatchObject(TISHA_BAV_5778);
  });

  it("an ISO 8601 date-time string", () => {
    expect(convertDate("2018-07-22T10:30:00Z")).toMatchObject(TISHA_BAV_5778);
  });

  it("a signed four-digit ISO year keeps its sign (year 0 = 1 BCE), as the expanded form does", () => {
    const first = convertDate("-3760-09-07");
    expect(first.gregorian).toMatchObject({ year: -3760, iso: "-003760-09-07" });
    expect(first.hebrew.text).toBe("1 Tishrei 1");
    expect(convertDate("-0001-03-01").dayNumber).toBe(convertDate("-000001-03-01").dayNumber);
    expect(convertDate("+2018-07-22").gregorian.iso).toBe("2018-07-22");
    expect(dateErrorCode(() => convertDate("-3760-09-06"))).toBe("year-out-of-range");
    expect(convertDate("-2018-07-22T10:00").gregorian.year).toBe(-2018);
  });

  it('"40 Av 5778" → day-out-of-range', () => {
    expect(dateErrorCode(() => convertDate("40 Av 5778"))).toBe("day-out-of-range");
  });

  it('"10 Avv 5778" → unknown-month suggesting Av', () => {
    const error = catchDateError(() => convertDate("10 Avv 5778"));
    expect(error.code).toBe("unknown-month");
    expect(error.suggestions).toContain("Av");
  });

  it.each([
    ["Febuary 3, 2026", "February"],
    ["3 Decmber 2026", "December"],
    ["31 Septmber 2026", "September"],
  ])("%j → unknown-month suggesting %s", (text, name) => {
    const error = catchDateError(() => convertDate(text));
    expect(error.code).toBe("unknown-month");
    expect(error.suggestions).toContain(name);
    expect(error.message).toContain(`did you mean "${name}"`);
  });

  it("text with no date → unreadable", () => {
    expect(dateErrorCode(() => convertDate("in it is"))).toBe("unreadable");
    expect(dateErrorCode(() => convertDate(""))).toBe("unreadable");
  });
});

describe("Hebrew fields (every fixture checked against ICU)", () => {
  it.each([
    { month: 5, year: 5778, day: 10, monthNumber: 5, name: "Av", iso: "2018-07-22" },
    { month: "Av", year: 5778, day: 10, monthNumber: 5, name: "Av", iso: "2018-07-22" },
    { month: "av", year: 5778, day: 10, monthNumber: 5, name: "Av", iso: "2018-07-22" },
    { month: "Menachem Av", year: 5778, day: 10, monthNumber: 5, name: "Av", iso: "2018-07-22" },
    { month: "Sh'vat", year: 5779, day: 15, monthNumber: 11, name: "Sh'vat", iso: "2019-01-21" },
    { month: "Sh\u2019vat", year: 5779, day: 15, monthNumber: 11, name: "Sh'vat", iso: "2019-01-21" },
    { month: "Shevat", year: 5779, day: 15, monthNumber: 11, name: "Sh'vat", iso: "2019-01-21" },
    { month: "Adar I", year: 5779, day: 1, monthNumber: 12, name: "Adar I", iso: "2019-02-06" },
    { month: "Adar Rishon", year: 5779, day: 1, monthNumber: 12, name: "Adar I", iso: "2019-02-06" },
    { month: "Adar II", year: 5779, day: 1, monthNumber: 13, name: "Adar II", iso: "2019-03-08" },
    { month: "Adar Sheni", year: 5779, day: 1, monthNumber: 13, name: "Adar II", iso: "2019-03-08" },
    { month: "Adar Beis", year: 5779, day: 1, monthNumber: 13, name: "Adar II", iso: "2019-03-08" },
    { month: 13, year: 5779, day: 1, monthNumber: 13, name: "Adar II", iso: "2019-03-08" },
    { month: "Marcheshvan", year: 5779, day: 30, monthNumber: 8, name: "Cheshvan", iso: "2018-11-08" },
    { month: "Heshvan", year: 5779, day: 30, monthNumber: 8, name: "Cheshvan", iso: "2018-11-08" },
    { month: "Mar Cheshvan", year: 5779, day: 30, monthNumber: 8, name: "Cheshvan", iso: "2018-11-08" },
    { month: "Tishri", year: 5779, day: 1, monthNumber: 7, name: "Tishrei", iso: "2018-09-10" },
    { month: "Nissan", year: 5784, day: 15, monthNumber: 1, name: "Nisan", iso: "2024-04-23" },
    { month: "Chislev", year: 5784, day: 25, monthNumber: 9, name: "Kislev", iso: "2023-12-08" },
    { month: "Teves", year: 5784, day: 10, monthNumber: 10, name: "Tevet", iso: "2023-12-22" },
    { month: "Iyar", year: 5784, day: 5, monthNumber: 2, name: "Iyyar", iso: "2024-05-13" },
    { month: "Tammuz", year: 5784, day: 17, monthNumber: 4, name: "Tamuz", iso: "2024-07-23" },
    { month: "Adar", year: 5778, day: 1, monthNumber: 12, name: "Adar", iso: "2018-02-16" },
    { month: 12, year: 5778, day: 14, monthNumber: 12, name: "Adar", iso: "2018-03-01" },
  ])("$day $month $year → $iso", ({ month, year, day, monthNumber, name, iso }) => {
    const result = convertDate(hebrewFields(year, month, day));
    expect(result.gregorian.iso).toBe(iso);
    expect(result.hebrew).toMatchObject({
      year,
      month: name,
      monthNumber,
      day,
      text: `${day} ${name} ${year}`,
    });
    expect(result.input).toMatchObject({
      kind: "fields",
      calendar: "hebrew",
      date: { year, month: monthNumber, day },
    });
    expect(icuHebrew(result.dayNumber)).toMatchObject({ year, month: monthNumber, day });
    const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
    expect(result.dayNumber).toBe(gregorianToDayNumber(y, m, d));
  });

  it('plain "Adar" in leap year 5784 is Adar II, with a warning', () => {
    const result = convertDate(hebrewFields(5784, "Adar", 14));
    expect(result.hebrew).toMatchObject({ monthNumber: 13, month: "Adar II", leapYear: true });
    expect(result.gregorian.iso).toBe("2024-03-24");
    expect(result.warnings.map((warning) => warning.code)).toEqual(["plain-adar-in-leap-year"]);
    expect(result.events).toContain("Purim");
    expect(icuHebrew(result.dayNumber)).toMatchObject({ year: 5784, monthName: "Adar II", day: 14 });
  });

  it('plain "Adar" in common year 5778 is month 12, without a warning', () => {
    const result = convertDate(hebrewFields(5778, "Adar", 14));
    expect(result.hebrew).toMatchObject({ monthNumber: 12, month: "Adar", leapYear: false });
    expect(result.warnings).toEqual([]);
    expect(icuHebrew(result.dayNumber)).toMatchObject({ year: 5778, monthName: "Adar", day: 14 });
  });

  it("a month number is taken as given: 12 in a leap year is Adar I, without a warning", () => {
    const result = convertDate(hebrewFields(5784, 12, 14));
    expect(result.hebrew).toMatchObject({ monthNumber: 12, month: "Adar I" });
    expect(result.warnings).toEqual([]);
  });
});

describe("Gregorian fields", () => {
  it.each([
    gregorianFields(2018, 7, 22),
    gregorianFields(2018, "July", 22),
    gregorianFields(2018, "jul", 22),
  ])("%o is 10 Av 5778", (input) => {
    const result = convertDate(input);
    expect(result).toMatchObject(TISHA_BAV_5778);
    expect(result.input).toMatchObject({
      kind: "fields",
      calendar: "gregorian",
      date: { year: 2018, month: 7, day: 22 },
    });
  });

  it("the first supported day, -3760-09-07, is Monday 1 Tishrei 1", () => {
    const result = convertDate(gregorianFields(-3760, 9, 7));
    expect(result.gregorian).toEqual({
      year: -3760,
      month: 9,
      day: 7,
      iso: "-003760-09-07",
      weekday: "Monday",
    });
    expect(result.hebrew).toMatchObject({ year: 1, monthNumber: 7, day: 1 });
  });

  it("an unknown Gregorian month name → unknown-month", () => {
    expect(dateErrorCode(() => convertDate(gregorianFields(2018, "Julember", 22)))).toBe("unknown-month");
  });

  it("a misspelt Gregorian month name → unknown-month with the month it is near", () => {
    const error = catchDateError(() => convertDate(gregorianFields(2018, "Agust", 22)));
    expect(error.code).toBe("unknown-month");
    expect(error.suggestions).toEqual(["August"]);
    expect(error.message).toBe('"Agust" is not a Gregorian month; did you mean "August"?');
  });
});

describe("JS Date", () => {
  it("is read as its UTC day by default", () => {
    expect(convertDate(new Date("2018-07-22T23:00:00Z"))).toMatchObject(TISHA_BAV_5778);
    expect(convertDate(new Date("2018-07-22T00:00:00Z"))).toMatchObject(TISHA_BAV_5778);
  });

  it("a UTC offset is a zone too: +03:00 moves 2018-07-22T22:30Z to 2018-07-23, -05:00 does not", () => {
    const instant = new Date("2018-07-22T22:30:00Z");
    expect(convertDate(instant, { timeZone: "+03:00" }).gregorian.iso).toBe("2018-07-23");
    expect(convertDate(instant, { timeZone: "-05:00" }).gregorian.iso).toBe("2018-07-22");
    expect(convertDate(new Date("2018-07-22T18:30:00Z"), { timeZone: "+05:30" }).gregorian.iso).toBe(
      "2018-07-23",
    );
  });

  it("text marked Old Style gives the Gregorian day, not the fields as written", () => {
    const result = convertDate("June 15, 1750 O.S.");
    expect(result.input.date).toEqual({ calendar: "gregorian", year: 1750, month: 6, day: 15 });
    expect(result.gregorian).toMatchObject({ iso: "1750-06-26", year: 1750, month: 6, day: 26 });
    expect(convertDate("Feb. 29, 1700 O.S.").gregorian.iso).toBe("1700-03-11");
    // Written New Style, the fields are the day.
    expect(convertDate("June 26, 1750").dayNumber).toBe(result.dayNumber);
  });

  it("a bad zone is an error whatever the input, not only for a Date", () => {
    expect(dateErrorCode(() => convertDate("10 Av 5778", { timeZone: "Mars/Olympus" }))).toBe(
      "invalid-option",
    );
    expect(dateErrorCode(() => convertDate("10 Av 5778", { timeZone: "+15:00" }))).toBe("invalid-option");
  });

  it("timeZone Asia/Jerusalem moves 2018-07-22T23:00Z to 2018-07-23", () => {
    const result = convertDate(new Date("2018-07-22T23:00:00Z"), { timeZone: "Asia/Jerusalem" });
    expect(result.gregorian).toMatchObject({ iso: "2018-07-23", weekday: "Monday" });
    expect(result.hebrew).toMatchObject({ year: 5778, monthNumber: 5, day: 11 });
    expect(result.input).toMatchObject({ kind: "date", date: { year: 2018, month: 7, day: 23 } });
  });

  it("in a zone, a day before year 1 keeps its astronomical year (Intl writes it as BC)", () => {
    const instant = new Date(0);
    instant.setUTCFullYear(-3760, 8, 7);
    instant.setUTCHours(12);
    const result = convertDate(instant, { timeZone: "Asia/Jerusalem" });
    expect(result.gregorian.iso).toBe("-003760-09-07");
    expect(result.hebrew).toMatchObject({ year: 1, monthNumber: 7, day: 1 });
    instant.setUTCFullYear(0, 11, 31);
    expect(convertDate(instant, { timeZone: "America/New_York" }).gregorian.iso).toBe("0000-12-31");
  });

  it("timeZone America/New_York moves 2018-07-23T01:00Z back to 2018-07-22", () => {
    const result = convertDate(new Date("2018-07-23T01:00:00Z"), { timeZone: "America/New_York" });
    expect(result.gregorian.iso).toBe("2018-07-22");
  });

  it("a Date in year 50 (which Date.UTC would put in 1950) is read as year 50", () => {
    const instant = new Date(0);
    instant.setUTCFullYear(50, 2, 1);
    const result = convertDate(instant);
    expect(result.gregorian.iso).toBe("0050-03-01");
    expect(result.hebrew).toMatchObject(dayNumberToHebrewSummary(gregorianToDayNumber(50, 3, 1)));
  });

  it("an unknown time zone → invalid-option", () => {
    expect(
      dateErrorCode(() => convertDate(new Date("2018-07-22T23:00:00Z"), { timeZone: "Mars/Olympus" })),
    ).toBe("invalid-option");
  });

  it("an Invalid Date → unreadable", () => {
    expect(dateErrorCode(() => convertDate(new Date("not a date")))).toBe("unreadable");
  });

  it("a Date outside the supported range → year-out-of-range", () => {
    const instant = new Date(0);
    instant.setUTCFullYear(10000, 0, 1);
    expect(dateErrorCode(() => convertDate(instant))).toBe("year-out-of-range");
  });
});

describe("luxon DateTime", () => {
  it("is read as the day in its own zone", () => {
    const utc = DateTime.fromISO("2018-07-22T23:00:00Z", { zone: "UTC" });
    expect(convertDate(utc).gregorian.iso).toBe("2018-07-22");
    const jerusalem = utc.setZone("Asia/Jerusalem");
    const result = convertDate(jerusalem);
    expect(result.gregorian.iso).toBe("2018-07-23");
    expect(result.input).toMatchObject({ kind: "datetime", offsetMinutes: 180 });
  });

  it("an invalid DateTime → unreadable", () => {
    expect(dateErrorCode(() => convertDate(DateTime.fromISO("2018-02-30")))).toBe("unreadable");
  });
});

describe("afterSunset", () => {
  it("keeps the Gregorian day and gives the next day's Hebrew date", () => {
    const result = convertDate(gregorianFields(2018, 7, 22), { afterSunset: true });
    expect(result.afterSunset).toBe(true);
    expect(result.gregorian).toEqual(TISHA_BAV_5778.gregorian);
    expect(result.dayNumber).toBe(736897);
    expect(result.hebrew).toMatchObject({ year: 5778, monthNumber: 5, day: 11, text: "11 Av 5778" });
  });

  it("the events are the Hebrew day's: the evening of 2018-07-21 begins Tish'a B'Av (observed)", () => {
    const result = convertDate(gregorianFields(2018, 7, 21), { afterSunset: true });
    expect(result.hebrew.text).toBe("10 Av 5778");
    expect(result.events).toContain("Tish'a B'Av (observed)");
  });

  it("with Gregorian text input too", () => {
    const result = convertDate("2018-07-22", { afterSunset: true });
    expect(result.gregorian.iso).toBe("2018-07-22");
    expect(result.hebrew.text).toBe("11 Av 5778");
    expect(result.beginsAtSunset).toBe("2018-07-22");
  });

  it("a Hebrew date stays itself: the answer is the civil evening that begins it", () => {
    for (const input of ["10 Av 5778", "י׳ באב תשע״ח", hebrewFields(5778, "Av", 10)]) {
      const result = convertDate(input, { afterSunset: true });
      expect(result.hebrew.text).toBe("10 Av 5778");
      expect(result.gregorian).toMatchObject({ iso: "2018-07-21", weekday: "Saturday" });
      expect(result.dayNumber).toBe(736896);
      expect(result.beginsAtSunset).toBe("2018-07-21");
      expect(result.events).toContain("Tish'a B'Av (observed)");
      expect(JSON.parse(JSON.stringify(result)).beginsAtSunset).toBe("2018-07-21");
    }
    expect(convertDate("10 Av 5778").beginsAtSunset).toBeUndefined();
  });
});

describe("errors", () => {
  it.each([
    ["40 Av 5778", hebrewFields(5778, "Av", 40), "day-out-of-range"],
    ["40 Av 5778 (month number)", hebrewFields(5778, 5, 40), "day-out-of-range"],
    ["30 Cheshvan 5778", hebrewFields(5778, "Cheshvan", 30), "day-out-of-range"],
    ["30 Kislev 5784", hebrewFields(5784, "Kislev", 30), "day-out-of-range"],
    ["0 Av 5778", hebrewFields(5778, "Av", 0), "day-out-of-range"],
    ["30 February 2024", gregorianFields(2024, 2, 30), "day-out-of-range"],
    ["Adar II 5778", hebrewFields(5778, "Adar II", 1), "not-a-leap-year"],
    ["month 13 of 5778", hebrewFields(5778, 13, 1), "not-a-leap-year"],
    ["Hebrew month 14", hebrewFields(5779, 14, 1), "month-out-of-range"],
    ["Gregorian month 13", gregorianFields(2018, 13, 1), "month-out-of-range"],
    ["Hebrew year 0", hebrewFields(0, "Tishrei", 1), "year-out-of-range"],
    ["Hebrew year 13761", hebrewFields(13761, "Tishrei", 1), "year-out-of-range"],
    ["Gregorian year 10000", gregorianFields(10000, 1, 1), "year-out-of-range"],
    ["-3760-09-06", gregorianFields(-3760, 9, 6), "year-out-of-range"],
    ["a fractional day", hebrewFields(5778, "Av", 10.5), "unreadable"],
    ["a NaN year", gregorianFields(Number.NaN, 7, 22), "unreadable"],
  ])("%s → %s", (_, input, code) => {
    expect(dateErrorCode(() => convertDate(input))).toBe(code);
  });

  it('"Avv" → unknown-month whose suggestions contain "Av"', () => {
    const error = catchDateError(() => convertDate(hebrewFields(5778, "Avv", 10)));
    expect(error.code).toBe("unknown-month");
    expect(error.suggestions).toContain("Av");
    expect(error.toJSON().suggestions).toContain("Av");
  });

  it("a month name nothing is near → unknown-month without suggestions", () => {
    const error = catchDateError(() => convertDate(hebrewFields(5778, "Xyzzyplugh", 10)));
    expect(error.code).toBe("unknown-month");
    expect(error.suggestions).toEqual([]);
  });

  it.each([
    ["a number", 5778],
    ["null", null],
    ["undefined", undefined],
    ["a boolean", true],
    ["an empty object", {}],
    ["an array", []],
    ["an unknown calendar", { calendar: "julian", year: 1900, month: 3, day: 1 }],
    [
      "a month that is neither a number nor a name",
      { calendar: "hebrew", year: 5778, month: { name: "Av" }, day: 10 },
    ],
  ])("%s → unreadable", (_, input) => {
    expect(dateErrorCode(() => convertDate(input as never))).toBe("unreadable");
  });

  it("the error carries the input it could not read", () => {
    const input = hebrewFields(5778, "Cheshvan", 30);
    expect(catchDateError(() => convertDate(input)).input).toBe(input);
  });

  it("options that are not an object are a bad option: invalid-option", () => {
    expect(dateErrorCode(() => convertDate("10 Av 5778", null as never))).toBe("invalid-option");
  });
});

describe("the result as data", () => {
  it("JSON.stringify includes the events", () => {
    const json = JSON.parse(JSON.stringify(convertDate("10 Av 5778")));
    expect(json.events).toContain("Tish'a B'Av (observed)");
    expect(json).toMatchObject(TISHA_BAV_5778);
  });

  it("events is read on demand and is part of toJSON()", () => {
    const result = convertDate(gregorianFields(2018, 7, 22));
    expect(result.events).toEqual(["Tish'a B'Av (observed)"]);
    expect(result.toJSON().events).toEqual(result.events);
  });

  it("israel: true uses the Israeli schedule", () => {
    // 22 Nisan 5784 (2024-04-30) is the 8th day of Pesach in the diaspora only.
    expect(convertDate(hebrewFields(5784, "Nisan", 22)).events).toContain("Pesach VIII");
    expect(convertDate(hebrewFields(5784, "Nisan", 22), { israel: true }).events).not.toContain(
      "Pesach VIII",
    );
  });
});

function dayNumberToHebrewSummary(dayNumber: number) {
  const { year, month, day } = dayNumberToHebrew(dayNumber);
  return { year, monthNumber: month, day };
}

/** The next Hebrew day, from the order of the months (Adar I then Adar II in a leap year; Elul ends the year). */
function nextHebrewDay({ year, monthNumber, day }: { year: number; monthNumber: number; day: number }) {
  if (day < daysInHebrewMonth(year, monthNumber)) return { year, monthNumber, day: day + 1 };
  if (monthNumber === 6) return { year: year + 1, monthNumber: 7, day: 1 };
  if (monthNumber === 13) return { year, monthNumber: 1, day: 1 };
  if (monthNumber === 12) return { year, monthNumber: isHebrewLeapYear(year) ? 13 : 1, day: 1 };
  return { year, monthNumber: monthNumber + 1, day: 1 };
}

describe("properties", () => {
  const day = fc.integer({ min: MIN_DAY_NUMBER, max: MAX_DAY_NUMBER - 1 });

  it("the Gregorian and Hebrew fields of one day convert to identical answers", () => {
    fc.assert(
      fc.property(day, (dayNumber) => {
        const g = dayNumberToGregorian(dayNumber);
        const h = dayNumberToHebrew(dayNumber);
        const fromGregorian = convertDate(gregorianFields(g.year, g.month, g.day));
        const fromHebrew = convertDate(hebrewFields(h.year, h.month, h.day));
        expect(fromGregorian.dayNumber).toBe(dayNumber);
        expect(fromHebrew.dayNumber).toBe(dayNumber);
        expect(fromHebrew.gregorian).toEqual(fromGregorian.gregorian);
        expect(fromHebrew.hebrew).toEqual(fromGregorian.hebrew);
      }),
      { numRuns: 2_000 },
    );
  });

  it("the Hebrew side of day n + 1 is the next Hebrew day, and of n after sunset", () => {
    fc.assert(
      fc.property(day, (dayNumber) => {
        const g = dayNumberToGregorian(dayNumber);
        const next = dayNumberToGregorian(dayNumber + 1);
        const today = convertDate(gregorianFields(g.year, g.month, g.day)).hebrew;
        const tomorrow = convertDate(gregorianFields(next.year, next.month, next.day)).hebrew;
        expect({ year: tomorrow.year, monthNumber: tomorrow.monthNumber, day: tomorrow.day }).toEqual(
          nextHebrewDay(today),
        );
        expect(convertDate(gregorianFields(g.year, g.month, g.day), { afterSunset: true }).hebrew).toEqual(
          tomorrow,
        );
      }),
      { numRuns: 2_000 },
    );
  });

  it("reads back its own gregorian.iso for every supported day, expanded years before 0 included", () => {
    expect(convertDate("-003760-09-07").dayNumber).toBe(MIN_DAY_NUMBER);
    fc.assert(
      fc.property(fc.integer({ min: MIN_DAY_NUMBER, max: MAX_DAY_NUMBER }), (dayNumber) => {
        const { year, month, day } = dayNumberToGregorian(dayNumber);
        const iso = convertDate(gregorianFields(year, month, day)).gregorian.iso;
        expect(convertDate(iso).dayNumber).toBe(dayNumber);
      }),
      { numRuns: 2_000 },
    );
  });

  // Text with a Hebrew month and a year from 1000 to 2999 reads that year as Gregorian ("Tishrei 1,
  // 2024"), so the read-back holds from Hebrew year 3000 on.
  it("reads back its own hebrew.text for every day of Hebrew years 3000 and later", () => {
    const fourDigitHebrewYears = fc.integer({ min: gregorianToDayNumber(-759, 1, 1), max: MAX_DAY_NUMBER });
    fc.assert(
      fc.property(fourDigitHebrewYears, (dayNumber) => {
        const { year, month, day } = dayNumberToGregorian(dayNumber);
        const text = convertDate(gregorianFields(year, month, day)).hebrew.text;
        expect(convertDate(text).dayNumber).toBe(dayNumber);
      }),
      { numRuns: 2_000 },
    );
  });
});

describe("a weekday that contradicts the date", () => {
  it("converts the date and warns, naming the true weekday", () => {
    const result = convertDate("Monday, July 22nd 2018");
    expect(result.gregorian.iso).toBe("2018-07-22");
    expect(result.warnings).toEqual([expect.objectContaining({ code: "weekday-mismatch" })]);
    expect(result.warnings[0]?.message).toMatch(/Sunday, not a Monday/);
  });

  it("does not warn when the weekday is right", () => {
    expect(convertDate("Sunday, July 22nd 2018").warnings).toEqual([]);
    expect(convertDate("יום א׳, י׳ באב תשע״ח").warnings).toEqual([]);
  });

  it("judges a Hebrew-script weekday against the Hebrew day", () => {
    expect(convertDate("יום ב׳, י׳ באב תשע״ח").warnings.map((w) => w.code)).toEqual(["weekday-mismatch"]);
  });
});

describe("Adar by name in fields", () => {
  it("rejects Adar I by name in a common year but takes month 12 by number", () => {
    expect(
      dateErrorCode(() => convertDate({ calendar: "hebrew", year: 5778, month: "Adar I", day: 14 })),
    ).toBe("not-a-leap-year");
    expect(convertDate({ calendar: "hebrew", year: 5778, month: 12, day: 14 }).hebrew.month).toBe("Adar");
  });

  it("reads the 30th of plain Adar in a leap year as Adar I, with a warning", () => {
    const result = convertDate({ calendar: "hebrew", year: 5779, month: "Adar", day: 30 });
    expect(result.hebrew).toMatchObject({ month: "Adar I", monthNumber: 12, day: 30 });
    expect(result.warnings.map((w) => w.code)).toEqual(["plain-adar-in-leap-year"]);
  });
});

describe("luxon DateTime: why it is invalid", () => {
  it("the message gives luxon's explanation, else its reason", () => {
    const explained = catchDateError(() =>
      convertDate(DateTime.invalid("bad input", "the day 30 does not exist")),
    );
    expect(explained.code).toBe("unreadable");
    expect(explained.message).toBe("Invalid DateTime: the day 30 does not exist");
    const reasonOnly = catchDateError(() => convertDate(DateTime.invalid("made-up reason")));
    expect(reasonOnly.message).toBe("Invalid DateTime: made-up reason");
  });
});

describe("today's calendar day", () => {
  it("is today's UTC day by default, and the zone's day when asked", () => {
    const dayOf = (timeZone: string, instant: Date) => {
      const [year, month, day] = instant.toLocaleDateString("en-CA", { timeZone }).split("-").map(Number);
      return gregorianToDayNumber(year!, month!, day!);
    };
    const minuteAgo = new Date(Date.now() - 60_000);
    const todayIn = (timeZone?: string) => {
      const { year, month, day } = calendarDayIn(new Date(), timeZone);
      return gregorianToDayNumber(year, month, day);
    };
    expect([dayOf("UTC", new Date()), dayOf("UTC", minuteAgo)]).toContain(todayIn());
    const kiritimati = todayIn("Pacific/Kiritimati");
    expect([dayOf("Pacific/Kiritimati", new Date()), dayOf("Pacific/Kiritimati", minuteAgo)]).toContain(
      kiritimati,
    );
  });
});
