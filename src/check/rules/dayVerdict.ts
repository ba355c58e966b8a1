import { gregorianToDayNumber } from "../../calendars/gregorian.js";
import { julianDayNumberStrict } from "../../calendars/validate.js";
import type { DateMention } from "../../read/index.js";
import type { PairVerdict } from "../types.js";

/**
 * The last country to leave the Julian calendar did so in 1923 (Greece); a date before then may have
 * been written Old Style, so the Julian reading is tried when the Gregorian one fails.
 */
const LAST_JULIAN_DAY = gregorianToDayNumber(1923, 3, 1);

/** The verdict on the days themselves, and the day number of G's reading that was used. */
export interface DayVerdict {
  verdict: Exclude<PairVerdict, "invalid">;
  offsetDays: number;
  /** The civil day G names under the reading that matched (Julian for match-julian). */
  civilDayNumber: number;
  julianDayNumber?: number;
}

/** G's fields read as a Julian date, when they name a real Julian day. */
export function julianReading(gregorian: DateMention): number | undefined {
  if (!gregorian.date) return undefined;
  if (gregorian.stated.oldStyle) return gregorian.dayNumber;
  try {
    return julianDayNumberStrict(gregorian.date);
  } catch {
    return undefined;
  }
}

/**
 * Which Hebrew day a civil date may stand for: `evening` — the page says G is an evening ("Friday
 * night", "beginning in the evening of"), so only the day that begins that evening matches;
 * `either` — a masthead, rendered live, may already show the Hebrew day that began at sunset;
 * `day` — a statement that the two are one day ("corresponding to", a list, a range), so the day
 * after is a mismatch.
 */
export type SunsetReading = "evening" | "either" | "day";

/**
 * Judges H against G: the same day, the day that begins at G's sunset (as the reading allows), or
 * (for Old Style or pre-reform dates) the same day with G read as Julian; else a mismatch by H − G
 * days.
 */
export function dayVerdict(
  gregorian: DateMention,
  hebrew: DateMention,
  sunset: SunsetReading = "either",
): DayVerdict | undefined {
  const g = gregorian.dayNumber;
  const h = hebrew.dayNumber;
  if (g === undefined || h === undefined) return undefined;
  if (sunset === "evening" && !gregorian.stated.oldStyle) {
    if (h === g + 1) return { verdict: "match-after-sunset", offsetDays: 1, civilDayNumber: g };
    return { verdict: "mismatch", offsetDays: h - g, civilDayNumber: g };
  }
  if (sunset === "day" && h === g + 1 && !gregorian.stated.oldStyle)
    return { verdict: "mismatch", offsetDays: 1, civilDayNumber: g };
  if (gregorian.stated.oldStyle) {
    // The text says Old Style: G's day number is already its Julian reading.
    const offset = h - g;
    if (offset === 0 || offset === 1)
      return { verdict: "match-julian", offsetDays: offset, civilDayNumber: g, julianDayNumber: g };
    return { verdict: "mismatch", offsetDays: offset, civilDayNumber: g, julianDayNumber: g };
  }
  if (h === g) return { verdict: "match", offsetDays: 0, civilDayNumber: g };
  if (h === g + 1) return { verdict: "match-after-sunset", offsetDays: 1, civilDayNumber: g };
  const julian = g < LAST_JULIAN_DAY ? julianReading(gregorian) : undefined;
  if (julian !== undefined && (h === julian || h === julian + 1)) {
    // Measured, like an Old Style date's, from the Julian reading: 0 on the day, 1 after sunset.
    return {
      verdict: "match-julian",
      offsetDays: h - julian,
      civilDayNumber: julian,
      julianDayNumber: julian,
    };
  }
  return {
    verdict: "mismatch",
    offsetDays: h - g,
    civilDayNumber: g,
    ...(julian !== undefined ? { julianDayNumber: julian } : {}),
  };
}

/** Whether the Julian reading of G is worth showing (before the last country's reform). */
export function mayBeOldStyle(gregorian: DateMention): boolean {
  return (
    gregorian.stated.oldStyle === true || (gregorian.dayNumber ?? Number.POSITIVE_INFINITY) < LAST_JULIAN_DAY
  );
}
