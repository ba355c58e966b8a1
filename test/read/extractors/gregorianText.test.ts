import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  fullYearFromTwoDigits,
  gregorianTextExtractor,
  readTimeAfter,
  referenceYearOf,
  weekdayOfPrefix,
} from "../../../src/read/extractors/gregorianText.js";
import type { ExtractOptions, StatedFields } from "../../../src/read/mention.js";
import { ENGLISH_MONTHS } from "../../support/monthNames.js";

const OPTIONS = { referenceYear: 2024 };

function extract(text: string, options: ExtractOptions = OPTIONS) {
  return gregorianTextExtractor.extract(text, options);
}

/** The weekday of a Gregorian date from a second source (the platform's Date). */
function trueWeekday(year: number, month: number, day: number): number {
  const date = new Date(Date.UTC(2000, month - 1, day));
  date.setUTCFullYear(year);
  return date.getUTCDay();
}

// [text, the mention exactly as it stands in the text, what it states]
const CASES: Array<[string, string, StatedFields]> = [
  ["Sunday, July 22nd | 10 Av 5778", "Sunday, July 22nd", { weekday: 0, month: 7, day: 22 }],
  ["Sunday July 22", "Sunday July 22", { weekday: 0, month: 7, day: 22 }],
  ["July 22", "July 22", { month: 7, day: 22 }],
  // A year on the next line is the date's when it ends that line, and a row's label when it goes on.
  ["November 12\n2026\nMore", "November 12\n2026", { month: 11, day: 12, year: 2026 }],
  ["November 12\n2026.", "November 12\n2026", { month: 11, day: 12, year: 2026 }],
  ["October 3, 2025: the fair", "October 3, 2025", { month: 10, day: 3, year: 2025 }],
  [
    "posted December 13, 2015 2:27 pm by",
    "December 13, 2015 2:27 pm",
    { month: 12, day: 13, year: 2015, time: { hour: 14, minute: 27, second: 0 } },
  ],
  ["13 December 2015", "13 December 2015", { day: 13, month: 12, year: 2015 }],
  ["on the 13th of December, 2015.", "13th of December, 2015", { day: 13, month: 12, year: 2015 }],
  ["Sunday the 22nd of July", "Sunday the 22nd of July", { weekday: 0, day: 22, month: 7 }],
  ["July the 22nd", "July the 22nd", { month: 7, day: 22 }],
  ["13th of December, 2015", "13th of December, 2015", { day: 13, month: 12, year: 2015 }],
  ["Dec. 13, 2015", "Dec. 13, 2015", { month: 12, day: 13, year: 2015 }],
  ["seen Mar 3,2021 here", "Mar 3,2021", { month: 3, day: 3, year: 2021 }],
  ["Jun. 26 ’12", "Jun. 26 ’12", { month: 6, day: 26, year: 2012, twoDigitYear: true }],
  ["Jun 26 '12", "Jun 26 '12", { month: 6, day: 26, year: 2012, twoDigitYear: true }],
  ["Jun 26, '95", "Jun 26, '95", { month: 6, day: 26, year: 1995, twoDigitYear: true }],
  ["Sun, 22 Jul 2018", "Sun, 22 Jul 2018", { weekday: 0, day: 22, month: 7, year: 2018 }],
  // A template that glued the day to its month (modernrabbistephen.com).
  ["נֹחַ 2November 2024 / 1", "2November 2024", { day: 2, month: 11, year: 2024 }],
  // And the day to its month, under a weekday or before a year (bethisraelmalden.org).
  ["Friday, December17\n", "Friday, December17", { weekday: 5, month: 12, day: 17 }],
  ["November12, 2026 | 2 Kislev 5787", "November12, 2026", { month: 11, day: 12, year: 2026 }],
  [
    "Date: Sun, 22 Jul 2018 14:30:00 +0000\n",
    "Sun, 22 Jul 2018 14:30:00 +0000",
    {
      weekday: 0,
      day: 22,
      month: 7,
      year: 2018,
      time: { hour: 14, minute: 30, second: 0 },
      offsetMinutes: 0,
    },
  ],
  [
    "Thursday 3 March 2016 10.05 GMT",
    "Thursday 3 March 2016 10.05 GMT",
    { weekday: 4, day: 3, month: 3, year: 2016, time: { hour: 10, minute: 5, second: 0 }, offsetMinutes: 0 },
  ],
  [
    "Tuesday, 04 November 2014, 10:02 am",
    "Tuesday, 04 November 2014, 10:02 am",
    { weekday: 2, day: 4, month: 11, year: 2014, time: { hour: 10, minute: 2, second: 0 } },
  ],
  [
    "July 22, 2018 at 9:15 PM EDT",
    "July 22, 2018 at 9:15 PM EDT",
    { month: 7, day: 22, year: 2018, time: { hour: 21, minute: 15, second: 0 }, offsetMinutes: -240 },
  ],
  [
    "Monday 18 June 2018 07.27 BST",
    "Monday 18 June 2018 07.27 BST",
    {
      weekday: 1,
      day: 18,
      month: 6,
      year: 2018,
      time: { hour: 7, minute: 27, second: 0 },
      offsetMinutes: 60,
    },
  ],
  [
    "22-Jul-2018 10:00:00 -0000",
    "22-Jul-2018 10:00:00 -0000",
    { day: 22, month: 7, year: 2018, time: { hour: 10, minute: 0, second: 0 }, offsetMinutes: 0 },
  ],
  [
    "July 22, 2018 - 23:59:59 -05:00",
    "July 22, 2018 - 23:59:59 -05:00",
    { month: 7, day: 22, year: 2018, time: { hour: 23, minute: 59, second: 59 }, offsetMinutes: -300 },
  ],
  [
    "July 22, 2018 | 12:05 a.m. UTC",
    "July 22, 2018 | 12:05 a.m. UTC",
    { month: 7, day: 22, year: 2018, time: { hour: 0, minute: 5, second: 0 }, offsetMinutes: 0 },
  ],
  ["July 22 at 12 pm", "July 22 at 12 pm", { month: 7, day: 22, time: { hour: 12, minute: 0, second: 0 } }],
  [
    "July 22, 2018 14:30 GMT+5:30",
    "July 22, 2018 14:30 GMT+5:30",
    { month: 7, day: 22, year: 2018, time: { hour: 14, minute: 30, second: 0 }, offsetMinutes: 330 },
  ],
  [
    "July 22, 2018 9:15 (CEST)",
    "July 22, 2018 9:15 (CEST)",
    { month: 7, day: 22, year: 2018, time: { hour: 9, minute: 15, second: 0 }, offsetMinutes: 120 },
  ],
  ["JULY 22ND, 2018", "JULY 22ND, 2018", { month: 7, day: 22, year: 2018 }],
  ["sept 1st", "sept 1st", { month: 9, day: 1 }],
  ["Sat. 1 Sept. 2018", "Sat. 1 Sept. 2018", { weekday: 6, day: 1, month: 9, year: 2018 }],
  ["may 5, 2015", "may 5, 2015", { month: 5, day: 5, year: 2015 }],
  ["May 5", "May 5", { month: 5, day: 5 }],
  // A Hebrew year is not a Gregorian one: the mention ends before it.
  ["July 22 5778", "July 22", { month: 7, day: 22 }],
  ["22 July, 5778", "22 July", { day: 22, month: 7 }],
  // A bad time is left out of the mention; an unknown zone is not consumed.
  ["July 22 25:00", "July 22", { month: 7, day: 22 }],
  ["July 22 at 9:61 pm", "July 22", { month: 7, day: 22 }],
  ["July 22 13:00 pm", "July 22", { month: 7, day: 22 }],
  [
    "July 22, 2018 10:30 IST",
    "July 22, 2018 10:30",
    { month: 7, day: 22, year: 2018, time: { hour: 10, minute: 30, second: 0 } },
  ],
  ["July 22, 2018 10.30 and", "July 22, 2018", { month: 7, day: 22, year: 2018 }],
  [
    "July 22, 2018 10:30 +9900",
    "July 22, 2018 10:30",
    { month: 7, day: 22, year: 2018, time: { hour: 10, minute: 30, second: 0 } },
  ],
  // Old Style and New Style marks.
  ["1 March 1700 O.S.", "1 March 1700 O.S.", { day: 1, month: 3, year: 1700, oldStyle: true }],
  [
    "1 March 1700 (O.S.) at 10:00 IST",
    "1 March 1700 (O.S.) at 10:00",
    { day: 1, month: 3, year: 1700, oldStyle: true, time: { hour: 10, minute: 0, second: 0 } },
  ],
  ["February 11, 1731 OS", "February 11, 1731 OS", { month: 2, day: 11, year: 1731, oldStyle: true }],
  [
    "February 11, 1731 Old Style",
    "February 11, 1731 Old Style",
    { month: 2, day: 11, year: 1731, oldStyle: true },
  ],
  ["February 22, 1732 (N.S.)", "February 22, 1732 (N.S.)", { month: 2, day: 22, year: 1732 }],
  ["13 December 2015 OS update", "13 December 2015", { day: 13, month: 12, year: 2015 }],
  // Lower-case "wed" is a verb: the date stands without it.
  ["we wed 22 June", "22 June", { day: 22, month: 6 }],
  // A full month name's period ends the sentence; an abbreviation's is part of it.
  ["on 13 May.", "13 May", { day: 13, month: 5 }],
  ["on 13 Dec.", "13 Dec.", { day: 13, month: 12 }],
  // Overlapping readings: the longer stays.
  ["5 July 22, 2018", "July 22, 2018", { month: 7, day: 22, year: 2018 }],
  // Unicode boundaries: Hebrew text around the date, a non-breaking space inside it.
  ["היום July 22 ט׳ באב", "July 22", { month: 7, day: 22 }],
  ["יום א׳ July 22 ט׳ באב", "יום א׳ July 22", { month: 7, day: 22, weekday: 0 }],
  ["—July\u00a022—", "July\u00a022", { month: 7, day: 22 }],
  ["(31 April 2018)", "31 April 2018", { day: 31, month: 4, year: 2018 }],
];

describe("gregorianTextExtractor", () => {
  it.each(CASES)("reads %j", (text, mention, stated) => {
    const start = text.indexOf(mention);
    expect(extract(text)).toEqual([
      { start, end: start + mention.length, calendar: "gregorian", extractor: "gregorian-text", stated },
    ]);
  });

  it.each([
    ["2024: October 3\n2025: September 23", "October 3"],
    ["2024 – 3 October\n2025 – 23 September", "3 October"],
  ])("leaves the year that labels the next row to it (%j)", (text, mention) => {
    const [first] = extract(text);
    expect([text.slice(first!.start, first!.end), first!.stated.year]).toEqual([mention, undefined]);
  });

  it.each(CASES.filter(([, , s]) => s.weekday !== undefined && s.year !== undefined))(
    "fixture %j names its true weekday",
    (_text, _mention, { year, month, day, weekday }) => {
      expect(trueWeekday(year!, month!, day!)).toBe(weekday);
    },
  );

  it("finds every date in a page, in order", () => {
    const page = "Sunday, July 22nd | 10 Av 5778\nPublished December 13, 2015 2:27 pm; updated 13 Dec 2015.";
    expect(extract(page).map((c) => page.slice(c.start, c.end))).toEqual([
      "Sunday, July 22nd",
      "December 13, 2015 2:27 pm",
      "13 Dec 2015",
    ]);
  });

  const NOTHING = [
    "10 Avenue",
    "May I",
    "March on",
    "in 2015",
    "July 32",
    "32 July",
    "July 0",
    "July 2018",
    "5778",
    "in it is",
    "you may 10 times",
    "we march 3 miles",
    "10 mar",
    "Augusta 5",
    "10 Mayfair",
    "July22",
    "Dec17",
    "Friday, Dec17",
    "Friday, March1",
    "Friday, May2",
    "December2024",
    "22July",
    "2November",
    "2nOvember 2024",
    "A2November 2024",
    "xJuly 22",
    "אJuly 22",
    "July 22א",
    "Sun 22",
    "the 5th",
  ];
  it.each(NOTHING)("finds nothing in %j", (text) => {
    expect(extract(text)).toEqual([]);
  });

  it("reads two-digit years near the reference year", () => {
    expect(extract("Jun 26 '34", { referenceYear: 2024 })[0]?.stated.year).toBe(2034);
    expect(extract("Jun 26 '35", { referenceYear: 2024 })[0]?.stated.year).toBe(1935);
    expect(extract("Jun 26 '12", {})[0]?.stated.twoDigitYear).toBe(true);
  });

  it("runs in linear time on hostile input", () => {
    const inputs = [
      "July ".repeat(40_000),
      "1 ".repeat(100_000),
      "Sunday, ".repeat(25_000),
      "22 July 2018 ".repeat(15_000),
      "July 22, 2018 at ".repeat(12_000),
      `${"1".repeat(100_000)} July`,
    ];
    const counts = inputs.map((text) => extract(text).length);
    expect(counts).toEqual([0, 0, 0, 15_000, 12_000, 0]);
  });
});

describe("documented examples", () => {
  it("gregorianTextExtractor reads the masthead", () => {
    expect(gregorianTextExtractor.extract("Sunday, July 22nd", {})[0]?.stated).toEqual({
      month: 7,
      day: 22,
      weekday: 0,
    });
  });
  it("referenceYearOf({ referenceYear: 2018 }) is 2018", () => {
    expect(referenceYearOf({ referenceYear: 2018 })).toBe(2018);
  });
  it("fullYearFromTwoDigits(12, 2024) is 2012", () => {
    expect(fullYearFromTwoDigits(12, 2024)).toBe(2012);
  });
  it("weekdayOfPrefix reads Sun but not sun", () => {
    expect(weekdayOfPrefix("Sun")).toBe(0);
    expect(weekdayOfPrefix("sun")).toBeUndefined();
  });
  it("readTimeAfter reads a 12-hour time with a zone", () => {
    expect(readTimeAfter("July 22 at 9:15 PM EDT", 7)).toEqual({
      time: { hour: 21, minute: 15, second: 0 },
      offsetMinutes: -240,
      end: 22,
    });
  });
});

// ---- property: every supported form, rendered from random fields inside random prose, is read back ----

const MONTHS = ENGLISH_MONTHS;
const MONTH_ABBREVIATIONS = [
  "Jan",
  "Feb",
  "Mar",
  "Apr",
  "May",
  "Jun",
  "Jul",
  "Aug",
  "Sep",
  "Oct",
  "Nov",
  "Dec",
];
const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
const PROSE = [
  "the",
  "report",
  "was",
  "filed",
  "and",
  "reviewed",
  "later",
  "news",
  "שלום",
  "עמוד",
  "(",
  ")",
  "—",
  "|",
  ";",
];

function ordinal(day: number): string {
  if (day >= 11 && day <= 13) return "th";
  return ["th", "st", "nd", "rd"][day % 10] ?? "th";
}
const pad = (n: number): string => String(n).padStart(2, "0");

const ZONES: Array<[string, number | undefined]> = [
  ["", undefined],
  [" GMT", 0],
  [" UTC", 0],
  ["Z", 0],
  [" +0300", 180],
  [" -05:00", -300],
  [" EDT", -240],
  [" CEST", 120],
];

const fields = fc.record({
  year: fc.integer({ min: 1000, max: 2999 }),
  month: fc.integer({ min: 1, max: 12 }),
  day: fc.integer({ min: 1, max: 28 }),
  weekday: fc.option(fc.integer({ min: 0, max: 6 }), { nil: undefined }),
  time: fc.option(
    fc.record({
      hour: fc.integer({ min: 0, max: 23 }),
      minute: fc.integer({ min: 0, max: 59 }),
      second: fc.option(fc.integer({ min: 0, max: 59 }), { nil: undefined }),
      twelveHour: fc.boolean(),
      separator: fc.constantFrom(" ", ", ", " at ", " - ", " | "),
      zone: fc.integer({ min: 0, max: ZONES.length - 1 }),
    }),
    { nil: undefined },
  ),
  form: fc.integer({ min: 0, max: 5 }),
  before: fc.array(fc.constantFrom(...PROSE), { maxLength: 6 }),
  after: fc.array(fc.constantFrom(...PROSE), { maxLength: 6 }),
});

type Fields = typeof fields extends fc.Arbitrary<infer T> ? T : never;

function render(f: Fields): { text: string; stated: StatedFields } {
  const stated: StatedFields = { month: f.month, day: f.day };
  const monthName = MONTHS[f.month - 1]!;
  const abbreviation = MONTH_ABBREVIATIONS[f.month - 1]!;
  const twoDigits = f.year % 100;
  let date: string;
  switch (f.form) {
    case 0:
      date = `${monthName} ${f.day}${ordinal(f.day)}, ${f.year}`;
      stated.year = f.year;
      break;
    case 1:
      date = `${f.day} ${monthName} ${f.year}`;
      stated.year = f.year;
      break;
    case 2:
      date = `${abbreviation}. ${f.day}, ${f.year}`;
      stated.year = f.year;
      break;
    case 3:
      date = `${f.day}${ordinal(f.day)} of ${monthName}, ${f.year}`;
      stated.year = f.year;
      break;
    case 4:
      date = `${abbreviation} ${pad(f.day)} ’${pad(twoDigits)}`;
      stated.year = 2000 + twoDigits <= 2034 ? 2000 + twoDigits : 1900 + twoDigits;
      stated.twoDigitYear = true;
      break;
    default:
      date = `${monthName} ${f.day}${ordinal(f.day)}`;
  }
  if (f.weekday !== undefined) {
    date = `${WEEKDAYS[f.weekday]}, ${date}`;
    stated.weekday = f.weekday;
  }
  if (f.time !== undefined) {
    const t = f.time;
    const second = t.second ?? 0;
    const clock = t.twelveHour
      ? `${t.hour % 12 === 0 ? 12 : t.hour % 12}:${pad(t.minute)}${t.second === undefined ? "" : `:${pad(second)}`} ${t.hour < 12 ? "am" : "PM"}`
      : `${pad(t.hour)}:${pad(t.minute)}${t.second === undefined ? "" : `:${pad(second)}`}`;
    const [zoneText, offset] = ZONES[t.zone]!;
    // "Z" is written against a 24-hour clock; after "PM" it needs a space.
    date += `${t.separator}${clock}${zoneText === "Z" && t.twelveHour ? " Z" : zoneText}`;
    stated.time = { hour: t.hour, minute: t.minute, second };
    if (offset !== undefined) stated.offsetMinutes = offset;
  }
  return { text: date, stated };
}

describe("gregorianTextExtractor property", () => {
  it("reads back every rendered form inside prose", () => {
    fc.assert(
      fc.property(fields, (f) => {
        const { text: date, stated } = render(f);
        const prefix = f.before.length > 0 ? `${f.before.join(" ")} ` : "";
        const suffix = f.after.length > 0 ? ` ${f.after.join(" ")}` : "";
        const text = prefix + date + suffix;
        expect(extract(text)).toEqual([
          {
            start: prefix.length,
            end: prefix.length + date.length,
            calendar: "gregorian",
            extractor: "gregorian-text",
            stated,
          },
        ]);
      }),
      { numRuns: 2000 },
    );
  });
});

describe("gregorianTextExtractor: zones, trailing letters and case folding", () => {
  it.each([
    ["UTC+3", 180],
    ["GMT+03", 180],
    ["UTC-5", -300],
    ["GMT-05", -300],
    ["UTC+0530", 330],
    ["GMT+5:30", 330],
    ["UTC-0", 0],
  ])("an offset after UTC or GMT: %s is %i minutes", (zone, minutes) => {
    const text = `December 13, 2015 2:27 pm ${zone}`;
    const [candidate] = extract(text);
    expect(candidate?.end).toBe(text.length);
    expect(candidate?.stated.offsetMinutes).toBe(minutes);
    expect(candidate?.stated.time).toEqual({ hour: 14, minute: 27, second: 0 });
  });

  it("an offset past 14 hours is no zone: the time ends before it", () => {
    const [candidate] = extract("December 13, 2015 2:27 pm UTC+15");
    expect(candidate?.stated.offsetMinutes).toBeUndefined();
    expect(candidate?.stated.time).toEqual({ hour: 14, minute: 27, second: 0 });
  });

  it.each(["December 13, 2015 2:27x", "December 13, 2015 14:30h", "December 13, 2015 14:30א"])(
    "a time run into a letter is no time: %j ends at the year",
    (text) => {
      const candidates = extract(text);
      expect(candidates.map((c) => text.slice(c.start, c.end))).toEqual(["December 13, 2015"]);
      expect(candidates[0]?.stated.time).toBeUndefined();
    },
  );

  it("readTimeAfter is undefined for a time run into a letter", () => {
    expect(readTimeAfter("July 22 10:30abc", 7)).toBeUndefined();
    expect(readTimeAfter("July 22 10:30 abc", 7)).toEqual({
      time: { hour: 10, minute: 30, second: 0 },
      end: 13,
    });
  });

  // Case-insensitive Unicode matching folds "ſ" (long s) to "s", so the pattern takes "Auguſt"; the
  // lexicon does not know that spelling, and the match is passed over rather than misread.
  it("a month the pattern folds to but the lexicon does not know is passed over", () => {
    expect(/^august$/iu.test("Auguſt")).toBe(true);
    expect(extract("22 Auguſt 2018")).toEqual([]);
    expect(extract("22 Auguſt 2018, 23 August 2018").map((c) => c.stated.day)).toEqual([23]);
  });
});

describe("gregorianTextExtractor: overlapping readings", () => {
  it("of two overlapping readings of the same length the first stays", () => {
    // "July 22" (month first) and "22 July" (day first) share the 22.
    expect(extract("July 22 July").map((c) => [c.start, c.end, c.stated.month, c.stated.day])).toEqual([
      [0, 7, 7, 22],
    ]);
  });

  it("a longer overlapping reading replaces a shorter one", () => {
    expect(extract("5 July 22, 2018").map((c) => [c.start, c.end])).toEqual([[2, 15]]);
  });
});
