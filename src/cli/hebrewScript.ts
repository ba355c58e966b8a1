import { getMonthName, Locale } from "@hebcal/hdate";

// Pieces of the listings written in Hebrew script, for `--lang he`. A Hebrew run inside a line of
// Latin text and digits is wrapped in a right-to-left isolate (RLI … PDI): a terminal or editor that
// lays out bidirectional text then shows each run right to left in its place, instead of joining
// neighbouring runs and the digits between them into one reversed stretch (which would swap a grid's
// cells). The isolates take no column in a terminal that ignores them (checked under tmux).

const RLI = "\u2067";
const PDI = "\u2069";

/**
 * A Hebrew run wrapped in a right-to-left isolate.
 * @example isolateRtl("י״ח") // "\u2067י״ח\u2069"
 */
export function isolateRtl(text: string): string {
  return `${RLI}${text}${PDI}`;
}

/**
 * The columns a line takes in a terminal: isolates, marks (niqqud) and escape sequences take none.
 * @example displayWidth("\u2067תַּמּוּז\u2069") // 4
 */
export function displayWidth(text: string): number {
  const bare = text.replace(/\u001b\[[0-9;]*m|[\u2066-\u2069]|\p{M}/gu, "");
  return [...bare].length;
}

/**
 * A Hebrew month's name in Hebrew script in a year, with niqqud unless `niqqud` is false.
 * @example hebrewMonthInHebrew(4, 5778, false) // "תמוז"
 */
export function hebrewMonthInHebrew(month: number, year: number, niqqud: boolean): string {
  // getMonthName says "Adar I" for month 12 only in a leap year; a common year's is plain "Adar".
  return Locale.gettext(getMonthName(month, year), niqqud ? "he" : "he-x-NoNikud");
}

const gregorianMonthsHe = new Intl.DateTimeFormat("he", { month: "long", timeZone: "UTC" });

/**
 * A Gregorian month's name in Hebrew script, as CLDR (inside Node) writes it.
 * @example gregorianMonthInHebrew(7) // "יולי"
 */
export function gregorianMonthInHebrew(month: number): string {
  return gregorianMonthsHe.format(new Date(Date.UTC(2000, month - 1, 1)));
}
