import { weekdayIndexOf } from "../../calendars/dayNumber.js";
import { dayNumberToGregorian } from "../../calendars/gregorian.js";
import { hebrewDayNumberOf, hebrewFieldsOf } from "../../calendars/hebrewYears.js";
import { holidayKind } from "../../calendars/holidayDates.js";
import { missingYear, type RefineContext, type Refiner } from "./context.js";
import { saysBegins } from "./holidayBegins.js";
import { holidayDayNumbers } from "./holidayDay.js";
import { type PageYear, pageYearOf, yearNumbersOutsideDates } from "./pageYear.js";
import { applyYear } from "./settle.js";
import { pageAnchorDayNumber } from "./yearFromPage.js";

// "Sunday, Sept 29 / Rosh Hashana Eve", "Monday, Sept 30 / Rosh Hashana Day 1": a holiday name beside
// a civil date, neither with a year. Guessing each year on its own (the nearest Rosh Hashanah, the
// nearest 29 September) would make a mismatch of our guess, as year-of-pair says of two dates; so the
// civil years are searched, nearest the page's dates or the reference first, for one in which the civil
// day is a day the name means (or the evening before it) and falls on the weekday written.

/** How many Hebrew years either side of the target are tried. */
const SEARCH_YEARS = 60;

/**
 * Holiday names and civil dates without a year: the years in which they agree. `saysThisYear` (a
 * page's reading only: refiners/index.ts passes thisYearBefore.ts) says a sentence speaks of the
 * page's own year, so a holiday that fits its date only years away is left to show the page's mistake.
 */
export function holidayYearOfPairBy(
  saysThisYear?: (text: string, at: number) => boolean,
  eveningWordAtEnd?: (before: string) => string | undefined,
): Refiner {
  return {
    name: "holiday-year-of-pair",
    refine: (context) => refine(context, saysThisYear, eveningWordAtEnd),
  };
}

/** The same for the reading of one date, which has no sentence to speak of a year. */
export const holidayYearOfPair: Refiner = /* @__PURE__ */ holidayYearOfPairBy();

/** A pair's search done: the year found, and how to try the page's own year with any weekday. */
interface Searched {
  gregorian: number;
  hebrew: number;
  weekday: number | undefined;
  anchor: number | undefined;
  target: number;
  /** The year found, and how the same pair fits a given Hebrew year with any weekday. */
  found: {
    hebrewYear: number;
    civil: number;
    anyWeekdayIn: (hebrewYear: number) => { hebrewYear: number; civil: number } | undefined;
  };
}

/** How far before a civil date its evening word may begin (as eveningWordBefore.ts reads it). */
const EVENING_REACH = 64;

function refine(
  context: RefineContext,
  saysThisYear?: (text: string, at: number) => boolean,
  eveningWordAtEnd?: (before: string) => string | undefined,
): void {
  const searched: Searched[] = [];
  for (const group of context.groups) {
    if (group.kind !== "pair") continue;
    const gregorian = context.mentions[group.gregorian]!;
    const hebrew = context.mentions[group.hebrew]!;
    if (!missingYear(gregorian) || !missingYear(hebrew) || hebrew.stated.holiday === undefined) continue;
    const { month, day, weekday } = gregorian.stated;
    if (month === undefined || day === undefined) continue;
    // "în seara zilei de 6 septembrie a.c., Roș Hașana": the civil date first, its evening word before
    // it (marked later by eveningWordBefore.ts, on the same terms) says the eve's year is meant. Not
    // a span's last end: in "С вечера 1 февраля до вечера 2 февраля" the second evening ends it.
    const reach = Math.max(0, gregorian.start - EVENING_REACH);
    const eveningFirst =
      eveningWordAtEnd !== undefined &&
      !context.mentions.some(
        (other) => other.calendar === "gregorian" && other.end <= gregorian.start && other.end > reach,
      ) &&
      group.evidence.kind === "connector" &&
      group.evidence.phrase !== "until" &&
      gregorian.start < hebrew.start &&
      !hebrew.stated.holidayErev &&
      eveningWordAtEnd(context.text.slice(reach, gregorian.start)) !== undefined;
    const evening =
      group.evening !== undefined ||
      gregorian.stated.evening === true ||
      hebrew.stated.evening === true ||
      eveningFirst;
    // The Hebrew day is the civil day, or (an evening) the day after it; the other reading is tried
    // second. A name that means an evening ("the first night of Hanukkah", a candle, Kol Nidre) is
    // dated by that evening's own civil day already: that day and no other.
    const name = {
      holiday: hebrew.stated.holiday,
      ...(hebrew.stated.holidayCandle === undefined ? {} : { candle: hebrew.stated.holidayCandle }),
    };
    const offsets = holidayKind(name) === "evening" ? [0] : evening ? [1, 0] : [0, 1];
    const options = { israel: context.israel };
    // A holiday said to begin then means its first day (holidayBegins.ts), not any of its days.
    const first = saysBegins(group.evidence);
    // The last end of a range beside the name: the range is the name's span as holidaySpan.ts pairs it,
    // from its first day (or the evening before) to its last, or from its first day to one within it
    // ("Sabato 4 e Domenica 5 aprile – Pesach", its festival days). "Dal 23 al 30 dicembre" for
    // Hanukkah fits the years in which the festival runs 23–30 December, not every year in which the
    // 30th falls within it.
    const span = first ? undefined : rangeLength(context, group.gregorian);
    // Said to begin then with no evening word, the day and its eve are both meant: the nearest year
    // of either wins ("Le 15 septembre commencera … Roch Hachana" beside 2023 is 2023's eve, not
    // 2042's first day). An evening word says which one ("начался с заходом солнца 22 апреля").
    const together = first && !evening;
    const yearNear = (target: number) => {
      // The name's days in the target's Hebrew year give their Hebrew month and day; other years are
      // tried by arithmetic on those, and only a year that fits is asked of the holiday tables (each
      // year's table costs about a millisecond: sixty of them per pair would be most of a page's time).
      const targetHebrewYear = hebrewFieldsOf(target).year;
      // Adar's holidays are in Adar II of a leap year and in the one Adar of a common year: try both.
      const fields = holidayDayNumbers(hebrew, targetHebrewYear, options)
        .slice(0, first ? 1 : undefined)
        .map(hebrewFieldsOf)
        .flatMap((f) => (f.month >= 12 ? [f, { ...f, month: f.month === 12 ? 13 : 12 }] : [f]));
      const fits = (hebrewYear: number, offset: number, anyWeekday = false): number | undefined => {
        for (const { year, month: hebrewMonth, day: hebrewDay } of fields) {
          // An eve may fall in the year before the name's ("Rosh Hashana Eve" is 29 Elul of the last year).
          const shifted = hebrewYear + year - targetHebrewYear;
          const civil = hebrewDayNumberOf(shifted, hebrewMonth, hebrewDay) - offset;
          // Adar II of a common year has no start: no day to try.
          if (!Number.isFinite(civil)) continue;
          const date = dayNumberToGregorian(civil);
          if (date.month !== month || date.day !== day) continue;
          const named = gregorian.stated.weekdayNames === "hebrew-day" ? civil + 1 : civil;
          if (!anyWeekday && weekday !== undefined && weekdayIndexOf(named) !== weekday) continue;
          const days = holidayDayNumbers(hebrew, hebrewYear, options);
          if (!(first ? days.slice(0, 1) : days).includes(civil + offset)) continue;
          if (span === undefined || spansDays(days, civil + offset, civil - span)) return civil;
        }
        return undefined;
      };
      if (fields.length === 0) return undefined;
      const anyWeekdayIn = (hebrewYear: number) => {
        for (const offset of offsets) {
          const civil = fits(hebrewYear, offset, true);
          if (civil !== undefined) return { hebrewYear, civil };
        }
        return undefined;
      };
      const nearest = search(targetHebrewYear, offsets, fits, together);
      return nearest === undefined ? undefined : { ...nearest, anyWeekdayIn };
    };
    // Nearest the page's dates; when none of their years fits (a page that speaks of other years:
    // "as it did in 1910 and 1921"), nearest the reference day.
    const anchor = pageAnchorDayNumber(context, group.gregorian);
    let target = anchor ?? context.referenceDayNumber;
    let found = yearNear(target);
    if (!found && anchor !== undefined) {
      target = context.referenceDayNumber;
      found = yearNear(target);
    }
    if (!found) continue;
    searched.push({
      gregorian: group.gregorian,
      hebrew: group.hebrew,
      weekday,
      anchor,
      target,
      found,
    });
  }
  const own = commonYear(searched, hebrewFieldsOf(context.referenceDayNumber).year);
  for (const { gregorian: g, hebrew: h, weekday, anchor, target, ...rest } of searched) {
    const gregorian = context.mentions[g]!;
    const hebrew = context.mentions[h]!;
    // A name beside two dates is settled by the first of its pairs, as the search went in order.
    if (!missingYear(gregorian) || !missingYear(hebrew)) continue;
    let found: { hebrewYear: number; civil: number } = rest.found;
    // "Thursday, March 24 | Purim Day!" among rows of 2024: the date and the holiday agree in the
    // page's own year (the year most of its pairs are found in), the weekday only years away (2016).
    // The weekday is the page's slip, left for the pair to show, not a reason to move the row.
    if (weekday !== undefined && own !== undefined && Math.abs(found.hebrewYear - own) > 1)
      found = rest.found.anyWeekdayIn(own) ?? found;
    // "This year, Rosh Hashanah is Sept. 29" on a page of 2019: the holiday fits that date only
    // years away (2011), so the date is the page's mistake in its own year, left for that year to show.
    const opening = Math.min(gregorian.start, hebrew.start);
    if (
      saysThisYear !== undefined &&
      weekday === undefined &&
      anchor !== undefined &&
      Math.abs(dayNumberToGregorian(found.civil).year - dayNumberToGregorian(anchor).year) > 1 &&
      saysThisYear(context.text, opening)
    )
      continue;
    // A year the page names for its year-less dates ("židovské svátky 2023" over a list) is theirs:
    // a row that fits only another year is the page's mistake, left for that year to show.
    // So is the one civil year the page names in their paragraph, before them or, after them, as a
    // statement of the year ("12 лютого проводиться Ту бі-Шват в Ізраїлі. Дата на 2025 рік."): a row
    // that fits only 2028 is the page's mistake in 2025. A year that opens a later sentence ("… 14 de
    // maio. Em 2030, a fogueira …") speaks of something else; a page that names several years ("since
    // 1910 … in 1921, 1959 and 2005") speaks of other years than its own.
    const named = pageYearOf(context, g);
    if (
      named?.calendar === "gregorian" &&
      (named.title || namesRowsYear(context, named, opening)) &&
      dayNumberToGregorian(found.civil).year !== named.year
    )
      continue;
    const moved = found !== rest.found;
    const why =
      weekday === undefined || moved
        ? "the date and the holiday agree"
        : "the date, its weekday and the holiday agree";
    const civilYear = dayNumberToGregorian(found.civil).year;
    applyYear(context, "holiday-year-of-pair", g, civilYear, {
      from: "pair",
      note: moved
        ? `the year of the page's other holiday rows, in which ${why} (the weekday does not)`
        : `the year nearest ${target === context.referenceDayNumber ? "the reference day" : "the page's dates"} in which ${why}`,
    });
    // "la comunidad judía celebrará el inicio del año 5874 … comenzará en la tarde del 15 de
    // septiembre": the Hebrew year the paragraph names before a New Year is the year it opens, though
    // the civil date fits another; the pair shows the page's slip rather than the search's year.
    const namedHebrew = opensYear(context, h, found.hebrewYear)
      ? namedHebrewYear(context, named, opening)
      : undefined;
    if (namedHebrew !== undefined && namedHebrew !== found.hebrewYear) {
      applyYear(context, "holiday-year-of-pair", h, namedHebrew, {
        from: "page",
        note: `the Hebrew year the page names for it ("${context.text.slice(named!.start, named!.end)}")`,
      });
      continue;
    }
    applyYear(context, "holiday-year-of-pair", h, found.hebrewYear, {
      from: "pair",
      note: `the Hebrew year of the holiday beside ${civilYear}'s date`,
    });
  }
}

/** Whether the holiday of mention `index` opens the Hebrew year (Rosh Hashanah: its first day is 1 Tishrei). */
function opensYear(context: RefineContext, index: number, hebrewYear: number): boolean {
  const first = holidayDayNumbers(context.mentions[index]!, hebrewYear, { israel: context.israel })[0];
  if (first === undefined) return false;
  const fields = hebrewFieldsOf(first);
  return fields.month === 7 && fields.day === 1;
}

/** Whether a civil year the page names (not its title) is that of a year-less row at `at`. */
function namesRowsYear(context: RefineContext, named: PageYear, at: number): boolean {
  if (named.end > at && !named.yearWord) return false;
  return onlyCivilYear(context, named) && sameParagraph(context.text, named, at);
}

/** Whether `named` is the only civil year the page writes outside its dates (it may write it more than once). */
function onlyCivilYear(context: RefineContext, named: PageYear): boolean {
  const years = yearNumbersOutsideDates(context);
  return years.size === 1 && years.has(named.year);
}

/** Whether a year the page names and the text at `at` stand in one paragraph (no blank line between). */
function sameParagraph(text: string, named: PageYear, at: number): boolean {
  const [from, to] = named.end <= at ? [named.end, at] : [at, named.start];
  return !/\n[ \t]*\n/u.test(text.slice(from, to));
}

/** A Hebrew year the page names before `at` in the same paragraph (no blank line between), if any. */
function namedHebrewYear(
  context: RefineContext,
  named: PageYear | undefined,
  at: number,
): number | undefined {
  if (named?.calendar !== "hebrew" || named.end > at) return undefined;
  return /\n[ \t]*\n/u.test(context.text.slice(named.end, at)) ? undefined : named.year;
}

/**
 * The Hebrew year most of the page's pairs are found in (of as many, the nearest `near`), when the
 * page has two pairs or more.
 */
function commonYear(searched: readonly Searched[], near: number): number | undefined {
  if (searched.length < 2) return undefined;
  const counts = new Map<number, number>();
  for (const { found } of searched) counts.set(found.hebrewYear, (counts.get(found.hebrewYear) ?? 0) + 1);
  let best: number | undefined;
  let most = 0;
  for (const [year, count] of counts) {
    const closer = best !== undefined && Math.abs(year - near) < Math.abs(best - near);
    if (count > most || (count === most && closer)) [best, most] = [year, count];
  }
  return best;
}

/**
 * The nearest Hebrew year (then the other offset) that `fits`, with the civil day it gives; with
 * `together`, the nearest year that fits at either offset.
 */
function search(
  targetYear: number,
  offsets: readonly number[],
  fits: (hebrewYear: number, offset: number) => number | undefined,
  together = false,
): { hebrewYear: number; civil: number } | undefined {
  for (const offset of together ? [undefined] : offsets) {
    for (let distance = 0; distance <= SEARCH_YEARS; distance++) {
      for (const hebrewYear of distance === 0
        ? [targetYear]
        : [targetYear - distance, targetYear + distance]) {
        for (const tried of offset === undefined ? offsets : [offset]) {
          const civil = fits(hebrewYear, tried);
          if (civil !== undefined) return { hebrewYear, civil };
        }
      }
    }
  }
  return undefined;
}

/** Days from the first end to the last of the range whose last end mention `last` is, by their stated days. */
function rangeLength(context: RefineContext, last: number): number | undefined {
  const range = context.groups.find((group) => group.kind === "range" && group.to === last);
  if (range === undefined || range.kind !== "range") return undefined;
  const to = context.mentions[last]!.stated;
  const from = context.mentions[range.from]!.stated;
  if (to.month === undefined || to.day === undefined || from.day === undefined) return undefined;
  // A year of 366 days, the first end's month the last's when not written; "28 December – 3 January" crosses it.
  const start = Date.UTC(2000, (from.month ?? to.month) - 1, from.day);
  let end = Date.UTC(2000, to.month - 1, to.day);
  if (end < start) end = Date.UTC(2001, to.month - 1, to.day);
  return Math.round((end - start) / 86_400_000);
}

/** Whether a range from civil day `start` to the name's day `end` is the name's span, or its first days. */
function spansDays(days: readonly number[], end: number, start: number): boolean {
  const firstDay = days[0]!;
  const spans = end === days.at(-1) && (start === firstDay || start === firstDay - 1);
  return spans || (start === firstDay && days.includes(end));
}
