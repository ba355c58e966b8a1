import { getBirthdayHD, getYahrzeitHD } from "@hebcal/hdate";
import { dayNumberToGregorian } from "../calendars/gregorian.js";
import { hebrewToDayNumber } from "../calendars/hebrew.js";
import { hebrewFieldsOf } from "../calendars/hebrewYears.js";
import { convertDate, type DateInput } from "../convert/convertDate.js";
import { describeGregorian, describeHebrew, type GregorianDay, type HebrewDay } from "../convert/result.js";
import { DateError, showValue } from "../errors.js";
import { toReferenceDayNumber } from "../read/index.js";

/** Which rules move a date that a later year lacks: a birthday's, or a yahrzeit's. */
export type AnniversaryKind = "birthday" | "yahrzeit";

/** Options for {@link anniversaries}. */
export interface AnniversaryOptions {
  /** Default `birthday`. */
  kind?: AnniversaryKind;
  /** A civil date's event was after nightfall: its Hebrew date is the next day's. */
  afterSunset?: boolean;
  /**
   * Years to answer for: a Hebrew year (from 3761 on) has one anniversary; a Gregorian year
   * (before 3761) those that fall in it (none, one or two). Default: the next `count` from `from`.
   */
  years?: readonly number[];
  /** The day the default list starts on (default: today, UTC): `YYYY-MM-DD` or a Date. */
  from?: Date | string;
  /** How many anniversaries the default list holds (default 10). */
  count?: number;
}

/** One anniversary. */
export interface Anniversary {
  /** The Hebrew year it falls in. */
  hebrewYear: number;
  /** Years since the original date. */
  years: number;
  dayNumber: number;
  gregorian: GregorianDay;
  hebrew: HebrewDay;
}

/** The anniversaries of a date, in order. */
export interface AnniversaryList {
  kind: AnniversaryKind;
  /** The original date: its civil day and the Hebrew day it fell on (after sunset: the next one). */
  original: { dayNumber: number; gregorian: GregorianDay; hebrew: HebrewDay; afterSunset: boolean };
  anniversaries: Anniversary[];
}

const FIRST_HEBREW_YEAR_READ = 3761;
const LAST_HEBREW_YEAR = 13760;
const DEFAULT_COUNT = 10;
const MAX_COUNT = 1000;

/**
 * The Hebrew anniversaries of a date in later years, by @hebcal/hdate's rules (Reingold and
 * Dershowitz's). A day a year lacks (30 Cheshvan, 30 Kislev, 30 Adar I): a birthday moves on to
 * the 1st of the next month; a yahrzeit of 30 Adar I moves back to 30 Sh'vat, and one of 30
 * Cheshvan or 30 Kislev whose first anniversary fell in a 29-day month is kept on the month's last
 * day ever after (else it is the 30th, or the 1st of the next month when there is none). Adar II, and a birthday in a common year's Adar, stay in the year's last month;
 * a yahrzeit of a common year's Adar falls in Adar I of a leap year.
 * @example anniversaries("10 Av 5778", { years: [5779] }).anniversaries[0]?.gregorian.iso // "2019-08-11"
 */
export function anniversaries(input: DateInput, options: AnniversaryOptions = {}): AnniversaryList {
  const kind = options.kind ?? "birthday";
  if (kind !== "birthday" && kind !== "yahrzeit") {
    throw new DateError("invalid-option", `kind takes birthday or yahrzeit, not "${showValue(kind)}"`);
  }
  const converted = convertDate(input, { afterSunset: options.afterSunset === true });
  const hebrewDay = converted.afterSunset ? converted.dayNumber + 1 : converted.dayNumber;
  const { year, month, day } = hebrewFieldsOf(hebrewDay);
  const original = { yy: year, mm: month, dd: day };
  // A yahrzeit's first is a year after the death; a birthday's year of birth is the day itself.
  const firstYear = kind === "yahrzeit" ? year + 1 : year;
  const inYear = (hebrewYear: number): Anniversary => {
    const moved =
      kind === "yahrzeit" ? getYahrzeitHD(hebrewYear, original) : getBirthdayHD(hebrewYear, original);
    const dayNumber = hebrewToDayNumber(moved!.yy, moved!.mm, moved!.dd);
    return {
      hebrewYear,
      years: hebrewYear - year,
      dayNumber,
      gregorian: describeGregorian(dayNumber),
      hebrew: describeHebrew(dayNumber),
    };
  };
  const list =
    options.years === undefined
      ? nextOnes(inYear, firstYear, options)
      : options.years.flatMap((asked) => ofYear(asked, firstYear, inYear));
  return {
    kind,
    original: {
      dayNumber: converted.dayNumber,
      gregorian: converted.gregorian,
      hebrew: describeHebrew(hebrewDay),
      afterSunset: converted.afterSunset,
    },
    anniversaries: list,
  };
}

function nextOnes(
  inYear: (hebrewYear: number) => Anniversary,
  firstYear: number,
  options: AnniversaryOptions,
): Anniversary[] {
  const count = options.count ?? DEFAULT_COUNT;
  if (!Number.isSafeInteger(count) || count < 1 || count > MAX_COUNT) {
    throw new DateError(
      "invalid-option",
      `count takes a whole number from 1 to ${MAX_COUNT}, not ${showValue(count)}`,
    );
  }
  const from = toReferenceDayNumber(options.from);
  // This year's may still be ahead, so the search starts a year before the one `from` falls in.
  const list: Anniversary[] = [];
  for (
    let hebrewYear = Math.max(firstYear, hebrewFieldsOf(from).year - 1);
    list.length < count;
    hebrewYear++
  ) {
    if (hebrewYear > LAST_HEBREW_YEAR - 1) break;
    const anniversary = inYear(hebrewYear);
    if (anniversary.dayNumber >= from) list.push(anniversary);
  }
  return list;
}

function ofYear(
  asked: number,
  firstYear: number,
  inYear: (hebrewYear: number) => Anniversary,
): Anniversary[] {
  if (typeof asked !== "number" || !Number.isSafeInteger(asked)) {
    throw new DateError("unreadable", `A year must be a whole number, not ${showValue(asked)}`, {
      input: asked,
    });
  }
  if (asked >= FIRST_HEBREW_YEAR_READ) {
    if (asked < firstYear || asked > LAST_HEBREW_YEAR - 1) {
      throw new DateError(
        "year-out-of-range",
        `The Hebrew year ${asked} is outside ${firstYear}–${LAST_HEBREW_YEAR - 1}, the years of this anniversary`,
        { input: asked },
      );
    }
    return [inYear(asked)];
  }
  // The Hebrew years that overlap the Gregorian year, from its January to its December.
  return [asked + 3760, asked + 3761]
    .filter((hebrewYear) => hebrewYear >= firstYear && hebrewYear <= LAST_HEBREW_YEAR - 1)
    .map(inYear)
    .filter((anniversary) => dayNumberToGregorian(anniversary.dayNumber).year === asked);
}
