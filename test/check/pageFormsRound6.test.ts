import { describe, expect, it } from "vitest";
import { checkDocument } from "../../src/check/checkDocument.js";
import { type ExpectedPair, expectPairs, REFERENCE } from "./fixtures.js";

// Forms of the real-page snippets (test/pages) that the sixth round pairs, written here with other
// days and words so that the batches stay held out. Every match is checked against ICU (expectPairs).

type Row = [string, string, string, ExpectedPair[]];

describe("a named day and the civil date its clause gives, in other languages", () => {
  it.each<Row>([
    [
      "es: 'comienza al atardecer del', the evening before the day",
      "Janucá 5786, la fiesta de las luces, comienza al atardecer del domingo 14 de diciembre de 2025.",
      "consistent",
      [{ iso: "2025-12-14", hebrew: "25 Kislev 5786", verdict: "match-after-sunset", weekday: "ok" }],
    ],
    [
      "de: 'begann am Abend des', a civil year with the holiday",
      "Pessach 2025 begann am Abend des 12. April und endete acht Tage später.",
      "consistent",
      [{ iso: "2025-04-12", hebrew: "15 Nisan 5785", verdict: "match-after-sunset" }],
    ],
    [
      "de: 'vom Abend des', the evening a festival begins",
      "Im Jahr 2026 wird Chanukka vom Abend des 4. Dezember an acht Tage lang gefeiert.",
      "consistent",
      [{ iso: "2026-12-04", hebrew: "25 Kislev 5787", verdict: "match-after-sunset" }],
    ],
    [
      "it: 'inizia al tramonto di'",
      "Rosh Hashanà 5787 inizia al tramonto di venerdì 11 settembre 2026.",
      "consistent",
      [{ iso: "2026-09-11", hebrew: "1 Tishrei 5787", verdict: "match-after-sunset", weekday: "ok" }],
    ],
    [
      "he: 'יחול השנה ב-', a verb and 'this year' before the date",
      "ראש השנה תשפ״ז יחול השנה ב-12.9.2026",
      "consistent",
      [{ iso: "2026-09-12", hebrew: "1 Tishrei 5787", verdict: "match" }],
    ],
    [
      "es: a clause's evening on the day itself is a mistake of the page",
      "Rosh Hashaná 5785 comienza al atardecer del jueves 3 de octubre de 2024.",
      "inconsistent",
      [{ iso: "2024-10-03", hebrew: "1 Tishrei 5785", verdict: "mismatch", weekday: "ok" }],
    ],
  ])("%s", (_, text, verdict, pairs) => {
    expectPairs(text, verdict, pairs);
  });

  it.each([
    [
      "es: two sentences",
      "Rosh Hashaná es una fiesta importante. La escuela comienza el 2 de octubre de 2024.",
    ],
    [
      "de: a verb of another subject",
      "Pessach ist ein Fest der Freiheit, und die Schule begann am 12. April 2025.",
    ],
    ["he: two sentences", "ראש השנה הוא חג חשוב. בית הספר מתחיל ב-1.9.2025"],
  ])("does not pair across %s", (_, text) => {
    expect(checkDocument(text, { reference: REFERENCE }).pairs).toEqual([]);
  });
});

describe("a weekday written before its date in brackets", () => {
  it.each<Row>([
    [
      "en: 'this coming Monday (September 22)', whose weekday gives the year",
      "Rosh Hashanah will begin at sundown this coming Monday (September 22), the rabbi said.",
      "consistent",
      [{ iso: "2025-09-22", hebrew: "1 Tishrei 5786", verdict: "match-after-sunset", weekday: "ok" }],
    ],
    [
      "de: 'Sonntag (22. September 2024)' beside a Hebrew date",
      "19. Elul 5784 | Sonntag (22. September 2024)",
      "consistent",
      [{ iso: "2024-09-22", hebrew: "19 Elul 5784", verdict: "match", weekday: "ok" }],
    ],
    [
      "he: 'יום ראשון (22.9.2024)' whose weekday is wrong for the day",
      "י״ט באלול תשפ״ד, יום שני (22.9.2024)",
      "inconsistent",
      [{ iso: "2024-09-22", hebrew: "19 Elul 5784", verdict: "match", weekday: "mismatch" }],
    ],
  ])("%s", (_, text, verdict, pairs) => {
    expectPairs(text, verdict, pairs);
  });
});

describe("a clause of another subject is no join", () => {
  it.each([
    ["en", "Purim is a feast of joy and the school began on March 3, 2024."],
    ["fr", "Pourim est une fête joyeuse, mais la école commence le 3 mars 2024."],
  ])("%s: a conjunction and an article begin another clause", (_, text) => {
    expect(checkDocument(text, { reference: REFERENCE }).pairs).toEqual([]);
  });
});

describe("a schedule's holiday labels over year-less dates", () => {
  it.each<Row>([
    [
      "en: 'Rosh Hashanah, 1st Day' over its date; the weekdays give 2020",
      "Rosh Hashanah, 1st Day\n\nSaturday, September 19th\n\n   10:00am Services\n\nRosh Hashanah, 2d Day\nSunday, September 20th",
      "consistent",
      [
        { iso: "2020-09-19", hebrew: "1 Tishrei 5781", verdict: "match", weekday: "ok" },
        { iso: "2020-09-20", hebrew: "2 Tishrei 5781", verdict: "match", weekday: "ok" },
      ],
    ],
    [
      "fr: 'Roch Hachana, 1er jour' over its date",
      "Roch Hachana, 1er jour\nsamedi 19 septembre\n\nRoch Hachana, 2e jour\ndimanche 20 septembre",
      "consistent",
      [
        { iso: "2020-09-19", hebrew: "1 Tishrei 5781", verdict: "match", weekday: "ok" },
        { iso: "2020-09-20", hebrew: "2 Tishrei 5781", verdict: "match", weekday: "ok" },
      ],
    ],
    [
      "he: a holiday on its line over a year-less date",
      "ראש השנה\nשבת, 19 בספטמבר\n\nיום כיפור\nשני, 28 בספטמבר",
      "consistent",
      [
        { iso: "2020-09-19", hebrew: "1 Tishrei 5781", verdict: "match", weekday: "ok" },
        { iso: "2020-09-28", hebrew: "10 Tishrei 5781", verdict: "match" },
      ],
    ],
  ])("%s", (_, text, verdict, pairs) => {
    expectPairs(text, verdict, pairs);
  });

  it("a year-less time under a paired date is no timestamp later than the masthead", () => {
    const text =
      "Erev Rosh Hashanah\nFriday, September 18th\n  6:30pm\n\nRosh Hashanah, 1st Day\n\nSaturday, September 19th\n  11:30am";
    const report = checkDocument(text, { reference: REFERENCE });
    expect(report.findings.map((f) => f.code)).not.toContain("timestamp-after-masthead");
    // Its year is the one the page's own pair fixed (Erev Rosh Hashanah on Friday 18 September: 2020).
    expect(report.timestamps.map((t) => t.gregorian.iso)).toEqual(["2020-09-19"]);
    // A timestamp that writes its year is still judged against the masthead.
    const dated = checkDocument(`${text}\n\nPosted September 19, 2026 11:30am`, { reference: REFERENCE });
    expect(dated.findings.map((f) => f.code)).toContain("timestamp-after-masthead");
  });
});

describe("a table of years: the year's cell, the date, the weekday's cell, the holiday", () => {
  it.each<Row>([
    [
      "en: columns set off by spaces, a holiday named on every row",
      "Year Date Day Holiday\n2023 9 May Tue Lag BaOmer\n2022 19 May Thu Lag BaOmer",
      "consistent",
      [
        { iso: "2023-05-09", hebrew: "18 Iyyar 5783", verdict: "match", weekday: "ok" },
        { iso: "2022-05-19", hebrew: "18 Iyyar 5782", verdict: "match", weekday: "ok" },
      ],
    ],
    [
      "en: a weekday cell that does not fit its date is a mistake of the page",
      "Year Date Day Holiday\n2021 30 Apr Sat Lag BaOmer",
      "inconsistent",
      [{ iso: "2021-04-30", hebrew: "18 Iyyar 5781", verdict: "match", weekday: "mismatch" }],
    ],
    [
      "en: columns set off by pipes",
      "Year | Date | Day | Holiday\n2024 | 12 Oct | Sat | Yom Kippur\n2025 | 2 Oct | Thu | Yom Kippur",
      "consistent",
      [
        { iso: "2024-10-12", hebrew: "10 Tishrei 5785", verdict: "match", weekday: "ok" },
        { iso: "2025-10-02", hebrew: "10 Tishrei 5786", verdict: "match", weekday: "ok" },
      ],
    ],
    [
      "de: the same table in German",
      "Jahr Datum Tag Fest\n2023 9. Mai Di Lag baOmer\n2022 19. Mai Do Lag baOmer",
      "consistent",
      [
        { iso: "2023-05-09", hebrew: "18 Iyyar 5783", verdict: "match", weekday: "ok" },
        { iso: "2022-05-19", hebrew: "18 Iyyar 5782", verdict: "match", weekday: "ok" },
      ],
    ],
  ])("%s", (_, text, verdict, pairs) => {
    expectPairs(text, verdict, pairs);
  });
});

describe("a cover's blocks with a photo credit between a date and its partner", () => {
  it.each<Row>([
    [
      "pl: 'fot. …' is an abbreviation, not a sentence",
      "NASZA GMINA\nJOM KIPUR\n10 TISZRI 5785\nfot. Anna Nowak\n12 PAŹDZIERNIKA 2024",
      "consistent",
      [{ iso: "2024-10-12", hebrew: "10 Tishrei 5785", verdict: "match" }],
    ],
    [
      "en: 'ph. …' between the Hebrew and the civil date",
      "OUR COMMUNITY\nYOM KIPPUR\n10 Tishrei 5785\nph. Dan Levi\n12 October 2024",
      "consistent",
      [{ iso: "2024-10-12", hebrew: "10 Tishrei 5785", verdict: "match" }],
    ],
    [
      "he: a credit line in Hebrew script",
      "יום כיפור\nי׳ בתשרי תשפ״ה\nצילום: דן לוי\n12.10.2024",
      "consistent",
      [{ iso: "2024-10-12", hebrew: "10 Tishrei 5785", verdict: "match" }],
    ],
  ])("%s", (_, text, verdict, pairs) => {
    expectPairs(text, verdict, pairs);
  });

  it("a line of two sentences still breaks the block", () => {
    const text = "10 Tishrei 5785\nWe came early. Then we left.\n12 October 2024";
    expect(checkDocument(text, { reference: REFERENCE }).pairs).toEqual([]);
  });
});

describe("a candle lit on the evening a day begins", () => {
  it.each<Row>([
    [
      "en: 'Chanukah 5786: the first candle is lit'",
      "Chanukah 5786: the first candle is lit Sunday, December 14, 2025.",
      "consistent",
      [{ iso: "2025-12-14", hebrew: "25 Kislev 5786", verdict: "match-after-sunset", weekday: "ok" }],
    ],
    [
      "es: 'la primera vela se enciende el'",
      "Janucá 5786: la primera vela se enciende el domingo 14 de diciembre de 2025.",
      "consistent",
      [{ iso: "2025-12-14", hebrew: "25 Kislev 5786", verdict: "match-after-sunset", weekday: "ok" }],
    ],
    [
      "he: 'הנר הראשון יודלק ב-'",
      "חנוכה תשפ״ו: הנר הראשון יודלק ב-14.12.2025",
      "consistent",
      [{ iso: "2025-12-14", hebrew: "25 Kislev 5786", verdict: "match-after-sunset" }],
    ],
    [
      "en: the first candle a day late is a mistake of the page",
      "Chanukah 5786: the first candle is lit Monday, December 15, 2025.",
      "inconsistent",
      [{ iso: "2025-12-15", hebrew: "25 Kislev 5786", verdict: "mismatch", weekday: "ok" }],
    ],
  ])("%s", (_, text, verdict, pairs) => {
    expectPairs(text, verdict, pairs);
  });
});

describe("the civil date first, then the clause that names its day", () => {
  it.each<Row>([
    [
      "en: 'On December 30, 2025, Jews observe the fast of 10 Tevet'",
      "On December 30, 2025, Jews observe the fast of 10 Tevet.",
      "consistent",
      [{ iso: "2025-12-30", hebrew: "10 Tevet 5786", verdict: "match" }],
    ],
    [
      "ru: 'евреи соблюдают пост', a year word after the date",
      "Сегодня, 30 декабря 2025 года, евреи соблюдают пост 10 тевета.",
      "consistent",
      [{ iso: "2025-12-30", hebrew: "10 Tevet 5786", verdict: "match" }],
    ],
    [
      "it: 'si celebra', the day's name after the verb",
      "Il 3 marzo 2026 si celebra Purim, la festa delle sorti.",
      "consistent",
      [{ iso: "2026-03-03", hebrew: "14 Adar 5786", verdict: "match" }],
    ],
    [
      "he: 'מציינים את', the date in digits first",
      "ב-21.9.2026 מציינים את יום כיפור תשפ״ז",
      "consistent",
      [{ iso: "2026-09-21", hebrew: "10 Tishrei 5787", verdict: "match" }],
    ],
    [
      "en: a day the clause puts on the wrong date is a mistake of the page",
      "On December 31, 2025, Jews observe the fast of 10 Tevet.",
      "inconsistent",
      [{ iso: "2025-12-31", hebrew: "10 Tevet 5786", verdict: "mismatch" }],
    ],
  ])("%s", (_, text, verdict, pairs) => {
    expectPairs(text, verdict, pairs);
  });

  it.each([
    [
      "a past event, which may be kept on another day",
      "On March 1, 2026 the school celebrated Purim with a play.",
    ],
    ["two sentences", "We met on March 1, 2026. Everyone celebrates Purim."],
    ["a number in the clause", "On March 1, 2026, 300 children celebrate Purim."],
    ["a second clause", "On March 1, 2026, we rested, and then we celebrate Purim."],
  ])("does not pair across %s", (_, text) => {
    expect(checkDocument(text, { reference: REFERENCE }).pairs).toEqual([]);
  });
});

describe("Russian 'on Friday' (the accusative of running prose) as a weekday", () => {
  it.each<Row>([
    [
      "ru: 'В пятницу вечером, 18 сентября' and the holiday its clause names; the weekday gives 2020",
      "В пятницу вечером, 18 сентября, евреи всего мира начнут отмечать праздник Рош а-Шана.",
      "consistent",
      [{ iso: "2020-09-18", hebrew: "1 Tishrei 5781", verdict: "match-after-sunset", weekday: "ok" }],
    ],
    [
      "ru: 'в субботу, 19 сентября 2020' beside its Hebrew date",
      "в субботу, 19 сентября 2020 | 1 Tishrei 5781",
      "consistent",
      [{ iso: "2020-09-19", hebrew: "1 Tishrei 5781", verdict: "match", weekday: "ok" }],
    ],
    [
      "ru: a weekday that does not fit is judged",
      "в пятницу, 19 сентября 2020 | 1 Tishrei 5781",
      "inconsistent",
      [{ iso: "2020-09-19", hebrew: "1 Tishrei 5781", verdict: "match", weekday: "mismatch" }],
    ],
  ])("%s", (_, text, verdict, pairs) => {
    expectPairs(text, verdict, pairs);
  });
});
