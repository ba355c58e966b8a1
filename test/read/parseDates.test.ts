import { describe, expect, it } from "vitest";
import type { DateMention } from "../../src/read/mention.js";
import { type ParseOptions, parseDates, VOCABULARY } from "../../src/read/parseDates.js";
import { readWork, resetWork } from "../../src/read/workCounter.js";
import { catchDateError, dateErrorCode } from "../support/dateErrors.js";
import {
  dayNumberOfGregorian,
  dayNumberOfIso,
  icuHebrewFields,
  weekdayOfDayNumber,
} from "../support/dayNumbers.js";
import { countRegexWork } from "../support/regexWork.js";

const REFERENCE = "2026-11-24";
const REFERENCE_DAY = dayNumberOfIso(REFERENCE);

function read(text: string, options: { numericOrder?: "mdy" | "dmy" | "auto" } = {}): DateMention[] {
  return parseDates(text, { reference: REFERENCE, ...options }).mentions;
}

/** The one mention of a text. */
function readOne(text: string, options: { numericOrder?: "mdy" | "dmy" | "auto" } = {}): DateMention {
  const mentions = read(text, options);
  expect(mentions, JSON.stringify(text)).toHaveLength(1);
  return mentions[0]!;
}

/** Checks a mention's date against the second sources: Date for Gregorian, ICU for Hebrew. */
function expectOracleAgrees(mention: DateMention): void {
  const { date, dayNumber } = mention;
  expect(date, mention.text).toBeDefined();
  if (date!.calendar === "gregorian") {
    expect(dayNumber).toBe(dayNumberOfGregorian(date!.year, date!.month, date!.day));
  } else {
    expect(icuHebrewFields(dayNumber!)).toEqual({ year: date!.year, month: date!.month, day: date!.day });
  }
}

/** The day nearest the reference whose ICU Hebrew date has this month and day (an independent search). */
function icuNearestHebrew(month: number, day: number): number {
  for (let distance = 0; distance < 800; distance++) {
    for (const candidate of [REFERENCE_DAY - distance, REFERENCE_DAY + distance]) {
      const fields = icuHebrewFields(candidate);
      if (fields.month === month && fields.day === day) return candidate;
    }
  }
  throw new Error("no such day near the reference");
}

const MASTHEAD_DAY = dayNumberOfIso("2018-07-22");

describe("the seed page", () => {
  it("Sunday, July 22nd | 10 Av 5778: two mentions, the Gregorian year taken from the Hebrew date", () => {
    const text = "Sunday, July 22nd | 10 Av 5778";
    const [gregorian, hebrew] = read(text);
    expect(icuHebrewFields(MASTHEAD_DAY)).toEqual({ year: 5778, month: 5, day: 10 });
    expect(weekdayOfDayNumber(MASTHEAD_DAY)).toBe(0);

    expect(gregorian).toMatchObject({
      start: 0,
      end: 17,
      text: "Sunday, July 22nd",
      calendar: "gregorian",
      extractor: "gregorian-text",
      stated: { month: 7, day: 22, weekday: 0 },
      date: { calendar: "gregorian", year: 2018, month: 7, day: 22 },
      dayNumber: MASTHEAD_DAY,
      weekday: "Sunday",
    });
    expect(gregorian!.stated.year).toBeUndefined();
    expect(gregorian!.inferred).toEqual([
      expect.objectContaining({ field: "year", value: 2018, from: "hebrew" }),
    ]);

    expect(hebrew).toMatchObject({
      start: 20,
      end: 30,
      text: "10 Av 5778",
      calendar: "hebrew",
      extractor: "hebrew-latin",
      stated: { day: 10, month: 5, year: 5778 },
      date: { calendar: "hebrew", year: 5778, month: 5, day: 10 },
      dayNumber: MASTHEAD_DAY,
      inferred: [],
    });
    expect(hebrew!.problem).toBeUndefined();
  });

  it("the article's timestamp: December 13, 2015 2:27 pm", () => {
    const mention = readOne("Posted December 13, 2015 2:27 pm by staff");
    expect(mention.text).toBe("December 13, 2015 2:27 pm");
    expect(mention.stated.time).toEqual({ hour: 14, minute: 27, second: 0 });
    expect(mention.dayNumber).toBe(dayNumberOfIso("2015-12-13"));
    expect(MASTHEAD_DAY - mention.dayNumber!).toBe(952);
  });
});

describe("year inference", () => {
  it("10 Av | July 22, 2018: the Hebrew year from the Gregorian date", () => {
    const [hebrew, gregorian] = read("10 Av | July 22, 2018");
    expect(gregorian!.dayNumber).toBe(MASTHEAD_DAY);
    expect(hebrew).toMatchObject({
      text: "10 Av",
      date: { year: 5778, month: 5, day: 10 },
      dayNumber: MASTHEAD_DAY,
    });
    expect(hebrew!.inferred).toEqual([
      expect.objectContaining({ field: "year", value: 5778, from: "gregorian" }),
    ]);
    expectOracleAgrees(hebrew!);
  });

  it("July 22 | 10 Av 5778 and 10 Av 5778 (July 22): either order", () => {
    for (const text of ["July 22 | 10 Av 5778", "10 Av 5778 (July 22)", "July 22\n10 Av 5778"]) {
      const mentions = read(text);
      expect(mentions.map((m) => m.dayNumber)).toEqual([MASTHEAD_DAY, MASTHEAD_DAY]);
    }
  });

  it("Sunday, July 22nd alone: the year nearest the reference in which July 22 is a Sunday", () => {
    let expected: number | undefined;
    for (let year = 1950; year <= 2100; year++) {
      const day = dayNumberOfGregorian(year, 7, 22);
      if (weekdayOfDayNumber(day) !== 0) continue;
      if (expected === undefined || Math.abs(day - REFERENCE_DAY) < Math.abs(expected - REFERENCE_DAY))
        expected = day;
    }
    const mention = readOne("Sunday, July 22nd");
    expect(mention.dayNumber).toBe(expected);
    expect(mention.date?.year).toBe(2029);
    expect(mention.inferred).toEqual([
      expect.objectContaining({ field: "year", value: 2029, from: "weekday" }),
    ]);
  });

  it("Friday, February 30: no year has that day, so a problem, not a guess", () => {
    const mention = readOne("Friday, February 30");
    expect(mention.dayNumber).toBeUndefined();
    expect(mention.problem?.code).toBe("day-out-of-range");
  });

  it("Sunday, 10 Av: a Hebrew date's weekday settles its year", () => {
    let expected: number | undefined;
    for (let distance = 0; distance < 60 * 366 && expected === undefined; distance++) {
      for (const day of [REFERENCE_DAY - distance, REFERENCE_DAY + distance]) {
        const fields = icuHebrewFields(day);
        if (fields.month === 5 && fields.day === 10 && weekdayOfDayNumber(day) === 0) expected = day;
      }
    }
    for (const text of ["Sunday, 10 Av", "יום א׳, י׳ באב"]) {
      const mention = readOne(text);
      expect(mention.dayNumber, text).toBe(expected);
      expect(mention.inferred[0]).toMatchObject({ field: "year", from: "weekday" });
      expectOracleAgrees(mention);
    }
  });

  it("July 22 alone: the year nearest the reference", () => {
    const mention = readOne("July 22");
    // 2026-07-22 is 125 days before the reference; 2027-07-22 is 240 days after.
    expect(mention.dayNumber).toBe(dayNumberOfIso("2026-07-22"));
    expect(mention.inferred).toEqual([
      expect.objectContaining({ field: "year", value: 2026, from: "reference" }),
    ]);
  });

  it.each([
    ["10 Av", 5, 10],
    ["Tishrei 1", 7, 1],
    ["י׳ באב", 5, 10],
    ["ט״ו בשבט", 11, 15],
    ["the 15th of Nisan", 1, 15],
  ])("%s alone: the day nearest the reference (checked by a search through ICU)", (text, month, day) => {
    const mention = readOne(text);
    expect(mention.dayNumber).toBe(icuNearestHebrew(month, day));
    expect(mention.inferred[0]).toMatchObject({ field: "year", from: "reference" });
  });
});

describe("plain Adar", () => {
  it("in a leap year is Adar II, with Adar I as the alternative", () => {
    const mention = readOne("14 Adar 5779");
    expect(mention.stated).toMatchObject({ month: 0, plainAdar: true, year: 5779 });
    expect(mention.date).toEqual({ calendar: "hebrew", year: 5779, month: 13, day: 14 });
    expect(mention.dayNumber).toBe(dayNumberOfIso("2019-03-21"));
    expect(mention.alternatives).toEqual([{ calendar: "hebrew", year: 5779, month: 12, day: 14 }]);
    expect(mention.inferred).toEqual([
      expect.objectContaining({ field: "month", value: "Adar II", from: "leap-year" }),
    ]);
    expectOracleAgrees(mention);
  });

  it("in a common year is the one Adar, with no alternative", () => {
    const mention = readOne("14 Adar 5778");
    expect(mention.date).toEqual({ calendar: "hebrew", year: 5778, month: 12, day: 14 });
    expect(mention.alternatives).toBeUndefined();
    expect(mention.inferred).toEqual([]);
    expectOracleAgrees(mention);
  });

  it.each([
    ["14 Adar 5779 | February 19, 2019", 0],
    ["February 19, 2019 | 14 Adar 5779", 1],
    ["February 19 | 14 Adar 5779", 1],
    // The year is inferred only after the first Adar pass: these stayed Adar II, a month away.
    ["14 Adar | February 19, 2019", 0],
    ["י״ד באדר תשע״ט | February 19, 2019", 0],
  ])("beside a Gregorian date that fits Adar I: %s → Adar I", (text, index) => {
    const mentions = read(text);
    expect(mentions).toHaveLength(2);
    const hebrew = mentions[index]!;
    const gregorian = mentions[1 - index]!;
    expect(hebrew.date?.month).toBe(12);
    expect(hebrew.dayNumber).toBe(gregorian.dayNumber);
    expect(hebrew.alternatives?.[0]?.month).toBe(13);
    expect(hebrew.inferred).toContainEqual(
      expect.objectContaining({ field: "month", value: "Adar I", from: "gregorian" }),
    );
    expectOracleAgrees(hebrew);
    expectOracleAgrees(gregorian);
  });

  it("February 19 | 14 Adar (no year on either side): Adar I, the one near that February", () => {
    const [gregorian, hebrew] = read("February 19 | 14 Adar");
    // February 19 nearest the reference is in 2027; 5787 is a leap year, and 14 Adar I 5787 is
    // 2027-02-21 while 14 Adar II is a month later.
    expect(gregorian!.dayNumber).toBe(dayNumberOfIso("2027-02-19"));
    expect(hebrew!.date).toEqual({ calendar: "hebrew", year: 5787, month: 12, day: 14 });
    expect(hebrew!.dayNumber).toBe(dayNumberOfIso("2027-02-21"));
    expectOracleAgrees(hebrew!);
  });

  it("beside a Gregorian date that fits Adar II stays Adar II", () => {
    const [hebrew, gregorian] = read("14 Adar | March 21, 2019");
    expect(hebrew!.date).toEqual({ calendar: "hebrew", year: 5779, month: 13, day: 14 });
    expect(hebrew!.dayNumber).toBe(gregorian!.dayNumber);
  });
});

describe("numeric dates", () => {
  it("3/4/2020 alone is ambiguous: month first by default, the other order as the alternative", () => {
    const mention = readOne("3/4/2020");
    expect(mention.date).toEqual({ calendar: "gregorian", year: 2020, month: 3, day: 4 });
    expect(mention.alternatives).toEqual([{ calendar: "gregorian", year: 2020, month: 4, day: 3 }]);
    expect(mention.inferred).toEqual([
      expect.objectContaining({ field: "order", value: "mdy", from: "default" }),
    ]);
  });

  it("numericOrder settles it", () => {
    expect(readOne("3/4/2020", { numericOrder: "dmy" }).date).toMatchObject({ month: 4, day: 3 });
    expect(readOne("3/4/2020", { numericOrder: "mdy" }).date).toMatchObject({ month: 3, day: 4 });
  });

  it("a day past 12 settles it", () => {
    const mention = readOne("13/4/2020");
    expect(mention.date).toMatchObject({ month: 4, day: 13 });
    expect(mention.inferred).toEqual([]);
  });

  it.each([
    // 2020-04-03 is 9 Nisan 5780 and 2020-03-05 is 9 Adar 5780 (both checked against ICU below).
    ["3/4/2020 | 9 Nisan 5780", "dmy", "2020-04-03"],
    ["4/3/2020 | 9 Nisan 5780", "mdy", "2020-04-03"],
    ["3/5/2020 | 9 Adar 5780", "mdy", "2020-03-05"],
    ["03/04/2020 י׳ בניסן תש״פ", "dmy", "2020-04-03"],
  ])("beside a Hebrew date, the order that fits it: %s", (text, order, iso) => {
    const [numeric, hebrew] = read(text);
    expect(numeric!.dayNumber).toBe(dayNumberOfIso(iso));
    expect(numeric!.inferred).toEqual([
      expect.objectContaining({ field: "order", value: order, from: "hebrew" }),
    ]);
    expect(numeric!.alternatives).toHaveLength(1);
    expectOracleAgrees(hebrew!);
    expect(Math.abs(hebrew!.dayNumber! - numeric!.dayNumber!)).toBeLessThanOrEqual(1);
  });

  it("in Hebrew text, day first", () => {
    const mention = readOne("03/04/2020 נולד");
    expect(mention.date).toMatchObject({ month: 4, day: 3 });
    expect(mention.inferred).toEqual([
      expect.objectContaining({ field: "order", value: "dmy", from: "context" }),
    ]);
  });
});

describe("dates that name no day", () => {
  it.each([
    ["30 Cheshvan 5778", "day-out-of-range"],
    ["40 Av 5778", "day-out-of-range"],
    ["0 Av 5778", "day-out-of-range"],
    ["30 Adar 5778", "day-out-of-range"],
    ["30 February 2020", "day-out-of-range"],
    ["31 באב 5778", "day-out-of-range"],
    ["ל״א באב תשע״ח", "day-out-of-range"],
    ["ל׳ באדר תשפ״ג", "day-out-of-range"],
    ["1 Adar II 5778", "not-a-leap-year"],
    ["1 Adar I 5778", "not-a-leap-year"],
    ["1 Adar 5778", undefined],
    ["30 Adar 5779", undefined],
    ["א׳ באדר ב׳ תשע״ח", "not-a-leap-year"],
    ["10 Avv 5778", "unknown-month"],
  ])("%s → %s", (text, code) => {
    const mention = readOne(text);
    expect(mention.text).toBe(text);
    expect(mention.problem?.code).toBe(code);
    if (code !== undefined) {
      expect(mention.dayNumber).toBeUndefined();
      expect(mention.date).toBeUndefined();
    }
  });

  it("the second source agrees: Cheshvan 5778 has 29 days, 5778 has one Adar", () => {
    // 29 Cheshvan 5778 = 2017-11-18; the next day is 1 Kislev.
    expect(icuHebrewFields(dayNumberOfIso("2017-11-18"))).toEqual({ year: 5778, month: 8, day: 29 });
    expect(icuHebrewFields(dayNumberOfIso("2017-11-19"))).toEqual({ year: 5778, month: 9, day: 1 });
    // 29 Adar 5778 = 2018-03-16; the next day is 1 Nisan: no Adar II.
    expect(icuHebrewFields(dayNumberOfIso("2018-03-16"))).toEqual({ year: 5778, month: 12, day: 29 });
    expect(icuHebrewFields(dayNumberOfIso("2018-03-17"))).toEqual({ year: 5778, month: 1, day: 1 });
  });

  it("a misspelt month comes with suggestions", () => {
    const mention = readOne("10 Avv 5778");
    expect(mention.problem?.suggestions).toContain("Av");
    expect(mention.extractor).toBe("unknown-month");
    expect(mention.stated).toEqual({ day: 10, year: 5778 });
  });

  it("a broken date does not lend its partner a year", () => {
    const [broken, gregorian] = read("10 Avv 5778 | July 22");
    expect(broken!.problem?.code).toBe("unknown-month");
    expect(gregorian!.inferred[0]).toMatchObject({ field: "year", from: "reference" });
  });
});

// Real fixtures, each checked against ICU (Hebrew) and Date (Gregorian) through expectOracleAgrees,
// and both halves of each pair naming the same day.
const PAIRS: Array<[string, string, string, string]> = [
  ["Sunday, July 22nd | 10 Av 5778", "Sunday, July 22nd", "10 Av 5778", "2018-07-22"],
  ["Sun, 22 Jul 2018 | י׳ באב תשע״ח", "Sun, 22 Jul 2018", "י׳ באב תשע״ח", "2018-07-22"],
  ["2018-07-22 / 10 Av 5778", "2018-07-22", "10 Av 5778", "2018-07-22"],
  ["4 Adar I,  5774 // February 4, 2014", "February 4, 2014", "4 Adar I,  5774", "2014-02-04"],
  ["13th of Shevat, 5722 … [January 18, 1962]", "January 18, 1962", "13th of Shevat, 5722", "1962-01-18"],
  ["(1 Av 5600, 31 July 1840)", "31 July 1840", "1 Av 5600", "1840-07-31"],
  [`ט"ו בשבט התשפ"ד (January 25, 2024)`, "January 25, 2024", `ט"ו בשבט התשפ"ד`, "2024-01-25"],
  ["ל׳ באדר ראשון תשפ״ד – March 10, 2024", "March 10, 2024", "ל׳ באדר ראשון תשפ״ד", "2024-03-10"],
];

describe("real pairs", () => {
  it.each(PAIRS)("%s", (text, gregorianText, hebrewText, iso) => {
    const mentions = read(text);
    expect(mentions).toHaveLength(2);
    const gregorian = mentions.find((m) => m.calendar === "gregorian")!;
    const hebrew = mentions.find((m) => m.calendar === "hebrew")!;
    expect(gregorian.text).toBe(gregorianText);
    expect(hebrew.text).toBe(hebrewText);
    for (const mention of mentions) {
      expect(text.slice(mention.start, mention.end)).toBe(mention.text);
      expect(mention.problem).toBeUndefined();
      expectOracleAgrees(mention);
    }
    expect(gregorian.dayNumber).toBe(dayNumberOfIso(iso));
    expect(hebrew.dayNumber).toBe(dayNumberOfIso(iso));
  });
});

describe("spans in Hebrew text with marks", () => {
  it("niqqud and bidi marks stay inside spans that point into the original text", () => {
    const text = "\u200fנפטר ביום א׳, י׳ בְּאָב תשע״ח\u200f, ונקבר";
    const [mention] = read(text);
    expect(mention!.text).toBe(text.slice(mention!.start, mention!.end));
    expect(mention!.text.startsWith("ביום א׳")).toBe(true);
    expect(mention!.text.replace(/\u200f/g, "").endsWith("תשע״ח")).toBe(true);
    expect(mention!.dayNumber).toBe(MASTHEAD_DAY);
    expect(mention!.stated.weekday).toBe(0);
  });
});

describe("a long document", () => {
  const filler =
    "The committee met again to review the plans for the new building, and the discussion ran long. " +
    "Members asked about the budget, the schedule, and the 3 remaining permits. ";
  const sections: Array<[string, string | undefined]> = [
    ["Sunday, July 22nd | 10 Av 5778", "2018-07-22"],
    ["December 13, 2015 2:27 pm", "2015-12-13"],
    ["י׳ באב תשע״ח", "2018-07-22"],
    ["(1 Av 5600, 31 July 1840)", "1840-07-31"],
    ["14 Adar 5779 | February 19, 2019", "2019-02-19"],
    ["2018-07-22T14:30:00+03:00", "2018-07-22"],
    ["30 Cheshvan 5778", undefined],
    ["13th of Shevat, 5722 … [January 18, 1962]", "1962-01-18"],
  ];
  // Two pages: each section between paragraphs of prose, the whole repeated.
  let text = "";
  const expected: Array<string | undefined> = [];
  for (let round = 0; round < 2; round++) {
    for (const [section, iso] of sections) {
      text += `${filler.repeat(3)}\n\n${section}\n\n`;
      const count = read(section).length;
      for (let k = 0; k < count; k++) expected.push(iso);
    }
  }

  it("is long enough to be two pages", () => {
    expect(text.length).toBeGreaterThan(5000);
  });

  it("finds every date, in reading order, with exact spans", () => {
    const mentions = read(text);
    expect(mentions).toHaveLength(expected.length);
    for (let i = 0; i < mentions.length; i++) {
      const mention = mentions[i]!;
      expect(text.slice(mention.start, mention.end)).toBe(mention.text);
      if (i > 0) expect(mention.start).toBeGreaterThanOrEqual(mentions[i - 1]!.end);
      if (expected[i] === undefined) expect(mention.problem).toBeDefined();
      else {
        expect(mention.dayNumber, mention.text).toBe(dayNumberOfIso(expected[i]!));
        expectOracleAgrees(mention);
      }
    }
  });

  it("reads each section as it reads alone", () => {
    const mentions = read(text).map((m) => m.text);
    const alone = [...sections, ...sections].flatMap(([section]) => read(section).map((m) => m.text));
    expect(mentions).toEqual(alone);
  });
});

describe("misuse", () => {
  it("a reference that is not a date is misuse: it throws (invalid-option)", () => {
    expect(dateErrorCode(() => parseDates("10 Av 5778", { reference: "someday" }))).toBe("invalid-option");
  });

  it("a text that is not a string throws a TypeError", () => {
    expect(() => parseDates(42 as unknown as string)).toThrow(TypeError);
  });

  it("a Date reference is its UTC day", () => {
    const [mention] = parseDates("July 22", { reference: new Date(Date.UTC(2026, 10, 24, 23, 59)) }).mentions;
    expect(mention?.date?.year).toBe(2026);
  });
});

describe("Adar and Gregorian years beside Hebrew months", () => {
  it("reads a Gregorian year written with a Hebrew day and month as the year it falls in", () => {
    const mention = readOne("Tishrei 1, 2024");
    expect(mention.date).toEqual({ calendar: "hebrew", year: 5785, month: 7, day: 1 });
    expect(mention.stated.civilYear).toBe(2024);
    expect(mention.stated.year).toBeUndefined();
    expect(mention.inferred).toEqual([
      expect.objectContaining({ field: "year", value: 5785, from: "gregorian" }),
    ]);
    expectOracleAgrees(mention);
    // 1 Tevet 5784 fell on 13 December 2023 and 1 Tevet 5785 on 1 January 2025: 2024 had none.
    expect(readOne("1 Tevet 2025").date?.year).toBe(5785);
    expect(readOne("1 Tevet 2023").date?.year).toBe(5784);
    expect(readOne("1 Tevet 2024").problem?.code).toBe("day-out-of-range");
  });

  it("reads the 30th of plain Adar in a leap year as Adar I, the only Adar with a 30th", () => {
    const mention = readOne("30 Adar 5779");
    expect(mention.date).toEqual({ calendar: "hebrew", year: 5779, month: 12, day: 30 });
    expect(mention.alternatives).toBeUndefined();
    expect(mention.inferred).toEqual([
      expect.objectContaining({ field: "month", value: "Adar I", from: "leap-year" }),
    ]);
    expectOracleAgrees(mention);
  });

  it("rejects Adar I written out in a common year, in both scripts", () => {
    expect(readOne("14 Adar I 5778").problem?.code).toBe("not-a-leap-year");
    expect(readOne("י״ד באדר א׳ תשע״ח").problem?.code).toBe("not-a-leap-year");
    expect(readOne("14 Adar 5778").date?.month).toBe(12);
  });
});

describe("misuse: references that are not days", () => {
  it.each([
    [
      "an invalid Date",
      new Date("not a day"),
      "The reference Invalid Date is not a date (use a Date or YYYY-MM-DD)",
    ],
    ["a number", 42, "parseDates: reference must be a Date or YYYY-MM-DD, not 42"],
  ])("%s is invalid-option", (_name, reference, message) => {
    const error = catchDateError(() => parseDates("10 Av", { reference: reference as Date }));
    expect(error.code).toBe("invalid-option");
    expect(error.message).toBe(message);
  });
});

describe("dates do not run across a blank line", () => {
  it("reads 'Av' and '30' in different paragraphs as no date (only the holiday's name is read)", () => {
    // The year makes the name one a page counts (a holiday name counts only near a date with numbers).
    const hebrew = read("Tisha B'Av\n\n30 people came in 2026").filter((m) => m.calendar === "hebrew");
    expect(hebrew.map((m) => [m.text, m.stated.holiday, m.stated.day])).toEqual([
      ["Tisha B'Av", "tisha-bav", undefined],
    ]);
  });

  it("still reads a date wrapped onto the next line", () => {
    expect(readOne("on December 13,\n2015 at noon").date).toEqual({
      calendar: "gregorian",
      year: 2015,
      month: 12,
      day: 13,
    });
  });
});

describe("parseDates without its readers of words (the VOCABULARY key, for the benchmark)", () => {
  const without = { reference: REFERENCE, [VOCABULARY]: false } as ParseOptions;
  const extractors = (text: string, options: ParseOptions) =>
    parseDates(text, options).mentions.map((mention) => mention.extractor);

  it.each([
    ["a day in words", "on the ninth of Av 5787"],
    ["a holiday name", "Purim 5787 fell on a Wednesday"],
    ["a holiday name in Hebrew script", "ערב פסח תשפ״ז"],
    ["a month in another language", "22 июля 2018 г."],
    ["a month broken by a hyphen", "Decem- ber 13, 2015"],
  ])("leaves out %s, which the full reader reads", (_name, text) => {
    expect(extractors(text, { reference: REFERENCE }).length).toBeGreaterThan(0);
    expect(extractors(text, without)).toEqual([]);
  });

  it("still reads the forms written with digits", () => {
    expect(extractors("Sunday, July 22nd | 10 Av 5778", without)).toEqual(["gregorian-text", "hebrew-latin"]);
  });

  it("searches prose for digits and Hebrew letters only", () => {
    const text = "The minister of finance said the rest of it was a well- known plan. ".repeat(50);
    resetWork();
    const { regex } = countRegexWork(() => parseDates(text, without));
    expect(regex.calls).toBe(2);
    expect(regex.chars).toBe(2 * text.length);
    expect(readWork().extractorChars).toBe(0);
  });
});
