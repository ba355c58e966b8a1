import { gregorianToDayNumber } from "./gregorian.js";

// Today's day number (UTC), the default reference of a reading. A new Date and three UTC getters for
// every string cost a sixth of reading a plain date; the clock's milliseconds divided by a day's give
// the same day.

const DAY_MS = 86_400_000;
const UNIX_EPOCH = gregorianToDayNumber(1970, 1, 1);

/**
 * The day number of the current UTC day.
 * @example todayDayNumber() // 739585 on 2026-11-24
 */
export function todayDayNumber(): number {
  return Math.floor(Date.now() / DAY_MS) + UNIX_EPOCH;
}
