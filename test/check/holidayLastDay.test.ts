import { describe, expect, it } from "vitest";
import { holidayLastDay } from "../../src/check/holidayLastDay.js";
import { parseDates } from "../../src/read/parseDates.js";
import { type ExpectedPair, expectPairs, REFERENCE } from "./fixtures.js";

// The day a holiday of several days "lasts until" is its last day. Days checked against ICU by
// expectPairs.

type Row = [string, string, string, ExpectedPair[]];

describe("holidayLastDay", () => {
  it.each<Row>([
    [
      "Rosh Hashanah's two days, from the evening to the nightfall that ends them",
      "Rosh Hashanah begins at sundown on Wednesday, October 2, 2024, and ends at nightfall on Friday, October 4, 2024.",
      "consistent",
      [
        { iso: "2024-10-02", hebrew: "1 Tishrei 5785", verdict: "match-after-sunset", weekday: "ok" },
        { iso: "2024-10-04", hebrew: "2 Tishrei 5785", verdict: "match", weekday: "ok" },
      ],
    ],
    [
      "Chanukah's eighth day",
      "Chanukah 5786 begins at sundown on Sunday, December 14, 2025 and continues until Monday, December 22, 2025.",
      "consistent",
      [
        { iso: "2025-12-14", hebrew: "25 Kislev 5786", verdict: "match-after-sunset", weekday: "ok" },
        { iso: "2025-12-22", hebrew: "2 Tevet 5786", verdict: "match", weekday: "ok" },
      ],
    ],
    [
      "an end a day after the holiday's last day",
      "Shavuot begins at sundown on Tuesday, June 11, 2024 and ends at nightfall on Friday, June 14, 2024.",
      "inconsistent",
      [
        { iso: "2024-06-11", hebrew: "6 Sivan 5784", verdict: "match-after-sunset", weekday: "ok" },
        { iso: "2024-06-14", hebrew: "7 Sivan 5784", verdict: "mismatch", weekday: "ok" },
      ],
    ],
  ])("%s", (_, text, verdict, pairs) => {
    expectPairs(text, verdict, pairs);
  });

  it("keeps the holiday's first day for a pair not joined by 'until'", () => {
    const reading = parseDates("Rosh Hashanah 5785 corresponding to October 3, 2024", {
      reference: REFERENCE,
    });
    const hebrew = reading.mentions.find((m) => m.calendar === "hebrew")!;
    const group = reading.groups.find((g) => g.kind === "pair")!;
    expect(group.kind === "pair" && holidayLastDay(hebrew, group.evidence)).toBe(hebrew);
    const until = holidayLastDay(hebrew, { kind: "connector", text: " and ends on ", phrase: "until" });
    expect(until.date).toEqual({ calendar: "hebrew", year: 5785, month: 7, day: 2 });
    expect(until.inferred.at(-1)?.field).toBe("day");
  });

  it("keeps a holiday already read as its last day", () => {
    const reading = parseDates("Rosh Hashanah 5785 corresponding to October 4, 2024", {
      reference: REFERENCE,
    });
    const hebrew = reading.mentions.find((m) => m.calendar === "hebrew")!;
    expect(hebrew.date?.day).toBe(2);
    expect(holidayLastDay(hebrew, { kind: "connector", text: " until ", phrase: "until" })).toBe(hebrew);
  });

  it("keeps a date that is not a holiday's", () => {
    const reading = parseDates("10 Av 5778", { reference: REFERENCE });
    const hebrew = reading.mentions[0]!;
    expect(holidayLastDay(hebrew, { kind: "connector", text: " until ", phrase: "until" })).toBe(hebrew);
  });
});
