import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readText } from "../../src/read/parseDates.js";
import { readDate } from "../../src/read/readDate.js";
import { readMentions } from "../../src/read/readMentions.js";
import { toReferenceDayNumber } from "../../src/read/referenceDay.js";
import { DATE_REFINERS } from "../../src/read/refiners/dateRefiners.js";
import { REFINERS } from "../../src/read/refiners/index.js";
import { dayNumberOfIso } from "../support/dayNumbers.js";
import { ENGLISH_MONTHS } from "../support/monthNames.js";

const OPTIONS = { referenceDayNumber: toReferenceDayNumber("2026-11-24"), numericOrder: "auto" as const };

// What readOneDate lets stand beside the dates of a string it accepts (its FILLER).
const FILLER = /^[\s\u00a0"'“”‘’„‚«»‹›()[\]{}<>.,;:|/•·\-–—]*$/u;

function uncovered(text: string, spans: ReadonlyArray<{ start: number; end: number }>): string {
  let rest = "";
  let last = 0;
  for (const span of spans) {
    rest += text.slice(last, span.start);
    last = span.end;
  }
  return rest + text.slice(last);
}

const HEBREW_MONTHS = [
  "Tishrei",
  "Cheshvan",
  "Kislev",
  "Tevet",
  "Shevat",
  "Adar",
  "Adar I",
  "Adar II",
  "Nisan",
  "Iyar",
  "Sivan",
  "Tammuz",
  "Av",
  "Elul",
];
const WEEKDAYS = ["Sunday", "Monday", "Friday", "Friday night", "Shabbat", "Motzei Shabbat"];

const day = fc.integer({ min: 1, max: 31 });
const hebrewYear = fc.integer({ min: 5770, max: 5790 });
const gregorianYear = fc.integer({ min: 2010, max: 2030 });
const hebrewDate = fc.oneof(
  fc
    .tuple(day, fc.constantFrom(...HEBREW_MONTHS), fc.option(hebrewYear))
    .map(([d, m, y]) => `${d} ${m}${y ? ` ${y}` : ""}`),
  fc.tuple(day, fc.constantFrom(...HEBREW_MONTHS)).map(([d, m]) => `${d}th of ${m}`),
  fc.constantFrom(
    "י׳ באב תשע״ח",
    "כ״ה בכסלו",
    "ל׳ בחשון",
    "Erev Pesach",
    "Tisha B'Av 5787",
    "Chanukah",
    "6–7 Sivan",
    "Purim 5779",
    "Gimmel Tammuz",
  ),
);
const gregorianDate = fc.oneof(
  fc
    .tuple(fc.constantFrom(...ENGLISH_MONTHS), day, fc.option(gregorianYear))
    .map(([m, d, y]) => `${m} ${d}${y ? `, ${y}` : ""}`),
  fc.tuple(day, fc.constantFrom(...ENGLISH_MONTHS), gregorianYear).map(([d, m, y]) => `${d} ${m} ${y}`),
  fc
    .tuple(gregorianYear, fc.integer({ min: 1, max: 12 }), day)
    .map(([y, m, d]) => `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`),
  fc
    .tuple(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 12 }), gregorianYear)
    .map(([a, b, y]) => `${a}/${b}/${y}`),
  fc.constantFrom(
    "Sun, 22 Jul 2018",
    "June 11–12, 2027",
    "22 ביולי 2018",
    "22 июля 2018",
    "December 4",
    "July 22nd",
  ),
);
const date = fc.oneof(
  hebrewDate,
  gregorianDate,
  fc.tuple(fc.constantFrom(...WEEKDAYS), fc.oneof(gregorianDate, hebrewDate)).map(([w, d]) => `${w}, ${d}`),
);
const separator = fc.constantFrom(
  " ",
  ", ",
  " | ",
  " (",
  ") ",
  "\n",
  "\n\n",
  "\n\n\n",
  " – ",
  " - ",
  " / ",
  "; ",
  ": ",
  " • ",
);
// Words that a page joins dates with, or reads a year from, and plain words: strings readOneDate refuses.
const words = fc.constantFrom(
  " which falls on ",
  " corresponding to ",
  ", and ",
  " on ",
  " begins at sundown on ",
  " the evening of ",
  " until ",
  " In 2018, ",
  " hello ",
  " שחל ב",
);
const text = fc
  .tuple(
    fc.constantFrom("", "(", "“", "  "),
    date,
    fc.array(fc.tuple(fc.oneof({ weight: 3, arbitrary: separator }, { weight: 1, arbitrary: words }), date), {
      maxLength: 2,
    }),
    fc.constantFrom("", ")", "”", ".", " "),
  )
  .map(([open, first, rest, close]) => open + first + rest.map(([gap, next]) => gap + next).join("") + close);

describe("readDate, the reading of one date", () => {
  it("@example", () => {
    expect(readDate("10 Av 5778", OPTIONS).mentions[0]?.dayNumber).toBe(736897);
    expect(readMentions("10 Av 5778", OPTIONS, DATE_REFINERS).mentions[0]?.dayNumber).toBe(736897);
    expect(dayNumberOfIso("2018-07-22")).toBe(736897);
  });

  it("runs the page's refiners in the same order, without those that read the words around dates", () => {
    const names = (refiners: typeof REFINERS) => refiners.map((refiner) => refiner.name);
    // They read the words around dates ("in 2024 …", "and continues until", "from sundown", "begins
    // on"): a string of one date holds none.
    // So do "&" or "and" between two days, a clause's "… Rosh Hashanah begins.", and a connector's
    // evening before a civil span, a letter's blessing and bracketed civil date, and a pair's evening
    // in brackets after its civil date, an event listing's title over the span on the line below, and
    // a year-less range given the Hebrew year the page names elsewhere, and an evening word just
    // before a civil date written first.
    const wordSteps = new Set([
      "letter-date",
      "year-from-prose",
      "holiday-ends",
      "evening-before",
      "evening-in-brackets",
      "holiday-begins",
      "page-ranges",
      "evening-range-end",
      "begins-after",
      "event-listing",
      "range-in-page-year",
      // A page's title: a string of one date has none.
      "year-from-hebrew-title",
      "evening-word-before",
      "year-start-evening",
      // A page's other dates and holidays: a string of one date has none.
      "numeric-order-clues",
      // A newspaper's short date year first, by the Hebrew year beside it: a page's masthead.
      "year-first-from-partner",
    ]);
    expect(names(DATE_REFINERS)).toEqual(names(REFINERS).filter((name) => !wordSteps.has(name)));
  });

  it("reads a pair in one string as the page does", () => {
    for (const pair of [
      "10 Av 5778 (July 22, 2018)",
      "Sunday, July 22nd | 10 Av 5778",
      "10 Av\n\n\nJuly 22, 2018",
    ]) {
      const reading = readDate(pair, OPTIONS);
      expect(reading.groups.map((group) => group.kind)).toEqual(["pair"]);
      expect(new Set(reading.mentions.map((mention) => mention.dayNumber))).toEqual(
        new Set([dayNumberOfIso("2018-07-22")]),
      );
      const page = readText(pair, OPTIONS);
      expect(reading.mentions).toEqual(page.mentions);
      expect(reading.groups).toEqual(page.groups);
    }
  });

  it("reads a holiday name that stands alone, which a page reads only near a date with numbers", () => {
    for (const alone of ["Purim", "Erev Pesach", "Chanukah", "ערב פסח"]) {
      expect(readDate(alone, OPTIONS).mentions.map((mention) => mention.extractor)).toEqual(["holiday-name"]);
      expect(readText(alone, OPTIONS).mentions).toEqual([]);
    }
    expect(readText("Purim 5787", OPTIONS).mentions.map((mention) => mention.text)).toEqual(["Purim 5787"]);
  });

  it("does not join dates by a phrase, which a string of one date cannot hold", () => {
    const joined = "10 Av, which falls on July 22, 2018";
    expect(readText(joined, OPTIONS).groups).toHaveLength(1);
    expect(readDate(joined, OPTIONS).groups).toEqual([]);
  });

  it("reads a date's year given by another date's year as the page does", () => {
    // "Tishrei 5777" names the year the page is in; 5777 has no Adar I, on the page and here.
    const text = "1 Adar I שחל ב1 Tishrei 5777";
    const clean = (reading: { mentions: ReadonlyArray<{ problem?: unknown }> }) =>
      reading.mentions.some((mention) => !mention.problem);
    expect(clean(readDate(text, OPTIONS))).toBe(clean(readMentions(text, OPTIONS, REFINERS)));
  });

  it("reads what the page reads wherever only separators stand beside the dates (property)", () => {
    let compared = 0;
    fc.assert(
      fc.property(text, fc.boolean(), (input, israel) => {
        const options = { ...OPTIONS, israel };
        const one = readDate(input, options);
        // A page reads holiday names only near a date written with numbers; a string of one date
        // reads them wherever they stand, as the page's refiners do when given no windows for them.
        const page = readMentions(input, options, REFINERS);
        // The same extractors: the same mentions, where they stand.
        expect(one.mentions.map(({ start, end }) => [start, end])).toEqual(
          page.mentions.map(({ start, end }) => [start, end]),
        );
        // What readOneDate's answer rests on when it refuses a string: whether any date was read cleanly.
        expect(one.mentions.some((m) => !m.problem)).toBe(page.mentions.some((m) => !m.problem));
        // A semicolon ends a list's item on a page (refiners/semicolonItems.ts, a page's rule that the
        // lean reading of one date leaves out), so "…; Purim 5779 2010-01-01" pairs within the item.
        if (FILLER.test(uncovered(input, page.mentions)) && !input.includes(";")) {
          compared++;
          expect(one.mentions).toEqual(page.mentions);
          expect(one.groups).toEqual(page.groups);
        }
      }),
      { numRuns: 2000 },
    );
    // The property looked at strings of several dates, not only at refused ones.
    expect(compared).toBeGreaterThan(500);
  });
});
