import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { isoExtractor } from "../../../src/read/extractors/iso.js";
import type { StatedFields } from "../../../src/read/mention.js";
import { expectNothingReadWithoutItsRun, holdsSomeRun } from "./runShapes.js";

function extract(text: string) {
  return isoExtractor.extract(text, {});
}

const at = (hour: number, minute: number, second = 0) => ({ hour, minute, second });

// [text, the mention exactly as it stands, what it states]
const CASES: Array<[string, string, StatedFields]> = [
  ["2018-07-22", "2018-07-22", { year: 2018, month: 7, day: 22 }],
  ["2018-07-22T14:30", "2018-07-22T14:30", { year: 2018, month: 7, day: 22, time: at(14, 30) }],
  [
    "2018-07-22T14:30:00Z",
    "2018-07-22T14:30:00Z",
    { year: 2018, month: 7, day: 22, time: at(14, 30), offsetMinutes: 0 },
  ],
  [
    "2018-07-22 14:30:00+03:00",
    "2018-07-22 14:30:00+03:00",
    { year: 2018, month: 7, day: 22, time: at(14, 30), offsetMinutes: 180 },
  ],
  [
    "2018-07-22T14:30:00.123-0500",
    "2018-07-22T14:30:00.123-0500",
    { year: 2018, month: 7, day: 22, time: at(14, 30), offsetMinutes: -300 },
  ],
  [
    "2018-07-22T23:59:59+05",
    "2018-07-22T23:59:59+05",
    { year: 2018, month: 7, day: 22, time: at(23, 59, 59), offsetMinutes: 300 },
  ],
  [
    "2018-07-22T00:00-00:00",
    "2018-07-22T00:00-00:00",
    { year: 2018, month: 7, day: 22, time: at(0, 0), offsetMinutes: 0 },
  ],
  ["published 2018-07-22, updated", "2018-07-22", { year: 2018, month: 7, day: 22 }],
  ["(2018-07-22)", "2018-07-22", { year: 2018, month: 7, day: 22 }],
  ["on 2018-07-22.", "2018-07-22", { year: 2018, month: 7, day: 22 }],
  ["עמוד 2018-07-22 שלום", "2018-07-22", { year: 2018, month: 7, day: 22 }],
  ["release-2018-07-22", "2018-07-22", { year: 2018, month: 7, day: 22 }],
  // A sign that starts the date is the year's (year 0 = 1 BCE); after a word or a colon it separates.
  ["-3760-09-07", "-3760-09-07", { year: -3760, month: 9, day: 7 }],
  ["born (-0001-03-01)", "-0001-03-01", { year: -1, month: 3, day: 1 }],
  ["+2018-07-22", "+2018-07-22", { year: 2018, month: 7, day: 22 }],
  ["on:-2018-07-22", "2018-07-22", { year: 2018, month: 7, day: 22 }],
  // Any year: the form is explicit.
  ["0000-01-01", "0000-01-01", { year: 0, month: 1, day: 1 }],
  ["5778-05-10", "5778-05-10", { year: 5778, month: 5, day: 10 }],
  ["9999-12-31", "9999-12-31", { year: 9999, month: 12, day: 31 }],
  // Day 31 of a 30-day month is read; validation reports it later.
  ["2018-04-31", "2018-04-31", { year: 2018, month: 4, day: 31 }],
  // A time that is no time, or runs on into a word, is left out.
  ["2018-07-22 14:30am", "2018-07-22", { year: 2018, month: 7, day: 22 }],
  ["2018-07-22 24:00", "2018-07-22", { year: 2018, month: 7, day: 22 }],
];

describe("isoExtractor", () => {
  it.each(CASES)("reads %j", (text, mention, stated) => {
    const start = text.indexOf(mention);
    expect(extract(text)).toEqual([
      { start, end: start + mention.length, calendar: "gregorian", extractor: "iso", stated },
    ]);
  });

  it("documented example: 2018-07-22T14:30Z has offset 0", () => {
    expect(isoExtractor.extract("2018-07-22T14:30Z", {})[0]?.stated.offsetMinutes).toBe(0);
  });

  it("finds every date in order", () => {
    const text = "from 2018-07-22 to 2018-07-25T10:00Z";
    expect(extract(text).map((c) => text.slice(c.start, c.end))).toEqual(["2018-07-22", "2018-07-25T10:00Z"]);
  });

  const NOTHING = [
    "12018-07-22",
    "2018-07-221",
    "v2018-07-22x",
    "2018-07-22x",
    "2018-07-22T25:00",
    "2018-07-22T14:30x",
    "2018-07-22-01",
    "1-2018-07-22",
    "2018-07-22.5",
    "2018-13-01",
    "2018-00-10",
    "2018-07-32",
    "2018-07-00",
    "2018-7-22",
    "18-07-22",
    "20180722",
    "א2018-07-22",
    "2018-07-22ב",
  ];
  it.each(NOTHING)("finds nothing in %j", (text) => {
    expect(extract(text)).toEqual([]);
  });

  it("runs in linear time on hostile input", () => {
    const inputs = [
      "2018-".repeat(40_000),
      "2018-07-".repeat(25_000),
      "2018-07-22T".repeat(18_000),
      "1 ".repeat(100_000),
      "9".repeat(200_000),
      "2018-07-22 ".repeat(18_000),
    ];
    expect(inputs.map((text) => extract(text).length)).toEqual([0, 0, 0, 0, 0, 18_000]);
  });
});

// ---- property: random ISO dates and times inside random prose are read back ----

const PROSE = ["the", "log", "entry", "at", "shows", "שלום", "(", ")", "—", "|", ";", ","];
const pad = (n: number, width = 2): string => String(n).padStart(width, "0");

describe("isoExtractor property", () => {
  it("reads back every rendered form inside prose", () => {
    const fields = fc.record({
      year: fc.integer({ min: 0, max: 9999 }),
      month: fc.integer({ min: 1, max: 12 }),
      day: fc.integer({ min: 1, max: 28 }),
      time: fc.option(
        fc.record({
          separator: fc.constantFrom("T", " "),
          hour: fc.integer({ min: 0, max: 23 }),
          minute: fc.integer({ min: 0, max: 59 }),
          second: fc.option(fc.integer({ min: 0, max: 59 }), { nil: undefined }),
          fraction: fc.option(fc.integer({ min: 0, max: 999 }), { nil: undefined }),
          zone: fc.option(
            fc.record({
              sign: fc.constantFrom(1, -1),
              hours: fc.integer({ min: 0, max: 14 }),
              minutes: fc.constantFrom(0, 30, 45),
              style: fc.constantFrom("Z", "colon", "basic"),
            }),
            { nil: undefined },
          ),
        }),
        { nil: undefined },
      ),
      before: fc.array(fc.constantFrom(...PROSE), { maxLength: 5 }),
      after: fc.array(fc.constantFrom(...PROSE), { maxLength: 5 }),
    });
    fc.assert(
      fc.property(fields, (f) => {
        let date = `${pad(f.year, 4)}-${pad(f.month)}-${pad(f.day)}`;
        const stated: StatedFields = { year: f.year, month: f.month, day: f.day };
        if (f.time !== undefined) {
          const t = f.time;
          date += `${t.separator}${pad(t.hour)}:${pad(t.minute)}`;
          if (t.second !== undefined) {
            date += `:${pad(t.second)}`;
            if (t.fraction !== undefined) date += `.${pad(t.fraction, 3)}`;
          }
          stated.time = { hour: t.hour, minute: t.minute, second: t.second ?? 0 };
          if (t.zone !== undefined) {
            const z = t.zone;
            const total = z.hours * 60 + z.minutes;
            const sign = z.sign < 0 && total !== 0 ? "-" : "+";
            if (z.style === "Z") {
              date += "Z";
              stated.offsetMinutes = 0;
            } else {
              date += `${sign}${pad(z.hours)}${z.style === "colon" ? ":" : ""}${pad(z.minutes)}`;
              stated.offsetMinutes = sign === "-" ? -total : total;
            }
          }
        }
        const prefix = f.before.length > 0 ? `${f.before.join(" ")} ` : "";
        const suffix = f.after.length > 0 ? ` ${f.after.join(" ")}` : "";
        expect(extract(prefix + date + suffix)).toEqual([
          {
            start: prefix.length,
            end: prefix.length + date.length,
            calendar: "gregorian",
            extractor: "iso",
            stated,
          },
        ]);
      }),
      { numRuns: 2000 },
    );
  });
});

describe("isoExtractor.mayHoldRun", () => {
  it.each(CASES)("%s holds the run of its year", (text) => {
    expect(holdsSomeRun(isoExtractor, text)).toBe(true);
  });
  it.each(["-003760-09-07", "on +012345-01-02"])("%s, a six-digit year, holds it", (text) => {
    expect(holdsSomeRun(isoExtractor, text)).toBe(true);
    expect(extract(text)).toHaveLength(1);
  });
  it.each(["2018-7-22", "18-07-22", "2018/07/22", "20180-07-22", "22 July 2018"])("%s holds none", (text) => {
    expect(holdsSomeRun(isoExtractor, text)).toBe(false);
  });
  it("nothing is read in a text without its run", () => {
    expectNothingReadWithoutItsRun(isoExtractor);
  });
});
