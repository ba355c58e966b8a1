import { dayNumberToHebrew } from "../../src/calendars/hebrew.js";
import { hebrewDayNumberStrict } from "../../src/calendars/validate.js";
import { icuHebrew } from "./icu.js";

/** One day on which our Hebrew calendar and ICU's disagree, in either direction. */
export interface IcuMismatch {
  dayNumber: number;
  ours: { year: number; month: number; day: number };
  icu: { year: number; month: number; day: number; monthName: string };
  /** hebrewDayNumberStrict of ICU's fields: a day number, or the DateError code it threw. */
  back: number | string;
}

/**
 * Compares every day number in [from, to] with ICU both ways: our Hebrew fields of the day equal
 * ICU's, and hebrewDayNumberStrict of ICU's fields gives the day back. Returns the first `limit`
 * disagreements (an empty list when they agree everywhere).
 */
export function icuMismatches(from: number, to: number, limit = 20): IcuMismatch[] {
  const mismatches: IcuMismatch[] = [];
  for (let dayNumber = from; dayNumber <= to && mismatches.length < limit; dayNumber++) {
    const icu = icuHebrew(dayNumber);
    const ours = dayNumberToHebrew(dayNumber);
    let back: number | string;
    try {
      back = hebrewDayNumberStrict({ calendar: "hebrew", year: icu.year, month: icu.month, day: icu.day });
    } catch (error) {
      back = (error as { code?: string }).code ?? String(error);
    }
    if (ours.year !== icu.year || ours.month !== icu.month || ours.day !== icu.day || back !== dayNumber) {
      mismatches.push({ dayNumber, ours: { year: ours.year, month: ours.month, day: ours.day }, icu, back });
    }
  }
  return mismatches;
}
