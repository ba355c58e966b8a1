import fc from "fast-check";
import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { dayNumberToGregorian } from "../../src/calendars/gregorian.js";
import { dayNumberToHebrew } from "../../src/calendars/hebrew.js";
import { convertDate } from "../../src/convert/convertDate.js";
import type { ConversionResult } from "../../src/convert/result.js";
import { conversionJson } from "../../src/convert/resultJson.js";
import { dayNumber, options, text } from "../support/dateTexts.js";

// The hand-written line must be exactly what JSON.stringify writes, for every kind of result.

const REFERENCE = { reference: "2026-11-24" };

function attempt(make: () => ConversionResult): ConversionResult | undefined {
  try {
    return make();
  } catch {
    return undefined;
  }
}

describe("conversionJson", () => {
  it("writes what JSON.stringify writes, for text of every form", () => {
    let written = 0;
    fc.assert(
      fc.property(text, options, (input, opts) => {
        const result = attempt(() => convertDate(input, { ...REFERENCE, ...opts }));
        if (result === undefined) return;
        written++;
        expect(conversionJson(result)).toBe(JSON.stringify(result));
      }),
      { numRuns: 5000 },
    );
    expect(written).toBeGreaterThan(1200);
  });

  it("writes what JSON.stringify writes, for fields, Dates and DateTimes", () => {
    fc.assert(
      fc.property(dayNumber, options, fc.nat(3), (n, opts, kind) => {
        const g = dayNumberToGregorian(n);
        const h = dayNumberToHebrew(n);
        const input = [
          { calendar: "gregorian" as const, year: g.year, month: g.month, day: g.day },
          { calendar: "hebrew" as const, year: h.year, month: h.month, day: h.day },
          new Date(Date.UTC(2000, 0, 1) + (n - 730120) * 86_400_000),
          DateTime.fromObject({ year: 2018, month: 7, day: 22, hour: 21 }, { zone: opts.timeZone }),
        ][kind]!;
        const result = attempt(() => convertDate(input, opts));
        if (result !== undefined) expect(conversionJson(result)).toBe(JSON.stringify(result));
      }),
      { numRuns: 2000 },
    );
  });

  it("escapes what the input holds", () => {
    const result = convertDate('"10 Av 5778"', REFERENCE);
    expect(conversionJson(result)).toContain('"text":"\\"10 Av 5778\\""');
    expect(JSON.parse(conversionJson(result))).toEqual(JSON.parse(JSON.stringify(result)));
  });
});
