import { BEFORE_MONTH, BEFORE_YEAR } from "../lexicon/dateWords.js";
import { type MonthWord, monthInAnyLanguage } from "../lexicon/languageMonths.js";
import { PLAIN_ADAR } from "../lexicon.js";
import type { Candidate, Extractor, StatedFields } from "../mention.js";
import { caseless, END, phrases, SPACE, START } from "../patterns.js";
import { readStyleMark } from "../styleMark.js";
import { weekdayBefore } from "../weekdayPrefix.js";
import { yearWordsEnd } from "../yearWords.js";
import { readTimeAfter, weekdayOfPrefix } from "./gregorianText.js";

// Dates written with a month name in any language of the month tables (languageMonths.ts), in either
// calendar, in the orders those languages write: day first ("22 июля 2018 г.", "22 de julio de 2018",
// "22. Juli 2018", "10 ава 5778 года", "ה-13 באוקטובר 2026", "22טן יולי 2018") and year first
// (Hungarian "2018. július 22.", "TÉ 5778. Áv 10."). The month is one word (two for "адар II") looked
// up in a Map; its row says the calendar. What the English readers read in their own forms ("22 July
// 2018", "10 Av 5778") is left to them, so that every date has one reader.

/**
 * A month word in any script: letters and their marks, apostrophes and the Hebrew geresh. An
 * apostrophe may begin it: French writes the guttural of "‘Heshvan" so.
 */
const WORD = "['\\u2018\\u2019]?\\p{L}[\\p{L}\\p{M}'\\u2019\\u05f3]{0,19}";
/** A second word, as in "адар II", "Adar B", "Menachem Aw". */
const SECOND = `(?:[\\s\\u00a0-]{1,3}(?<second>\\p{L}{1,10}|[12])${END})?`;
const MONTH = `(?<first>${WORD})(?<period>\\.)?${SECOND}`;
/** Ordinal endings written on a day: fr "1er", es/pt "1º", ru "22-го", yi "22טן". */
const ORDINAL = "(?:st|nd|rd|th|er|re|º|°|ª|-го|-е|טן|סטן)";
/** Hebrew writes "ה-13 באוקטובר" (the 13th), "ב-13" (on the 13th): a letter and a hyphen or maqaf, or a bare ה. */
const HEBREW_PREFIX = "(?:[הבמל][-\\u05be]|ה)";

const DAY_FIRST = new RegExp(
  caseless(
    `${START}(?<prefix>${HEBREW_PREFIX})?(?<day>\\d{1,2})(?!\\d)(?<dot>\\.)?(?<ordinal>${ORDINAL})?${END}` +
      `(?:${SPACE}(?<of>${phrases(BEFORE_MONTH)}))?${SPACE}(?:[בל][-\\u05be])?${MONTH}`,
  ),
  "gu",
);
/** Hungarian: the year with a period, the month, the day with a period. */
const YEAR_FIRST = new RegExp(
  `${START}(?<year>\\d{4,5})\\.${SPACE}${MONTH}${SPACE}(?<day>\\d{1,2})(?<dayDot>\\.)?(?![\\p{L}\\p{N}])`,
  "gu",
);
/** Sticky: the year after a month, maybe after a word ("de", "des Jahres", "AM"). */
const YEAR = new RegExp(
  caseless(`(?:,?${SPACE}(?<before>${phrases(BEFORE_YEAR)}))?,?${SPACE}(?<year>\\d{4,5})${END}`),
  "uy",
);
/** The Hungarian era before a Hebrew year ("TÉ 5778."), looked for behind a year-first date. */
const ERA_BEFORE = new RegExp(`(?<=(?<era>${START}TÉ${SPACE}))`, "uy");
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const ENGLISH_ORDINAL = /^(?:st|nd|rd|th)$/i;
const GREGORIAN_ENGLISH_WORD = /^[A-Za-z]+\.?$/;
const HEBREW_LATIN_WORD = /^[A-Za-z\u00c0-\u024f\u1e00-\u1eff'\u2019\u2018\u02bc`\u00b4 ]+$/;
const UPPER_CASE = /^\p{Lu}/u;
const HEBREW_PREPOSITION = /^[בל]/;

/** Gregorian years as text writes them beside a Hebrew month ("10 de av de 2018" mixes the calendars). */
const CIVIL_YEARS = { from: 1000, to: 2999 };

interface Found extends MonthWord {
  /** Offset just after the month's text. */
  end: number;
  text: string;
}

/** The month a match names: two words, else the first alone (a Hebrew ב or ל prefix dropped if need be). */
function monthOf(
  groups: Record<string, string | undefined>,
  monthStart: number,
  text: string,
): Found | undefined {
  const first = groups.first!;
  const firstEnd = monthStart + first.length + (groups.period === undefined ? 0 : 1);
  if (groups.second !== undefined) {
    const secondStart = text.indexOf(groups.second, firstEnd);
    const two = `${first} ${groups.second}`;
    const found = monthInAnyLanguage(two);
    if (found !== undefined) return { ...found, end: secondStart + groups.second.length, text: two };
  }
  // The first word must end at a boundary (the pattern's own boundary follows the second word).
  if (firstEnd < text.length && LETTER_OR_DIGIT.test(text[firstEnd]!)) return undefined;
  const word = groups.period === undefined ? first : `${first}.`;
  const found =
    monthInAnyLanguage(word) ??
    (HEBREW_PREPOSITION.test(first) && first.length > 2 ? monthInAnyLanguage(word.slice(1)) : undefined);
  return found === undefined ? undefined : { ...found, end: firstEnd, text: word };
}

/**
 * Whether a month word can be one here. Without a year: no abbreviation ("2 ago", "10 set"), no
 * two-letter name in lower case ("10 av"), and no name its languages write in lower case written
 * with a capital ("10 Mars bars"), unless all in capitals.
 */
function plausible(found: Found, hasYear: boolean): boolean {
  if (hasYear) return true;
  if (found.short) return false;
  const capital = UPPER_CASE.test(found.text);
  if (found.text.length <= 2) return capital;
  return !capital || !found.lowerCase || found.text === found.text.toUpperCase();
}

/** The year (and the words around it) after offset `at`, when it is one of the month's calendar. */
function yearAfter(text: string, at: number, calendar: MonthWord["calendar"]) {
  YEAR.lastIndex = at;
  const match = YEAR.exec(text);
  if (match === null) return undefined;
  const value = Number(match.groups!.year);
  if (calendar === "gregorian" && match.groups!.year!.length !== 4) return undefined;
  return { value, end: yearWordsEnd(text, YEAR.lastIndex) };
}

/** Puts a year into the fields: a Gregorian-era year beside a Hebrew month is the civil year. */
function stateYear(stated: StatedFields, calendar: MonthWord["calendar"], year: number): void {
  if (calendar === "hebrew" && year >= CIVIL_YEARS.from && year <= CIVIL_YEARS.to) stated.civilYear = year;
  else stated.year = year;
}

function candidate(found: Found, stated: StatedFields, start: number, end: number, text: string): Candidate {
  if (found.calendar === "hebrew" && found.month === PLAIN_ADAR) stated.plainAdar = true;
  let last = end;
  if (found.calendar === "gregorian") {
    const mark = readStyleMark(text, last, stated.year);
    if (mark !== undefined) {
      if (mark.oldStyle) stated.oldStyle = true;
      last = mark.end;
    }
    const reading = readTimeAfter(text, last);
    if (reading !== undefined) {
      stated.time = reading.time;
      if (reading.offsetMinutes !== undefined) stated.offsetMinutes = reading.offsetMinutes;
      last = reading.end;
    }
  }
  return { start, end: last, calendar: found.calendar, extractor: "localized-text", stated };
}

function collectDayFirst(text: string, out: Candidate[]): void {
  DAY_FIRST.lastIndex = 0;
  for (;;) {
    const from = DAY_FIRST.lastIndex;
    const match = DAY_FIRST.exec(text);
    if (match === null) return;
    const groups = match.groups!;
    const monthStart = DAY_FIRST.lastIndex - match[0].length + match[0].lastIndexOf(groups.first!);
    const found = monthOf(groups, monthStart, text);
    if (found === undefined) continue;
    // "22 July 2018", "10 Av 5778", "22nd of July": the English readers' forms, theirs to read. They
    // read Gregorian months in ASCII only ("1 déc. 2018" is not theirs), Hebrew months in Latin letters.
    const ownForm =
      groups.dot !== undefined || groups.prefix !== undefined || groups.of?.toLowerCase() === "de";
    if (
      found.english &&
      !ownForm &&
      (groups.ordinal === undefined || ENGLISH_ORDINAL.test(groups.ordinal)) &&
      (found.calendar === "hebrew" ? HEBREW_LATIN_WORD : GREGORIAN_ENGLISH_WORD).test(found.text)
    ) {
      DAY_FIRST.lastIndex = found.end;
      continue;
    }
    const year = yearAfter(text, found.end, found.calendar);
    if (!plausible(found, year !== undefined)) continue;
    const stated: StatedFields = { month: found.month, day: Number(groups.day) };
    if (year !== undefined) stateYear(stated, found.calendar, year.value);
    let start = match.index;
    const prefix = weekdayBefore(text, start, from, false);
    const weekday = prefix === undefined ? undefined : weekdayOfPrefix(prefix.weekday);
    if (weekday !== undefined) {
      stated.weekday = weekday;
      start = prefix!.start;
    }
    const made = candidate(found, stated, start, year?.end ?? found.end, text);
    out.push(made);
    DAY_FIRST.lastIndex = Math.max(DAY_FIRST.lastIndex, made.end);
  }
}

function collectYearFirst(text: string, out: Candidate[]): void {
  YEAR_FIRST.lastIndex = 0;
  for (let match = YEAR_FIRST.exec(text); match !== null; match = YEAR_FIRST.exec(text)) {
    const groups = match.groups!;
    const monthStart = match.index + match[0].indexOf(groups.first!, groups.year!.length);
    const found = monthOf(groups, monthStart, text);
    if (found === undefined) continue;
    const year = Number(groups.year);
    if (found.calendar === "gregorian" && groups.year!.length !== 4) continue;
    ERA_BEFORE.lastIndex = match.index;
    const era = ERA_BEFORE.exec(text)?.groups?.era;
    // "in 2018. May 5 we…" is English prose across a sentence end: the era or the day's period
    // ("2018. július 22.") makes this order a date.
    if (era === undefined && groups.dayDot === undefined) continue;
    const stated: StatedFields = { month: found.month, day: Number(groups.day) };
    stateYear(stated, found.calendar, year);
    const start = era === undefined ? match.index : match.index - era.length;
    out.push(candidate(found, stated, start, match.index + match[0].length, text));
  }
}

/**
 * Dates with a month name in another language than English, or a Gregorian month in Hebrew script.
 * @example localizedTextExtractor.extract("22 июля 2018 г.", {})[0]?.stated // {month: 7, day: 22, year: 2018}
 */
export const localizedTextExtractor: Extractor = {
  name: "localized-text",
  extract(text) {
    const out: Candidate[] = [];
    collectDayFirst(text, out);
    collectYearFirst(text, out);
    return out;
  },
};
