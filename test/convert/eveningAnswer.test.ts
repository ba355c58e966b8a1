import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { answerOneDate } from "../../src/cli/oneDate.js";
import { dateLineWriter, type LineSink } from "../../src/convert/dateLine.js";
import { checkDocument, convertDate, parseDates } from "../../src/index.js";
import { weekdayShift } from "../../src/read/weekdayNamedDay.js";
import { WEEKDAYS } from "../../src/types.js";
import { ENGLISH_MONTHS } from "../support/monthNames.js";

// A date written with its evening ("Friday night, December 4, 2026", "ליל שבת 4.12.2026") names the
// Hebrew day that begins at that sunset; its weekday names a day next to the date's own.

const DAY_MS = 86_400_000;
/** 2 January 1900 … 31 December 2099, as a UTC date. */
const civilDay = fc.integer({ min: -2_208_902_400_000 / DAY_MS, max: 4_102_358_400_000 / DAY_MS });

function partsOf(day: number) {
  const date = new Date(day * DAY_MS);
  return {
    year: date.getUTCFullYear(),
    month: date.getUTCMonth() + 1,
    day: date.getUTCDate(),
    weekday: date.getUTCDay(),
    iso: date.toISOString().slice(0, 10),
  };
}

/** What one call of a line writer writes, without its newline. */
function written(line: (text: string, sink: LineSink) => void, text: string): string {
  const sink = { buffer: new Uint8Array(1 << 16), used: 0, room: (_most: number) => sink.buffer };
  line(text, sink);
  const out = new TextDecoder().decode(sink.buffer.subarray(0, sink.used));
  expect(out.endsWith("\n")).toBe(true);
  return out.slice(0, -1);
}

describe("weekdayShift", () => {
  it("says which day an evening's weekday names beside the date's own", () => {
    expect(weekdayShift({ weekday: 6 }, "gregorian")).toBe(0);
    expect(weekdayShift({ weekday: 5, evening: true, weekdayNames: "civil" }, "gregorian")).toBe(0);
    expect(weekdayShift({ weekday: 6, evening: true, weekdayNames: "hebrew-day" }, "gregorian")).toBe(1);
    expect(weekdayShift({ weekday: 5, evening: true, weekdayNames: "civil" }, "hebrew")).toBe(-1);
    expect(weekdayShift({ weekday: 6, evening: true, weekdayNames: "hebrew-day" }, "hebrew")).toBe(0);
  });
});

describe("convertDate on a date written with its evening", () => {
  it("answers with the Hebrew day that begins at that sunset", () => {
    for (const text of ["Friday night, December 4, 2026", "ליל שבת 4.12.2026", "ליל שבת, 4 בדצמבר 2026"]) {
      const result = convertDate(text);
      expect(result.gregorian.iso, text).toBe("2026-12-04");
      expect(result.hebrew.text, text).toBe("25 Kislev 5787");
      expect(result.afterSunset, text).toBe(true);
      expect(result.beginsAtSunset, text).toBe("2026-12-04");
      expect(result.input.stated?.evening, text).toBe(true);
      expect(result.warnings, text).toEqual([]);
    }
  });

  it("reads Saturday evening as the night after Shabbat", () => {
    const result = convertDate("Motzaei Shabbat, December 5, 2026");
    expect(result.hebrew.text).toBe("26 Kislev 5787");
    expect(result.warnings).toEqual([]);
  });

  it("keeps a Hebrew date itself and answers the civil evening that begins it", () => {
    const result = convertDate("Friday night, 25 Kislev 5787");
    expect(result.gregorian.iso).toBe("2026-12-04");
    expect(result.hebrew.text).toBe("25 Kislev 5787");
    expect(result.afterSunset).toBe(true);
    expect(result.warnings).toEqual([]);
  });

  it("answers the daytime when the caller says afterSunset: false", () => {
    const result = convertDate("Friday night, December 4, 2026", { afterSunset: false });
    expect(result.hebrew.text).toBe("24 Kislev 5787");
    expect(result.afterSunset).toBe(false);
  });

  it("warns when the evening's weekday names another day, in each direction", () => {
    // The night of Saturday 5 December begins a Sunday, not Shabbat.
    expect(convertDate("ליל שבת 5.12.2026").warnings.map((w) => w.code)).toEqual(["weekday-mismatch"]);
    expect(convertDate("Thursday night, December 4, 2026").warnings.map((w) => w.code)).toEqual([
      "weekday-mismatch",
    ]);
    // 25 Kislev begins on Friday evening, not Thursday's.
    expect(convertDate("Thursday night, 25 Kislev 5787").warnings.map((w) => w.code)).toEqual([
      "weekday-mismatch",
    ]);
  });

  it("reads an evening pair in one string as one evening, and other pairs a day apart as two days", () => {
    for (const text of [
      "ליל שבת, כ״ה בכסלו תשפ״ז (4.12.2026)",
      "Friday night, 25 Kislev 5787 (December 4, 2026)",
    ]) {
      const result = convertDate(text);
      expect(result.gregorian.iso, text).toBe("2026-12-04");
      expect(result.hebrew.text, text).toBe("25 Kislev 5787");
      expect(result.afterSunset, text).toBe(true);
    }
    expect(() => convertDate("25 Kislev 5787 (December 4, 2026)")).toThrow(
      expect.objectContaining({ code: "ambiguous" }),
    );
    expect(() => convertDate("Friday night, 26 Kislev 5787 (December 4, 2026)")).toThrow(
      expect.objectContaining({ code: "ambiguous" }),
    );
  });

  it("moves every English weekday evening to the next Hebrew day, and warns only of a wrong weekday", () => {
    fc.assert(
      fc.property(civilDay, fc.integer({ min: 0, max: 6 }), (day, weekday) => {
        const civil = partsOf(day);
        const next = partsOf(day + 1);
        const text = `${WEEKDAYS[weekday]} night, ${ENGLISH_MONTHS[civil.month - 1]} ${civil.day}, ${civil.year}`;
        const result = convertDate(text);
        expect(result.gregorian.iso).toBe(civil.iso);
        expect(result.hebrew.text).toBe(convertDate(next.iso).hebrew.text);
        expect(result.warnings.length).toBe(weekday === civil.weekday ? 0 : 1);
      }),
    );
  });

  it("judges ליל שבת against the day after its civil date", () => {
    fc.assert(
      fc.property(civilDay, (day) => {
        const civil = partsOf(day);
        const result = convertDate(`ליל שבת ${civil.day}.${civil.month}.${civil.year}`);
        expect(result.gregorian.iso).toBe(civil.iso);
        expect(result.warnings.length).toBe(civil.weekday === 5 ? 0 : 1);
      }),
    );
  });
});

describe("an evening in a batch and at the quick answer", () => {
  it("writes the same line as convertDate", () => {
    const line = dateLineWriter({ reference: "2026-11-01" });
    for (const text of ["Friday night, December 4, 2026", "ליל שבת 4.12.2026", "December 4, 2026"]) {
      expect(written(line, text), text).toBe(JSON.stringify(convertDate(text, { reference: "2026-11-01" })));
    }
    const daytime = dateLineWriter({ afterSunset: false });
    expect(written(daytime, "Friday night, December 4, 2026")).toBe(
      JSON.stringify(convertDate("Friday night, December 4, 2026", { afterSunset: false })),
    );
  });

  it("is left to the full command, which says after sunset", () => {
    expect(answerOneDate(["Friday night, December 4, 2026"])).toBeUndefined();
  });
});

describe("a page's lone date with an evening", () => {
  it("is no false alarm, and a wrong one is still found", () => {
    const right = checkDocument("ליל שבת 4.12.2026");
    expect(right.findings.map((f) => f.code)).not.toContain("weekday-mismatch");
    expect(right.verdict).toBe("consistent");
    const wrong = checkDocument("ליל שבת 5.12.2026");
    expect(wrong.findings.map((f) => f.code)).toContain("weekday-mismatch");
    expect(wrong.verdict).toBe("inconsistent");
  });

  it("takes a missing year from the day its weekday names", () => {
    // 4 December is a Friday in 2026 (and a Saturday in 2027): ליל שבת is Friday's night.
    const [mention] = parseDates("ליל שבת, 4 בדצמבר", { reference: "2026-11-01" }).mentions;
    expect(mention?.date).toEqual({ calendar: "gregorian", year: 2026, month: 12, day: 4 });
    expect(mention?.inferred[0]).toMatchObject({ field: "year", from: "weekday" });
  });
});
