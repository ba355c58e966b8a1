import { dayNumberToGregorian } from "../../calendars/gregorian.js";
import { HEBREW_MONTH } from "../../calendars/hebrew.js";
import { hebrewDayNumberOf, hebrewFieldsOf } from "../../calendars/hebrewYears.js";
import { type HolidayDay, type HolidayName, holidayDays } from "../../calendars/holidayDates.js";
import { parashahDays } from "../../calendars/parashahDates.js";
import { monthInYear } from "../../calendars/partialDate.js";
import type { CalendarDate } from "../../types.js";
import type { StatedFields, WorkingMention } from "../mention.js";

// A holiday mention says which holiday, not which day: once its Hebrew year is known (written, or
// inferred as any date's is), @hebcal/core's table for that year says which days the name means.

/** The schedule the days are taken from: the diaspora's unless `israel` is set. */
export interface HolidayOptions {
  israel?: boolean;
}

/** A year found for a holiday mention, and its first day. */
export interface HolidayYearChoice {
  year: number;
  dayNumber: number;
}

/** The name a mention's stated fields describe, for a given year (a bare "Adar" depends on it). */
function nameOf(stated: StatedFields, year: number): HolidayName {
  const name: HolidayName = { holiday: stated.holiday ?? "" };
  if (stated.holidayDay !== undefined) name.day = stated.holidayDay;
  if (stated.holidayCandle !== undefined) name.candle = stated.holidayCandle;
  if (stated.holidayPart !== undefined) name.part = stated.holidayPart;
  if (stated.holidayErev) name.erev = true;
  if (stated.holidayMonth !== undefined)
    name.month = monthInYear({ calendar: "hebrew", month: stated.holidayMonth, day: 1 }, year);
  return name;
}

function daysIn(mention: WorkingMention, year: number, options: HolidayOptions): HolidayDay[] {
  const { parashah, parashahWeekday } = mention.stated;
  // The week's Torah portion is settled as a holiday is: its days are its Shabbat's week's.
  if (parashah !== undefined) return parashahDays(parashah, year, { ...options, weekday: parashahWeekday });
  return holidayDays(nameOf(mention.stated, year), year, options);
}

function dateOf(day: HolidayDay): CalendarDate {
  return { calendar: "hebrew", year: day.year, month: day.month, day: day.day };
}

/**
 * Settles a holiday mention in a Hebrew year: its date is the name's first day (the one a single
 * date means), its other days are alternatives; a name the year lacks is a problem.
 * @example settleHoliday(purim, 5787); purim.date // {calendar: "hebrew", year: 5787, month: 13, day: 14}
 */
export function settleHoliday(
  mention: WorkingMention,
  hebrewYear: number,
  options: HolidayOptions = {},
): void {
  const days = daysIn(mention, hebrewYear, options);
  const first = days[0];
  if (first === undefined) {
    mention.problem = {
      code: "day-out-of-range",
      message: `"${mention.text}" names no day in ${hebrewYear}`,
    };
    return;
  }
  // A name that means an evening (a candle, Kol Nidre) stands for the Hebrew day that evening
  // begins: the pair's civil date is then that day's eve, as for any evening.
  const dayNumber = hebrewDayNumberOf(first.year, first.month, first.day) + (first.evening ? 1 : 0);
  mention.date = first.evening ? { calendar: "hebrew", ...hebrewFieldsOf(dayNumber) } : dateOf(first);
  mention.dayNumber = dayNumber;
  if (days.length > 1) mention.alternatives = days.slice(1).map(dateOf);
  if (first.evening) mention.evening = true;
  if (first.movedFrom) mention.movedFrom = { calendar: "hebrew", ...first.movedFrom };
}

function firstDayNumber(mention: WorkingMention, year: number, options: HolidayOptions): number | undefined {
  const first = daysIn(mention, year, options)[0];
  return first === undefined ? undefined : hebrewDayNumberOf(first.year, first.month, first.day);
}

/**
 * The Hebrew year, of the three around a target day, whose holiday falls nearest it.
 * @example holidayYearNear(tishaBav, 739820)?.year // 5786 (739820 is 2026-07-23)
 */
export function holidayYearNear(
  mention: WorkingMention,
  targetDayNumber: number,
  options: HolidayOptions = {},
): HolidayYearChoice | undefined {
  const centre = hebrewFieldsOf(targetDayNumber).year;
  let best: HolidayYearChoice | undefined;
  for (let year = centre - 1; year <= centre + 1; year++) {
    const dayNumber = firstDayNumber(mention, year, options);
    if (dayNumber === undefined) continue;
    if (
      best === undefined ||
      Math.abs(dayNumber - targetDayNumber) < Math.abs(best.dayNumber - targetDayNumber)
    )
      best = { year, dayNumber };
  }
  return best;
}

/**
 * The Hebrew year whose holiday begins in a Gregorian year: "Pesach 2027" is the Pesach of 2027.
 * @example holidayYearInCivilYear(chanukah, 2026)?.year // 5787
 */
export function holidayYearInCivilYear(
  mention: WorkingMention,
  civilYear: number,
  options: HolidayOptions = {},
): HolidayYearChoice | undefined {
  for (const year of [civilYear + 3760, civilYear + 3761]) {
    const dayNumber = firstDayNumber(mention, year, options);
    if (dayNumber !== undefined && dayNumberToGregorian(dayNumber).year === civilYear)
      return { year, dayNumber };
  }
  return undefined;
}

/**
 * The day numbers of the days a holiday name means in a Hebrew year; none when that year lacks it.
 * @example holidayDayNumbers(roshHashanah, 5787).length // 2
 */
export function holidayDayNumbers(
  mention: WorkingMention,
  year: number,
  options: HolidayOptions = {},
): number[] {
  return daysIn(mention, year, options).map((day) => {
    const date = dateOf(day);
    return hebrewDayNumberOf(date.year, date.month, date.day);
  });
}

/**
 * Beside a date of the other calendar, a name of several days means the day nearest it
 * ("Pesach 5787 | April 23, 2027" is Pesach's second day); the first stays the reading otherwise.
 * `sameDay` says the pair names one day, not an evening (Israel's Simchat Torah may then be meant).
 */
export function preferPartnersDay(
  mention: WorkingMention,
  partnerDayNumber: number | undefined,
  sameDay = false,
): void {
  if (partnerDayNumber !== undefined && sameDay) israelsSimchatTorah(mention, partnerDayNumber);
  if (partnerDayNumber === undefined || mention.date === undefined || !mention.alternatives) return;
  const days = [mention.date, ...mention.alternatives];
  const numbers = days.map((date) => hebrewDayNumberOf(date.year, date.month, date.day));
  let chosen = 0;
  for (let i = 1; i < days.length; i++)
    if (Math.abs(numbers[i]! - partnerDayNumber) < Math.abs(numbers[chosen]! - partnerDayNumber)) chosen = i;
  if (chosen === 0) return;
  mention.date = days[chosen]!;
  mention.dayNumber = numbers[chosen]!;
  mention.alternatives = days.filter((_, i) => i !== chosen);
  mention.inferred.push({
    field: "day",
    value: chosen + 1,
    from: "gregorian",
    note: `day ${chosen + 1} of the holiday's ${days.length}, the one nearest the date beside it`,
  });
}

/**
 * Simchat Torah is 23 Tishrei abroad and 22 Tishrei (Shemini Atzeret's day) in Israel, and a page
 * rarely says which it means ("Simchat Tóra 7. října 2023" in a list of Israel's days): read by the
 * diaspora's schedule, it takes Israel's day when the date beside it names exactly that day.
 */
function israelsSimchatTorah(mention: WorkingMention, partnerDayNumber: number): void {
  const { stated, date, dayNumber } = mention;
  if (stated.holiday !== "simchat-torah" || stated.holidayDay !== undefined || stated.holidayErev) return;
  if (date?.month !== HEBREW_MONTH.TISHREI || date.day !== 23 || dayNumber !== partnerDayNumber + 1) return;
  mention.date = { ...date, day: 22 };
  mention.dayNumber = partnerDayNumber;
  mention.inferred.push({
    field: "day",
    value: 22,
    from: "gregorian",
    note: "Israel's Simchat Torah (on Shemini Atzeret), the day of the date beside it",
  });
}
