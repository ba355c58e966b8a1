// ICU (built into Node, reached through Intl) as an independent second source for fixtures and sweeps.
// Everything goes through an *instant* (a Date built from milliseconds), which names the same day in
// every calendar; building Dates from fields would drag in Date's 0–99 → 1900s mapping.

/** Day number (Rata Die) of 1970-01-01, the JS epoch: 719163 (checked against ICU in icuOracle.test.ts). */
export const UNIX_EPOCH_DAY_NUMBER = 719163;

const MS_PER_DAY = 86_400_000;

/** The UTC midnight that starts a day number. */
export function instantOfDayNumber(dayNumber: number): Date {
  return new Date((dayNumber - UNIX_EPOCH_DAY_NUMBER) * MS_PER_DAY);
}

/** ICU's English month names (en-u-ca-hebrew) → hebcal month numbers. ICU says "Adar" in a common year. */
export const ICU_HEBREW_MONTHS: Readonly<Record<string, number>> = {
  Nisan: 1,
  Iyar: 2,
  Sivan: 3,
  Tamuz: 4,
  Av: 5,
  Elul: 6,
  Tishri: 7,
  Heshvan: 8,
  Kislev: 9,
  Tevet: 10,
  Shevat: 11,
  Adar: 12,
  "Adar I": 12,
  "Adar II": 13,
};

const hebrewFormatter = new Intl.DateTimeFormat("en-u-ca-hebrew", {
  timeZone: "UTC",
  day: "numeric",
  month: "long",
  year: "numeric",
});

/** ICU's Hebrew date of a day, with its month name as ICU wrote it. */
export interface IcuHebrewDate {
  year: number;
  month: number;
  day: number;
  monthName: string;
}

/** ICU's Hebrew date of a day number; throws on a month name the table does not know. */
export function icuHebrew(dayNumber: number): IcuHebrewDate {
  let year = 0;
  let day = 0;
  let monthName = "";
  for (const part of hebrewFormatter.formatToParts(instantOfDayNumber(dayNumber))) {
    if (part.type === "year") year = Number(part.value);
    else if (part.type === "month") monthName = part.value;
    else if (part.type === "day") day = Number(part.value);
  }
  const month = ICU_HEBREW_MONTHS[monthName];
  if (month === undefined) throw new Error(`ICU month name not in the table: ${JSON.stringify(monthName)}`);
  return { year, month, day, monthName };
}

const gregorianFormatter = new Intl.DateTimeFormat("en-u-ca-gregory", {
  timeZone: "UTC",
  era: "short",
  day: "numeric",
  month: "numeric",
  year: "numeric",
});

/**
 * ICU's Gregorian date of a day number, in astronomical years (1 BC = 0). ICU's own GregorianCalendar
 * switches to Julian before 1582-10-15, but V8 sets the switch to the beginning of time (ECMA-402 asks
 * for a proleptic calendar), so through Intl this is proleptic Gregorian: 1582-10-14 exists.
 */
export function icuGregorian(dayNumber: number): { year: number; month: number; day: number } {
  let year = 0;
  let month = 0;
  let day = 0;
  let bc = false;
  for (const part of gregorianFormatter.formatToParts(instantOfDayNumber(dayNumber))) {
    if (part.type === "year") year = Number(part.value);
    else if (part.type === "month") month = Number(part.value);
    else if (part.type === "day") day = Number(part.value);
    else if (part.type === "era") bc = part.value === "BC";
  }
  return { year: bc ? 1 - year : year, month, day };
}
