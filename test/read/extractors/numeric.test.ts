import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { numericExtractor } from "../../../src/read/extractors/numeric.js";
import type { ExtractOptions, StatedFields } from "../../../src/read/mention.js";
import { expectNothingReadWithoutItsRun, holdsSomeRun } from "./runShapes.js";

const REFERENCE = { referenceYear: 2024 };

function extract(text: string, options: ExtractOptions = {}) {
  return numericExtractor.extract(text, { ...REFERENCE, ...options });
}

// [text, the mention exactly as it stands, what it states, whether the order is left open, options]
const CASES: Array<[string, string, StatedFields, boolean, ExtractOptions]> = [
  ["10/19/2017", "10/19/2017", { month: 10, day: 19, year: 2017 }, false, {}],
  ["22.11.2014", "22.11.2014", { month: 11, day: 22, year: 2014 }, false, {}],
  ["3/4/2020", "3/4/2020", { month: 3, day: 4, year: 2020 }, true, {}],
  ["3/4/2020", "3/4/2020", { month: 3, day: 4, year: 2020 }, false, { numericOrder: "mdy" }],
  ["3/4/2020", "3/4/2020", { month: 4, day: 3, year: 2020 }, false, { numericOrder: "dmy" }],
  ["03.04.2020", "03.04.2020", { month: 4, day: 3, year: 2020 }, false, {}],
  ["11.22.2014", "11.22.2014", { month: 11, day: 22, year: 2014 }, false, {}],
  ["5/5/2020", "5/5/2020", { month: 5, day: 5, year: 2020 }, false, {}],
  ["22/11/14", "22/11/14", { month: 11, day: 22, year: 2014, twoDigitYear: true }, false, {}],
  ["22/11/95", "22/11/95", { month: 11, day: 22, year: 1995, twoDigitYear: true }, false, {}],
  ["3/4/20", "3/4/20", { month: 3, day: 4, year: 2020, twoDigitYear: true }, true, {}],
  ["03.04.20", "03.04.20", { month: 4, day: 3, year: 2020, twoDigitYear: true }, false, {}],
  ["31/04/2018", "31/04/2018", { month: 4, day: 31, year: 2018 }, false, {}],
  ["22/11/1999", "22/11/1999", { month: 11, day: 22, year: 1999 }, false, {}],
  ["Date:10/19/2017", "10/19/2017", { month: 10, day: 19, year: 2017 }, false, {}],
  ["(10/19/2017)", "10/19/2017", { month: 10, day: 19, year: 2017 }, false, {}],
  ["on 1.10.2020.", "1.10.2020", { month: 10, day: 1, year: 2020 }, false, {}],
  ["שלום 10/19/2017 עמוד", "10/19/2017", { month: 10, day: 19, year: 2017 }, false, {}],
  [
    "Thu, 10/19/2017 2:27 pm",
    "Thu, 10/19/2017 2:27 pm",
    { weekday: 4, month: 10, day: 19, year: 2017, time: { hour: 14, minute: 27, second: 0 } },
    false,
    {},
  ],
  [
    "22.11.2014 14:30 +0300",
    "22.11.2014 14:30 +0300",
    { month: 11, day: 22, year: 2014, time: { hour: 14, minute: 30, second: 0 }, offsetMinutes: 180 },
    false,
    {},
  ],
  ["10/19/2017 25:00", "10/19/2017", { month: 10, day: 19, year: 2017 }, false, {}],
  // Glued to the next Hebrew word, as text from a right-to-left PDF comes.
  [
    "ו' ניסן תשפ\"א  19/03/21פרשת ויקרא",
    "19/03/21",
    { month: 3, day: 19, year: 2021, twoDigitYear: true },
    false,
    {},
  ],
  ["14/05/2021בעומר", "14/05/2021", { month: 5, day: 14, year: 2021 }, false, {}],
  // A short dotted date after a Hebrew day, month and year in letters (a masthead).
  [`ש"ק כ"ה כסלו תשפ"ז 5.12.26`, "5.12.26", { month: 12, day: 5, year: 2026, twoDigitYear: true }, false, {}],
  [`כ"ה כסלו ה'תשפ"ז, 5.12.26`, "5.12.26", { month: 12, day: 5, year: 2026, twoDigitYear: true }, false, {}],
  // Dashed, day first, with a four-digit year: the Dutch and Polish numeric form.
  ["Datum 7-11-2023", "7-11-2023", { month: 11, day: 7, year: 2023 }, false, {}],
  ["14-03-2024 t/m", "14-03-2024", { month: 3, day: 14, year: 2024 }, false, {}],
  // Two days joined by a slash, the first written short ("Schawuot 11.6./12.6.2024", "2./3.10.2024").
  ["Schawuot 11.6./12.6.2024", "12.6.2024", { month: 6, day: 12, year: 2024 }, false, {}],
  ["am 2./3.10.2024", "3.10.2024", { month: 10, day: 3, year: 2024 }, false, {}],
];

/** The weekday of a Gregorian date from a second source (the platform's Date). */
function trueWeekday(year: number, month: number, day: number): number {
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay();
}

describe("numericExtractor", () => {
  it.each(CASES)("reads %j (%#)", (text, mention, stated, ambiguous, options) => {
    const start = text.indexOf(mention);
    const expected: Record<string, unknown> = {
      start,
      end: start + mention.length,
      calendar: "gregorian",
      extractor: "numeric",
      stated,
    };
    if (ambiguous) expected.orderAmbiguous = true;
    expect(extract(text, options)).toEqual([expected]);
  });

  it("documented example: 3/4/2020 leaves the order open", () => {
    expect(numericExtractor.extract("3/4/2020", {})[0]?.orderAmbiguous).toBe(true);
  });

  it("fixture weekdays are true", () => {
    expect(trueWeekday(2017, 10, 19)).toBe(4);
  });

  const NOTHING: Array<[string, ExtractOptions]> = [
    ["1.2.3", {}],
    ["192.168.1.1", {}],
    ["v1.10.2020", {}],
    ["1.10.2020x", {}],
    ["1.10.2020.1", {}],
    ["1.2.14", {}],
    ["version 10.1.14", {}],
    ["גרסה 1.2.14", {}],
    // A year in letters after a word that is no month does not vouch for it.
    [`גרסה תשפ"ז 1.2.14`, {}],
    ["שוחררה גרסה v4.12.26", {}],
    ["כסלו\nthe release 4.12.26", {}],
    [`כסלו ${"and then ".repeat(6)}4.12.26`, {}],
    ["13/13/2020", {}],
    ["32/1/2020", {}],
    ["0/1/2020", {}],
    ["1/0/2020", {}],
    ["10/19/5778", {}],
    ["10/19/0999", {}],
    ["10/19/3000", {}],
    ["1/1/2018/5", {}],
    ["path/1/2/2018", {}],
    ["x/3.10.2024", {}],
    ["1.2.3/3.10.2024", {}],
    ["110/19/2017", {}],
    ["10/19/20171", {}],
    ["10/19/17x", {}],
    ["10/19/17é", {}],
    ["10/19/2017Ω", {}],
    ["10/19.2017", {}],
    ["3/4", {}],
    ["3/4/5", {}],
    ["a10/19/2017", {}],
    ["א10/19/2017", {}],
    ["22/11/2014", { numericOrder: "mdy" }],
    ["10/19/2017", { numericOrder: "dmy" }],
    // Dashed: month first, a short year, or part of a longer dashed run is no date read.
    ["10-19-2017", {}],
    ["7-11-23", {}],
    ["page-7-11-2023", {}],
    ["x 1-7-11-2023", {}],
    ["7-11-2023-4", {}],
    ["7-11-2023-b", {}],
  ];
  it.each(NOTHING)("finds nothing in %j %j", (text, options) => {
    expect(extract(text, options)).toEqual([]);
  });

  it("defaults two-digit years to the current year when no reference is given", () => {
    const [candidate] = numericExtractor.extract("22/11/14", {});
    expect(candidate?.stated).toMatchObject({ year: 2014, twoDigitYear: true });
  });

  it("runs in linear time on hostile input", () => {
    const inputs = [
      "1/".repeat(100_000),
      "1.".repeat(100_000),
      "1 ".repeat(100_000),
      "12/12/12/".repeat(22_000),
      "1".repeat(200_000),
      "10/19/2017 ".repeat(18_000),
    ];
    expect(inputs.map((text) => extract(text).length)).toEqual([0, 0, 0, 0, 0, 18_000]);
  });
});

// ---- property: random dates written in digits inside random prose are read back ----

const PROSE = ["the", "invoice", "dated", "was", "paid", "on", "שלום", "(", ")", "—", "|", ";"];
const WEEKDAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const pad = (n: number): string => String(n).padStart(2, "0");

describe("numericExtractor property", () => {
  it("reads back every rendered form inside prose", () => {
    const fields = fc.record({
      year: fc.integer({ min: 1000, max: 2999 }),
      month: fc.integer({ min: 1, max: 12 }),
      day: fc.integer({ min: 1, max: 28 }),
      separator: fc.constantFrom("/", "."),
      numericOrder: fc.constantFrom("mdy" as const, "dmy" as const, "auto" as const),
      monthFirstInAuto: fc.boolean(),
      padded: fc.boolean(),
      twoDigitYear: fc.boolean(),
      weekday: fc.option(fc.integer({ min: 0, max: 6 }), { nil: undefined }),
      time: fc.option(
        fc.record({ hour: fc.integer({ min: 0, max: 23 }), minute: fc.integer({ min: 0, max: 59 }) }),
        {
          nil: undefined,
        },
      ),
      before: fc.array(fc.constantFrom(...PROSE), { maxLength: 5 }),
      after: fc.array(fc.constantFrom(...PROSE), { maxLength: 5 }),
    });
    fc.assert(
      fc.property(fields, (f) => {
        // Dotted dates are written day first; a dotted two-digit year needs two-digit day and month.
        const monthFirst =
          f.numericOrder === "mdy" ||
          (f.numericOrder === "auto" && f.separator === "/" && f.monthFirstInAuto);
        const padded = f.padded || (f.separator === "." && f.twoDigitYear);
        const show = (n: number): string => (padded ? pad(n) : String(n));
        const [first, second] = monthFirst ? [f.month, f.day] : [f.day, f.month];
        const yearText = f.twoDigitYear ? pad(f.year % 100) : String(f.year);
        let date = `${show(first)}${f.separator}${show(second)}${f.separator}${yearText}`;

        const ambiguous =
          f.numericOrder === "auto" && f.separator === "/" && f.day <= 12 && f.day !== f.month;
        const stated: StatedFields = ambiguous
          ? { month: first, day: second }
          : { month: f.month, day: f.day };
        if (f.twoDigitYear) {
          const yy = f.year % 100;
          stated.year = 2000 + yy <= 2034 ? 2000 + yy : 1900 + yy;
          stated.twoDigitYear = true;
        } else {
          stated.year = f.year;
        }
        if (f.weekday !== undefined) {
          date = `${WEEKDAYS[f.weekday]}, ${date}`;
          stated.weekday = f.weekday;
        }
        if (f.time !== undefined) {
          date += ` ${pad(f.time.hour)}:${pad(f.time.minute)}`;
          stated.time = { hour: f.time.hour, minute: f.time.minute, second: 0 };
        }
        const prefix = f.before.length > 0 ? `${f.before.join(" ")} ` : "";
        const suffix = f.after.length > 0 ? ` ${f.after.join(" ")}` : "";
        const expected: Record<string, unknown> = {
          start: prefix.length,
          end: prefix.length + date.length,
          calendar: "gregorian",
          extractor: "numeric",
          stated,
        };
        if (ambiguous) expected.orderAmbiguous = true;
        expect(extract(prefix + date + suffix, { numericOrder: f.numericOrder })).toEqual([expected]);
      }),
      { numRuns: 2000 },
    );
  });
});

describe("numericExtractor.mayHoldRun", () => {
  it.each(CASES.filter((row) => row[1] !== ""))("%s holds the run of its first number", (text) => {
    expect(holdsSomeRun(numericExtractor, text)).toBe(true);
  });
  it.each(["10/19", "10/19-2017", "10.19/2017", "123/4/2020", "3/4/202", "2018-07-22"])(
    "%s holds none",
    (text) => {
      expect(holdsSomeRun(numericExtractor, text)).toBe(false);
    },
  );
  it("nothing is read in a text without its run", () => {
    expectNothingReadWithoutItsRun(numericExtractor);
  });
});
