import { markEveningAfter } from "../eveningAfter.js";
import { hebrewMonthFromName } from "../lexicon.js";
import type { Candidate, ExtractOptions, Extractor, StatedFields } from "../mention.js";
import { START } from "../patterns.js";
import { takeWeekdayBefore } from "../weekdayPrefix.js";
import { fullYearFromTwoDigits, readTimeAfter, referenceYearOf } from "./gregorianText.js";

// All-numeric dates: "10/19/2017", "22.11.2014", "3/4/2020", "22/11/14", optionally after a weekday
// and before a time ("10/19/2017 2:27 pm"). Version numbers, IP addresses and paths are not dates:
// nothing may touch the date but spaces and punctuation, and a "." or "/" beside it must not lead
// on to another letter or digit ("1.2.3", "192.168.1.1", "v1.10.2020", "1/1/2018/5"). A Hebrew word
// may touch its end: text taken from a right-to-left PDF glues the date to the next word ("העלון
// השבועי ו' ניסן תשפ"א 19/03/21פרשת ויקרא", anyflip.com).
//
// Two-digit years: with "/" always ("22/11/14", "3/4/20"); with "." only when day and month are
// written with two digits too ("22.11.14"), or in brackets ("(8.12.47)"), after a weekday, a dash or
// in a table's cell, since "1.2.14" is far more often a version than a date. (After any Hebrew words
// on its line was tried: "פסח תשעט 31.3.19", an information sheet's date under the holiday it prepares
// for, then paired with the holiday as a false alarm.)
// Four-digit years only 1000–2999: "3/4/5778" is no Gregorian date.
// Dashes only before a four-digit year and day first, as Dutch, Polish, Greek and Ukrainian pages write
// them ("Datum 4-10-2022 t/m 5-10-2022", "12-10-2023"): "3-4-20" is more often a score or a code, and a
// dash before or after the date ("2010-02-28-18-45") makes it part of a longer run.
// A "/" before the date is a path's, except after a short dotted day: "24.9./25.9.2023", "2./3.10.2024"
// join two days, and the second, written whole, is read.

// A weekday before the date is looked for behind it (weekdayPrefix.ts): the pattern begins with a digit.
const PATTERN = new RegExp(
  `${START}(?<![\\p{L}\\p{N}.])(?:(?<!\\/)|(?<=(?<![\\p{L}\\p{N}./])\\d{1,2}\\.(?:\\d{1,2}\\.)?\\/))(?<first>\\d{1,2})(?<separator>[/.-])(?<second>\\d{1,2})\\k<separator>` +
    // A sentence's full stop may touch the next Hebrew word too ("02.01.2024.הלימודים יתחדשו").
    `(?:(?<year>[12]\\d{3})|(?<shortYear>\\d{2}))(?!\\p{N}|(?!\\p{Script=Hebrew})\\p{L})(?![./](?:\\p{N}|(?!\\p{Script=Hebrew})\\p{L}))`,
  "gu",
);

/** Month and day for the written numbers, and whether the text left the order open; undefined when no order names a date. */
function order(
  first: number,
  second: number,
  separator: string,
  numericOrder: ExtractOptions["numericOrder"],
): { month: number; day: number; ambiguous: boolean } | undefined {
  if (first < 1 || second < 1 || first > 31 || second > 31) return undefined;
  const monthFirst = { month: first, day: second, ambiguous: false };
  const dayFirst = { month: second, day: first, ambiguous: false };
  if (numericOrder === "mdy") return first <= 12 ? monthFirst : undefined;
  if (numericOrder === "dmy") return second <= 12 ? dayFirst : undefined;
  if (first > 12 && second > 12) return undefined;
  // Dashed dates are read day first only: "9-18-2025", month first, is a post's date in American
  // order more often than a date the page pairs, and is left unread.
  if (separator === "-") return second <= 12 ? dayFirst : undefined;
  if (first > 12) return dayFirst;
  if (second > 12) return monthFirst;
  if (separator === ".") return dayFirst; // "22.11.2014": dotted dates are written day first
  if (first === second) return monthFirst; // "5/5/2020" reads the same either way
  return { ...monthFirst, ambiguous: true };
}

/**
 * Whether only spaces lie between a span and the line's edges or a table's "|" on each side, in a
 * table: a "|" beside it, or Hebrew words in the cells just above (a table copied one cell a line).
 */
function standsInCell(text: string, start: number, end: number): boolean {
  let before = start;
  while (before > 0 && (text[before - 1] === " " || text[before - 1] === "\t")) before--;
  let after = end;
  while (after < text.length && (text[after] === " " || text[after] === "\t")) after++;
  const edgeBefore = before === 0 || text[before - 1] === "\n" || text[before - 1] === "|";
  const edgeAfter =
    after === text.length || text[after] === "\n" || text[after] === "\r" || text[after] === "|";
  if (!edgeBefore || !edgeAfter) return false;
  if (text[before - 1] === "|" || text[after] === "|") return true;
  return /\p{Script=Hebrew}/u.test(text.slice(Math.max(0, start - CELL_REACH), start));
}
/** How far above a lone short date Hebrew words make its line a table's cell. */
const CELL_REACH = 60;

/**
 * Whether a short dotted date opens its line before a ":" and the line before or after opens with a
 * short dotted date of the same two-digit year: a list of days ("24.9.14: Erev Rosh Hashana" /
 * "25.9.14: 1. Tag …"). A changelog's "1.2.14:" / "1.2.13:" changes its last number, so it stays out.
 */
function opensDatedRows(text: string, start: number, end: number, shortYear: string): boolean {
  if (text[end] !== ":" || (start > 0 && text[start - 1] !== "\n")) return false;
  const lineBefore = start > 0 ? text.lastIndexOf("\n", start - 2) + 1 : -1;
  const nextBreak = text.indexOf("\n", end);
  const rowYear = new RegExp(`^\\d{1,2}\\.\\d{1,2}\\.${shortYear}:`);
  return (
    (lineBefore >= 0 && rowYear.test(text.slice(lineBefore, lineBefore + 9))) ||
    (nextBreak >= 0 && rowYear.test(text.slice(nextBreak + 1, nextBreak + 10)))
  );
}

/**
 * A Hebrew day and month just before, separators between: "כ"ט באלול 18.9.20", "י"ח באייר, 30.4.21"
 * (a school's holiday list), with the double space a copied table leaves ("ז׳  בסיוון, 18.5.21"), or
 * its year in letters after the month ("ש״ק כ״ה כסלו תשפ״ז 5.12.26", a masthead).
 * The Hebrew date beside it vouches for the short dotted date; a
 * holiday and a year before one ("פסח תשעט 31.3.19") do not.
 */
const HEBREW_DAY_MONTH =
  /(?<![\u05d0-\u05ea"'\u05f3\u05f4])[\u05d0-\u05ea]{1,2}["'\u05f3\u05f4\u201d]?[\u05d0-\u05ea]?['\u05f3]? {1,2}ב?-?([\u05d0-\u05ea]{2,6})(?: {1,2}(?:ה['\u05f3]?)?[\u05d0-\u05ea]{1,3}["\u05f4\u201d][\u05d0-\u05ea])?[ ,]*$/u;
const afterHebrewDayMonth = (before: string): boolean => {
  const month = HEBREW_DAY_MONTH.exec(before)?.[1];
  return month !== undefined && hebrewMonthFromName(month) !== undefined;
};

/** A dashed date has a four-digit year and no dash-led digits or letters on either side ("2010-02-28-18-45"). */
function dashedStandsAlone(text: string, start: number, end: number, year: string | undefined): boolean {
  if (year === undefined) return false;
  if (start > 0 && text[start - 1] === "-") return false;
  return !/^-[\p{L}\p{N}]/u.test(text.slice(end, end + 2));
}

const SLASH = 47;
const DOT = 46;
const DASH = 45;

/**
 * Dates written in digits with "/", "." or "-", month or day first.
 * @example numericExtractor.extract("3/4/2020", {})[0]?.orderAmbiguous // true
 */
export const numericExtractor: Extractor = {
  name: "numeric",
  // Runs of one or two digits, each before the same "/" or ".", then the year's run of two or four.
  mayHoldRun(text, runs, run) {
    const firstEnd = runs[run + 1]!;
    const separator = text.charCodeAt(firstEnd);
    if (firstEnd - runs[run]! > 2 || (separator !== SLASH && separator !== DOT && separator !== DASH))
      return false;
    const secondEnd = runs[run + 3]!;
    if (runs[run + 2] !== firstEnd + 1 || secondEnd - firstEnd - 1 > 2) return false;
    const yearLength = runs[run + 5]! - runs[run + 4]!;
    return (
      text.charCodeAt(secondEnd) === separator &&
      runs[run + 4] === secondEnd + 1 &&
      (yearLength === 4 || (yearLength === 2 && separator !== DASH))
    );
  },
  extract(text, options) {
    const referenceYear = referenceYearOf(options);
    const out: Candidate[] = [];
    PATTERN.lastIndex = 0;
    for (;;) {
      // A weekday before where this search starts belongs to the previous match.
      const from = PATTERN.lastIndex;
      const match = PATTERN.exec(text);
      if (match === null) return out;
      const groups = match.groups!;
      const firstText = groups.first!;
      const secondText = groups.second!;
      const separator = groups.separator!;
      const reading = order(Number(firstText), Number(secondText), separator, options.numericOrder);
      if (reading === undefined) continue;
      if (
        separator === "-" &&
        !dashedStandsAlone(text, match.index, match.index + match[0].length, groups.year)
      ) {
        continue;
      }
      const stated: StatedFields = { month: reading.month, day: reading.day };
      let start = match.index;
      let end = match.index + match[0].length;
      start = takeWeekdayBefore(text, start, from, stated);
      // A short dotted date is a date in brackets beside a Hebrew date ("כ״ה כסלו תש״ח (8.12.47)"),
      // after its weekday ("יום ראשון 1.9.24"), as a range's second end ("29.12.24-2.1.25"), or alone
      // in a table's cell ("| 16.3.25 |", a line of its own), after a Hebrew day and month, or opening rows of a list of days
      // ("24.9.14: Erev …"); elsewhere "1.2.14" is more often a version.
      if (
        groups.shortYear !== undefined &&
        separator === "." &&
        (firstText.length < 2 || secondText.length < 2) &&
        stated.weekday === undefined &&
        !/[([]\s?$|\d[-\u2013]$/.test(text.slice(Math.max(0, match.index - 2), match.index)) &&
        !standsInCell(text, match.index, end) &&
        !afterHebrewDayMonth(text.slice(Math.max(0, match.index - 30), match.index)) &&
        !opensDatedRows(text, match.index, end, groups.shortYear)
      ) {
        continue;
      }
      if (groups.year !== undefined) {
        stated.year = Number(groups.year);
      } else {
        stated.year = fullYearFromTwoDigits(Number(groups.shortYear), referenceYear);
        stated.twoDigitYear = true;
      }
      const time = readTimeAfter(text, end);
      if (time !== undefined) {
        stated.time = time.time;
        if (time.offsetMinutes !== undefined) stated.offsetMinutes = time.offsetMinutes;
        end = time.end;
      } else {
        // "am 10.12.2026 abends", "na nedeľu 9.9.2018 o.l. večer": the evening is the date's own.
        end = markEveningAfter(text, end, stated);
      }
      const candidate: Candidate = { start, end, calendar: "gregorian", extractor: "numeric", stated };
      if (reading.ambiguous) candidate.orderAmbiguous = true;
      out.push(candidate);
    }
  },
};
