import { describe, expect, it } from "vitest";
import { judgePair } from "../../src/check/judgePair.js";
import type { DateMention } from "../../src/read/mention.js";
import { parseDates } from "../../src/read/parseDates.js";
import { REFERENCE, weekdayOfIso } from "./fixtures.js";

/** The Gregorian and the Hebrew mention of a pair as the reader finds them. */
function pairOf(text: string): [DateMention, DateMention] {
  const mentions = parseDates(text, { reference: REFERENCE }).mentions;
  const gregorian = mentions.find((mention) => mention.calendar === "gregorian");
  const hebrew = mentions.find((mention) => mention.calendar === "hebrew");
  if (!gregorian || !hebrew) throw new Error(`no pair in ${text}`);
  return [gregorian, hebrew];
}

describe("judgePair: pairs where a side names no real day", () => {
  it("an impossible Gregorian date: invalid, its side without fields, the Hebrew side canonical", () => {
    const report = judgePair(...pairOf("Sunday, February 30th 2015 | 10 Av 5778"));
    expect(report.verdict).toBe("invalid");
    expect(report.offsetDays).toBeUndefined();
    expect(report.weekday).toMatchObject({ verdict: "none" });
    expect(report.hints).toEqual([]);
    expect(report.gregorian).toEqual({ text: "Sunday, February 30th 2015", start: 0, end: 26, line: 1 });
    expect(report.hebrew).toMatchObject({ year: 5778, month: 5, day: 10, canonical: "10 Av 5778" });
    expect(report.explanation).toBe("One of the dates names no real day.");
  });

  it("a misspelled Hebrew month: invalid, the Gregorian side with its ISO day, the Hebrew side as written", () => {
    const report = judgePair(...pairOf("July 22, 2018 | 10 Avv 5778"));
    expect(report.verdict).toBe("invalid");
    expect(report.gregorian).toMatchObject({ year: 2018, month: 7, day: 22, iso: "2018-07-22" });
    expect(report.hebrew).toEqual({ text: "10 Avv 5778", start: 16, end: 27, line: 1 });
    expect(report.hebrew.canonical).toBeUndefined();
    expect(report.explanation).toBe("One of the dates names no real day.");
  });

  it("numbers lines with the given lineOf, and line 1 without one", () => {
    const [gregorian, hebrew] = pairOf("July 22, 2018\n10 Av 5778");
    expect(judgePair(gregorian, hebrew).hebrew.line).toBe(1);
    const report = judgePair(gregorian, hebrew, (offset) => (offset < 14 ? 1 : 2));
    expect(report.gregorian.line).toBe(1);
    expect(report.hebrew.line).toBe(2);
  });
});

describe("judgePair: which day a wrong weekday is said to be", () => {
  it("a match names G's day", () => {
    const report = judgePair(...pairOf("Monday, July 22, 2018 | 10 Av 5778"));
    expect(report.explanation).toBe("10 Av 5778 is 2018-07-22. But 2018-07-22 was a Sunday, not a Monday.");
  });

  // Fixed: an unmarked pre-1923 date matched as Julian has its weekday judged on the Julian reading's
  // day (1917-11-07, a Wednesday); the sentence named the Gregorian 1917-10-25 (a Thursday) instead.
  it("an unmarked date matched as Julian names the Gregorian day of the Julian reading", () => {
    const report = judgePair(...pairOf("Monday, October 25, 1917 | 22 Cheshvan 5678"));
    expect(report.verdict).toBe("match-julian");
    expect(report.weekday).toMatchObject({ verdict: "mismatch", stated: "Monday", actual: "Wednesday" });
    expect(weekdayOfIso("1917-11-07")).toBe("Wednesday");
    expect(weekdayOfIso("1917-10-25")).toBe("Thursday");
    expect(report.explanation).toBe(
      "22 Cheshvan 5678 is 1917-10-25 read as an Old Style (Julian) date, 1917-11-07 in the Gregorian calendar. But 1917-11-07 was a Wednesday, not a Monday.",
    );
  });

  it("a pre-1923 mismatch still names G's own day", () => {
    const report = judgePair(...pairOf("Monday, October 25, 1917 | 1 Cheshvan 5678"));
    expect(report.verdict).toBe("mismatch");
    expect(report.weekday.actual).toBe("Thursday");
    expect(report.explanation).toContain("But 1917-10-25 was a Thursday, not a Monday.");
  });
});

describe("judgePair: the report's fields", () => {
  // The JSON lines of `hdate check --jsonl` list a pair's fields in this order.
  it("in the order the report lists them, an evidence and an evening only when given", () => {
    const [gregorian, hebrew] = pairOf("Sunday, July 22nd, 2018 | 10 Av 5778");
    const evidence = { kind: "separator", text: " | " } as const;
    expect(Object.keys(judgePair(gregorian, hebrew, undefined, { evidence }))).toEqual([
      "gregorian",
      "hebrew",
      "inferred",
      "evidence",
      "verdict",
      "offsetDays",
      "weekday",
      "weekdays",
      "hints",
      "explanation",
    ]);
    expect(Object.keys(judgePair(gregorian, hebrew)).slice(0, 4)).toEqual([
      "gregorian",
      "hebrew",
      "inferred",
      "verdict",
    ]);
  });
  it("an invalid pair has no offsetDays field", () => {
    const report = judgePair(...pairOf("Sunday, February 30th 2015 | 10 Av 5778"));
    expect(Object.keys(report)).toEqual([
      "gregorian",
      "hebrew",
      "inferred",
      "verdict",
      "weekday",
      "weekdays",
      "hints",
      "explanation",
    ]);
  });
  it("two reports of one pair are two objects", () => {
    const [gregorian, hebrew] = pairOf("July 22, 2018 | 10 Av 5778");
    const first = judgePair(gregorian, hebrew);
    expect(judgePair(gregorian, hebrew)).not.toBe(first);
    expect(judgePair(gregorian, hebrew)).toEqual(first);
  });
});
