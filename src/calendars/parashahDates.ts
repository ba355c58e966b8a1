import { hebrewDayNumberOf, hebrewFieldsOf } from "./hebrewYears.js";
import type { HolidayDay } from "./holidayDates.js";
import { SCHEDULE_OF_KIND, SCHEDULES } from "./parashahKinds.generated.js";

// Which Shabbat reads which Torah portion, from @hebcal/core's Sedra as parashahKinds.generated.ts
// keeps it: one schedule per kind of year and schedule (Israel's or the diaspora's), unpacked when
// first met. A portion is @hebcal/core's index (0 = Bereshit … 53 = Vezot Haberakhah); a doubled
// reading is the negated index of its first half (-21 = Vayakhel-Pekudei), as Sedra.find takes it.

/** One unpacked schedule: for each portion, the weeks (0 = the year's first Shabbat) that read it. */
interface Schedule {
  /** Weeks reading the portion, alone or with its neighbour (Vayeilech may be read twice a year). */
  weeks: number[][];
  /** Weeks reading the portion as the first half of a doubled reading. */
  doubled: number[][];
}

const unpacked: Array<Schedule | undefined> = [];
const STEP = /(?<step>[hsd])(?<count>\d*)/g;

function unpack(index: number): Schedule {
  const known = unpacked[index];
  if (known !== undefined) return known;
  const packed = SCHEDULES[index]!;
  const schedule: Schedule = {
    weeks: Array.from({ length: 54 }, () => []),
    doubled: Array.from({ length: 54 }, () => []),
  };
  let portion = Number.parseInt(packed, 10);
  let week = 0;
  for (const match of packed.matchAll(STEP)) {
    const { step, count } = match.groups!;
    for (let n = count === "" ? 1 : Number(count); n > 0; n--, week++) {
      if (step === "h") continue;
      schedule.weeks[portion]!.push(week);
      if (step === "d") {
        schedule.doubled[portion]!.push(week);
        schedule.weeks[portion + 1]!.push(week);
      }
      portion += step === "d" ? 2 : 1;
      // Vezot Haberakhah is read on Simchat Torah, never on a Shabbat: Bereshit follows Ha'azinu.
      if (portion === 53) portion = 0;
    }
  }
  unpacked[index] = schedule;
  return schedule;
}

/** The supported Hebrew years (as holidayTable.ts's): 13760 ends with the range, in its Cheshvan. */
const FIRST_YEAR = 1;
const LAST_YEAR = 13759;

/**
 * The day numbers of the Shabbatot that read a portion in a Hebrew year, in order: a portion read
 * with its neighbour that year is read on their Shabbat; a doubled reading only in years that read
 * it so. None when the year does not read it on a Shabbat (Vezot Haberakhah, or a doubled reading
 * in a year that reads its halves apart).
 * @example parashahShabbatot(8, 5787) // [739955] (Vayeshev, 25 Kislev 5787)
 */
export function parashahShabbatot(
  portion: number,
  year: number,
  options: { israel?: boolean } = {},
): number[] {
  if (!Number.isInteger(portion) || portion < -52 || portion > 53) return [];
  if (!Number.isInteger(year) || year < FIRST_YEAR || year > LAST_YEAR) return [];
  const start = hebrewDayNumberOf(year, 7, 1);
  const length = hebrewDayNumberOf(year + 1, 7, 1) - start;
  const kind = SCHEDULE_OF_KIND[`${length}-${((start % 7) + 7) % 7}`]!;
  const schedule = unpack(kind[options.israel === true ? 1 : 0]);
  const firstShabbat = start + ((6 - (((start % 7) + 7) % 7) + 7) % 7);
  const weeks = portion < 0 ? schedule.doubled[-portion]! : schedule.weeks[portion]!;
  return weeks.map((week) => firstShabbat + 7 * week);
}

/**
 * The days a portion's name stands for in a Hebrew year: the Shabbat that reads it, or with
 * `weekday` (Sunday = 0 … Friday = 5) that day of the week ending on that Shabbat.
 * @example parashahDays(8, 5787, {weekday: 3})[0] // {year: 5787, month: 9, day: 22} (the Wednesday before Vayeshev)
 */
export function parashahDays(
  portion: number,
  year: number,
  options: { israel?: boolean; weekday?: number } = {},
): HolidayDay[] {
  const back = options.weekday === undefined ? 0 : 6 - options.weekday;
  return parashahShabbatot(portion, year, options).map((shabbat) => hebrewFieldsOf(shabbat - back));
}
