import { describe, expect, it } from "vitest";
import { holidayDays } from "../../src/calendars/holidayDates.js";
import { checkDocument } from "../../src/check/checkDocument.js";
import { holidayNameHebrewExtractor } from "../../src/read/extractors/holidayName.js";
import { takeWeekdaysInBrackets } from "../../src/read/weekdayInBrackets.js";
import { type ExpectedPair, expectPairs, REFERENCE } from "./fixtures.js";

// Forms of the held-out batch 2026-12-01i (test/pages) that this round reads, written here with other
// days and words so that the batch stays held out. Every match is checked against ICU (expectPairs).

type Row = [string, string, string, ExpectedPair[]];

const statedOf = (text: string) =>
  holidayNameHebrewExtractor.extract(text, {}).map((candidate) => candidate.stated);

describe("Hebrew ordinals of Chanukah's candles and of a festival's days", () => {
  it.each<Row>([
    [
      "the first candle in words, with של, is the evening before 25 Kislev",
      "נר ראשון של חנוכה: יום שישי 4.12.2026",
      "consistent",
      [{ iso: "2026-12-04", hebrew: "25 Kislev 5787", verdict: "match-after-sunset", weekday: "ok" }],
    ],
    [
      "a candle by its letter, with ד written onto the name",
      "הדלקת נר ג' דחנוכה – יום ראשון 6.12.2026",
      "consistent",
      [{ iso: "2026-12-06", hebrew: "27 Kislev 5787", verdict: "match-after-sunset", weekday: "ok" }],
    ],
    [
      "a candle's ordinal is a weekday's word, but it is not the date's weekday",
      "נר חמישי של חנוכה: ביום שלישי 8.12.2026",
      "consistent",
      [{ iso: "2026-12-08", hebrew: "29 Kislev 5787", verdict: "match-after-sunset", weekday: "ok" }],
    ],
    [
      "a candle put a day late is the page's mistake",
      "נר שני של חנוכה: יום ראשון 6.12.2026",
      "inconsistent",
      [{ iso: "2026-12-06", hebrew: "26 Kislev 5787", verdict: "mismatch", weekday: "ok" }],
    ],
    [
      "a festival's day by its letter is that day, not an evening",
      "ב' דפסח, יום שישי 23.4.2027",
      "consistent",
      [{ iso: "2027-04-23", hebrew: "16 Nisan 5787", verdict: "match", weekday: "ok" }],
    ],
    [
      "'בתאריך' (on the date) between a weekday and its date",
      "ביום שישי בתאריך 11.12.2026 - זהו ז' חנוכה",
      "consistent",
      [{ iso: "2026-12-11", hebrew: "1 Tevet 5787", verdict: "match", weekday: "ok" }],
    ],
    [
      "'בתאריך' with no weekday before it",
      "נפגשים בתאריך 11.12.2026 - זהו ז' חנוכה",
      "consistent",
      [{ iso: "2026-12-11", hebrew: "1 Tevet 5787", verdict: "match" }],
    ],
    [
      "'זהו' (this is) joins a civil date to the day it names",
      "מדליקים ביום שני 7.12.2026 - זהו ג' חנוכה",
      "consistent",
      [{ iso: "2026-12-07", hebrew: "27 Kislev 5787", verdict: "match", weekday: "ok" }],
    ],
  ])("%s", (_, text, verdict, pairs) => {
    expectPairs(text, verdict, pairs);
  });

  it("reads the count into the stated fields: a candle, a day, and nothing for another holiday's candle", () => {
    expect(statedOf("נר שמיני של חנוכה")).toEqual([{ holiday: "chanukah", holidayCandle: 8 }]);
    expect(statedOf("ליל ה' דחנוכה")).toEqual([{ holiday: "chanukah", holidayCandle: 5 }]);
    expect(statedOf("א' חנוכה")).toEqual([{ holiday: "chanukah", holidayDay: 1 }]);
    expect(statedOf("נר שני של פסח")).toEqual([]);
  });

  it("an ordinal with no holiday after it is nothing, and a day of Rosh Chodesh stays a luach's label", () => {
    expect(statedOf("נר שני מדליקים בערב")).toEqual([]);
    expectPairs("יום שישי, א' טבת, ב' דראש חודש טבת (11.12.26)", "consistent", [
      { iso: "2026-12-11", hebrew: "1 Tevet 5787", verdict: "match", weekday: "ok" },
    ]);
  });
});

describe("a season of two civil years names the Hebrew year of a page's year-less dates", () => {
  it.each<Row>([
    [
      "'2008-09' above holiday rows whose weekdays fit 2009 and 2020",
      "2008-09 Holiday Calendar\nPesach April 9 (Thurs) No school\nShavuot May 29 (Fri) No school",
      "consistent",
      [
        { iso: "2009-04-09", hebrew: "15 Nisan 5769", verdict: "match", weekday: "ok" },
        { iso: "2009-05-29", hebrew: "6 Sivan 5769", verdict: "match", weekday: "ok" },
      ],
    ],
    [
      "two years that do not follow on are no season: the rows are read near the reference",
      "2008-10 Holiday Calendar\nShavuot May 29 (Fri) No school",
      "consistent",
      [{ iso: "2020-05-29", hebrew: "6 Sivan 5780", verdict: "match", weekday: "ok" }],
    ],
  ])("%s", (_, text, verdict, pairs) => {
    expectPairs(text, verdict, pairs);
  });
});

describe("the first or last days of a holiday that has no festival days", () => {
  it("stand for its days, as the holiday's name does: no run of festival days to single out", () => {
    const all = holidayDays({ holiday: "chanukah" }, 5787);
    expect(all).toHaveLength(8);
    expect(holidayDays({ holiday: "chanukah", part: "last" }, 5787)).toEqual(all);
    // Pesach's last days are still its last festival days.
    expect(holidayDays({ holiday: "pesach", part: "last" }, 5787).map((day) => day.day)).toEqual([21, 22]);
  });

  it("are no error of the page when the sentence gives no date for them", () => {
    const report = checkDocument("The month ends with the last days of Chanukah and a party.", {
      reference: REFERENCE,
    });
    expect(report.verdict).not.toBe("inconsistent");
    expect(report.findings.map((finding) => finding.code)).not.toContain("invalid-date");
  });
});

describe("a dotted range of days with a two-digit year", () => {
  it.each<Row>([
    [
      "a Hebrew day beside the range pairs with the end it names",
      "ימי הפינוי: 13-14.9.26, ב' בתשרי",
      "consistent",
      [{ iso: "2026-09-13", hebrew: "2 Tishrei 5787", verdict: "match" }],
    ],
    [
      "and a day that neither end is stays a mismatch",
      "ימי הפינוי: 13-14.9.26, ה' בתשרי",
      "inconsistent",
      [{ iso: "2026-09-14", hebrew: "5 Tishrei 5787", verdict: "mismatch" }],
    ],
  ])("%s", (_, text, verdict, pairs) => {
    expectPairs(text, verdict, pairs);
  });
});

describe("a holiday's evening and its last day in one sentence", () => {
  it.each<Row>([
    [
      "a name read as a date (Tu B'Shevat is 15 Shevat) also pairs with the day it ends on",
      "In 2021, Tu B’Shevat begins at sundown on Wednesday Jan. 27 and ends at sundown on Thursday Jan. 28.",
      "consistent",
      [
        { iso: "2021-01-27", hebrew: "15 Sh'vat 5781", verdict: "match-after-sunset", weekday: "ok" },
        { iso: "2021-01-28", hebrew: "15 Sh'vat 5781", verdict: "match", weekday: "ok" },
      ],
    ],
    [
      "'in the Diaspora' between the verb and its evening",
      "Shavuot 5787 begins in the Diaspora at sundown on Thursday, 10 June 2027 and ends at nightfall on Saturday, 12 June 2027.",
      "consistent",
      [
        { iso: "2027-06-10", hebrew: "6 Sivan 5787", verdict: "match-after-sunset", weekday: "ok" },
        { iso: "2027-06-12", hebrew: "7 Sivan 5787", verdict: "match", weekday: "ok" },
      ],
    ],
    [
      "'and goes through' leads to the holiday's day",
      "Purim begins on Monday night March 22nd and goes through Tuesday March 23rd, 2027.",
      "consistent",
      [
        { iso: "2027-03-22", hebrew: "14 Adar II 5787", verdict: "match-after-sunset", weekday: "ok" },
        { iso: "2027-03-23", hebrew: "14 Adar II 5787", verdict: "match", weekday: "ok" },
      ],
    ],
    [
      "a month off at both ends is the page's mistake",
      "Shavuot 5787 begins in Israel at sundown on Monday, 10 May 2027 and ends at nightfall on Wednesday, 12 May 2027.",
      "inconsistent",
      [
        { iso: "2027-05-10", hebrew: "6 Sivan 5787", verdict: "mismatch", weekday: "ok" },
        { iso: "2027-05-12", hebrew: "7 Sivan 5787", verdict: "mismatch", weekday: "ok" },
      ],
    ],
  ])("%s", (_, text, verdict, pairs) => {
    expectPairs(text, verdict, pairs);
  });
});

describe("a range's two weekdays in brackets after it", () => {
  it("are the weekdays of its two ends", () => {
    expectPairs("2008-09 Calendar\nShavuot May 29-30 (Fri, Sat) Not at school", "consistent", [
      { iso: "2009-05-29", hebrew: "6 Sivan 5769", verdict: "match", weekday: "ok" },
      { iso: "2009-05-30", hebrew: "7 Sivan 5769", verdict: "match", weekday: "ok" },
    ]);
  });

  it.each([
    ["Oct 5-6 (Thurs, Fri) off", 7, 20, 4, 5],
    ["Dec 13-20 (Wed-Wed) lights", 9, 19, 3, 3],
    ["Oct 5-6 (see the note) off", 7, 7, undefined, undefined],
    ["Oct 5-6 (Thurs, page 2) off", 7, 7, undefined, undefined],
  ])("%j", (text, at, end, first, last) => {
    const a: { weekday?: number } = {};
    const b: { weekday?: number } = {};
    expect(takeWeekdaysInBrackets(text, at, a, b)).toBe(end);
    expect([a.weekday, b.weekday]).toEqual([first, last]);
  });

  it("leaves ends that already state a weekday as they are", () => {
    const a = { weekday: 1 };
    expect(takeWeekdaysInBrackets("Oct 5-6 (Thurs, Fri)", 7, a, {})).toBe(7);
    expect(a.weekday).toBe(1);
  });
});
