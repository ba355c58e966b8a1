import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkPair } from "../../src/check/checkPair.js";
import { catchDateError, dateErrorCode } from "../support/dateErrors.js";
import {
  dayNumberOfIso,
  daysBetween,
  fieldsOf,
  gregorianTextOf,
  hebrewOf,
  hebrewOfDayNumber,
  isoOfDayNumber,
  julianDayNumber,
  julianToIso,
  REFERENCE,
  weekdayOfIso,
} from "./fixtures.js";

const options = { reference: REFERENCE };

/**
 * A pair as written, with the second source's word on both days: `gIso` is the day the Gregorian
 * text names, `hIso` the civil day of the Hebrew text (checked against ICU and @hebcal/core below).
 */
interface Fixture {
  g: string;
  gIso: string;
  h: string;
  hIso: string;
  /** The Hebrew text's fields, hebcal numbering (Adar I = 12, Adar II = 13). */
  hFields: { year: number; month: number; day: number };
}

const AV_10_5778 = { year: 5778, month: 5, day: 10 };

const fixtures = {
  match: { g: "July 22, 2018", gIso: "2018-07-22", h: "10 Av 5778", hIso: "2018-07-22", hFields: AV_10_5778 },
  afterSunset: {
    g: "July 21, 2018",
    gIso: "2018-07-21",
    h: "10 Av 5778",
    hIso: "2018-07-22",
    hFields: AV_10_5778,
  },
  twoDaysLate: {
    g: "July 20, 2018",
    gIso: "2018-07-20",
    h: "10 Av 5778",
    hIso: "2018-07-22",
    hFields: AV_10_5778,
  },
  hebrewDayEarly: {
    g: "July 23, 2018",
    gIso: "2018-07-23",
    h: "10 Av 5778",
    hIso: "2018-07-22",
    hFields: AV_10_5778,
  },
  // Adar I written where Adar II fits (5784 is a leap year: 1 Adar II = 11 March 2024).
  adarIForII: {
    g: "March 11, 2024",
    gIso: "2024-03-11",
    h: "1 Adar I 5784",
    hIso: "2024-02-10",
    hFields: { year: 5784, month: 12, day: 1 },
  },
  adarIForII5779: {
    g: "March 8, 2019",
    gIso: "2019-03-08",
    h: "1 Adar I 5779",
    hIso: "2019-02-06",
    hFields: { year: 5779, month: 12, day: 1 },
  },
  // And the reverse: Adar II where Adar I fits (21 Adar I 5784 = 1 March 2024).
  adarIIForI: {
    g: "March 1, 2024",
    gIso: "2024-03-01",
    h: "21 Adar II 5784",
    hIso: "2024-03-31",
    hFields: { year: 5784, month: 13, day: 21 },
  },
  hebrewYearLate: {
    g: "July 22, 2018",
    gIso: "2018-07-22",
    h: "10 Av 5779",
    hIso: "2019-08-11",
    hFields: { year: 5779, month: 5, day: 10 },
  },
  hebrewYearEarly: {
    g: "July 22, 2018",
    gIso: "2018-07-22",
    h: "10 Av 5777",
    hIso: "2017-08-02",
    hFields: { year: 5777, month: 5, day: 10 },
  },
  gregorianYearLate: {
    g: "July 22, 2019",
    gIso: "2019-07-22",
    h: "10 Av 5778",
    hIso: "2018-07-22",
    hFields: AV_10_5778,
  },
  // 17 Adar 5778 is 4 March 2018: "April 3" is 3/4 read the other way round.
  swapped: {
    g: "April 3, 2018",
    gIso: "2018-04-03",
    h: "17 Adar 5778",
    hIso: "2018-03-04",
    hFields: { year: 5778, month: 12, day: 17 },
  },
  swappedIso: {
    g: "2018-04-03",
    gIso: "2018-04-03",
    h: "17 Adar 5778",
    hIso: "2018-03-04",
    hFields: { year: 5778, month: 12, day: 17 },
  },
} satisfies Record<string, Fixture>;

describe("the fixtures agree with ICU and @hebcal/core", () => {
  it.each(Object.entries(fixtures))("%s", (_name, fixture) => {
    expect(hebrewOf(fixture.hIso)).toMatchObject(fixture.hFields);
    // V8's own date parser reads the Gregorian text a second way.
    const parsed = new Date(/^\d{4}-/.test(fixture.g) ? `${fixture.g}T00:00:00Z` : `${fixture.g} 00:00 UTC`);
    expect(parsed.toISOString().slice(0, 10)).toBe(fixture.gIso);
  });

  it("the Julian fixtures: 15 June 1750 O.S. is 26 June 1750 (22 Sivan 5510); 25 October 1917 O.S. is 7 November (22 Heshvan 5678)", () => {
    expect(julianToIso(1750, 6, 15)).toBe("1750-06-26");
    expect(hebrewOf("1750-06-26")).toMatchObject({ year: 5510, month: 3, day: 22 });
    expect(julianToIso(1917, 10, 25)).toBe("1917-11-07");
    expect(hebrewOf("1917-11-07")).toMatchObject({ year: 5678, month: 8, day: 22 });
    expect(hebrewOf("1930-11-07")).toMatchObject({ year: 5691, month: 8, day: 16 });
  });

  it("the weekdays: 22 July 2018 was a Sunday, 23 July a Monday", () => {
    expect(weekdayOfIso("2018-07-22")).toBe("Sunday");
    expect(weekdayOfIso("2018-07-23")).toBe("Monday");
    expect(weekdayOfIso("2018-07-21")).toBe("Saturday");
  });
});

function check(fixture: Fixture, extra: { weekday?: "Sunday" | "Monday" | "Saturday" } = {}) {
  return checkPair({ gregorian: fixture.g, hebrew: fixture.h, ...extra }, options);
}

describe("checkPair: the day verdict", () => {
  it("match: 10 Av 5778 is 22 July 2018", () => {
    const report = check(fixtures.match);
    expect(report.verdict).toBe("match");
    expect(report.offsetDays).toBe(0);
    expect(report.hints).toEqual([]);
    expect(report.gregorian.iso).toBe("2018-07-22");
    expect(report.hebrew.canonical).toBe("10 Av 5778");
  });

  it("match-after-sunset: H is the Hebrew day that begins on the evening of G", () => {
    const report = check(fixtures.afterSunset);
    expect(report.verdict).toBe("match-after-sunset");
    expect(report.offsetDays).toBe(daysBetween(fixtures.afterSunset.gIso, fixtures.afterSunset.hIso));
    expect(report.offsetDays).toBe(1);
    expect(report.hints).toEqual([]);
  });

  it.each([
    ["positive (H after G)", fixtures.twoDaysLate],
    ["negative (H before G)", fixtures.hebrewDayEarly],
    ["a year late on the Hebrew side", fixtures.hebrewYearLate],
    ["a year early on the Hebrew side", fixtures.hebrewYearEarly],
  ])("mismatch with offsetDays = H − G, %s", (_name, fixture) => {
    const report = check(fixture);
    expect(report.verdict).toBe("mismatch");
    expect(report.offsetDays).toBe(daysBetween(fixture.gIso, fixture.hIso));
  });

  it("the mismatch offsets have the signs the fixtures promise", () => {
    expect(check(fixtures.twoDaysLate).offsetDays).toBe(2);
    expect(check(fixtures.hebrewDayEarly).offsetDays).toBe(-1);
  });

  it("a mismatch without a likely cause has no hints", () => {
    expect(check(fixtures.twoDaysLate).hints).toEqual([]);
  });
});

describe("checkPair: Old Style (Julian) dates", () => {
  it("match-julian: a date marked O.S. (England, 1750) read as Julian", () => {
    const report = checkPair({ gregorian: "June 15, 1750 O.S.", hebrew: "22 Sivan 5510" }, options);
    expect(report.verdict).toBe("match-julian");
    expect(report.offsetDays).toBe(0);
    // The Gregorian day it names (the Julian reading is the day itself when the text says O.S.).
    expect(report.gregorian.julianIso).toBe(julianToIso(1750, 6, 15));
    expect(report.gregorian.iso).toBe("1750-06-26");
    // The explanation names the date as written and the Gregorian day it is.
    expect(report.explanation).toContain("1750-06-15");
    expect(report.explanation).toContain("1750-06-26");
  });

  it("match-julian after sunset: the O.S. date's evening begins the next Hebrew day", () => {
    const report = checkPair({ gregorian: "June 15, 1750 O.S.", hebrew: "23 Sivan 5510" }, options);
    expect(report.verdict).toBe("match-julian");
    expect(report.offsetDays).toBe(1);
  });

  it("a date marked O.S. that is not the Hebrew date is a mismatch counted from its Julian day", () => {
    const report = checkPair({ gregorian: "June 15, 1750 O.S.", hebrew: "25 Sivan 5510" }, options);
    expect(report.verdict).toBe("mismatch");
    expect(report.offsetDays).toBe(3);
  });

  it("oldStyle: true marks fields and text alike", () => {
    const fromFields = checkPair(
      { gregorian: { year: 1750, month: 6, day: 15 }, hebrew: "22 Sivan 5510", oldStyle: true },
      options,
    );
    const fromText = checkPair(
      { gregorian: "June 15, 1750", hebrew: "22 Sivan 5510", oldStyle: true },
      options,
    );
    for (const report of [fromFields, fromText]) {
      expect(report.verdict).toBe("match-julian");
      expect(report.offsetDays).toBe(0);
      expect(report.gregorian.iso).toBe("1750-06-26");
    }
  });

  it("match-julian: an unmarked date before 1923 whose Julian reading matches (Russia, 25 October 1917)", () => {
    const report = checkPair({ gregorian: "October 25, 1917", hebrew: "22 Cheshvan 5678" }, options);
    expect(report.verdict).toBe("match-julian");
    expect(report.gregorian.iso).toBe("1917-10-25");
    expect(report.gregorian.julianIso).toBe(julianToIso(1917, 10, 25));
    // offsetDays of a Julian match counts from the Julian reading, as for a date marked O.S.: 0 on the day.
    expect(report.offsetDays).toBe(0);
    expect(daysBetween("1917-10-25", "1917-11-07")).toBe(13);
  });

  it("match-julian: an unmarked pre-1923 date whose Julian reading matches after sunset", () => {
    const report = checkPair({ gregorian: "October 25, 1917", hebrew: "23 Cheshvan 5678" }, options);
    expect(report.verdict).toBe("match-julian");
    expect(report.offsetDays).toBe(1);
  });

  it("after 1923 no Julian reading is tried: the 13-day gap is a mismatch", () => {
    // 25 October 1930 read as Julian would be 7 November 1930 = 16 Heshvan 5691.
    const report = checkPair({ gregorian: "October 25, 1930", hebrew: "16 Cheshvan 5691" }, options);
    expect(report.verdict).toBe("mismatch");
    expect(report.offsetDays).toBe(13);
  });
});

describe("checkPair: the weekday", () => {
  it("ok when the stated weekday is G's", () => {
    const report = checkPair({ gregorian: "Sunday, July 22, 2018", hebrew: "10 Av 5778" }, options);
    expect(report.weekday).toMatchObject({ verdict: "ok", stated: "Sunday", actual: "Sunday" });
  });

  it("none when no weekday is stated, with the actual weekday", () => {
    expect(check(fixtures.match).weekday).toMatchObject({ verdict: "none", actual: "Sunday" });
  });

  it("mismatch with the actual weekday, and the day verdict unchanged", () => {
    const report = checkPair({ gregorian: "Wednesday, July 22, 2018", hebrew: "10 Av 5778" }, options);
    expect(report.verdict).toBe("match");
    expect(report.weekday).toMatchObject({ verdict: "mismatch", stated: "Wednesday", actual: "Sunday" });
    expect(report.hints).toEqual([]); // Wednesday is no neighbour of Sunday
  });

  it("the weekday option is judged like a written one", () => {
    expect(check(fixtures.match, { weekday: "Sunday" }).weekday.verdict).toBe("ok");
    expect(check(fixtures.match, { weekday: "Monday" }).weekday).toMatchObject({
      verdict: "mismatch",
      stated: "Monday",
      actual: "Sunday",
    });
  });

  it("a weekday written with a Hebrew-script date names the Hebrew day", () => {
    const same = checkPair({ gregorian: "July 22, 2018", hebrew: "יום א׳, י׳ באב תשע״ח" }, options);
    expect(same.weekday).toMatchObject({ verdict: "ok", stated: "Sunday", actual: "Sunday" });
    // After sunset on Saturday 21 July, 10 Av is Sunday's date: "Sunday" is right beside it.
    const evening = checkPair({ gregorian: "July 21, 2018", hebrew: "יום א׳, י׳ באב תשע״ח" }, options);
    expect(evening.verdict).toBe("match-after-sunset");
    expect(evening.weekday).toMatchObject({ verdict: "ok", stated: "Sunday", actual: "Sunday" });
  });

  it("a wrong Hebrew-side weekday after sunset is judged against the Hebrew day, with its neighbour hint", () => {
    const report = checkPair({ gregorian: "July 21, 2018", hebrew: "יום ב׳, י׳ באב תשע״ח" }, options);
    expect(report.weekday).toMatchObject({ verdict: "mismatch", stated: "Monday", actual: "Sunday" });
    expect(report.hints.map((hint) => hint.code)).toEqual(["weekday-neighbour"]);
    // The sentence blames the Hebrew day (22 July), not G (21 July, a Saturday).
    expect(report.explanation).toContain("2018-07-22");
  });

  it("two stated weekdays: a wrong one is reported even when the other is right", () => {
    const report = checkPair({ gregorian: "Sunday, July 22, 2018", hebrew: "יום ב׳, י׳ באב תשע״ח" }, options);
    expect(report.verdict).toBe("match");
    expect(report.weekday).toMatchObject({ verdict: "mismatch", stated: "Monday", actual: "Sunday" });
  });
});

/** The hint codes of a pair. */
function hintCodes(fixture: Fixture, extra: { weekday?: "Sunday" | "Monday" | "Saturday" } = {}): string[] {
  return check(fixture, extra).hints.map((hint) => hint.code);
}

describe("checkPair: hints", () => {
  it.each([
    ["Adar I written where Adar II fits (5784)", fixtures.adarIForII],
    ["Adar I written where Adar II fits (5779)", fixtures.adarIForII5779],
    ["Adar II written where Adar I fits (5784)", fixtures.adarIIForI],
  ])("adar-confusion: %s", (_name, fixture) => {
    const report = check(fixture);
    expect(report.verdict).toBe("mismatch");
    expect(report.offsetDays).toBe(daysBetween(fixture.gIso, fixture.hIso));
    expect(report.hints.map((hint) => hint.code)).toEqual(["adar-confusion"]);
  });

  it("no adar-confusion when the other Adar does not fit either", () => {
    // 1 Adar II 5784 is 11 March 2024; 20 March is neither Adar's 1st.
    expect(checkPair({ gregorian: "March 20, 2024", hebrew: "1 Adar I 5784" }, options).hints).toEqual([]);
  });

  it.each([
    ["the Hebrew year one too many", fixtures.hebrewYearLate],
    ["the Hebrew year one too few", fixtures.hebrewYearEarly],
    ["the Gregorian year one too many", fixtures.gregorianYearLate],
  ])("year-off: %s", (_name, fixture) => {
    const report = check(fixture);
    expect(report.verdict).toBe("mismatch");
    expect(report.offsetDays).toBe(daysBetween(fixture.gIso, fixture.hIso));
    expect(report.hints.map((hint) => hint.code)).toEqual(["year-off"]);
  });

  it.each([
    ["month name", fixtures.swapped],
    ["ISO", fixtures.swappedIso],
  ])("day-month-swapped: G (%s) with day ≤ 12 read the other way round", (_name, fixture) => {
    const report = check(fixture);
    expect(report.verdict).toBe("mismatch");
    expect(report.offsetDays).toBe(daysBetween(fixture.gIso, fixture.hIso));
    expect(report.hints.map((hint) => hint.code)).toEqual(["day-month-swapped"]);
  });

  it("no day-month-swapped when the day is over 12", () => {
    // 13 is no month: 20 July can not be a swap of anything.
    expect(hintCodes(fixtures.twoDaysLate)).not.toContain("day-month-swapped");
  });

  it.each([
    ["the day after", "Monday"],
    ["the day before", "Saturday"],
  ] as const)("weekday-neighbour: the weekday of %s", (_name, weekday) => {
    const report = check(fixtures.match, { weekday });
    expect(report.weekday).toMatchObject({ verdict: "mismatch", stated: weekday, actual: "Sunday" });
    expect(report.hints.map((hint) => hint.code)).toEqual(["weekday-neighbour"]);
  });

  it("hebrew-day-early: H is the day before G", () => {
    const report = check(fixtures.hebrewDayEarly);
    expect(report.offsetDays).toBe(-1);
    expect(report.hints.map((hint) => hint.code)).toEqual(["hebrew-day-early"]);
  });

  it("a pair a day off with a wrong weekday keeps both findings", () => {
    // Tuesday is the weekday of the day after 23 July 2018 (a Monday).
    const report = checkPair({ gregorian: "Tuesday, July 23, 2018", hebrew: "10 Av 5778" }, options);
    expect(report.verdict).toBe("mismatch");
    expect(report.offsetDays).toBe(-1);
    expect(report.weekday).toMatchObject({ verdict: "mismatch", stated: "Tuesday", actual: "Monday" });
    expect(report.hints.map((hint) => hint.code).sort()).toEqual(["hebrew-day-early", "weekday-neighbour"]);
  });
});

describe("checkPair: fields input", () => {
  it("both sides as fields", () => {
    const report = checkPair({ gregorian: { year: 2018, month: 7, day: 22 }, hebrew: AV_10_5778 }, options);
    expect(report.verdict).toBe("match");
    expect(report.gregorian.iso).toBe("2018-07-22");
    expect(report.hebrew.canonical).toBe("10 Av 5778");
  });

  it("fields on one side, text on the other, in a leap year's Adar II (month 13)", () => {
    const report = checkPair(
      { gregorian: "March 11, 2024", hebrew: { year: 5784, month: 13, day: 1 }, weekday: "Monday" },
      options,
    );
    expect(report.verdict).toBe("match");
    expect(report.weekday.verdict).toBe("ok");
    const mismatch = checkPair(
      { gregorian: { year: 2024, month: 3, day: 11 }, hebrew: "1 Adar I 5784" },
      options,
    );
    expect(mismatch.verdict).toBe("mismatch");
    expect(mismatch.hints.map((hint) => hint.code)).toEqual(["adar-confusion"]);
  });

  it("a year missing from one side is taken from the other", () => {
    const report = checkPair({ gregorian: "Sunday, July 22nd", hebrew: "10 Av 5778" }, options);
    expect(report.verdict).toBe("match");
    expect(report.gregorian.iso).toBe("2018-07-22");
    expect(report.inferred).toContainEqual(expect.objectContaining({ field: "year", value: 2018 }));
  });
});

describe("checkPair: invalid input", () => {
  it.each([
    ["unreadable Gregorian text", { gregorian: "hello", hebrew: "10 Av 5778" }, "unreadable"],
    ["unreadable Hebrew text", { gregorian: "July 22, 2018", hebrew: "tomorrow" }, "unreadable"],
    ["40 Av", { gregorian: "July 22, 2018", hebrew: "40 Av 5778" }, "day-out-of-range"],
    [
      "30 Cheshvan in a 29-day Cheshvan",
      { gregorian: "July 22, 2018", hebrew: "30 Cheshvan 5778" },
      "day-out-of-range",
    ],
    ["Adar II in a common year", { gregorian: "July 22, 2018", hebrew: "1 Adar II 5778" }, "not-a-leap-year"],
    ["30 February", { gregorian: "February 30, 2018", hebrew: "10 Av 5778" }, "day-out-of-range"],
    ["a misspelled month", { gregorian: "July 22, 2018", hebrew: "10 Avv 5778" }, "unknown-month"],
    [
      "fields: 30 February",
      { gregorian: { year: 2018, month: 2, day: 30 }, hebrew: "10 Av 5778" },
      "day-out-of-range",
    ],
    [
      "fields: month 13 of a Gregorian year",
      { gregorian: { year: 2018, month: 13, day: 1 }, hebrew: "10 Av 5778" },
      "month-out-of-range",
    ],
    [
      "fields: a year past 9999",
      { gregorian: { year: 99999, month: 1, day: 1 }, hebrew: "10 Av 5778" },
      "year-out-of-range",
    ],
    [
      "fields: Adar II (13) in a common year",
      { gregorian: "July 22, 2018", hebrew: { year: 5778, month: 13, day: 10 } },
      "not-a-leap-year",
    ],
  ] as const)("%s → %s", (_name, input, code) => {
    expect(dateErrorCode(() => checkPair(input, options))).toBe(code);
  });

  it("a misspelled month comes with a suggestion", () => {
    const error = catchDateError(() =>
      checkPair({ gregorian: "July 22, 2018", hebrew: "10 Avv 5778" }, options),
    );
    expect(error.suggestions).toContain("Av");
  });

  it("a non-object input is misuse (a TypeError, not a DateError)", () => {
    expect(() => checkPair(null as never, options)).toThrow(TypeError);
  });
});

// Years 1000–2999 of the Gregorian calendar, as day numbers.
const FIRST_DAY = dayNumberOfIso("1000-01-01");
const LAST_DAY = dayNumberOfIso("2999-12-31");
/** The reader tries a Julian reading of an unmarked G only before 1 March 1923. */
const LAST_JULIAN_DAY = dayNumberOfIso("1923-03-01");

/** G (text or fields) and H (ICU's spelling as text, or fields) for two day numbers. */
function renderedPair(gDay: number, hDay: number, gAsFields: boolean, hAsFields: boolean) {
  const hebrew = hebrewOfDayNumber(hDay);
  return {
    gregorian: gAsFields ? fieldsOf(isoOfDayNumber(gDay)) : gregorianTextOf(gDay),
    hebrew: hAsFields ? { year: hebrew.year, month: hebrew.month, day: hebrew.day } : hebrew.text,
  };
}

describe("checkPair: properties", () => {
  it("any day of years 1000–2999 written in both calendars is a match", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: FIRST_DAY, max: LAST_DAY }),
        fc.boolean(),
        fc.boolean(),
        (day, gAsFields, hAsFields) => {
          const report = checkPair(renderedPair(day, day, gAsFields, hAsFields), options);
          expect(report.verdict).toBe("match");
          expect(report.offsetDays).toBe(0);
          expect(report.gregorian.iso).toBe(isoOfDayNumber(day));
        },
      ),
      { numRuns: 300 },
    );
  });

  it("two different days within 400 days are a mismatch by d2 − d1 (or match-julian where G's Julian reading is H)", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: FIRST_DAY, max: LAST_DAY }),
        fc.integer({ min: -400, max: 400 }).filter((delta) => delta !== 0 && delta !== 1),
        fc.boolean(),
        (d1, delta, gAsFields) => {
          const d2 = d1 + delta;
          const report = checkPair(renderedPair(d1, d2, gAsFields, false), options);
          const { year, month, day } = fieldsOf(isoOfDayNumber(d1));
          const julian = julianDayNumber(year, month, day);
          const julianCoincidence = d1 < LAST_JULIAN_DAY && (d2 === julian || d2 === julian + 1);
          expect(report.verdict).toBe(julianCoincidence ? "match-julian" : "mismatch");
          expect(report.offsetDays).toBe(julianCoincidence ? d2 - julian : delta);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("any day before 1923 whose Hebrew date is its Julian reading's (or the next) is match-julian", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: FIRST_DAY, max: LAST_JULIAN_DAY - 1 }),
        fc.constantFrom(0, 1),
        (d1, evening) => {
          const { year, month, day } = fieldsOf(isoOfDayNumber(d1));
          const d2 = julianDayNumber(year, month, day) + evening;
          const report = checkPair(renderedPair(d1, d2, false, false), options);
          expect(report.verdict).toBe("match-julian");
          expect(report.offsetDays).toBe(evening);
          expect(report.gregorian.julianIso).toBe(isoOfDayNumber(d2 - evening));
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe("checkPair: fields outside 1000–2999 and Old Style text", () => {
  it("Gregorian fields outside 1000–2999 are written as ISO and still judged", () => {
    const report = checkPair(
      { gregorian: { year: 800, month: 4, day: 17 }, hebrew: { year: 4560, month: 1, day: 14 } },
      options,
    );
    expect(report.gregorian.text).toBe("0800-04-17");
    expect(report.gregorian.iso).toBe("0800-04-17");
    expect(report.verdict).toBe("match");
    expect(report.explanation).toBe("14 Nisan 4560 is 0800-04-17.");
  });

  it.each([
    ["an ISO date, which has no Old Style form", "2018-07-22 O.S."],
    ['a bare "OS" after 1923, which is not read as a mark', "July 22, 2018 OS"],
  ])("oldStyle: true with %s is unreadable", (_name, gregorian) => {
    const error = catchDateError(() =>
      checkPair({ gregorian, hebrew: "10 Av 5778", oldStyle: true }, options),
    );
    expect(error.code).toBe("unreadable");
    expect(error.message).toBe(`"${gregorian}" cannot be read as an Old Style date`);
    expect(error.input).toBe(gregorian);
  });

  it("a wrong weekday on a date marked O.S. names the Gregorian day it was", () => {
    const report = checkPair({ gregorian: "Monday, June 15, 1750 O.S.", hebrew: "22 Sivan 5510" }, options);
    expect(report.verdict).toBe("match-julian");
    expect(report.weekday).toMatchObject({
      verdict: "mismatch",
      stated: "Monday",
      actual: weekdayOfIso("1750-06-26"),
    });
    expect(report.explanation).toBe(
      `22 Sivan 5510 is 1750-06-15 read as an Old Style (Julian) date, 1750-06-26 in the Gregorian calendar. But 1750-06-26 was a ${weekdayOfIso("1750-06-26")}, not a Monday.`,
    );
  });
});
