import { gregorianToDayNumber } from "../../calendars/gregorian.js";
import { hebrewToDayNumber } from "../../calendars/hebrew.js";
import { monthInAnyLanguage } from "../lexicon/languageMonths.js";
import { hebrewMonthFromName } from "../lexicon.js";
import type { RefineContext } from "./context.js";

// A year the page names on its own, not as a date's: "per il 2023" above a list of holidays, "da
// inicio el año 5778", "Começa hoje o ano 5774", "Hun jaar 5784", "het Joodse nieuwe jaar (5785)",
// "Tishrì 5784" over an article, a year that ends a short first line. Such a page leaves the year off its dates; they are that year's,
// not the reference day's. Only a year a word introduces counts (a count, a page number or a street
// number is not one), and only outside every date the page states.

/** A year the page names, and the span of its four digits. */
export interface PageYear {
  calendar: "gregorian" | "hebrew";
  year: number;
  start: number;
  end: number;
  /** The year ends the page's short first line: a title's, which every year-less date below is in. */
  title?: true;
  /** The word "year" follows the digits ("на 2025 рік"): a statement of the year, not a sentence's opening. */
  yearWord?: true;
}

const FOUR_DIGITS = /(?<![\p{N}.,:/])\d{4}(?![\p{N}]|[.,:/]\p{N})/gu;
/** Words that introduce a civil year: "in 2024", "per il 2023", "w 2023 roku", "в 2016 году", "no ano de 2023", ro "în anul 2013", sk "v roku 1988", cs "v roce 2023". */
// A bracket may open before it: "Este ano (2018), Sukkot começa …" (anussimbrasilkids.blogspot.com).
const CIVIL_BEFORE =
  /(?<![\p{L}\p{N}])(?:in|en|em|im|w|we|v|ve|в|у|în|anul|roku|roce|nel|per il|anno|jahr|year|año|ano|année|jaar)(?:[ \u00a0](?:de|del|the))?[ \u00a0]\(?$/iu;
/**
 * The word "year" after the digits, as the Slavic languages write it: "Дата на 2025 рік" (dilovamova.com),
 * "в 2016 году", "w 2023 r.", and the case ending of Hungarian, which writes "in 2021" as "2021-ben" ("2015-ben
 * április 3."). Only the word itself: the digits are a year whatever stands before.
 */
const YEAR_WORD_AFTER =
  /^(?:[ \u00a0](?:рік|року|році|год|году|года|г\.|р\.|roku|r\.)|-b[ae]n)(?![\p{L}\p{N}])/u;
/** Words that introduce a Hebrew year: "el año 5778", "anul 5774", "в 5772 год", "(5785)". */
// The calendar's adjective may follow the word: "el año hebreo 5779" (nuevodiarioweb.com.ar). Catalan
// elides the article: "entrarem en l'any 5780" (diariodemallorca.es).
const HEBREW_BEFORE =
  /(?:(?<![\p{L}\p{N}])(?:year|jaar|jahr|jahres|año|ano|anul|anno|année|an|l'an|l['\u2019]any|rok|roku|в|год|года|рік|року|évet|év)(?:[ \u00a0](?:hebreo|judío|hebraico|judaico|hébraïque|juive|jueu|hebreu|ebraico|jüdische|joodse))?[ \u00a0]|\()$/iu;
// The "de" of Spanish and Portuguese may stand between: "Nisán / iyar de 5770" (id7d.org).
const WORD_BEFORE = /(?<word>\p{L}[\p{L}'\u2019]*)[ \u00a0]{1,2}(?:de[ \u00a0])?$/u;

/** The most characters of a title whose last word is a year: "židovské svátky 2023" over a list. */
const MAX_TITLE = 60;

/**
 * Whether the four digits at [start, end) end the page's first line, a short title ("židovské svátky
 * 2023", pragueinformationservices.com): a page so headed names the year of the list below it.
 */
function endsTitle(text: string, start: number, end: number): boolean {
  if (start > MAX_TITLE || text.lastIndexOf("\n", start) !== -1) return false;
  const lineEnd = text.indexOf("\n", end);
  return /^[ \t\u00a0]*$/u.test(text.slice(end, lineEnd === -1 ? text.length : lineEnd));
}

/**
 * A season of two civil years: "2017-18 Jewish Calendar" (tiferesisraelpreschool.com), "Holidays
 * 2019-20 5780", "לוח חופשות תשפ״ה 2024-2025". A school or holiday year runs from one autumn to the
 * next, as a Hebrew year does: it names the Hebrew year that begins in the first civil year.
 */
const SEASON =
  /(?<![\p{N}.,:/-])(?<first>\d{4})[ \u00a0]?[-\u2013/][ \u00a0]?(?<second>\d{4}|\d{2})(?![\p{N}]|[.,:/-]\p{N})/gu;

/** The Hebrew year a season names ("2017-18" is 5778), or undefined when its years do not follow on. */
function seasonYear(first: string, second: string): number | undefined {
  const year = Number(first);
  const next = second.length === 2 ? Math.floor(year / 100) * 100 + Number(second) : Number(second);
  return year >= 1600 && year <= 2099 && next === year + 1 ? year + 3761 : undefined;
}

const cache = new WeakMap<RefineContext, PageYear[]>();
/** Every four-digit civil year outside the dates, found in the same pass (yearNumbersOutsideDates). */
const numbers = new WeakMap<RefineContext, ReadonlySet<number>>();

/** Whether the word before a Hebrew year is a Hebrew month's name ("Tishrì 5784", "Kislev 5787"). */
function afterHebrewMonth(before: string): boolean {
  const word = WORD_BEFORE.exec(before)?.groups?.word;
  if (word === undefined) return false;
  if (hebrewMonthFromName(word) !== undefined) return word.length > 2;
  return monthInAnyLanguage(word)?.calendar === "hebrew";
}

/** Every year the page names outside its dates, in reading order (found once per reading). */
export function pageYears(context: RefineContext): readonly PageYear[] {
  let found = cache.get(context);
  if (found) return found;
  found = [];
  const civilNumbers = new Set<number>();
  const { text, mentions } = context;
  let m = 0;
  FOUR_DIGITS.lastIndex = 0;
  for (let match = FOUR_DIGITS.exec(text); match !== null; match = FOUR_DIGITS.exec(text)) {
    const start = match.index;
    const end = start + 4;
    while (m < mentions.length && mentions[m]!.end <= start) m++;
    // Inside a date's span, the year is that date's.
    if (m < mentions.length && mentions[m]!.start < end) continue;
    const year = Number(match[0]);
    if (year >= 1600 && year <= 2099) civilNumbers.add(year);
    const before = text.slice(Math.max(0, start - 24), start);
    const title = endsTitle(text, start, end);
    const yearWord = YEAR_WORD_AFTER.test(text.slice(end, end + 6));
    if (year >= 1600 && year <= 2099 && (CIVIL_BEFORE.test(before) || yearWord || title))
      found.push({
        calendar: "gregorian",
        year,
        start,
        end,
        ...(title ? { title: true as const } : {}),
        ...(yearWord ? { yearWord: true as const } : {}),
      });
    // A word that introduces a year before a number of the Hebrew era introduces a Hebrew year: "De
    // data voor de feesten in 5782 zijn:" (kietetsee.nl).
    else if (
      year >= 5000 &&
      year <= 5999 &&
      (HEBREW_BEFORE.test(before) || CIVIL_BEFORE.test(before) || afterHebrewMonth(before) || title)
    )
      found.push({ calendar: "hebrew", year, start, end, ...(title ? { title: true as const } : {}) });
  }
  m = 0;
  SEASON.lastIndex = 0;
  for (let match = SEASON.exec(text); match !== null; match = SEASON.exec(text)) {
    const start = match.index;
    const end = start + match[0].length;
    while (m < mentions.length && mentions[m]!.end <= start) m++;
    if (m < mentions.length && mentions[m]!.start < end) continue;
    const year = seasonYear(match.groups!.first!, match.groups!.second!);
    if (year !== undefined) found.push({ calendar: "hebrew", year, start, end });
  }
  found.sort((a, b) => a.start - b.start);
  cache.set(context, found);
  numbers.set(context, civilNumbers);
  return found;
}

/**
 * Every number of four digits from 1600 to 2099 the page writes outside its dates, whatever word
 * stands before it: a list of years ("in 1910, 1921, 1959 and 2005") counts each of them.
 */
export function yearNumbersOutsideDates(context: RefineContext): ReadonlySet<number> {
  const found = numbers.get(context);
  if (found) return found;
  pageYears(context);
  return numbers.get(context)!;
}

/** The year the page names nearest before mention `index` (else after it), if any. */
export function pageYearOf(context: RefineContext, index: number): PageYear | undefined {
  const years = pageYears(context);
  if (years.length === 0) return undefined;
  const at = context.mentions[index]!.start;
  let best: PageYear | undefined;
  for (const year of years) {
    if (year.end <= at) best = year;
    else return best ?? year;
  }
  return best;
}

/**
 * A day that stands for the page's year: the middle of it, so that a date read near it falls in
 * that year (1 July of a civil year; half a year after 1 Tishrei of a Hebrew year).
 */
export function pageYearDayNumber(context: RefineContext, index: number): number | undefined {
  const year = pageYearOf(context, index);
  if (year === undefined) return undefined;
  return year.calendar === "gregorian"
    ? gregorianToDayNumber(year.year, 7, 1)
    : hebrewToDayNumber(year.year, 7, 1) + 177;
}
