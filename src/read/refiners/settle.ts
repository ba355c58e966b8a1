import { HEBREW_MONTH, isHebrewLeapYear } from "../../calendars/hebrew.js";
import type { PartialDate } from "../../calendars/partialDate.js";
import { monthInYear } from "../../calendars/partialDate.js";
import { isAdarIInCommonYear, PLAIN_ADAR } from "../../calendars/plainAdar.js";
import { dayNumberStrict } from "../../calendars/validate.js";
import { isDateError } from "../../errors.js";
import type { CalendarDate } from "../../types.js";
import type { Inference, WorkingMention } from "../mention.js";
import { type RefineContext, record } from "./context.js";
import { settleHoliday } from "./holidayDay.js";

// Settling a mention: once its year is known (stated or inferred), its date is validated strictly
// and it gets a day number, or a problem instead. Shared by every refiner that finds a year.

/** The month and day of a mention, without its year. */
export function partialOf(mention: WorkingMention): PartialDate {
  return {
    calendar: mention.calendar,
    month: mention.stated.month ?? 0,
    day: mention.stated.day ?? 0,
    oldStyle: mention.stated.oldStyle === true,
  };
}

/** Validates a complete date, recording a problem instead of throwing. */
export function settleDate(mention: WorkingMention, date: CalendarDate): void {
  try {
    mention.dayNumber = dayNumberStrict(date, { oldStyle: mention.stated.oldStyle }, mention.text);
    mention.date = date;
  } catch (error) {
    if (!isDateError(error)) throw error;
    mention.problem = { code: error.code, message: error.message };
  }
}

/**
 * Settles a mention in a year. Plain "Adar" is the one Adar, or in a leap year Adar II, with Adar I
 * as an alternative (and the inference said).
 */
export function settleInYear(context: RefineContext, index: number, year: number): void {
  const mention = context.mentions[index]!;
  if (mention.stated.holiday !== undefined) {
    settleHoliday(mention, year, { israel: context.israel });
    return;
  }
  const { month = 0, day = 0 } = mention.stated;
  if (mention.calendar === "hebrew" && isAdarIInCommonYear(month, year)) {
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
    inferField(context, "plain-adar", index, {
      field: "month",
      value: adarII ? "Adar II" : "Adar I",
      from: "leap-year",
      note: adarII
        ? `${year} has two Adars; plain "Adar" read as Adar II`
        : `${year} has two Adars; the 30th of "Adar" can only be Adar I's (Adar II has 29 days)`,
    });
  }
  settleDate(mention, { calendar: mention.calendar, year, month: settledMonth, day });
}

/** Records an inferred value on a mention, and in the trace. */
export function inferField(context: RefineContext, step: string, index: number, inference: Inference): void {
  context.mentions[index]!.inferred.push(inference);
  record(context, step, { mention: index }, inference.field, inference.value, inference.note);
}

/** Infers a mention's year and settles it in that year. */
export function applyYear(
  context: RefineContext,
  step: string,
  index: number,
  year: number,
  inference: Omit<Inference, "field" | "value">,
): void {
  inferField(context, step, index, { field: "year", value: year, ...inference });
  settleInYear(context, index, year);
}
