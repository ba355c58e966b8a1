import { describe, expect, it } from "vitest";
import { checkDocument } from "../../../src/index.js";
import { parseDates } from "../../../src/read/parseDates.js";

// 14 Adar 5786 is Tuesday 3 March 2026, its evening Monday 2 March (ICU).
const REFERENCE = { reference: "2026-01-01" };

function pairsOf(text: string) {
  return checkDocument(text, REFERENCE).pairs.map((pair) => [
    pair.gregorian.iso,
    pair.verdict,
    pair.weekday.verdict,
  ]);
}

describe("holidayEnds", () => {
  it.each([
    "Purim 2026 begins on Monday night, March 2 and continues until Tuesday, March 3.",
    "Purim in 2026 will begin on the evening of Monday, March 2 and end at sundown on Tuesday, March 3.",
    "Purim 5786 begins Monday night, March 2, and lasts through Tuesday, March 3",
  ])("pairs the holiday with its evening and the day it lasts until: %j", (text) => {
    expect(pairsOf(text)).toEqual([
      ["2026-03-02", "match-after-sunset", "ok"],
      ["2026-03-03", "match", "ok"],
    ]);
  });

  // German, Italian and Dutch: the evening that ends the last day, "finishes", "lasts until".
  it.each([
    "Purim 2026 beginnt am Abend des 2. März und dauert bis zum Abend des 3. März.",
    "Purim 2026 inizia la sera del 2 marzo e finisce il 3 marzo.",
    "Poeriem 2026 begint op 2 maart bij zonsondergang en duurt tot 3 maart.",
  ])("pairs the holiday with its evening and its last day: %j", (text) => {
    expect(pairsOf(text).map(([iso, verdict]) => [iso, verdict])).toEqual([
      ["2026-03-02", "match-after-sunset"],
      ["2026-03-03", "match"],
    ]);
  });

  it("judges the weekday of the day it lasts until (3 March 2026 is no Shabbat)", () => {
    const text = "Purim 5786 begins on Monday night, March 2 and continues until Shabbat, March 3";
    expect(pairsOf(text)).toEqual([
      ["2026-03-02", "match-after-sunset", "ok"],
      ["2026-03-03", "match", "mismatch"],
    ]);
    expect(checkDocument(text, REFERENCE).verdict).toBe("inconsistent");
  });

  it.each([
    // The evening that ends the day is no evening that begins it.
    "Purim 2026 begins Monday evening March 2 and ends Tuesday evening March 3.",
    // No clause of lasting: a second date after "and" is another statement.
    "Purim 2026 begins on Monday night, March 2 and the school trip is on March 3.",
    // A day of a holiday of several days is that day only.
    "The 2nd day of Pesach 5786 begins on Thursday night, April 2 and continues until Friday, April 3",
    // A Hebrew date written out is no named day.
    "13 Adar 5786 | Monday, March 2, 2026 and continues until Tuesday, March 3",
  ])("leaves the second date alone in %j", (text) => {
    const { groups } = parseDates(text, REFERENCE);
    expect(groups.filter((group) => group.kind === "pair")).toHaveLength(1);
  });

  // Chanukah 5786's eighth day, 2 Tevet, is Monday 22 December 2025; Pesach 5785's last day outside
  // Israel, 22 Nisan, is Sunday 20 April 2025 (@hebcal/core).
  it.each([
    "Chanukah will end on December 22, 2025.",
    "This year Chanukah ends at nightfall on Monday, December 22, 2025.",
    "Pesach endet am 20. April 2025.",
    "Pessa'h se termine le 20 avril 2025.",
    "Pésaj termina el 20 de abril de 2025.",
    "Песах закінчується 20 квітня 2025 року.",
  ])("pairs a holiday said only to end with its last day: %j", (text) => {
    expect(pairsOf(text).map(([, verdict]) => verdict)).toEqual(["match"]);
  });

  it("judges the day a holiday is said to end on as its last day", () => {
    expect(pairsOf("Chanukah ends on December 23, 2025.").map(([, verdict]) => verdict)).toEqual([
      "mismatch",
    ]);
  });

  it.each([
    // Another subject ends on the date.
    "Purim is over and the school trip ends on March 3, 2026.",
    "Chanukah. The school term ends on December 19, 2025.",
    // A schedule's closing days, not one day it ends on.
    "Passover ends Apr 6, 7 (Fri, Sat)",
  ])("pairs no end in %j", (text) => {
    const { groups } = parseDates(text, REFERENCE);
    expect(groups.filter((group) => group.kind === "pair")).toHaveLength(0);
  });

  it("records its step in the trace", () => {
    const { trace } = parseDates(
      "Purim 2026 begins on Monday night, March 2 and continues until Tuesday, March 3",
      {
        ...REFERENCE,
        trace: true,
      },
    );
    expect(trace?.some((entry) => entry.step === "holiday-ends")).toBe(true);
  });
});
