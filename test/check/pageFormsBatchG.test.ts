import { describe, expect, it } from "vitest";
import { checkDocument } from "../../src/check/checkDocument.js";
import { onProseLine } from "../../src/read/refiners/blocks.js";
import { type ExpectedPair, expectPairs, REFERENCE } from "./fixtures.js";

// Forms of the held-out batch 2026-12-01g (test/pages) that this round reads, written here with other
// days and words so that the batch stays held out. Every match is checked against ICU (expectPairs).

type Row = [string, string, string, ExpectedPair[]];

describe("a name that means an evening stands for the day that evening begins", () => {
  it.each<Row>([
    [
      "Kol Nidre on the eve of Yom Kippur",
      "Kol Nidre 5787: Sunday, September 20, 2026",
      "consistent",
      [{ iso: "2026-09-20", hebrew: "10 Tishrei 5787", verdict: "match-after-sunset", weekday: "ok" }],
    ],
    [
      "the nth candle on the evening before its day",
      "Chanukah: 5 Candles | Tuesday, December 8, 2026",
      "consistent",
      [{ iso: "2026-12-08", hebrew: "29 Kislev 5787", verdict: "match-after-sunset", weekday: "ok" }],
    ],
    [
      "Kol Nidre put on Yom Kippur's own day is a mistake of the page",
      "Kol Nidre 5787: Monday, September 21, 2026",
      "inconsistent",
      [{ iso: "2026-09-21", hebrew: "10 Tishrei 5787", verdict: "mismatch", weekday: "ok" }],
    ],
  ])("%s", (_, text, verdict, pairs) => {
    expectPairs(text, verdict, pairs);
  });
});

describe("a table row's dates pair on their own line before across a line break", () => {
  it("a lone civil date does not take the Hebrew date that begins the next line", () => {
    expectPairs(
      'החופשה\n25/09/2026\n04/10/2026\nמיום שישי, י"ד בתשרי התשפ"ז, 25 בספטמבר 2026, עד יום ראשון, כ"ג בתשרי התשפ"ז, 4 באוקטובר 2026.',
      "consistent",
      [
        { iso: "2026-09-25", hebrew: "14 Tishrei 5787", verdict: "match", weekday: "ok" },
        { iso: "2026-10-04", hebrew: "23 Tishrei 5787", verdict: "match", weekday: "ok" },
      ],
    );
  });

  it("a holiday that begins a sentence is its subject, not the label of the line above", () => {
    const report = checkDocument(
      '11/09/2026\n13/09/2026\nערב ראש השנה ושני ימי החג, הימים שישי, שבת וראשון, כ"ט באלול התשפ"ו עד ב\' בתשרי התשפ"ז, 11 עד 13 בספטמבר 2026.',
      { reference: REFERENCE },
    );
    expect(report.verdict).not.toBe("inconsistent");
    expect(report.pairs.filter((pair) => pair.hebrew.text.startsWith("ערב ראש השנה"))).toEqual([]);
  });

  it("onProseLine says whether a mention's line reads as a sentence (the documented example)", () => {
    const text =
      "Chanukah\nFrom Thursday, 24 Kislev, until Friday, 3 Tevet, the school is closed for the whole holiday week.";
    expect(onProseLine(text, { start: 9, end: 13 })).toBe(true);
    expect(onProseLine(text, { start: 0, end: 8 })).toBe(false);
  });

  it("a label over two dates names their span, not its first day", () => {
    expectPairs(
      'חנוכה\n04/12/2026\n12/12/2026\nהחופשה מיום שישי, כ"ד בכסלו התשפ"ז, 4 בדצמבר 2026, עד יום שבת, ב\' בטבת התשפ"ז, 12 בדצמבר 2026.',
      "consistent",
      [
        { iso: "2026-12-04", hebrew: "24 Kislev 5787", verdict: "match", weekday: "ok" },
        { iso: "2026-12-12", hebrew: "2 Tevet 5787", verdict: "match", weekday: "ok" },
      ],
    );
  });

  it("a label over one date still pairs with it", () => {
    expectPairs("Hanukkah\nSaturday, December 5, 2026\n\nCandle lighting at the center", "consistent", [
      { iso: "2026-12-05", hebrew: "25 Kislev 5787", verdict: "match", weekday: "ok" },
    ]);
  });
});

describe("digits beside a Hebrew month in Hebrew script are the civil year", () => {
  it.each<Row>([
    [
      "the Hebrew year is the one whose Shevat falls in 2027",
      'ט"ו בשבט 2027 יחול ביום שבת, 23 בינואר 2027',
      "consistent",
      [{ iso: "2027-01-23", hebrew: "15 Sh'vat 5787", verdict: "match", weekday: "ok" }],
    ],
    [
      "a day early beside it is still a mismatch",
      "ט״ו בשבט 2027 יחול ב-22.1.2027",
      "inconsistent",
      [{ iso: "2027-01-22", hebrew: "15 Sh'vat 5787", verdict: "mismatch" }],
    ],
  ])("%s", (_, text, verdict, pairs) => {
    expectPairs(text, verdict, pairs);
  });
});

describe("a news site's date and time with a slash between is a timestamp", () => {
  it("does not pair with the holiday in the headline above it", () => {
    const report = checkDocument(
      'ט"ו בשבט 2027 - המדריך לחג\n\n18.1.2027 / 09:30\n\nמה נוהגים בראש השנה לאילנות.',
      {
        reference: REFERENCE,
      },
    );
    expect(report.pairs).toEqual([]);
    expect(report.timestamps.map((t) => t.gregorian.iso)).toEqual(["2027-01-18"]);
    expect(report.verdict).not.toBe("inconsistent");
  });
});

describe("only a pair that stands as a masthead is the page's own date", () => {
  it("a pair inside a sentence and a range is content: the schedule's times after it are no timestamps against it", () => {
    const report = checkDocument(
      "Tisha B'Av, the 9th day of the month of Av (August 11-12), is a fast day.\n\nThe fast begins Wednesday, August 11, 2027 at 7:58 pm\nThe fast ends Thursday, August 12, 2027 at 8:31 pm",
      { reference: REFERENCE },
    );
    expect(report.findings.map((f) => f.code)).not.toContain("timestamp-after-masthead");
    expect(report.verdict).toBe("consistent");
  });

  it("a masthead by separators still judges a later timestamp", () => {
    const report = checkDocument("Sunday, July 22nd, 2018 | 10 Av 5778\n\nPosted July 25, 2018 2:27 pm", {
      reference: REFERENCE,
    });
    expect(report.findings.map((f) => f.code)).toContain("timestamp-after-masthead");
    expect(report.verdict).toBe("inconsistent");
  });
});

describe("a weekday before its date, with a dash or a remark in brackets between", () => {
  it.each<Row>([
    [
      "he: a list line 'יום רביעי – י״ד ניסן (21.04.2027)'",
      "יום רביעי – י״ד ניסן (21.04.2027).\n • בדיקת חמץ בלילה.",
      "consistent",
      [{ iso: "2027-04-21", hebrew: "14 Nisan 5787", verdict: "match", weekday: "ok" }],
    ],
    [
      "en: a header 'Sunday - December 6, 2026'",
      "Sunday - December 6, 2026 | 26 Kislev 5787",
      "consistent",
      [{ iso: "2026-12-06", hebrew: "26 Kislev 5787", verdict: "match", weekday: "ok" }],
    ],
    [
      "he: 'ביום רביעי (ערב החג), י״ד בניסן'",
      "ביום רביעי (ערב החג), י״ד בניסן תשפ״ז, 21 באפריל 2027, נערוך את הסדר.",
      "consistent",
      [{ iso: "2027-04-21", hebrew: "14 Nisan 5787", verdict: "match", weekday: "ok" }],
    ],
    [
      "a dash inside prose explains: the weekday before it is another day's",
      "The anniversary begins at sundown and lasts until Sunday night – Gimmel Tammuz, the third of the month.",
      "unchecked",
      [],
    ],
  ])("%s", (_, text, verdict, pairs) => {
    expectPairs(text, verdict, pairs);
  });
});

describe("short dotted dates and marked days of Hebrew tables", () => {
  it.each<Row>([
    [
      "a short dotted date after its weekday",
      'פתיחת השנה: יום ראשון 6.9.26 כ"ד אלול תשפ"ו',
      "consistent",
      [{ iso: "2026-09-06", hebrew: "24 Elul 5786", verdict: "match", weekday: "ok" }],
    ],
    [
      "a short dotted date alone in a table's cell, and a day written 'טו'' with its mark after it",
      "שושן פורים | 24.3.27 | טו' באדר ב'",
      "consistent",
      [{ iso: "2027-03-24", hebrew: "15 Adar II 5787", verdict: "match" }],
    ],
    [
      "a short dotted date as a range's second end",
      "החופשה | 29.12.26-3.1.27 | יט' בטבת - כד' בטבת",
      "consistent",
      [
        { iso: "2026-12-29", hebrew: "19 Tevet 5787", verdict: "match" },
        { iso: "2027-01-03", hebrew: "24 Tevet 5787", verdict: "match" },
      ],
    ],
    [
      "a date whose full stop touches the next Hebrew word",
      'עד יום שישי, כ"ב בטבת התשפ"ז, 01.01.2027.הלימודים יתחדשו ביום ראשון.',
      "consistent",
      [{ iso: "2027-01-01", hebrew: "22 Tevet 5787", verdict: "match", weekday: "ok" }],
    ],
  ])("%s", (_, text, verdict, pairs) => {
    expectPairs(text, verdict, pairs);
  });

  it("a short dotted number in a sentence is still a version, not a date", () => {
    const report = checkDocument("הורידו את גרסה 1.2.14 של התוכנה מהאתר.", { reference: REFERENCE });
    expect(report.verdict).toBe("no-dates");
  });
});

describe("a holiday's clause with a year among its small words, or a next sentence that refers back", () => {
  it.each<Row>([
    [
      "en: 'will begin in 2027 on the evening of'",
      "Passover will begin in 2027 on the evening of Wednesday, April 21.",
      "consistent",
      [{ iso: "2027-04-21", hebrew: "15 Nisan 5787", verdict: "match-after-sunset", weekday: "ok" }],
    ],
    [
      "en: 'This year, it begins on …' after a sentence about the holiday",
      "Sukkot lasts seven days and is the autumn harvest festival. This year, it begins on Friday, September 25th at sundown.",
      "consistent",
      [{ iso: "2026-09-25", hebrew: "15 Tishrei 5787", verdict: "match-after-sunset", weekday: "ok" }],
    ],
    [
      "a next sentence of another subject does not refer back",
      "Purim is a happy day with costumes and gifts of food for friends. Next month the school board meets; it begins on Monday, March 1st.",
      "consistent",
      [],
    ],
  ])("%s", (_, text, verdict, pairs) => {
    expectPairs(text, verdict, pairs);
  });
});
