import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { dayNumberToGregorian } from "../../src/calendars/gregorian.js";
import { dayNumberToHebrew } from "../../src/calendars/hebrew.js";
import { readCommonForm } from "../../src/read/fastPath.js";
import { toGematriya } from "../../src/read/gematriya.js";
import { LEXICON } from "../../src/read/lexicon.js";
import type { PipelineOptions } from "../../src/read/parseDates.js";
import { readWithPipeline } from "../../src/read/readOneDate.js";

// The fast path may decline anything, but what it reads it must read exactly as the readers and
// refiners do: same day, calendar, extractor, stated fields, and no inference or warning missed.

const OPTIONS: PipelineOptions = { referenceDayNumber: 739579, numericOrder: "auto" };

/** Spellings as text writes them: as listed, Capitalized, UPPER CASE. */
function casings(table: Record<number, readonly string[]>): Record<number, string[]> {
  const out: Record<number, string[]> = {};
  for (const [key, spellings] of Object.entries(table)) {
    out[Number(key)] = spellings.flatMap((s) => [s, s[0]!.toUpperCase() + s.slice(1), s.toUpperCase()]);
  }
  return out;
}
const GREGORIAN = casings(LEXICON.gregorianMonths);
const HEBREW = casings(LEXICON.hebrewMonthsLatin);
const WEEKDAYS = casings(LEXICON.weekdaysLatin);

const pick = <T>(list: readonly T[]) => fc.constantFrom(...list);
const day = fc.integer({ min: 1_000_000, max: 1_100_000 }).map((n) => n - 300_000); // years ≈ 1000–2300
const anyDay = fc.integer({ min: -1_373_000, max: 3_650_000 });
/** Mostly nothing, as written: a choice of `options`, with "" as likely as the rest together. */
const mostlyNone = (options: string[]) =>
  fc.oneof({ weight: 1, arbitrary: fc.constant("") }, { weight: 1, arbitrary: pick(options) });
const ordinal = mostlyNone(["st", "nd", "rd", "th", "TH"]);
const comma = pick(["", ","]);
const weekdayPart = fc.oneof(
  { weight: 2, arbitrary: fc.constant("") },
  {
    weight: 1,
    arbitrary: fc
      .tuple(
        fc.integer({ min: 0, max: 6 }),
        fc.nat(20),
        pick(["", ".", ",", ".,", " ,"]),
        pick([" ", "  ", "\n"]),
      )
      .map(([w, i, punctuation, space]) => {
        const spellings = WEEKDAYS[w] ?? [];
        return `${spellings[i % spellings.length]}${punctuation}${space}`;
      }),
  },
);
const tail = fc.oneof(
  { weight: 6, arbitrary: fc.constant("") },
  {
    weight: 4,
    arbitrary: pick([
      ".",
      " ",
      " .",
      ",",
      " 3:14 pm",
      ", 10:02 am",
      " at 9:15 PM EDT",
      " 14:30:00 +0000",
      " 10.05 GMT",
      " 10.05",
      " 25:00",
      " O.S.",
      " (OS)",
      " OS",
      " 9 pm.",
      "x",
      " and 5 Av",
      " 2018",
    ]),
  },
);
/** Mostly the right year, sometimes none, the other calendar's, or any number; with its comma. */
const yearOf = (right: number, other: number, comma: string) =>
  fc.oneof(
    { weight: 4, arbitrary: fc.constant("") },
    { weight: 12, arbitrary: fc.constant(right).map((year) => `${comma} ${year}`) },
    { weight: 1, arbitrary: fc.constant(other).map((year) => `${comma} ${year}`) },
    { weight: 1, arbitrary: fc.integer({ min: 0, max: 99_999 }).map((year) => `${comma} ${year}`) },
    { weight: 1, arbitrary: fc.integer({ min: 1000, max: 2999 }).map((year) => `${comma} ${year}`) },
  );
/** Strings in the forms the fast path reads, and near them. */
const dateText = fc.oneof(
  // Gregorian, day first or month first.
  fc
    .tuple(
      day,
      fc.nat(40),
      fc.boolean(),
      weekdayPart,
      ordinal,
      comma,
      mostlyNone([".", "-"]),
      tail,
      fc.nat(3),
    )
    .chain(([n, i, monthFirst, weekday, ord, c, dot, end, zero]) => {
      const g = dayNumberToGregorian(n);
      const h = dayNumberToHebrew(n);
      const spellings = GREGORIAN[g.month] ?? [];
      const month = `${spellings[i % spellings.length]}${dot}`;
      const d = zero === 0 ? String(g.day).padStart(2, "0") : String(g.day);
      return yearOf(g.year, h.year, c).map((year) =>
        monthFirst
          ? `${weekday}${month} ${d}${ord}${year}${end}`
          : `${weekday}${d}${ord}${zero === 1 ? " of" : ""}${c} ${month}${year}${end}`,
      );
    }),
  // Hebrew in Latin letters.
  fc
    .tuple(anyDay, fc.nat(80), fc.boolean(), weekdayPart, ordinal, comma, mostlyNone(["."]), tail, fc.nat(3))
    .chain(([n, i, monthFirst, weekday, ord, c, dot, end, of]) => {
      const h = dayNumberToHebrew(n);
      const g = dayNumberToGregorian(n);
      const plainAdar =
        h.month === 12 || h.month === 13 ? [...(HEBREW[0] ?? []), ...(HEBREW[h.month] ?? [])] : [];
      const spellings = plainAdar.length > 0 ? plainAdar : (HEBREW[h.month] ?? []);
      const month = `${spellings[i % spellings.length]}${dot}`;
      return yearOf(h.year, g.year, c).map((year) =>
        monthFirst
          ? `${weekday}${month} ${h.day}${ord}${year}${end}`
          : `${weekday}${h.day}${ord}${of === 0 ? " of" : ""}${c} ${month}${year}${end}`,
      );
    }),
  // Hebrew script, with the marks written every way, and near misses.
  fc
    .tuple(
      anyDay,
      fc.nat(40),
      fc.nat(20),
      fc.boolean(),
      pick(["", "ב", "ל", "ב-", "ב"]),
      pick(["׳", "'", "", "״", '"']),
      pick(["״", '"', "", "”"]),
      pick(["", "thousands", "ה'", "any"]),
      fc.integer({ min: 1, max: 999 }),
      mostlyNone([",", " ,", ".", " 5778", " x"]),
    )
    .map(([n, i, w, withWeekday, prefix, geresh, gershayim, yearStyle, anyYear, end]) => {
      const h = dayNumberToHebrew(n);
      const marks = (numeral: string) => numeral.replace(/׳/g, geresh).replace(/״/g, gershayim);
      const monthSpellings =
        h.month === 12 || h.month === 13
          ? [...(LEXICON.hebrewMonthsHebrew[0] ?? []), ...(LEXICON.hebrewMonthsHebrew[h.month] ?? [])]
          : (LEXICON.hebrewMonthsHebrew[h.month] ?? []);
      const month = monthSpellings[i % monthSpellings.length];
      const weekdaySpellings = LEXICON.weekdaysHebrew[(((n % 7) + 7) % 7) as 0] ?? [];
      const weekday = withWeekday ? `${weekdaySpellings[w % weekdaySpellings.length]}, ` : "";
      const withinThousand = h.year % 1000 === 0 ? "" : toGematriya(h.year % 1000);
      const year =
        yearStyle === ""
          ? ""
          : yearStyle === "thousands"
            ? ` ${h.year % 1000 === 0 || h.year > 9999 ? "" : toGematriya(h.year)}`
            : yearStyle === "any"
              ? ` ${toGematriya(anyYear)}`
              : ` ה'${withinThousand}`;
      return `${weekday}${marks(toGematriya(h.day))} ${prefix}${month}${marks(year)}${end}`;
    }),
  // ISO and numeric, of real days and of any numbers.
  fc
    .tuple(
      day,
      fc.integer({ min: 0, max: 9999 }),
      fc.integer({ min: 0, max: 39 }),
      fc.integer({ min: 0, max: 39 }),
      fc.boolean(),
      pick(["-", "/", "."]),
      fc.boolean(),
      tail,
    )
    .map(([n, anyYear, anyA, anyB, real, separator, padded, end]) => {
      const g = dayNumberToGregorian(n);
      const [year, a, b] = real ? [g.year, g.month, g.day] : [anyYear, anyA, anyB];
      const pad = (x: number) => (padded ? String(x).padStart(2, "0") : String(x));
      if (separator === "-") return `${String(year).padStart(4, "0")}-${pad(a)}-${pad(b)}${end}`;
      const [first, second] = separator === "." && real ? [b, a] : [a, b];
      return `${pad(first)}${separator}${pad(second)}${separator}${year}${end}`;
    }),
);

describe("readCommonForm", () => {
  it("reads every string it reads exactly as the readers and refiners do", () => {
    let read = 0;
    fc.assert(
      fc.property(
        pick(["", " ", "  ", "\t", "\u00a0", "\n", "\u2028", "\ufeff"]),
        dateText,
        fc.integer({ min: 600_000, max: 800_000 }),
        pick(["auto", "auto", "mdy", "dmy"] as const),
        (lead, text, referenceDayNumber, numericOrder) => {
          const input = lead + text + (lead === "\t" ? "\n" : "");
          const options: PipelineOptions = { referenceDayNumber, numericOrder };
          const fast = readCommonForm(input, options);
          if (fast === undefined) return;
          read++;
          expect(fast).toEqual(readWithPipeline(input, options));
        },
      ),
      { numRuns: Number(process.env.FAST_PATH_RUNS ?? 30_000) },
    );
    // Not vacuous: a good share of these strings is read here.
    expect(read).toBeGreaterThan(4000);
  });

  it("reads the common forms", () => {
    for (const text of [
      "10 Av 5778",
      "Av 10, 5778",
      "10th of Av, 5778",
      "Sunday, 10 Av 5778",
      "22 July 2018",
      "July 22, 2018",
      "Jul. 22, 2018",
      "Sunday, July 22nd 2018",
      "July 22, 2018 9:15 pm",
      "2018-07-22",
      "7/22/2018",
      "22.07.2018",
      " 22 July 2018. ",
      "י׳ באב תשע״ח",
      "יום א׳, י׳ באב תשע״ח",
      "י' באב ה'תשע\"ח",
    ]) {
      const fast = readCommonForm(text, OPTIONS);
      expect(fast?.dayNumber, text).toBe(736897);
      expect(fast).toEqual(readWithPipeline(text, OPTIONS));
    }
  });

  it("infers a missing year as the refiners do: from the weekday, else near the reference", () => {
    for (const [text, from] of [
      ["Sunday, July 22", "weekday"],
      ["July 22", "reference"],
      ["Sunday, 10 Av", "weekday"],
      ["10 Tishrei", "reference"],
    ] as const) {
      const fast = readCommonForm(text, OPTIONS);
      expect(
        fast?.inferred.map((inference) => inference.from),
        text,
      ).toEqual([from]);
      expect(fast).toEqual(readWithPipeline(text, OPTIONS));
    }
  });

  it("reads a numeric date whose order is open month first, with the readers' warning", () => {
    const fast = readCommonForm("3/4/2020", OPTIONS);
    expect(fast?.date).toEqual({ calendar: "gregorian", year: 2020, month: 3, day: 4 });
    expect(fast?.warnings.map((warning) => warning.code)).toEqual(["ambiguous-order"]);
    expect(fast).toEqual(readWithPipeline("3/4/2020", OPTIONS));
    expect(readCommonForm("5/5/2020", OPTIONS)?.warnings).toEqual([]);
  });

  it("leaves to the readers what needs them: inference, warnings, errors, other forms", () => {
    for (const text of [
      "14 Adar 5784", // plain Adar in a leap year: a warning
      "14 Adar 5783", // plain Adar: left to the readers either way
      "1 Tishrei 2024", // a civil year beside a Hebrew month
      "30 February 2018", // no such day: the readers word the error
      "10 Av 5778 3:14 pm", // a time after a Hebrew date
      "22 July 2018 O.S.", // Old Style
      "Feb. 30, 2018",
      "sun, 22 July 2018", // lower-case weekday word
      "july 22, 2018", // lower case: the readers' rules for "may", "march"
      "July 22, 2018 and more",
      "2018-07-22T10:00Z",
      "-3760-09-07", // a signed year: the readers keep the sign
      "+2018-07-22",
      "י׳ באב 5778", // digits beside Hebrew letters
      "י׳ באדר תשע״ט", // plain Adar
      "י׳ באב תשע״ח.",
      "",
      "   ",
    ]) {
      expect(readCommonForm(text, OPTIONS), text).toBeUndefined();
    }
    expect(readWithPipeline("-3760-09-07", OPTIONS).date.year).toBe(-3760);
  });
});
