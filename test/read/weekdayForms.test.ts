import { describe, expect, it } from "vitest";
import { checkDocument } from "../../src/check/checkDocument.js";
import type { StatedFields } from "../../src/read/mention.js";
import { parseDates } from "../../src/read/parseDates.js";

// Every way a page names the weekday before a date, read and then judged in a pair. Each row is
// written as pages write these dates (Chabad-style calendar lines, mastheads, date widgets, letters);
// its Gregorian day and Hebrew day are checked against ICU first, so the expected verdicts rest on
// a second source.

const REFERENCE = "2026-11-24";
const DAY_MS = 86_400_000;
const hebrewFormat = new Intl.DateTimeFormat("en-u-ca-hebrew", {
  day: "numeric",
  month: "long",
  year: "numeric",
  timeZone: "UTC",
});

function utc(iso: string, plusDays = 0): Date {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + plusDays * DAY_MS);
}

type Verdict = "match" | "match-after-sunset";
/** [the pair as written, the weekday phrase's stated fields, the Gregorian day, the Hebrew day as ICU writes it, the pair's verdict] */
type Row = [string, StatedFields, string, string, Verdict];

const FRI = { weekday: 5 };
const SAT = { weekday: 6 };

const ROWS: Record<string, Row[]> = {
  "Hebrew script": [
    ["יום חמישי, ב׳ בכסלו תשפ״ז | 12.11.2026", { weekday: 4 }, "2026-11-12", "2 Kislev 5787", "match"],
    ["ביום ראשון, כ״א בחשון תשפ״ז | 1.11.2026", { weekday: 0 }, "2026-11-01", "21 Heshvan 5787", "match"],
    ["יום ו׳ ג׳ בכסלו תשפ״ז | 13.11.2026", FRI, "2026-11-13", "3 Kislev 5787", "match"],
    [`יום ו' ג' בכסלו תשפ"ז | 13.11.2026`, FRI, "2026-11-13", "3 Kislev 5787", "match"],
    ["יום ו ג׳ בכסלו תשפ״ז | 13.11.2026", FRI, "2026-11-13", "3 Kislev 5787", "match"],
    ["שבת קודש, ב׳ בטבת תשפ״ז | 12.12.2026", SAT, "2026-12-12", "2 Tevet 5787", "match"],
    ["יום שבת קודש ב׳ בטבת תשפ״ז | 12.12.2026", SAT, "2026-12-12", "2 Tevet 5787", "match"],
    ["ש״ק ב׳ בטבת תשפ״ז | 12.12.2026", SAT, "2026-12-12", "2 Tevet 5787", "match"],
    [`ש"ק ב' בטבת תשפ"ז | 12.12.2026`, SAT, "2026-12-12", "2 Tevet 5787", "match"],
    // ערב שבת is Friday by day: 11 December 2026 is a Friday, 1 Tevet.
    ["ערב שבת, א׳ בטבת תשפ״ז | 11.12.2026", FRI, "2026-12-11", "1 Tevet 5787", "match"],
    ["ע״ש א׳ בטבת תשפ״ז | 11.12.2026", FRI, "2026-12-11", "1 Tevet 5787", "match"],
    ["בערב שבת קודש, א׳ בטבת תשפ״ז | 11.12.2026", FRI, "2026-12-11", "1 Tevet 5787", "match"],
  ],
  "Hebrew-script evenings (the weekday names the Hebrew day that begins that night)": [
    [
      "ליל שבת קודש, ב׳ בטבת תשפ״ז | 11.12.2026",
      { weekday: 6, evening: true, weekdayNames: "hebrew-day" },
      "2026-12-11",
      "2 Tevet 5787",
      "match-after-sunset",
    ],
    [
      "ליל שישי ג׳ בכסלו תשפ״ז | 12.11.2026",
      { weekday: 5, evening: true, weekdayNames: "hebrew-day" },
      "2026-11-12",
      "3 Kislev 5787",
      "match-after-sunset",
    ],
    [
      "אור ליום ה׳, ב׳ בכסלו תשפ״ז | 11.11.2026",
      { weekday: 4, evening: true, weekdayNames: "hebrew-day" },
      "2026-11-11",
      "2 Kislev 5787",
      "match-after-sunset",
    ],
    [
      "אור ליום שישי ג׳ בכסלו תשפ״ז | 12.11.2026",
      { weekday: 5, evening: true, weekdayNames: "hebrew-day" },
      "2026-11-12",
      "3 Kislev 5787",
      "match-after-sunset",
    ],
  ],
  transliterated: [
    ["Yom Rishon, 9 Shevat 5787 | January 17, 2027", { weekday: 0 }, "2027-01-17", "9 Shevat 5787", "match"],
    ["Yom Sheni 24 Shevat 5787 | 1 February 2027", { weekday: 1 }, "2027-02-01", "24 Shevat 5787", "match"],
    ["YOM SHEINI, 24 Shevat 5787 | 1 February 2027", { weekday: 1 }, "2027-02-01", "24 Shevat 5787", "match"],
    ["Yom Shlishi, 25 Shevat 5787 | 2.2.2027", { weekday: 2 }, "2027-02-02", "25 Shevat 5787", "match"],
    ["Yom Sh’lishi 25 Shevat 5787 | 2.2.2027", { weekday: 2 }, "2027-02-02", "25 Shevat 5787", "match"],
    ["Yom Revi'i, 26 Shevat 5787 | 3.2.2027", { weekday: 3 }, "2027-02-03", "26 Shevat 5787", "match"],
    ["yom revii 26 Shevat 5787 | 3.2.2027", { weekday: 3 }, "2027-02-03", "26 Shevat 5787", "match"],
    ["Yom Chamishi, 27 Shevat 5787 | 4.2.2027", { weekday: 4 }, "2027-02-04", "27 Shevat 5787", "match"],
    ["Yom Hamishi, 27 Shevat 5787 | 4.2.2027", { weekday: 4 }, "2027-02-04", "27 Shevat 5787", "match"],
    ["Yom Shishi, 28 Shevat 5787 | 5.2.2027", FRI, "2027-02-05", "28 Shevat 5787", "match"],
    ["Erev Shabbos, 28 Shevat 5787 | 5.2.2027", FRI, "2027-02-05", "28 Shevat 5787", "match"],
    ["Erev Shabbat 28 Shevat 5787 | 5.2.2027", FRI, "2027-02-05", "28 Shevat 5787", "match"],
    ["Shabbos, 29 Shevat 5787 | February 6, 2027", SAT, "2027-02-06", "29 Shevat 5787", "match"],
    ["Shabbat 29 Shevat 5787 | February 6, 2027", SAT, "2027-02-06", "29 Shevat 5787", "match"],
    ["shabbes, 29 Shevat 5787 | February 6, 2027", SAT, "2027-02-06", "29 Shevat 5787", "match"],
    ["Shabbat Kodesh, 29 Shevat 5787 | 6.2.2027", SAT, "2027-02-06", "29 Shevat 5787", "match"],
    ["Shabbos Kodesh 29 Shevat 5787 | 6.2.2027", SAT, "2027-02-06", "29 Shevat 5787", "match"],
  ],
  "English evenings (the weekday is the civil day whose evening it is)": [
    [
      "Friday night, December 11, 2026 | 2 Tevet 5787",
      { weekday: 5, evening: true, weekdayNames: "civil" },
      "2026-12-11",
      "2 Tevet 5787",
      "match-after-sunset",
    ],
    [
      "Thursday evening, November 12, 2026 | 3 Kislev 5787",
      { weekday: 4, evening: true, weekdayNames: "civil" },
      "2026-11-12",
      "3 Kislev 5787",
      "match-after-sunset",
    ],
    [
      "Saturday eve, 12 December 2026 | 3 Tevet 5787",
      { weekday: 6, evening: true, weekdayNames: "civil" },
      "2026-12-12",
      "3 Tevet 5787",
      "match-after-sunset",
    ],
    [
      "Thursday after nightfall, 12.11.2026 | 3 Kislev 5787",
      { weekday: 4, evening: true, weekdayNames: "civil" },
      "2026-11-12",
      "3 Kislev 5787",
      "match-after-sunset",
    ],
    [
      "Motzei Shabbos, February 6, 2027 | 30 Shevat 5787",
      { weekday: 6, evening: true, weekdayNames: "civil" },
      "2027-02-06",
      "30 Shevat 5787",
      "match-after-sunset",
    ],
    [
      "Motzaei Shabbat, 6 Feb 2027 | 30 Shevat 5787",
      { weekday: 6, evening: true, weekdayNames: "civil" },
      "2027-02-06",
      "30 Shevat 5787",
      "match-after-sunset",
    ],
    [
      "motzoei shabbos 6.2.2027 | 30 Shevat 5787",
      { weekday: 6, evening: true, weekdayNames: "civil" },
      "2027-02-06",
      "30 Shevat 5787",
      "match-after-sunset",
    ],
    [
      "מוצאי שבת קודש, 12.12.2026 | 3 Tevet 5787",
      { weekday: 6, evening: true, weekdayNames: "civil" },
      "2026-12-12",
      "3 Tevet 5787",
      "match-after-sunset",
    ],
    [
      "מוצ״ש 12.12.2026 | 3 Tevet 5787",
      { weekday: 6, evening: true, weekdayNames: "civil" },
      "2026-12-12",
      "3 Tevet 5787",
      "match-after-sunset",
    ],
    [
      `מוצש"ק, 12.12.2026 | 3 Tevet 5787`,
      { weekday: 6, evening: true, weekdayNames: "civil" },
      "2026-12-12",
      "3 Tevet 5787",
      "match-after-sunset",
    ],
  ],
  "other languages (CLDR names, full and short, any case, accents folded)": [
    ["пятница, 11.12.2026 | 1 Tevet 5787", FRI, "2026-12-11", "1 Tevet 5787", "match"],
    ["ПЯТНИЦА 11.12.2026 | 1 Tevet 5787", FRI, "2026-12-11", "1 Tevet 5787", "match"],
    ["пт, 11.12.2026 | 1 Tevet 5787", FRI, "2026-12-11", "1 Tevet 5787", "match"],
    ["п'ятниця, 11.12.2026 | 1 Tevet 5787", FRI, "2026-12-11", "1 Tevet 5787", "match"],
    ["пʼятниця, 11.12.2026 | 1 Tevet 5787", FRI, "2026-12-11", "1 Tevet 5787", "match"],
    ["vendredi 11.12.2026 | 1 Tevet 5787", FRI, "2026-12-11", "1 Tevet 5787", "match"],
    ["sam. 12.12.2026 | 2 Tevet 5787", SAT, "2026-12-12", "2 Tevet 5787", "match"],
    ["viernes, 11.12.2026 | 1 Tevet 5787", FRI, "2026-12-11", "1 Tevet 5787", "match"],
    ["Sábado, 12.12.2026 | 2 Tevet 5787", SAT, "2026-12-12", "2 Tevet 5787", "match"],
    ["sabado, 12.12.2026 | 2 Tevet 5787", SAT, "2026-12-12", "2 Tevet 5787", "match"],
    ["sexta-feira, 11.12.2026 | 1 Tevet 5787", FRI, "2026-12-11", "1 Tevet 5787", "match"],
    ["venerdì 11.12.2026 | 1 Tevet 5787", FRI, "2026-12-11", "1 Tevet 5787", "match"],
    ["VENERDI 11.12.2026 | 1 Tevet 5787", FRI, "2026-12-11", "1 Tevet 5787", "match"],
    ["Freitag, 11.12.2026 | 1 Tevet 5787", FRI, "2026-12-11", "1 Tevet 5787", "match"],
    ["Fr., 11.12.2026 | 1 Tevet 5787", FRI, "2026-12-11", "1 Tevet 5787", "match"],
    ["Do. 12.11.2026 | 2 Kislev 5787", { weekday: 4 }, "2026-11-12", "2 Kislev 5787", "match"],
    ["piątek, 11.12.2026 | 1 Tevet 5787", FRI, "2026-12-11", "1 Tevet 5787", "match"],
    ["pt. 11.12.2026 | 1 Tevet 5787", FRI, "2026-12-11", "1 Tevet 5787", "match"],
    ["vrijdag 11.12.2026 | 1 Tevet 5787", FRI, "2026-12-11", "1 Tevet 5787", "match"],
    ["péntek, 11.12.2026 | 1 Tevet 5787", FRI, "2026-12-11", "1 Tevet 5787", "match"],
    ["Παρασκευή 11.12.2026 | 1 Tevet 5787", FRI, "2026-12-11", "1 Tevet 5787", "match"],
    ["ΠΑΡΑΣΚΕΥΗ, 11.12.2026 | 1 Tevet 5787", FRI, "2026-12-11", "1 Tevet 5787", "match"],
    ["Σάβ. 12.12.2026 | 2 Tevet 5787", SAT, "2026-12-12", "2 Tevet 5787", "match"],
    ["פֿרײַטיק, 11.12.2026 | 1 Tevet 5787", FRI, "2026-12-11", "1 Tevet 5787", "match"],
    ["פרײטיק א׳ בטבת תשפ״ז | 11.12.2026", FRI, "2026-12-11", "1 Tevet 5787", "match"],
  ],
  "a weekday alone on its line, the date on the next": [
    ["Thursday\n\n2 Kislev 5787 | November 12, 2026", { weekday: 4 }, "2026-11-12", "2 Kislev 5787", "match"],
    ["Thursday,\n2 Kislev 5787 | November 12, 2026", { weekday: 4 }, "2026-11-12", "2 Kislev 5787", "match"],
    ["  Shabbos\n\n\n29 Shevat 5787 | 6.2.2027", SAT, "2027-02-06", "29 Shevat 5787", "match"],
    ["Friday\r\n\r\nDecember 11, 2026 | 1 Tevet 5787", FRI, "2026-12-11", "1 Tevet 5787", "match"],
  ],
};

const CASES = Object.entries(ROWS).flatMap(([form, rows]) => rows.map((row) => [form, ...row] as const));

describe("the rows' days agree with ICU", () => {
  it.each(CASES)("%s: %j", (_form, _text, stated, iso, hebrew, verdict) => {
    // The day the weekday names: the Hebrew day (the day after G for a night that begins it), or G.
    const named = stated.weekdayNames === "hebrew-day" ? utc(iso, 1) : utc(iso);
    expect(named.getUTCDay()).toBe(stated.weekday);
    expect(hebrewFormat.format(utc(iso, verdict === "match" ? 0 : 1))).toBe(hebrew);
  });
});

describe("every way of naming the weekday is read, and judged right in a pair", () => {
  it.each(CASES)("%s: %j", (_form, text, stated, _iso, _hebrew, verdict) => {
    const { mentions } = parseDates(text, { reference: REFERENCE });
    expect(mentions).toHaveLength(2);
    const withWeekday = mentions.filter((mention) => mention.stated.weekday !== undefined);
    expect(withWeekday).toHaveLength(1);
    expect(withWeekday[0]!.start).toBe(text.search(/\S/u));
    expect(withWeekday[0]!.stated).toMatchObject(stated);
    if (!stated.evening) expect(withWeekday[0]!.stated.evening).toBeUndefined();
    const report = checkDocument(text, { reference: REFERENCE });
    expect(report.pairs).toHaveLength(1);
    expect(report.pairs[0]!.verdict).toBe(verdict);
    expect(report.pairs[0]!.weekday.verdict).toBe("ok");
    expect(report.verdict).toBe("consistent");
  });
});

describe("a wrong weekday in any of these forms is caught", () => {
  it.each([
    ["Yom Rishon, 24 Shevat 5787 | 1 February 2027", "Sunday", "Monday"],
    ["Freitag, 12.12.2026 | 2 Tevet 5787", "Friday", "Saturday"],
    ["ערב שבת, ב׳ בטבת תשפ״ז | 12.12.2026", "Friday", "Saturday"],
    ["Thursday\n\n3 Kislev 5787 | November 13, 2026", "Thursday", "Friday"],
  ])("%j", (text, stated, actual) => {
    const report = checkDocument(text, { reference: REFERENCE });
    expect(report.pairs[0]!.weekday).toMatchObject({ verdict: "mismatch", stated, actual });
    expect(report.verdict).toBe("inconsistent");
  });
});

describe("weekday words that are no weekday of a date", () => {
  it.each([
    ["Shabbat alone in prose", "We will meet again on Shabbat, as always."],
    ["Shabbat with a number that is no date", "Shabbat 5787 was a good year"],
    ["an evening alone", "Friday night is family night"],
    ["ליל שבת alone", "ליל שבת שלום לכולם"],
    ["מוצאי שבת alone", "נתראה במוצאי שבת"],
  ])("%s: %j", (_name, text) => {
    expect(parseDates(text, { reference: REFERENCE }).mentions).toEqual([]);
  });

  it.each([
    // CLDR's short names that are words count only with a full stop or comma after them.
    ["Dutch do without a mark", "do 12.11.2026", "12.11.2026"],
    ["Spanish mar without a mark", "mar 11.12.2026", "11.12.2026"],
    ["a weekday line inside prose", "We met on Thursday\n\n2 Kislev 5787", "2 Kislev 5787"],
    ["a weekday line two paragraphs up", "Thursday\n\n\n\n2 Kislev 5787", "2 Kislev 5787"],
    ["a weekday at the end of a sentence", "It was Thursday.\n\n2 Kislev 5787", "2 Kislev 5787"],
    ["lower-case sun, a word", "the sun 2 Kislev 5787", "2 Kislev 5787"],
  ])("%s: %j has no weekday", (_name, text, mention) => {
    const { mentions } = parseDates(text, { reference: REFERENCE, numericOrder: "dmy" });
    expect(mentions.map((found) => found.text)).toEqual([mention]);
    expect(mentions[0]!.stated.weekday).toBeUndefined();
  });
});
