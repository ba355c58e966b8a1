import { weekdayOf } from "../../calendars/dayNumber.js";
import { HEBREW_MONTH, isHebrewLeapYear } from "../../calendars/hebrew.js";
import { dayNumberStrict } from "../../calendars/validate.js";
import { isDateError } from "../../errors.js";
import type { CalendarDate } from "../../types.js";
import { PLAIN_ADAR } from "../lexicon.js";
import type { Candidate, DateMention, Inference } from "../mention.js";
import { adjacentPairs } from "./adjacency.js";
import { holidayYearInCivilYear, holidayYearNear, preferPartnersDay, settleHoliday } from "./holidayDay.js";
import {
  isAdarIInCommonYear,
  monthInYear,
  type PartialDate,
  referenceYearNote,
  weekdayYearNote,
  yearFromWeekday,
  yearInCivilYear,
  yearNearest,
} from "./inferYear.js";

/** What the refiners need beyond the candidates. */
export interface ResolveOptions {
  referenceDayNumber: number;
  /** The text has Hebrew script: numeric dates there are written day first. */
  hebrewContext: boolean;
  /** Holiday names mean the days Israel keeps (default: the diaspora's). */
  israel?: boolean;
}

function blank(text: string, candidate: Candidate): DateMention {
  const mention: DateMention = {
    start: candidate.start,
    end: candidate.end,
    text: text.slice(candidate.start, candidate.end),
    calendar: candidate.calendar,
    extractor: candidate.extractor,
    stated: candidate.stated,
    inferred: [],
  };
  if (candidate.stated.weekday !== undefined) mention.weekday = weekdayOf(candidate.stated.weekday);
  if (candidate.problem) mention.problem = candidate.problem;
  if (candidate.stated.twoDigitYear) {
    mention.inferred.push({
      field: "year",
      value: candidate.stated.year ?? 0,
      from: "reference",
      note: `the century of a two-digit year, taken near the reference year`,
    });
  }
  return mention;
}

/** Settles the fields of a complete date and validates it, recording a problem instead of throwing. */
function settle(mention: DateMention, date: CalendarDate): void {
  try {
    mention.dayNumber = dayNumberStrict(date, { oldStyle: mention.stated.oldStyle }, mention.text);
    mention.date = date;
  } catch (error) {
    if (!isDateError(error)) throw error;
    mention.problem = { code: error.code, message: error.message };
  }
}

/**
 * Settles a date once its year is known (stated, or inferred: `stated` keeps only what the text said).
 * Plain "Adar" is the one Adar, or in a leap year Adar II, with Adar I as an alternative.
 */
function settleWithYear(
  mention: DateMention,
  year = mention.stated.year ?? 0,
  options?: ResolveOptions,
): void {
  if (mention.stated.holiday !== undefined) {
    settleHoliday(mention, year, options);
    return;
  }
  const { month = 0, day = 0 } = mention.stated;
  if (isAdarIInCommonYear(mention.calendar, month, year)) {
    mention.problem = {
      code: "not-a-leap-year",
      message: `${year} is not a leap year: it has one Adar and no Adar I (write Adar)`,
    };
    return;
  }
  const settledMonth = monthInYear({ calendar: mention.calendar, month, day }, year);
  if (mention.calendar === "hebrew" && month === PLAIN_ADAR && isHebrewLeapYear(year)) {
    const adarII = settledMonth === HEBREW_MONTH.ADAR_II;
    if (adarII) mention.alternatives = [{ calendar: "hebrew", year, month: HEBREW_MONTH.ADAR_I, day }];
    mention.inferred.push({
      field: "month",
      value: adarII ? "Adar II" : "Adar I",
      from: "leap-year",
      note: adarII
        ? `${year} has two Adars; plain "Adar" read as Adar II`
        : `${year} has two Adars; the 30th of "Adar" can only be Adar I's (Adar II has 29 days)`,
    });
  }
  settle(mention, { calendar: mention.calendar, year, month: settledMonth, day });
}

function partialOf(mention: DateMention): PartialDate {
  return {
    calendar: mention.calendar,
    month: mention.stated.month ?? 0,
    day: mention.stated.day ?? 0,
    oldStyle: mention.stated.oldStyle === true,
  };
}

function applyYear(
  mention: DateMention,
  year: number,
  inference: Omit<Inference, "field" | "value">,
  options: ResolveOptions,
): void {
  mention.inferred.push({ field: "year", value: year, ...inference });
  settleWithYear(mention, year, options);
}

/** Numeric dates whose order the text leaves open: the partner's evidence, else convention. */
/** Why a numeric date whose order nothing settles ("3/4/2020") was read month first. */
export const MONTH_FIRST_BY_DEFAULT = "day and month order: month first (the text does not settle it)";

function settleOrder(
  mention: DateMention,
  candidate: Candidate,
  partner: DateMention | undefined,
  options: ResolveOptions,
): void {
  if (!candidate.orderAmbiguous) return;
  const { month, day, year } = mention.stated;
  if (month === undefined || day === undefined) return;
  const swapped = { ...mention.stated, month: day, day: month };
  let order: "mdy" | "dmy" = options.hebrewContext ? "dmy" : "mdy";
  let from: Inference["from"] = options.hebrewContext ? "context" : "default";
  let note = options.hebrewContext
    ? "day and month order: day first, as dates are written beside Hebrew text"
    : MONTH_FIRST_BY_DEFAULT;
  if (partner?.dayNumber !== undefined && year !== undefined) {
    const target = partner.dayNumber;
    const distance = (m: number, d: number): number => {
      try {
        return Math.abs(dayNumberStrict({ calendar: "gregorian", year, month: m, day: d }) - target);
      } catch {
        return Number.POSITIVE_INFINITY;
      }
    };
    order = distance(day, month) < distance(month, day) ? "dmy" : "mdy";
    from = "hebrew";
    note = `day and month order: ${order === "dmy" ? "day" : "month"} first, the reading nearer the Hebrew date beside it`;
  }
  if (order === "dmy") mention.stated = swapped;
  const other = order === "dmy" ? { month, day } : { month: day, day: month };
  if (year !== undefined) mention.alternatives = [{ calendar: "gregorian", year, ...other }];
  mention.inferred.push({ field: "order", value: order, from, note });
}

/**
 * Turns candidates into mentions: settles day/month order, infers missing years (from the date of
 * the other calendar beside it, else the stated weekday, else the reference day) and validates.
 */
export function resolveMentions(
  text: string,
  candidates: Candidate[],
  options: ResolveOptions,
): DateMention[] {
  const mentions = candidates.map((candidate) => blank(text, candidate));
  const partnerOf = new Map<number, number>();
  for (const [i, j] of adjacentPairs(text, mentions)) {
    partnerOf.set(i, j);
    partnerOf.set(j, i);
  }
  const partner = (i: number): DateMention | undefined => {
    const j = partnerOf.get(i);
    return j === undefined ? undefined : mentions[j];
  };

  // Pass 1: dates that state their year.
  mentions.forEach((mention, i) => {
    if (mention.problem || mention.stated.year === undefined) return;
    if (mention.calendar === "gregorian") settleOrder(mention, candidates[i]!, undefined, options);
    settleWithYear(mention, undefined, options);
  });
  // Numeric dates beside a Hebrew date: let the Hebrew date settle their order.
  mentions.forEach((mention, i) => {
    const other = partner(i);
    if (!candidates[i]!.orderAmbiguous || other?.dayNumber === undefined) return;
    mention.stated = candidates[i]!.stated;
    mention.inferred = mention.inferred.filter((inference) => inference.field !== "order");
    delete mention.alternatives;
    settleOrder(mention, candidates[i]!, other, options);
    settleWithYear(mention);
  });
  // Plain "Adar" in a leap year beside a Gregorian date: take the Adar that date points to.
  const preferPartnersAdar = (mention: DateMention, i: number): void => {
    const other = partner(i);
    if (mention.stated.holiday !== undefined) {
      preferPartnersDay(mention, other?.dayNumber);
      return;
    }
    const alternative = mention.alternatives?.[0];
    if (mention.calendar !== "hebrew" || !alternative || mention.date === undefined) return;
    if (mention.dayNumber === undefined || other?.dayNumber === undefined) return;
    const alternativeDay = dayNumberStrict(alternative);
    if (Math.abs(alternativeDay - other.dayNumber) >= Math.abs(mention.dayNumber - other.dayNumber)) return;
    mention.alternatives = [mention.date];
    mention.date = alternative;
    mention.dayNumber = alternativeDay;
    mention.inferred = mention.inferred.map((inference) =>
      inference.from === "leap-year"
        ? {
            ...inference,
            value: "Adar I",
            from: "gregorian",
            note: `${alternative.year} has two Adars; plain "Adar" read as Adar I, the reading that fits the Gregorian date beside it`,
          }
        : inference,
    );
  };
  mentions.forEach(preferPartnersAdar);
  // A Gregorian year written with a Hebrew day and month: the Hebrew year that falls then.
  for (const mention of mentions) {
    const civilYear = mention.stated.civilYear;
    if (mention.problem || mention.stated.year !== undefined || civilYear === undefined) continue;
    const choice =
      mention.stated.holiday !== undefined
        ? holidayYearInCivilYear(mention, civilYear, options)
        : yearInCivilYear(partialOf(mention), civilYear);
    if (!choice) {
      mention.problem = {
        code: "day-out-of-range",
        message: `"${mention.text}" names no day in ${civilYear}`,
      };
      continue;
    }
    applyYear(
      mention,
      choice.year,
      {
        from: "gregorian",
        note: `the Hebrew year in which it falls in ${civilYear}, the Gregorian year written with it`,
      },
      options,
    );
  }
  // Pass 2: a missing year from the other calendar's date beside it.
  const fromPartner = (mention: DateMention, i: number): boolean => {
    const other = partner(i);
    if (other?.dayNumber === undefined) return false;
    const choice =
      mention.stated.holiday !== undefined
        ? holidayYearNear(mention, other.dayNumber, options)
        : yearNearest(partialOf(mention), other.dayNumber);
    if (!choice) return false;
    applyYear(
      mention,
      choice.year,
      {
        from: other.calendar,
        note: `from the ${other.calendar === "hebrew" ? "Hebrew" : "Gregorian"} date beside it, "${other.text}"`,
      },
      options,
    );
    return true;
  };
  const missing = (mention: DateMention): boolean => !mention.problem && mention.dayNumber === undefined;
  mentions.forEach((mention, i) => {
    if (missing(mention)) fromPartner(mention, i);
  });
  // Pass 3: the weekday (its own, or its partner's), else the reference day.
  mentions.forEach((mention, i) => {
    if (!missing(mention)) return;
    const weekday = mention.stated.weekday ?? partner(i)?.stated.weekday;
    const partial = partialOf(mention);
    const byWeekday =
      weekday === undefined ? undefined : yearFromWeekday(partial, weekday, options.referenceDayNumber);
    if (byWeekday) {
      applyYear(
        mention,
        byWeekday.year,
        { from: "weekday", note: weekdayYearNote(byWeekday.dayNumber) },
        options,
      );
    } else {
      const near =
        mention.stated.holiday !== undefined
          ? holidayYearNear(mention, options.referenceDayNumber, options)
          : yearNearest(partial, options.referenceDayNumber);
      if (!near) {
        mention.problem = {
          code: "day-out-of-range",
          message: `"${mention.text}" names no day in the years near the reference`,
        };
        return;
      }
      applyYear(
        mention,
        near.year,
        { from: "reference", note: referenceYearNote(options.referenceDayNumber) },
        options,
      );
    }
    // The partner may have been waiting for this one.
    const j = partnerOf.get(i);
    if (j !== undefined && missing(mentions[j]!)) fromPartner(mentions[j]!, j);
  });
  // Again, now that inferred years have settled: "14 Adar | February 19, 2019" got its year (and so
  // its Adar II) only in pass 2, and stayed a month away from the date beside it.
  mentions.forEach(preferPartnersAdar);
  return mentions;
}
