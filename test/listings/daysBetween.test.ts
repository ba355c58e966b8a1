import { describe, expect, it, vi } from "vitest";
import { daysBetween } from "../../src/listings/daysBetween.js";
import { dateErrorCode } from "../support/dateErrors.js";

// Counts the days made, to show that a listing makes each day only when it is asked for.
const made = vi.hoisted(() => ({ count: 0 }));
vi.mock("../../src/listings/calendarDay.js", async (importOriginal) => {
  const original = await importOriginal<typeof import("../../src/listings/calendarDay.js")>();
  return {
    ...original,
    calendarDay: (dayNumber: number, israel: boolean) => {
      made.count += 1;
      return original.calendarDay(dayNumber, israel);
    },
  };
});

describe("daysBetween", () => {
  it("the @example: from 1 Av 5778 to 2018-07-14", () => {
    expect([...daysBetween("1 Av 5778", "2018-07-14")].map((day) => day.hebrew.text)).toEqual([
      "1 Av 5778",
      "2 Av 5778",
    ]);
  });

  it("lists both ends, in either calendar, with events on the schedule asked for", () => {
    const days = [...daysBetween("2018-07-01", "18 Tamuz 5778")];
    expect(days).toHaveLength(1);
    expect(days[0]!.events).toEqual([{ name: "Tzom Tammuz", kind: "fast" }]);
    const pesach = (israel: boolean) =>
      [...daysBetween("2018-04-07", "2018-04-07", { israel })][0]!.events.map((event) => event.name);
    expect(pesach(false)).toContain("Pesach VIII");
    expect(pesach(true)).not.toContain("Pesach VIII");
  });

  it("reads its ends with the reading options: a numeric order, a reference year, a zone for Dates", () => {
    expect([...daysBetween("03/04/2018", "03/04/2018", { numericOrder: "dmy" })][0]!.gregorian.iso).toBe(
      "2018-04-03",
    );
    expect([...daysBetween("10 Av", "10 Av", { reference: "2018-07-01" })][0]!.gregorian.iso).toBe(
      "2018-07-22",
    );
    const instant = new Date("2018-07-21T23:30:00Z");
    expect([...daysBetween(instant, instant, { timeZone: "Asia/Jerusalem" })][0]!.gregorian.iso).toBe(
      "2018-07-22",
    );
  });

  it("throws the reader's error for a bad end at once, and invalid-option when TO is before FROM", () => {
    expect(dateErrorCode(() => daysBetween("40 Av 5778", "2018-08-01"))).toBe("day-out-of-range");
    expect(dateErrorCode(() => daysBetween("2018-07-01", "not a date"))).toBe("unreadable");
    expect(dateErrorCode(() => daysBetween("2018-07-02", "2018-07-01"))).toBe("invalid-option");
  });

  it("makes a day only when asked: three taken from a span of ten thousand years make three", () => {
    made.count = 0;
    const days = daysBetween({ calendar: "hebrew", year: 1, month: 7, day: 1 }, "9999-12-31");
    expect(made.count).toBe(0);
    const first: string[] = [];
    for (const day of days) {
      first.push(day.hebrew.text);
      if (first.length === 3) break;
    }
    expect(first).toEqual(["1 Tishrei 1", "2 Tishrei 1", "3 Tishrei 1"]);
    expect(made.count).toBe(3);
  });

  it("streams 100 000 days holding nothing: one day made per day consumed, in order", () => {
    made.count = 0;
    let consumed = 0;
    let previous = Number.NaN;
    let ahead = 0;
    for (const day of daysBetween("1850-01-01", "2123-10-16")) {
      consumed += 1;
      // Never more made than consumed: nothing is made ahead and kept.
      ahead = Math.max(ahead, made.count - consumed);
      if (!Number.isNaN(previous) && day.dayNumber !== previous + 1)
        throw new Error(`skipped at ${day.dayNumber}`);
      previous = day.dayNumber;
    }
    expect(consumed).toBe(100_000);
    expect(made.count).toBe(100_000);
    expect(ahead).toBe(0);
  });
});
