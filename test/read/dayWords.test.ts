import { describe, expect, it } from "vitest";
import { checkDocument } from "../../src/check/checkDocument.js";
import { gregorianDayWordsExtractor } from "../../src/read/extractors/gregorianDayWords.js";
import { hebrewDayWordsExtractor } from "../../src/read/extractors/hebrewDayWords.js";
import { hebrewLetterDayExtractor } from "../../src/read/extractors/hebrewLetterDay.js";
import type { Extractor, StatedFields } from "../../src/read/mention.js";
import { parseDates } from "../../src/read/parseDates.js";

// Dates whose day is written in words, and days named by Hebrew letters, as calendars, ketubot,
// yahrzeit notices and Chabad pages write them. Every row goes through parseDates (the anchors
// must find it) and, where the extractor is named, through the extractor alone.

const REFERENCE = "2026-11-24";
const hebrewFormat = new Intl.DateTimeFormat("en-u-ca-hebrew", {
  day: "numeric",
  month: "long",
  year: "numeric",
  timeZone: "UTC",
});

// [text, the mention as it stands in the text, its extractor, what it states]
const CASES: Array<[string, string, Extractor, StatedFields]> = [
  ["We fast on the ninth of Av.", "the ninth of Av", hebrewDayWordsExtractor, { day: 9, month: 5 }],
  ["the twenty-third of Tevet", "the twenty-third of Tevet", hebrewDayWordsExtractor, { day: 23, month: 10 }],
  ["the twenty third of Tevet", "the twenty third of Tevet", hebrewDayWordsExtractor, { day: 23, month: 10 }],
  ["from the first of Nisan on", "the first of Nisan", hebrewDayWordsExtractor, { day: 1, month: 1 }],
  ["The Thirtieth of Cheshvan", "The Thirtieth of Cheshvan", hebrewDayWordsExtractor, { day: 30, month: 8 }],
  ["the tenth of Adar", "the tenth of Adar", hebrewDayWordsExtractor, { day: 10, month: 0, plainAdar: true }],
  [
    "born on the fifth day of the Hebrew month of Iyar, in the year 5787",
    "the fifth day of the Hebrew month of Iyar, in the year 5787",
    hebrewDayWordsExtractor,
    { day: 5, month: 2, year: 5787 },
  ],
  [
    "It corresponds to the 20th day of the Hebrew month of Sivan.",
    "the 20th day of the Hebrew month of Sivan",
    hebrewDayWordsExtractor,
    { day: 20, month: 3 },
  ],
  [
    "Candles are lit from the 25th day of the Jewish month of ‘Kislev’ on.",
    "the 25th day of the Jewish month of ‘Kislev",
    hebrewDayWordsExtractor,
    { day: 25, month: 9 },
  ],
  ['the seventh of "Nisan" 5787', 'the seventh of "Nisan', hebrewDayWordsExtractor, { day: 7, month: 1 }],
  [
    "the 3rd day of the Jewish month of Tamuz in the year 5754",
    "the 3rd day of the Jewish month of Tamuz in the year 5754",
    hebrewDayWordsExtractor,
    { day: 3, month: 4, year: 5754 },
  ],
  [
    "the ninth day of the month of Av in the year 5787",
    "the ninth day of the month of Av in the year 5787",
    hebrewDayWordsExtractor,
    { day: 9, month: 5, year: 5787 },
  ],
  [
    "the fifteenth day of Shevat, 5787",
    "the fifteenth day of Shevat, 5787",
    hebrewDayWordsExtractor,
    { day: 15, month: 11, year: 5787 },
  ],
  [
    "On the second day of the week, the twentieth day of the month of Av, in the year five thousand seven hundred and eighty-seven since the creation of the world",
    "On the second day of the week, the twentieth day of the month of Av, in the year five thousand seven hundred and eighty-seven",
    hebrewDayWordsExtractor,
    { day: 20, month: 5, year: 5787, weekday: 1 },
  ],
  [
    "On the Second Day of the Week, on the TWENTIETH day of the month of MAR CHESHVAN",
    "On the Second Day of the Week, on the TWENTIETH day of the month of MAR CHESHVAN",
    hebrewDayWordsExtractor,
    { day: 20, month: 8, weekday: 1 },
  ],
  [
    "Thursday, the ninth of Av",
    "Thursday, the ninth of Av",
    hebrewDayWordsExtractor,
    { day: 9, month: 5, weekday: 4 },
  ],
  [
    "the fourth of July, 2026",
    "the fourth of July, 2026",
    gregorianDayWordsExtractor,
    { month: 7, day: 4, year: 2026 },
  ],
  ["on the first of May we", "the first of May", gregorianDayWordsExtractor, { month: 5, day: 1 }],
  [
    "July the fourth, 2026",
    "July the fourth, 2026",
    gregorianDayWordsExtractor,
    { month: 7, day: 4, year: 2026 },
  ],
  [
    "Friday, the eleventh of December 2026",
    "Friday, the eleventh of December 2026",
    gregorianDayWordsExtractor,
    { month: 12, day: 11, year: 2026, weekday: 5 },
  ],
  ["Gimmel Tammuz 5787", "Gimmel Tammuz 5787", hebrewLetterDayExtractor, { day: 3, month: 4, year: 5787 }],
  ["the yahrzeit of Yud Shevat", "Yud Shevat", hebrewLetterDayExtractor, { day: 10, month: 11 }],
  ["Yud Tes Kislev 5787", "Yud Tes Kislev 5787", hebrewLetterDayExtractor, { day: 19, month: 9, year: 5787 }],
  [
    "Yud-Tes Kislev, 5787",
    "Yud-Tes Kislev, 5787",
    hebrewLetterDayExtractor,
    { day: 19, month: 9, year: 5787 },
  ],
  ["the fast of Tes Av", "Tes Av", hebrewLetterDayExtractor, { day: 9, month: 5 }],
  ["the joy of Chof Av 5787", "Chof Av 5787", hebrewLetterDayExtractor, { day: 20, month: 5, year: 5787 }],
  ["the month of Lamed Cheshvan", "Lamed Cheshvan", hebrewLetterDayExtractor, { day: 30, month: 8 }],
  ["in honor of Chai Elul", "Chai Elul", hebrewLetterDayExtractor, { day: 18, month: 6 }],
  ["the holiday of Tu B'Shvat", "Tu B'Shvat", hebrewLetterDayExtractor, { day: 15, month: 11 }],
  ["Tu BiShvat 5787", "Tu BiShvat 5787", hebrewLetterDayExtractor, { day: 15, month: 11, year: 5787 }],
  ["the dances of Tu B’Av", "Tu B’Av", hebrewLetterDayExtractor, { day: 15, month: 5 }],
  [
    "Chof Beis Shevat 5787",
    "Chof Beis Shevat 5787",
    hebrewLetterDayExtractor,
    { day: 22, month: 11, year: 5787 },
  ],
  [
    "Tes Zayin Tammuz 5787",
    "Tes Zayin Tammuz 5787",
    hebrewLetterDayExtractor,
    { day: 16, month: 4, year: 5787 },
  ],
  [
    "Yud Aleph Nissan 5787",
    "Yud Aleph Nissan 5787",
    hebrewLetterDayExtractor,
    { day: 11, month: 1, year: 5787 },
  ],
];

describe("dates with the day in words, and days named by letters", () => {
  it.each(CASES)("%j → %j", (text, mention, extractor, stated) => {
    const start = text.indexOf(mention);
    expect(start).toBeGreaterThanOrEqual(0);
    const { mentions } = parseDates(text, { reference: REFERENCE });
    expect(mentions.map((found) => [found.text, found.extractor, found.stated])).toEqual([
      [mention, extractor.name, stated],
    ]);
    expect(mentions[0]!.start).toBe(start);
    expect(extractor.extract(text, {})).toEqual([
      { start, end: start + mention.length, calendar: expect.any(String), extractor: extractor.name, stated },
    ]);
  });
});

describe("in a pair, the days in words are judged like any date (days checked with ICU)", () => {
  it.each([
    // 20 Av 5787 is Monday 23 August 2027: "the second day of the week".
    [
      "On the second day of the week, the twentieth day of the month of Av, in the year five thousand seven hundred and eighty-seven | August 23, 2027",
      "2027-08-23",
      "20 Av 5787",
    ],
    ["Yud Shevat 5787 | January 18, 2027", "2027-01-18", "10 Shevat 5787"],
    ["the ninth of Av, 5787 | 12.8.2027", "2027-08-12", "9 Av 5787"],
    ["Thursday, Gimmel Tammuz 5787 | 8 July 2027", "2027-07-08", "3 Tamuz 5787"],
    ["Yud Tes Kislev | Sunday, the twenty-ninth of November, 2026", "2026-11-29", "19 Kislev 5787"],
    // The era written after the Hebrew year stands between the two dates.
    [
      "on the third day of the Jewish month of Tamuz in the year 5754 from Creation (June 12, 1994)",
      "1994-06-12",
      "3 Tamuz 5754",
    ],
  ])("%j", (text, iso, hebrew) => {
    expect(hebrewFormat.format(new Date(`${iso}T00:00:00Z`))).toBe(hebrew);
    const report = checkDocument(text, { reference: REFERENCE });
    expect(report.pairs).toHaveLength(1);
    expect(report.pairs[0]!.verdict).toBe("match");
    expect(report.pairs[0]!.gregorian.iso).toBe(iso);
    expect(report.pairs[0]!.weekday.verdict).not.toBe("mismatch");
    expect(report.verdict).toBe("consistent");
  });

  it("a ketubah's weekday that is wrong is caught", () => {
    const report = checkDocument(
      "on the third day of the week, the twentieth day of the month of Av, 5787 | August 23, 2027",
      { reference: REFERENCE },
    );
    expect(report.pairs[0]!.weekday).toMatchObject({
      verdict: "mismatch",
      stated: "Tuesday",
      actual: "Monday",
    });
  });
});

describe("words that are no date", () => {
  it.each([
    ["an ordinal alone", "the fifth day"],
    ["an ordinal of a word", "the first of many"],
    ["an ordinal of the week", "the second day of the week"],
    ["a day past the month", "the thirty-first of Av"],
    ["the first of AV equipment", "the first of AV equipment"],
    ["Shabbat alone", "Shabbat"],
    ["a letter name and a word", "Yud is a letter"],
    ["letter names in lower case without a year", "a bet Av made"],
    ["a letter pair out of order", "Tes Yud Kislev"],
    ["a letter pair past thirty", "Lamed Beis Kislev"],
    ["May the fourth, a greeting", "May the fourth be with you"],
    ["of, of, of", "of of of of the of"],
    ["the fourth of July written as a verb phrase", "the fourth of may"],
  ])("%s: %j", (_name, text) => {
    expect(parseDates(text, { reference: REFERENCE }).mentions).toEqual([]);
  });
});
