import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { gregorianDayNumberStrict } from "../../../src/calendars/validate.js";
import { checkDocument } from "../../../src/index.js";
import { localizedTextExtractor } from "../../../src/read/extractors/localizedText.js";
import type { DateMention } from "../../../src/read/mention.js";
import { parseDates } from "../../../src/read/parseDates.js";

// One file of rows per language (localizedText/*.json): the date phrasing of real pages, each row's
// day given as ISO and checked against ICU; then every month of both calendars as Intl writes it in
// that language, read back. A new language is a new file here and rows in the month tables.

interface Row {
  /** The text read. */
  text: string;
  /** The mention's text, when it is not the whole row. */
  date?: string;
  /** The Gregorian day the date names. */
  iso?: string;
  /** An Old Style or New Style mark in the text. */
  style?: "old" | "new";
  /** No mention of this reader may come out. */
  none?: boolean;
  reference?: string;
}

const DIR = new URL("./localizedText/", import.meta.url);
const LANGUAGES = readdirSync(DIR)
  .filter((name) => name.endsWith(".json"))
  .map((name) => JSON.parse(readFileSync(new URL(name, DIR), "utf8")) as { language: string; rows: Row[] });
const REFERENCE = "2026-01-01";
const DAY_MS = 86_400_000;

function dayNumberOf(time: number): number {
  const date = new Date(time);
  return gregorianDayNumberStrict({
    calendar: "gregorian",
    year: date.getUTCFullYear(),
    month: date.getUTCMonth() + 1,
    day: date.getUTCDate(),
  });
}

/** The Hebrew day and year ICU gives a Gregorian day. */
function hebrewOfIcu(time: number): { day: number; year: number } {
  const parts = new Intl.DateTimeFormat("en-u-ca-hebrew", {
    day: "numeric",
    year: "numeric",
    timeZone: "UTC",
  }).formatToParts(new Date(time));
  const part = (type: string) => Number(parts.find((p) => p.type === type)!.value);
  return { day: part("day"), year: part("year") };
}

/**
 * Whether a format writes the month as a name pages use: not as a number (Czech short dates,
 * "22. 7. 2018"), nor with a period inside ("ad.I"), which are no rows of the tables either.
 */
function namesMonth(format: Intl.DateTimeFormat, time: number): boolean {
  const month = format.formatToParts(new Date(time)).find((part) => part.type === "month")?.value ?? "";
  return /\p{L}/u.test(month) && !/\.\P{Z}/u.test(month);
}

/** Whether a mention read from `text` names the day `time`, in `calendar`. */
function readsDay(text: string, calendar: DateMention["calendar"], time: number): boolean {
  const { mentions } = parseDates(text, { reference: REFERENCE });
  return mentions.some((mention) => mention.calendar === calendar && mention.dayNumber === dayNumberOf(time));
}

/** The first day of each month of 5779 (a leap year), and a day in Adar of 5778 (a common year). */
function hebrewMonthStarts(): number[] {
  const day = new Intl.DateTimeFormat("en-u-ca-hebrew", { day: "numeric", timeZone: "UTC" });
  const starts: number[] = [];
  for (let time = Date.UTC(2018, 8, 10); time < Date.UTC(2019, 8, 30); time += DAY_MS)
    if (day.format(new Date(time)) === "1") starts.push(time);
  return [...starts, Date.UTC(2018, 1, 16)];
}

describe.each(LANGUAGES)("$language", ({ language, rows }) => {
  it.each(rows)("$text", (row) => {
    const { mentions } = parseDates(row.text, { reference: row.reference ?? REFERENCE });
    if (row.none) {
      expect(mentions.filter((mention) => mention.extractor === "localized-text")).toEqual([]);
      return;
    }
    // A weekday before the date, read since, belongs to the mention: it may span the whole row.
    const mention = mentions.find(
      (candidate) => candidate.text === row.text || candidate.text.endsWith(row.date ?? row.text),
    );
    expect(mention, JSON.stringify(mentions.map((m) => m.text))).toBeDefined();
    if (row.style === "old") expect(mention!.stated.oldStyle).toBe(true);
    else expect(mention!.stated.oldStyle).toBeUndefined();
    if (row.iso === undefined) return;
    const time = Date.parse(row.iso);
    expect(mention!.dayNumber).toBe(dayNumberOf(time));
    // The second source: ICU's Hebrew day for the row's Gregorian day is the one read.
    if (mention!.calendar === "hebrew")
      expect(hebrewOfIcu(time)).toEqual({ day: mention!.date!.day, year: mention!.date!.year });
  });

  const zone = { timeZone: "UTC" } as const;
  const gregorianFormats: Intl.DateTimeFormatOptions[] = [
    { ...zone, day: "numeric", month: "long", year: "numeric" },
    { ...zone, day: "numeric", month: "short", year: "numeric" },
    { ...zone, dateStyle: "full" },
    { ...zone, dateStyle: "long" },
  ];
  it.each(gregorianFormats)("reads every Gregorian month Intl writes (%o)", (options) => {
    const format = new Intl.DateTimeFormat(language, options);
    let checked = 0;
    for (let month = 1; month <= 12; month++) {
      for (const day of [1, 22]) {
        const time = Date.UTC(2018, month - 1, day);
        if (!namesMonth(format, time)) continue;
        const text = format.format(new Date(time));
        expect(readsDay(text, "gregorian", time), text).toBe(true);
        checked++;
      }
    }
    // Every language names its months in the long forms: none of those may be passed over.
    if (options.month === "long" || options.dateStyle !== undefined) expect(checked).toBe(24);
  });

  const hebrewFormats: Intl.DateTimeFormatOptions[] = [
    { ...zone, day: "numeric", month: "long", year: "numeric" },
    { ...zone, day: "numeric", month: "short", year: "numeric" },
  ];
  it.each(hebrewFormats)("reads every Hebrew month Intl writes (%o)", (options) => {
    const format = new Intl.DateTimeFormat(`${language}-u-ca-hebrew`, options);
    let checked = 0;
    for (const start of hebrewMonthStarts()) {
      const time = start + 9 * DAY_MS;
      if (!namesMonth(format, time)) continue;
      const text = format.format(new Date(time));
      expect(readsDay(text, "hebrew", time), text).toBe(true);
      checked++;
    }
    if (options.month === "long") expect(checked).toBe(14);
  });
});

describe("localized-text", () => {
  it.each([
    "il est venu en mai et il est reparti en juin",
    "mai",
    "Av",
    "AV equipment",
    "ав",
    "he ate 10 Mars bars",
    "a year or 2 ago.",
    "top 10 set of tools",
    "10 lip balms",
    "in 2018. May 5 we met",
    "10 av",
    "version 10 aw",
  ])("reads nothing in %j", (text) => {
    expect(localizedTextExtractor.extract(text, {})).toEqual([]);
  });

  it("leaves a year that labels the next line's row to that row", () => {
    const [first, second] = localizedTextExtractor.extract("2017: 30 de setembro\n2018: 19 de setembro", {});
    expect(first?.stated).toEqual({ day: 30, month: 9 });
    expect(second?.stated).toEqual({ day: 19, month: 9 });
    expect(localizedTextExtractor.extract("30 de setembro\n2018", {})[0]?.stated.year).toBe(2018);
  });

  it("leaves the English readers' forms to them", () => {
    const { mentions } = parseDates("22 July 2018 | 10 Av 5778 | 22nd of July 2018", {
      reference: REFERENCE,
    });
    expect(mentions.map((mention) => mention.extractor)).toEqual([
      "gregorian-text",
      "hebrew-latin",
      "gregorian-text",
    ]);
  });

  it("reads a month glued to the day's period only with its year ('7.září 2021')", () => {
    const [found] = localizedTextExtractor.extract("Začíná v předvečer 7.září 2021 a končí", {});
    expect(found?.stated).toEqual({ day: 7, month: 9, year: 2021 });
    expect(localizedTextExtractor.extract("25.září 2022", {})[0]?.stated).toEqual({
      day: 25,
      month: 9,
      year: 2022,
    });
    expect(localizedTextExtractor.extract("7.září", {})).toEqual([]);
    expect(localizedTextExtractor.extract("3.Kapitel 2021", {})).toEqual([]);
  });

  it("takes a capitalized lower-case name with a year, or in capitals", () => {
    expect(localizedTextExtractor.extract("10 Mars 2018", {})[0]?.stated).toEqual({
      day: 10,
      month: 3,
      year: 2018,
    });
    expect(localizedTextExtractor.extract("10 MARS", {})[0]?.stated).toEqual({ day: 10, month: 3 });
  });

  it("takes a capitalized long name, or one after its language's 'of', without a year", () => {
    expect(localizedTextExtractor.extract("hoje, 3 de Outubro, dia", {})[0]?.stated).toEqual({
      day: 3,
      month: 10,
    });
    expect(localizedTextExtractor.extract("il 21 Novembre si apre", {})[0]?.stated).toEqual({
      day: 21,
      month: 11,
    });
    // A short name with a capital and no "of" may be an English word still.
    expect(localizedTextExtractor.extract("10 Juin", {})).toEqual([]);
  });

  it("reads a Ukrainian three-letter month without a period beside a day, not a lower-case word", () => {
    expect(localizedTextExtractor.extract("(9 Лис, 2023)", {})[0]?.stated).toEqual({
      day: 9,
      month: 11,
      year: 2023,
    });
    expect(parseDates("посадили 4 лип біля ставка").mentions).toEqual([]);
  });

  it("takes a capitalized Hebrew month that CLDR writes in lower case, without a year", () => {
    expect(localizedTextExtractor.extract("(1er Tichri)", {})[0]?.stated).toEqual({ day: 1, month: 7 });
    expect(localizedTextExtractor.extract("10 Mars", {})).toEqual([]);
  });

  it("makes a civil date followed by evening words the evening of its day", () => {
    const text = "le 25 décembre au coucher du soleil et";
    const [found] = localizedTextExtractor.extract(text, {});
    expect(text.slice(found!.start, found!.end)).toBe("25 décembre au coucher du soleil");
    expect(found!.stated).toEqual({ day: 25, month: 12, evening: true, weekdayNames: "civil" });
  });

  it("reads Adar without I/II as plain Adar, and a Gregorian-era year beside a Hebrew month as the civil year", () => {
    expect(localizedTextExtractor.extract("10 адара 5778", {})[0]?.stated).toEqual({
      day: 10,
      month: 0,
      year: 5778,
      plainAdar: true,
    });
    expect(localizedTextExtractor.extract("10 de av de 2018", {})[0]?.stated).toEqual({
      day: 10,
      month: 5,
      civilYear: 2018,
    });
  });

  it("reads a time after a Gregorian date, and the weekday before it", () => {
    const [candidate] = localizedTextExtractor.extract("Sunday, 22. Juli 2018 14:30", {});
    expect(candidate?.stated).toEqual({
      day: 22,
      month: 7,
      year: 2018,
      weekday: 0,
      time: { hour: 14, minute: 30, second: 0 },
    });
    expect(candidate?.start).toBe(0);
  });

  it("ends a year-first date at a Gregorian month with a five-digit year", () => {
    expect(localizedTextExtractor.extract("57780. július 22.", {})).toEqual([]);
    expect(localizedTextExtractor.extract("10 июля 57780", {})[0]?.stated).toEqual({ day: 10, month: 7 });
  });

  it.each([
    ["воскресенье, 22 июля 2018 г. | 10 ава 5778 г.", "match"],
    ["22 ביולי 2018 | י׳ באב תשע״ח", "match"],
    ["Sonntag, 22. Juli 2018 — 10. Aw 5778", "match"],
    ["22 июля 2018 г. | 11 ава 5778", "match-after-sunset"],
    // 22 Shevat 5660 is 22 January 1900 (ICU), written 10 January in the Julian calendar.
    ["10 января 1900 г. (ст. ст.) — 22 швата 5660", "match-julian"],
  ])("pairs %j as dates side by side: %s", (text, verdict) => {
    expect(checkDocument(text, { reference: REFERENCE }).pairs.map((pair) => pair.verdict)).toEqual([
      verdict,
    ]);
  });
});
