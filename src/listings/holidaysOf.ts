import type { HolidayEvent } from "@hebcal/core";
import { flags } from "@hebcal/core/dist/esm/event";
// A private module of @hebcal/core, as in src/convert/events.ts (which says why).
import { getHolidaysForYear_ } from "@hebcal/core/dist/esm/holidays";
import { gregorianToDayNumber } from "../calendars/gregorian.js";
import { hebrewToDayNumber } from "../calendars/hebrew.js";
import { describeGregorian, describeHebrew, type GregorianDay, type HebrewDay } from "../convert/result.js";
import { DateError, showValue } from "../errors.js";
import { eventName } from "./eventName.js";
import { type HolidayKind, holidayKindOf } from "./holidayKind.js";
import { hebcalLocale, type LanguageOptions } from "./language.js";
import { torahPortion } from "./torahPortion.js";

/** One day's holiday or event in a list. */
export interface HolidayEntry {
  /** Day number (Rata Die) of the civil day. */
  dayNumber: number;
  gregorian: GregorianDay;
  hebrew: HebrewDay;
  /** The name, in the language asked for (`Tish'a B'Av (observed)`). */
  name: string;
  kind: HolidayKind;
}

/** Options for {@link holidaysOf}. */
export interface HolidaysOptions extends LanguageOptions {
  /** A Hebrew or Gregorian year; default: years from 3761 on are Hebrew, earlier ones Gregorian. */
  calendar?: "hebrew" | "gregorian";
  /** The Israeli schedule (default: diaspora). */
  israel?: boolean;
  /** Modern Israeli holidays (default true). */
  modern?: boolean;
  /** Rosh Chodesh (default true). */
  roshChodesh?: boolean;
  /** The Torah portion of each Shabbat that is not a holiday (default false). */
  sedra?: boolean;
}

/** The holidays of one year, in order of their days. */
export interface HolidayList {
  year: number;
  calendar: "hebrew" | "gregorian";
  israel: boolean;
  holidays: HolidayEntry[];
}

/** The first Hebrew year that begins in the common era (1 Tishrei 3761 is in September of 1 BCE… 0). */
const FIRST_HEBREW_YEAR_READ = 3761;
// Years whose every day is inside the supported range (see calendars/dayNumber.ts).
const HEBREW_YEARS = { first: 2, last: 13760 } as const;
const GREGORIAN_YEARS = { first: -3759, last: 9999 } as const;

// Days of study and private fasts hebcal's own calendar leaves out unless asked (and the C tool too).
const NOT_LISTED = flags.YOM_KIPPUR_KATAN | flags.BEHAB;

/**
 * The holidays, fasts, Rosh Chodesh and (if asked) Torah portions of a Hebrew year (`5778`: from
 * Rosh Hashana to the last day of Elul) or of a Gregorian year (`2018`), from @hebcal/core.
 * @example holidaysOf(5778).holidays[0]?.name // "Rosh Hashana 5778"
 */
export function holidaysOf(year: number, options: HolidaysOptions = {}): HolidayList {
  if (typeof year !== "number" || !Number.isSafeInteger(year)) {
    throw new DateError("unreadable", `The year must be a whole number, not ${showValue(year)}`, {
      input: year,
    });
  }
  const calendar = options.calendar ?? (year >= FIRST_HEBREW_YEAR_READ ? "hebrew" : "gregorian");
  if (calendar !== "hebrew" && calendar !== "gregorian") {
    throw new DateError("invalid-option", `calendar takes hebrew or gregorian, not "${showValue(calendar)}"`);
  }
  const bounds = calendar === "hebrew" ? HEBREW_YEARS : GREGORIAN_YEARS;
  if (year < bounds.first || year > bounds.last) {
    throw new DateError(
      "year-out-of-range",
      `The ${calendar === "hebrew" ? "Hebrew" : "Gregorian"} year ${year} is outside ${bounds.first}–${bounds.last}`,
      { input: year },
    );
  }
  const locale = hebcalLocale(options);
  const israel = options.israel === true;
  // A Gregorian year holds the end of one Hebrew year and the start of the next.
  const [first, last] =
    calendar === "hebrew"
      ? [hebrewToDayNumber(year, 7, 1), hebrewToDayNumber(year + 1, 7, 1) - 1]
      : [gregorianToDayNumber(year, 1, 1), gregorianToDayNumber(year, 12, 31)];
  const hebrewYears = calendar === "hebrew" ? [year] : [year + 3760, year + 3761];
  const holidays: HolidayEntry[] = [];
  for (const hebrewYear of hebrewYears) {
    for (const events of getHolidaysForYear_(hebrewYear).values()) {
      for (const event of events) {
        const dayNumber = event.getDate().abs();
        if (dayNumber < first || dayNumber > last || !listed(event, israel, options)) continue;
        holidays.push(entryOfKind(dayNumber, eventName(event, locale), holidayKindOf(event.getFlags())));
      }
    }
  }
  if (options.sedra === true) {
    // The first Saturday on or after the first day (day numbers count Sunday as 0 mod 7).
    for (let day = first + ((6 - (((first % 7) + 7) % 7) + 7) % 7); day <= last; day += 7) {
      const name = torahPortion(day, israel, locale);
      if (name !== undefined) holidays.push(entryOfKind(day, name, "sedra"));
    }
  }
  // Sorted by day; a stable sort keeps @hebcal's order within a day, the portion after the holidays.
  holidays.sort((a, b) => a.dayNumber - b.dayNumber);
  return { year, calendar, israel, holidays };
}

function listed(event: HolidayEvent, israel: boolean, options: HolidaysOptions): boolean {
  const mask = event.getFlags();
  if (mask & NOT_LISTED || !event.observedIn(israel)) return false;
  if (options.modern === false && mask & flags.MODERN_HOLIDAY) return false;
  return !(options.roshChodesh === false && mask & flags.ROSH_CHODESH);
}

function entryOfKind(dayNumber: number, name: string, kind: HolidayKind): HolidayEntry {
  return {
    dayNumber,
    gregorian: describeGregorian(dayNumber),
    hebrew: describeHebrew(dayNumber),
    name,
    kind,
  };
}
