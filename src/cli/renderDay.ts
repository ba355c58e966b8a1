import { gematriya } from "@hebcal/hdate";
import type { CalendarDay } from "../listings/calendarDay.js";
import { hebrewMonthInHebrew, isolateRtl } from "./hebrewScript.js";

/** How a day list is written. */
export interface DayStyle {
  /** The Hebrew date in English (`18 Tamuz 5778`) or in Hebrew script. */
  lang: "en" | "he";
  /** Niqqud on Hebrew month names (`--lang he`). */
  niqqud: boolean;
}

/** Columns of the English Hebrew date ("29 Cheshvan 5778", "30 Adar II 13760"). */
const HEBREW_DATE = 16;

/**
 * One day of `hdate days` as a line: the ISO day, its weekday, the Hebrew date, the events.
 * @example renderDay(calendarDay(736876, false), style) // "2018-07-01 Sun  18 Tamuz 5778     Tzom Tammuz\n"
 */
export function renderDay(day: CalendarDay, style: DayStyle): string {
  const { gregorian, hebrew } = day;
  const hebrewDate =
    style.lang === "he"
      ? isolateRtl(
          `${gematriya(hebrew.day)} ${hebrewMonthInHebrew(hebrew.monthNumber, hebrew.year, style.niqqud)} ${gematriya(hebrew.year)}`,
        )
      : hebrew.text.padEnd(HEBREW_DATE);
  const events = day.events.map((event) => event.name).join("; ");
  return `${`${gregorian.iso} ${gregorian.weekday.slice(0, 3)}  ${hebrewDate}  ${events}`.trimEnd()}\n`;
}
