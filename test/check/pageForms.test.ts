import { describe, expect, it } from "vitest";
import { checkDocument } from "../../src/check/checkDocument.js";
import { type ExpectedPair, expectPairs, REFERENCE } from "./fixtures.js";

// Forms the held-out real-page snippets showed (test/pages, batch 2026-12-01), written here with
// other days so that the held-out set stays held out. Each row says what the page claims and what a
// careful reader concludes; every match is checked against ICU and @hebcal/core (hebrewOf).

type Expected = ExpectedPair;

type Row = [string, string, string, Expected[]];

describe("two days joined by a word, and ordinals with a full stop, make a range", () => {
  it.each<Row>([
    [
      "German: 13. und 14. Adar beside 2. und 3. März",
      "Fasten Esther und Purim\n13. und 14. Adar 5786 (2. und 3. März 2026)",
      "consistent",
      [
        { iso: "2026-03-02", hebrew: "13 Adar 5786", verdict: "match" },
        { iso: "2026-03-03", hebrew: "14 Adar 5786", verdict: "match" },
      ],
    ],
    [
      "German, a day late on both ends",
      "Fasten Esther und Purim\n13. und 14. Adar 5786 (3. und 4. März 2026)",
      "inconsistent",
      [
        { iso: "2026-03-03", hebrew: "13 Adar 5786", verdict: "mismatch" },
        { iso: "2026-03-04", hebrew: "14 Adar 5786", verdict: "mismatch" },
      ],
    ],
    [
      "French: le 1er et 2 Tichri",
      "Roch Hachana : le 1er et 2 Tichri 5787 (12 et 13 septembre 2026)",
      "consistent",
      [
        { iso: "2026-09-12", hebrew: "1 Tishrei 5787", verdict: "match" },
        { iso: "2026-09-13", hebrew: "2 Tishrei 5787", verdict: "match" },
      ],
    ],
    [
      "Spanish: a range of dotted days beside the first day's Hebrew date",
      "Janucá: 5. a 12. Diciembre 2026 · 25 Kislev 5787",
      "consistent",
      [{ iso: "2026-12-05", hebrew: "25 Kislev 5787", verdict: "match" }],
    ],
  ])("%s", (_name, text, verdict, pairs) => expectPairs(text, verdict, pairs));

  it("numbers joined by a word that are no days stay unread", () => {
    expect(checkDocument("We met 3 and 4 people on the way.", { reference: REFERENCE }).verdict).toBe(
      "no-dates",
    );
  });
});

describe("a luach's list: a heading's range is no partner of a date lines below it", () => {
  it("the range of the month's civil days pairs with nothing", () => {
    expectPairs(
      "חודש כסלו תשפ״ז\n\n11 בנובמבר 2026 - 9 בדצמבר 2026\n\nיום שלישי, כ״א בכסלו (1.12.2026): תפילה\n\nיום רביעי, כ״ב בכסלו, ב׳ דחנוכה",
      "consistent",
      [{ iso: "2026-12-01", hebrew: "21 Kislev 5787", verdict: "match", weekday: "ok" }],
    );
  });
});

describe("weekdays written as pages write them", () => {
  it.each<Row>([
    [
      "ממוצאי שבת: the מ of 'from' on Saturday's evening",
      "ממוצאי שבת, כ״ו בכסלו תשפ״ז (5.12.2026), עד יום חמישי",
      "consistent",
      [{ iso: "2026-12-05", hebrew: "26 Kislev 5787", verdict: "match-after-sunset", weekday: "ok" }],
    ],
    [
      "ממוצאי שבת beside the next day's date",
      "ממוצאי שבת, כ״ו בכסלו תשפ״ז (6.12.2026), עד יום חמישי",
      "inconsistent",
      [{ iso: "2026-12-06", hebrew: "26 Kislev 5787", verdict: "mismatch", weekday: "ok" }],
    ],
    [
      "the week's portion between the weekday and the date",
      // Vayishlach is 18 Kislev 5787's portion (Vayeshev's Shabbat is 25 Kislev: a portion-mismatch).
      "Shabbat Parashat Vayishlach, 18 Kislev 5787 (November 28, 2026)",
      "consistent",
      [{ iso: "2026-11-28", hebrew: "18 Kislev 5787", verdict: "match", weekday: "ok" }],
    ],
    [
      "the portion's Shabbat beside a Sunday",
      "Shabbat Parashat Vayeshev, 19 Kislev 5787 (November 29, 2026)",
      "inconsistent",
      [{ iso: "2026-11-29", hebrew: "19 Kislev 5787", verdict: "match", weekday: "mismatch" }],
    ],
    [
      "שבת פרשת וישלח",
      "שבת פרשת וישלח, י״ח בכסלו תשפ״ז (28.11.2026)",
      "consistent",
      [{ iso: "2026-11-28", hebrew: "18 Kislev 5787", verdict: "match", weekday: "ok" }],
    ],
    [
      "German: Freitagabend, the evening in one word",
      "Chanukka 5787:\n25. Kislew 5787\n1. Licht, Freitagabend, 4.12.2026",
      "consistent",
      [{ iso: "2026-12-04", hebrew: "25 Kislev 5787", verdict: "match-after-sunset", weekday: "ok" }],
    ],
    [
      "German: Freitagabend on a Saturday",
      "Chanukka 5787:\n25. Kislew 5787\n1. Licht, Freitagabend, 5.12.2026",
      "inconsistent",
      [{ iso: "2026-12-05", hebrew: "25 Kislev 5787", verdict: "mismatch", weekday: "mismatch" }],
    ],
    [
      "Dutch: vrijdagavond",
      "vrijdagavond 4 december 2026 · 25 Kislev 5787",
      "consistent",
      [{ iso: "2026-12-04", hebrew: "25 Kislev 5787", verdict: "match-after-sunset", weekday: "ok" }],
    ],
  ])("%s", (_name, text, verdict, pairs) => expectPairs(text, verdict, pairs));

  it.each([
    ["יום רביעי ט״ו. כסלו ה׳תשפ״ז", "consistent"],
    ["יום ראשון ט״ו. כסלו ה׳תשפ״ז", "inconsistent"],
  ])("a Hebrew day with a full stop and its weekday: %s", (text, verdict) => {
    expect(checkDocument(text, { reference: REFERENCE }).verdict).toBe(verdict);
  });
});

describe("the page's own year", () => {
  it("a holiday with its civil year anchors the timetable under it", () => {
    expectPairs(
      "Yom Kippur 2027 schedule\n\nSunday October 10th\nYom Kippur\nKol Nidre 6:30 pm\n\nMonday October 11th\nYom Kippur\nNeilah 5:45 pm",
      "consistent",
      [
        { iso: "2027-10-10", hebrew: "10 Tishrei 5788", verdict: "match-after-sunset", weekday: "ok" },
        { iso: "2027-10-11", hebrew: "10 Tishrei 5788", verdict: "match", weekday: "ok" },
      ],
    );
  });

  it.each<Row>([
    [
      "a year-less pair read in the page's year",
      "Месяц кислев 5787 (2026) года\n\nОбновление от 30.11.2026\n\nЙом Кипур катан\n\n28 мархешвана • 8 ноября",
      "consistent",
      [{ iso: "2026-11-08", hebrew: "28 Cheshvan 5787", verdict: "match" }],
    ],
    [
      "a year-less pair that agrees only twenty years away is wrong on this page",
      "Месяц кислев 5787 (2026) года\n\nОбновление от 30.11.2026\n\nЙом Кипур катан\n\n28 мархешвана • 27 ноября",
      "inconsistent",
      [{ iso: "2026-11-27", hebrew: "28 Cheshvan 5787", verdict: "mismatch" }],
    ],
  ])("%s", (_name, text, verdict, pairs) => expectPairs(text, verdict, pairs));
});

describe("month and holiday names of more languages", () => {
  it.each<Row>([
    [
      "Dutch: tisjri",
      "zaterdag 12 september 2026, dat is 1 tisjri 5787",
      "consistent",
      [{ iso: "2026-09-12", hebrew: "1 Tishrei 5787", verdict: "match", weekday: "ok" }],
    ],
    [
      "Polish: Rosz ha-Szana, tiszri",
      "Rosz ha-Szana - 1 tiszri 5787 - sobota 12 września 2026",
      "consistent",
      [{ iso: "2026-09-12", hebrew: "1 Tishrei 5787", verdict: "match", weekday: "ok" }],
    ],
    [
      "Spanish: Iom Kipur",
      "Iom Kipur 5787: lunes 21 de septiembre de 2026",
      "consistent",
      [{ iso: "2026-09-21", hebrew: "10 Tishrei 5787", verdict: "match", weekday: "ok" }],
    ],
    [
      "the Fast of Tevet",
      "Sunday, December 20, 2026 - Fast of Tevet",
      "consistent",
      [{ iso: "2026-12-20", hebrew: "10 Tevet 5787", verdict: "match", weekday: "ok" }],
    ],
    [
      "the Fast of Tevet a day late",
      "Monday, December 21, 2026 - Fast of Tevet",
      "inconsistent",
      [{ iso: "2026-12-21", hebrew: "10 Tevet 5787", verdict: "mismatch", weekday: "ok" }],
    ],
  ])("%s", (_name, text, verdict, pairs) => expectPairs(text, verdict, pairs));
});

describe("more joins and months", () => {
  it.each<Row>([
    [
      "a capitalized month after a weekday of its own language",
      "Vigilia 9 Tishrì, Domenica 20 Settembre:\nSelichot: 5.30",
      "consistent",
      [{ iso: "2026-09-20", hebrew: "9 Tishrei 5787", verdict: "match", weekday: "ok" }],
    ],
    [
      "a capitalized Cyrillic month",
      "29 Элула 5786 (11 сентября 2026)",
      "consistent",
      [{ iso: "2026-09-11", hebrew: "29 Elul 5786", verdict: "match" }],
    ],
    [
      "Hebrew script: the ב of a month written onto the day's digits",
      "פרשת ויצא י״ז בכסלו תשפ״ז  27בנובמבר 2026",
      "consistent",
      [{ iso: "2026-11-27", hebrew: "17 Kislev 5787", verdict: "match" }],
    ],
    [
      "the same, a day late",
      "פרשת ויצא י״ח בכסלו תשפ״ז  29בנובמבר 2026",
      "inconsistent",
      [{ iso: "2026-11-29", hebrew: "18 Kislev 5787", verdict: "mismatch" }],
    ],
    [
      "a capital I as a masthead's pipe",
      "n°310\n7 décembre 2026 I 27 Kislev 5787 I Vayéchev",
      "consistent",
      [{ iso: "2026-12-07", hebrew: "27 Kislev 5787", verdict: "match" }],
    ],
    [
      "German: abends, then an equals sign",
      "Das Fest beginnt am 4. Dezember abends = am 25. Kislev 5787.",
      "consistent",
      [{ iso: "2026-12-04", hebrew: "25 Kislev 5787", verdict: "match-after-sunset" }],
    ],
    [
      "Russian: the day came in with the evening, the 25th day of the month",
      "Праздник пришел 4 декабря с наступлением 25-го дня месяца кислев.",
      "consistent",
      [{ iso: "2026-12-04", hebrew: "25 Kislev 5787", verdict: "match-after-sunset" }],
    ],
  ])("%s", (_name, text, verdict, pairs) => expectPairs(text, verdict, pairs));

  it("an English weekday does not make a capitalized word of another language a month", () => {
    expect(checkDocument("On Tuesday 10 Mars bars were sold.", { reference: REFERENCE }).verdict).toBe(
      "no-dates",
    );
  });
});

describe("a lone Hebrew date under מוצאי שבת may be the Shabbat that ends", () => {
  it.each<[string, string, string[]]>([
    // 18 Kislev 5787 is Saturday 28 November 2026; 19 Kislev begins that night.
    ["the Shabbat's own date", "מוצאי שבת, י״ח בכסלו תשפ״ז: מסיבת חנוכה", []],
    ["the date that begins that night", "מוצאי שבת, י״ט בכסלו תשפ״ז: מסיבת חנוכה", []],
    ["a Friday's date", "מוצאי שבת, י״ז בכסלו תשפ״ז: מסיבת חנוכה", ["weekday-mismatch"]],
    ["a Sunday's date", "מוצאי שבת, כ׳ בכסלו תשפ״ז: מסיבת חנוכה", ["weekday-mismatch"]],
    ["transliterated, the Shabbat's own date", "Motzei Shabbos, 18 Kislev 5787: Chanukah party", []],
  ])("%s", (_name, text, codes) => {
    const report = checkDocument(text, { reference: REFERENCE });
    expect(report.checked).toBe(1);
    expect(report.findings.map((finding) => finding.code)).toEqual(codes);
  });
});
