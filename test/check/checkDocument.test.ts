import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type CheckOptions, checkDocument } from "../../src/check/checkDocument.js";
import { parseDates, VOCABULARY } from "../../src/read/parseDates.js";
import { dateErrorCode } from "../support/dateErrors.js";
import { daysBetween, hebrewOf, noaaSunset, REFERENCE, reasonsOf, weekdayOfIso } from "./fixtures.js";

const REPO_ROOT = fileURLToPath(new URL("../../", import.meta.url));
// The seed page's date lines, as the repository keeps them (tests read only the repository's files).
const SEED = readFileSync(`${REPO_ROOT}examples/seed-page.txt`, "utf8");

function check(text: string, options: Omit<CheckOptions, "reference"> = {}) {
  return checkDocument(text, { reference: REFERENCE, ...options });
}

describe("the fixtures agree with ICU and @hebcal/core", () => {
  it.each([
    ["2018-07-22", "Sunday", { year: 5778, month: 5, day: 10 }],
    ["2015-12-13", "Sunday", { year: 5776, month: 10, day: 1 }],
    ["1840-07-31", "Friday", { year: 5600, month: 5, day: 1 }],
    ["1962-01-18", "Thursday", { year: 5722, month: 11, day: 13 }],
    ["2024-03-01", "Friday", { year: 5784, month: 12, day: 21 }],
    ["2018-08-01", "Wednesday", { year: 5778, month: 5, day: 20 }],
    ["2018-07-23", "Monday", { year: 5778, month: 5, day: 11 }],
  ])("%s is a %s, %o", (iso, weekday, hebrew) => {
    expect(weekdayOfIso(iso)).toBe(weekday);
    expect(hebrewOf(iso)).toMatchObject(hebrew);
  });

  it("the seed's timestamp is 952 days before its masthead", () => {
    expect(daysBetween("2018-07-22", "2015-12-13")).toBe(-952);
  });
});

describe("checkDocument: the seed page", () => {
  const report = check(SEED);

  it("is consistent, with nothing to complain about", () => {
    expect(report.verdict).toBe("consistent");
    expect(reasonsOf(report)).toEqual([]);
    expect(report.problems).toEqual([]);
  });

  it("its masthead pair `Sunday, July 22nd | 10 Av 5778` matches, weekday ok", () => {
    expect(report.pairs).toHaveLength(1);
    const [pair] = report.pairs;
    expect(pair?.gregorian.text).toBe("Sunday, July 22nd");
    expect(pair?.hebrew.text).toBe("10 Av 5778");
    expect(pair?.verdict).toBe("match");
    expect(pair?.offsetDays).toBe(0);
    expect(pair?.weekday).toMatchObject({ verdict: "ok", stated: "Sunday", actual: "Sunday" });
    expect(report.masthead).toEqual({ iso: "2018-07-22", hebrew: "10 Av 5778", line: 1 });
  });

  it("infers the masthead's year, 2018, from the Hebrew date", () => {
    // With the reference 2026-11-24, the reference alone would give 2026 and the weekday 2029:
    // only the Hebrew date beside it gives 2018.
    expect(report.pairs[0]?.gregorian.iso).toBe("2018-07-22");
    expect(report.pairs[0]?.inferred).toContainEqual(expect.objectContaining({ field: "year", value: 2018 }));
    const masthead = parseDates(SEED, { reference: REFERENCE }).mentions.find(
      (mention) => mention.text === "Sunday, July 22nd",
    );
    expect(masthead?.inferred).toContainEqual(
      expect.objectContaining({ field: "year", value: 2018, from: "hebrew" }),
    );
  });

  it("its timestamp `December 13, 2015 2:27 pm` is 1 Tevet 5776, 952 days before the masthead", () => {
    expect(report.timestamps).toHaveLength(1);
    const [timestamp] = report.timestamps;
    expect(timestamp?.gregorian.iso).toBe("2015-12-13");
    expect(timestamp?.time).toBe("14:27");
    expect(timestamp?.line).toBe(3);
    expect(timestamp?.hebrew.text).toBe("1 Tevet 5776");
    expect(timestamp?.afterSunset).toBe(false);
    expect(timestamp?.daysFromMasthead).toBe(-952);
  });

  it("reads the same with prose around its date lines", () => {
    const page = `${SEED.split("\n")[0]}\n\nA story about the city's new park, written by a reporter.\n\n${SEED.split("\n")[2]}\n\nThe park opened to the public after years of planning and debate in the council.\n`;
    const copy = check(page);
    expect(copy.verdict).toBe("consistent");
    expect(copy.masthead?.iso).toBe("2018-07-22");
    expect(copy.timestamps[0]?.daysFromMasthead).toBe(-952);
  });
});

/** The one pair of a document, which must be consistent. */
function onePair(text: string) {
  const report = check(text);
  expect(report.pairs, text).toHaveLength(1);
  expect(report.verdict, text).toBe("consistent");
  return { report, pair: report.pairs[0]! };
}

describe("checkDocument: what joins a pair", () => {
  it("does not pair dates a blank line apart (a masthead and the timestamp under it)", () => {
    const report = checkDocument("10 Av 5778\n\nDecember 13, 2015 2:27 pm", { reference: "2026-11-24" });
    expect(report.pairs).toHaveLength(0);
    expect(report.timestamps).toHaveLength(1);
    expect(report.verdict).toBe("unchecked");
  });

  it.each([" | ", " / ", " • ", " · ", " - ", " – ", ", ", "\n"])(
    "G and H with %j between them",
    (separator) => {
      const { report, pair } = onePair(`Sunday, July 22nd${separator}10 Av 5778`);
      expect(pair.verdict).toBe("match");
      expect(pair.weekday.verdict).toBe("ok");
      expect(report.masthead?.iso).toBe("2018-07-22");
    },
  );

  it.each([" | ", " / ", " • ", " · ", " - ", " – ", ", ", "\n"])(
    "H and G with %j between them",
    (separator) => {
      const { pair } = onePair(`10 Av 5778${separator}Sunday, July 22nd`);
      expect(pair.verdict).toBe("match");
      expect(pair.gregorian.iso).toBe("2018-07-22");
      expect(pair.weekday.verdict).toBe("ok");
    },
  );

  it("parentheses: (1 Av 5600, 31 July 1840)", () => {
    const { pair } = onePair(
      "The rabbi was born in Vilna (1 Av 5600, 31 July 1840) to a family of printers.",
    );
    expect(pair.verdict).toBe("match");
    expect(pair.gregorian.iso).toBe("1840-07-31");
    expect(pair.hebrew.canonical).toBe("1 Av 5600");
  });

  it.each([" … ", " ... ", " "])("brackets: 13th of Shevat, 5722%s[January 18, 1962]", (gap) => {
    const { pair } = onePair(
      `The letter is dated the 13th of Shevat, 5722${gap}[January 18, 1962] and signed.`,
    );
    expect(pair.verdict).toBe("match");
    expect(pair.gregorian.iso).toBe("1962-01-18");
    expect(pair.hebrew.canonical).toMatch(/^13 Sh'?e?vat 5722$/);
  });

  it("a line break: G on one line, H on the next, lines counted", () => {
    const { report, pair } = onePair("Masthead\nFriday, March 1, 2024\n21 Adar I 5784\n");
    expect(pair.verdict).toBe("match");
    expect(pair.gregorian.line).toBe(2);
    expect(pair.hebrew.line).toBe(3);
    expect(report.masthead?.line).toBe(2);
  });

  it("dates separated by prose are not a pair", () => {
    const report = check("Sunday, July 22, 2018 was hot. We left the city soon after that, on 10 Av 5778.");
    expect(report.pairs).toEqual([]);
    expect(report.dates.map((date) => date.text)).toEqual(["Sunday, July 22, 2018", "10 Av 5778"]);
    expect(report.verdict).toBe("consistent");
  });
});

describe("checkDocument: Hebrew-script mastheads and weekdays on either side", () => {
  it("יום א׳, י׳ באב תשע״ח | Sunday, July 22, 2018", () => {
    const { pair } = onePair("יום א׳, י׳ באב תשע״ח | Sunday, July 22, 2018");
    expect(pair.verdict).toBe("match");
    expect(pair.hebrew.canonical).toBe("10 Av 5778");
    expect(pair.weekday).toMatchObject({ verdict: "ok", stated: "Sunday", actual: "Sunday" });
  });

  it("a weekday on the Hebrew side only", () => {
    const { pair } = onePair("יום א׳, י׳ באב תשע״ח | July 22, 2018");
    expect(pair.weekday).toMatchObject({ verdict: "ok", stated: "Sunday", actual: "Sunday" });
  });

  it("a weekday on the Gregorian side only, the Hebrew date first", () => {
    const { pair } = onePair("10 Av 5778 | Sunday, July 22");
    expect(pair.weekday).toMatchObject({ verdict: "ok", stated: "Sunday", actual: "Sunday" });
    expect(pair.gregorian.iso).toBe("2018-07-22");
  });

  it("a wrong weekday on the Hebrew side makes the page inconsistent", () => {
    const report = check("יום ב׳, י׳ באב תשע״ח | July 22, 2018");
    expect(report.verdict).toBe("inconsistent");
    expect(report.pairs[0]?.weekday).toMatchObject({
      verdict: "mismatch",
      stated: "Monday",
      actual: "Sunday",
    });
  });

  it("a wrong Hebrew-side weekday beside a right Gregorian one still counts", () => {
    const report = check("יום ב׳, י׳ באב תשע״ח | Sunday, July 22, 2018");
    expect(report.verdict).toBe("inconsistent");
    expect(report.pairs[0]?.weekday.verdict).toBe("mismatch");
  });

  // The reader gained this in src/read/extractors/hebrewLatin.ts while these tests were written:
  // before, "Monday, 10 Av 5778 | July 22, 2018" came back consistent with weekday "none".
  it("a weekday before a Latin-letter Hebrew date is judged", () => {
    const report = check("Monday, 10 Av 5778 | July 22, 2018");
    expect(report.pairs[0]?.weekday).toMatchObject({
      verdict: "mismatch",
      stated: "Monday",
      actual: "Sunday",
    });
    expect(report.verdict).toBe("inconsistent");
    const right = check("Sunday, 10 Av 5778 | July 22, 2018");
    expect(right.pairs[0]?.weekday).toMatchObject({ verdict: "ok", stated: "Sunday", actual: "Sunday" });
    expect(right.verdict).toBe("consistent");
  });
});

describe("checkDocument: verdicts", () => {
  it("several pairs in one document, each judged; the first is the masthead", () => {
    const report = check(
      [
        "Sunday, July 22nd | 10 Av 5778",
        "",
        "Also this week: Friday, March 1, 2024 / 21 Adar I 5784, and a birthday (1 Av 5600, 31 July 1840).",
      ].join("\n"),
    );
    expect(report.verdict).toBe("consistent");
    expect(report.pairs.map((pair) => [pair.gregorian.iso, pair.verdict])).toEqual([
      ["2018-07-22", "match"],
      ["2024-03-01", "match"],
      ["1840-07-31", "match"],
    ]);
    expect(report.masthead?.iso).toBe("2018-07-22");
  });

  it("a mismatching masthead is inconsistent, with a reason on its line", () => {
    const report = check("Site news\nSunday, July 22nd | 12 Av 5778\n");
    expect(report.verdict).toBe("inconsistent");
    expect(report.pairs[0]?.verdict).toBe("mismatch");
    expect(report.pairs[0]?.offsetDays).toBe(2);
    expect(reasonsOf(report)).toHaveLength(1);
    expect(reasonsOf(report)[0]).toMatch(/^line 2\b/);
  });

  it("a later pair that mismatches makes the page inconsistent too", () => {
    const report = check("Sunday, July 22nd | 10 Av 5778\n\nFriday, March 1, 2024 / 21 Adar II 5784");
    expect(report.verdict).toBe("inconsistent");
    expect(report.pairs[1]?.hints.map((hint) => hint.code)).toEqual(["adar-confusion"]);
    expect(reasonsOf(report)).toHaveLength(1);
  });

  it("a masthead matching after sunset is consistent", () => {
    const report = check("Saturday, July 21st | 10 Av 5778");
    expect(report.verdict).toBe("consistent");
    expect(report.pairs[0]?.verdict).toBe("match-after-sunset");
  });

  it("a timestamp after the masthead is inconsistent", () => {
    const report = check("Sunday, July 22nd | 10 Av 5778\n\nAugust 1, 2018 9:00 am");
    expect(report.verdict).toBe("inconsistent");
    expect(report.timestamps[0]?.daysFromMasthead).toBe(daysBetween("2018-07-22", "2018-08-01"));
    expect(report.timestamps[0]?.hebrew.text).toBe("20 Av 5778");
    expect(reasonsOf(report)).toHaveLength(1);
    expect(reasonsOf(report)[0]).toMatch(/^line 3\b/);
  });

  it("a timestamp above the first pair is not judged against it (a post's date over its list)", () => {
    const report = check(
      "Saturday, 04 January 2025 - 15:45\n\n5 Tevet 5293 (3 December 1532 O.S.) - a yahrzeit.",
    );
    expect(report.verdict).toBe("consistent");
    expect(report.timestamps[0]?.daysFromMasthead).toBeUndefined();
    expect(report.findings.map((found) => found.code)).not.toContain("timestamp-after-masthead");
  });

  it("a timestamp on the masthead's own day is consistent", () => {
    const report = check("Sunday, July 22nd | 10 Av 5778\n\nJuly 22, 2018 9:00 am");
    expect(report.verdict).toBe("consistent");
    expect(report.timestamps[0]?.daysFromMasthead).toBe(0);
  });

  it("a wrong stated weekday on a lone date is inconsistent; a right one is not", () => {
    const wrong = check("The meeting is on Monday, July 22, 2018, in the small hall.");
    expect(wrong.verdict).toBe("inconsistent");
    expect(reasonsOf(wrong)).toHaveLength(1);
    expect(wrong.dates).toEqual([
      expect.objectContaining({ text: "Monday, July 22, 2018", iso: "2018-07-22" }),
    ]);
    const right = check("The meeting is on Sunday, July 22, 2018, in the small hall.");
    expect(right.verdict).toBe("consistent");
    expect(right.dates[0]?.hebrew).toBe("10 Av 5778");
  });

  it("a date that names no real day is inconsistent and listed as a problem", () => {
    const report = check("Published 40 Av 5778.");
    expect(report.verdict).toBe("inconsistent");
    expect(report.problems.map((problem) => problem.code)).toEqual(["day-out-of-range"]);
  });

  it.each([
    "",
    "Just some prose about nothing in particular.",
    "In 2018 we sold 22 items on 10th Avenue, and 5778 people came.",
  ])("no-dates: %j", (text) => {
    const report = check(text);
    expect(report.verdict).toBe("no-dates");
    expect(report.pairs).toEqual([]);
    expect(report.timestamps).toEqual([]);
    expect(report.dates).toEqual([]);
  });
});

// Jerusalem and New York as @hebcal/core places them.
const JERUSALEM = { latitude: 31.76904, longitude: 35.21633 };
const NEW_YORK = { latitude: 40.71427, longitude: -74.00597 };

/** Minutes between two instants. */
function minutesApart(a: string | undefined, b: Date): number {
  return Math.abs(new Date(a ?? Number.NaN).getTime() - b.getTime()) / 60_000;
}

describe("checkDocument: timestamps and sunset", () => {
  it("NOAA puts sunset in Jerusalem on 22 July 2018 at about 19:43 local (16:43 UTC)", () => {
    const sunset = noaaSunset("2018-07-22", JERUSALEM.latitude, JERUSALEM.longitude);
    expect(sunset.toISOString()).toMatch(/^2018-07-22T16:4\d/);
  });

  it.each([
    ["timeZone: Asia/Jerusalem", { timeZone: "Asia/Jerusalem" }],
    ["location: Jerusalem", { location: "Jerusalem" }],
    ["location as coordinates with a zone", { location: { ...JERUSALEM, timeZone: "Asia/Jerusalem" } }],
    ["coordinates with a UTC offset", { timeZone: "+03:00", location: { ...JERUSALEM, timeZone: "+03:00" } }],
  ])("9:15 PM on 22 July 2018 is after sunset in Jerusalem (%s): 11 Av 5778", (_name, options) => {
    const report = check("posted July 22, 2018 9:15 PM", options);
    const [timestamp] = report.timestamps;
    expect(timestamp?.time).toBe("21:15");
    expect(timestamp?.afterSunset).toBe(true);
    expect(timestamp?.hebrew.text).toBe("11 Av 5778");
    expect(timestamp?.sunset).toMatch(/^2018-07-22T19:\d\d(:\d\d)?\+03:00$/);
    expect(
      minutesApart(timestamp?.sunset, noaaSunset("2018-07-22", JERUSALEM.latitude, JERUSALEM.longitude)),
    ).toBeLessThan(3);
  });

  it("a UTC offset without a whole-hour name cannot place sunset: invalid-option, up front", () => {
    const location = { latitude: 19.07, longitude: 72.88, timeZone: "+05:30" };
    expect(dateErrorCode(() => checkDocument("posted July 22, 2018 9:15 PM", { location }))).toBe(
      "invalid-option",
    );
    // As a zone alone it is fine: times are read in it, and no place for sunset is guessed from it.
    const [timestamp] = check("posted July 22, 2018 9:15 PM", { timeZone: "+05:30" }).timestamps;
    expect(timestamp?.afterSunset).toBe(false);
    expect(timestamp?.sunset).toBeUndefined();
  });

  it("7:15 PM the same day is before sunset: 10 Av 5778", () => {
    const [timestamp] = check("posted July 22, 2018 7:15 PM", { timeZone: "Asia/Jerusalem" }).timestamps;
    expect(timestamp?.afterSunset).toBe(false);
    expect(timestamp?.hebrew.text).toBe("10 Av 5778");
  });

  it("New York: 8:45 PM is after sunset, 8:05 PM before", () => {
    const sunset = noaaSunset("2018-07-22", NEW_YORK.latitude, NEW_YORK.longitude);
    const late = check("posted July 22, 2018 8:45 PM", { timeZone: "America/New_York" }).timestamps[0];
    const early = check("posted July 22, 2018 8:05 PM", { timeZone: "America/New_York" }).timestamps[0];
    expect(late?.afterSunset).toBe(true);
    expect(early?.afterSunset).toBe(false);
    expect(minutesApart(late?.sunset, sunset)).toBeLessThan(3);
  });

  it("without a place, no sunset is assumed", () => {
    const [timestamp] = check("posted July 22, 2018 9:15 PM").timestamps;
    expect(timestamp?.afterSunset).toBe(false);
    expect(timestamp?.sunset).toBeUndefined();
    expect(timestamp?.hebrew.text).toBe("10 Av 5778");
  });

  it("coordinates without a zone do not guess one for a time without an offset", () => {
    const [timestamp] = check("posted July 22, 2018 9:15 PM", { location: JERUSALEM }).timestamps;
    expect(timestamp?.afterSunset).toBe(false);
  });

  it.each([
    ["2018-07-22T21:15:00+03:00", "+03:00", true],
    ["2018-07-22T18:15:00Z", "+00:00", true],
    ["2018-07-22T16:15:00Z", "+00:00", false],
  ])("a time with an explicit offset, %s, at Jerusalem", (written, offset, after) => {
    const [timestamp] = check(`posted ${written}`, { location: "Jerusalem" }).timestamps;
    expect(timestamp?.offset).toBe(offset);
    expect(timestamp?.afterSunset).toBe(after);
    expect(timestamp?.hebrew.text).toBe(after ? "11 Av 5778" : "10 Av 5778");
  });

  it("an explicit offset wins over the timeZone option", () => {
    // 18:15 UTC is 21:15 in Jerusalem, after sunset; read as Jerusalem time it would be before.
    const [timestamp] = check("posted 2018-07-22T18:15:00Z", { timeZone: "Asia/Jerusalem" }).timestamps;
    expect(timestamp?.afterSunset).toBe(true);
  });

  it("a timestamp after sunset keeps its civil day for the distance from the masthead", () => {
    const report = check("Sunday, July 22nd | 10 Av 5778\nposted July 22, 2018 9:15 PM", {
      timeZone: "Asia/Jerusalem",
    });
    expect(report.verdict).toBe("consistent");
    expect(report.timestamps[0]?.afterSunset).toBe(true);
    expect(report.timestamps[0]?.daysFromMasthead).toBe(0);
  });

  it("unknown time zones and places are misuse", () => {
    expect(dateErrorCode(() => check("July 22, 2018", { timeZone: "Mars/Olympus" }))).toBe("invalid-option");
    expect(dateErrorCode(() => check("July 22, 2018", { location: "Atlantis" }))).toBe("invalid-option");
  });
});

const DATE_TOKENS = [
  "Sunday,",
  "July",
  "22nd",
  "22",
  "Av",
  "10",
  "5778",
  "|",
  "/",
  "(",
  ")",
  "[",
  "]",
  "\n",
  "יום א׳,",
  "י׳",
  "באב",
  "תשע״ח",
  "ה'תשע\"ח",
  "Adar II",
  "Adar",
  "30",
  "February",
  "O.S.",
  "2:27 pm",
  "2018-07-22T21:15:00+03:00",
  "13/12/2015",
  "Cheshvan",
  "40",
  "0",
  "-1",
  "99999",
];

describe("checkDocument: never throws", () => {
  it("on any string", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", maxLength: 200 }), (text) => {
        expect(["consistent", "inconsistent", "no-dates"]).toContain(check(text).verdict);
      }),
      { numRuns: 300 },
    );
  });

  it("on strings made of date pieces, with any of the supported options", () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constantFrom(...DATE_TOKENS), fc.string({ maxLength: 4 })), { maxLength: 30 }),
        fc.constantFrom(" ", "", ", ", "  "),
        fc.constantFrom<Omit<CheckOptions, "reference">>(
          {},
          { timeZone: "Asia/Jerusalem" },
          { location: "Jerusalem" },
          { timeZone: "America/New_York", numericOrder: "dmy" },
          { numericOrder: "mdy" },
        ),
        (tokens, glue, options) => {
          const report = check(tokens.join(glue), options);
          expect(["consistent", "inconsistent", "unchecked", "no-dates"]).toContain(report.verdict);
          // "consistent" and "inconsistent" are for pages with dates; reasons only for inconsistent ones.
          expect(reasonsOf(report).length > 0).toBe(report.verdict === "inconsistent");
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe("checkDocument: less common paths", () => {
  it("a text that is not a string is misuse (a TypeError)", () => {
    expect(() => checkDocument(42 as never)).toThrow(TypeError);
    expect(() => checkDocument(undefined as never)).toThrow("checkDocument: text must be a string");
  });

  it("a timestamp with seconds and a negative offset keeps both, and New York's sunset in that offset", () => {
    const [timestamp] = check("posted 2018-07-22T14:30:15-05:00", { location: "New York" }).timestamps;
    expect(timestamp).toMatchObject({ time: "14:30:15", offset: "-05:00", afterSunset: false });
    expect(timestamp?.hebrew.text).toBe("10 Av 5778");
    expect(timestamp?.sunset).toMatch(/^2018-07-22T(19|20):\d\d(:\d\d)?-05:00$/);
  });

  it.each([
    ["midnight sun", "June 21, 2018 11:45 PM"],
    ["polar night", "December 21, 2018 11:45 PM"],
  ])("where the sun does not set (%s on Svalbard) no timestamp is after sunset", (_name, written) => {
    const location = { latitude: 78.22, longitude: 15.65, timeZone: "Europe/Oslo" };
    const [timestamp] = check(`posted ${written}`, { location }).timestamps;
    expect(timestamp?.afterSunset).toBe(false);
    expect(timestamp?.sunset).toBeUndefined();
    expect(timestamp?.time).toBe("23:45");
  });

  it("a misspelled month is a problem but not a reason: the page is unchecked, not inconsistent", () => {
    const report = check("published 10 Avv 5778");
    expect(report.problems).toMatchObject([{ code: "unknown-month", text: "10 Avv 5778", line: 1 }]);
    expect(reasonsOf(report)).toEqual([]);
    expect(report.findings.map((f) => [f.code, f.severity])).toEqual([["unknown-month", "note"]]);
    expect(report.verdict).toBe("unchecked");
  });

  it("a pair whose Gregorian date names no real day is invalid, with no masthead", () => {
    const report = check("Sunday, February 30th 2015 | 10 Av 5778");
    expect(report.pairs).toHaveLength(1);
    const [pair] = report.pairs;
    expect(pair?.verdict).toBe("invalid");
    expect(pair?.offsetDays).toBeUndefined();
    expect(pair?.weekday).toMatchObject({ verdict: "none" });
    expect(pair?.gregorian.iso).toBeUndefined();
    expect(pair?.hebrew.canonical).toBe("10 Av 5778");
    expect(pair?.explanation).toBe("One of the dates names no real day.");
    expect(report.masthead).toBeUndefined();
    expect(reasonsOf(report)).toEqual(["line 1: February 2015 has 28 days; there is no day 30"]);
    expect(report.verdict).toBe("inconsistent");
  });

  it("the masthead is the first pair that names real days, not an invalid one before it", () => {
    const report = check("Sunday, February 30th 2015 | 10 Av 5778\n\nSunday, July 22nd | 10 Av 5778\n");
    expect(report.pairs.map((pair) => pair.verdict)).toEqual(["invalid", "match"]);
    expect(report.masthead).toEqual({ iso: "2018-07-22", hebrew: "10 Av 5778", line: 3 });
  });

  // Bug: a pair with an unreadable side is "invalid" with weekday "none", and paired dates skip the
  // lone-date weekday check, so a wrong weekday on its readable Gregorian date is silently dropped
  // (the same date alone is inconsistent).
  it("a wrong weekday on a readable date beside an unreadable Hebrew date is still reported", () => {
    expect(check("Monday, 22 July 2018").verdict).toBe("inconsistent");
    const report = check("Monday, 22 July 2018 | 10 Avv 5778");
    expect(report.verdict).toBe("inconsistent");
    expect(reasonsOf(report).join("\n")).toMatch(/Sunday/);
  });
});

describe("checkDocument without the readers of words (the benchmark's VOCABULARY key)", () => {
  it("passes the key on to the reading", () => {
    const text = "Purim 5787 | March 23, 2027"; // 14 Adar II 5787 (ICU: Tuesday, 14 Adar II 5787)
    const options = { reference: REFERENCE, [VOCABULARY]: false } as CheckOptions;
    expect(checkDocument(text, { reference: REFERENCE }).pairs.map((pair) => pair.verdict)).toEqual([
      "match",
    ]);
    expect(checkDocument(text, options).pairs).toHaveLength(0);
  });
});
