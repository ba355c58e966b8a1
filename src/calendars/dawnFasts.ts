// The minor fasts are kept from dawn to nightfall of their day, not from the evening before as
// Yom Kippur and Tisha B'Av are: a civil date given for one of them is the day itself, and the
// evening before it (which begins the Hebrew day) is not the fast. Keys of HOLIDAY_KEYS
// (holidayDates.ts); Ta'anit Bechorot has no key.

/** The holiday keys of the fasts that begin at dawn. */
export const DAWN_FASTS: ReadonlySet<string> = new Set([
  "tzom-gedaliah",
  "asara-btevet",
  "taanit-esther",
  "tzom-tammuz",
]);

/**
 * Whether a holiday name names a fast kept from dawn (its evening before is not the fast).
 * @example beginsAtDawn("taanit-esther") // true
 */
export function beginsAtDawn(holiday: string | undefined, erev = false): boolean {
  return holiday !== undefined && !erev && DAWN_FASTS.has(holiday);
}
