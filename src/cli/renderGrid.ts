import { gematriya } from "@hebcal/hdate";
import { gregorianMonthName } from "../calendars/validate.js";
import type { CalendarDay } from "../listings/calendarDay.js";
import type { GridMonth, MonthGrid } from "../listings/monthGrid.js";
import { displayWidth, gregorianMonthInHebrew, hebrewMonthInHebrew, isolateRtl } from "./hebrewScript.js";

/** How a grid is written. */
export interface GridStyle {
  /** Hebrew days in digits instead of Hebrew numerals. */
  digits: boolean;
  /** Headings in English or in Hebrew script. */
  lang: "en" | "he";
  /** Niqqud on Hebrew month names (`--lang he`). */
  niqqud: boolean;
  /** The day number to highlight (today, at a terminal). */
  today?: number;
  /** Highlight with reverse video; without it (NO_COLOR) today is bracketed. */
  color: boolean;
}

/** A cell is 7 columns: the Gregorian day (2), a space, the Hebrew day (3), the mark (1). */
const CELL = 7;
/** Each cell is preceded by one column: a space, or a bracket round today when color is off. */
const WIDTH = 7 * (CELL + 1);
/** Columns of the Hebrew day in the list under a grid ("29 Cheshvan", "30 Adar II"). */
const HEBREW_DAY = 12;

const WEEKDAYS_EN = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
// Days of the week are numbered in Hebrew (יום א׳ is Sunday); Saturday has its name.
const WEEKDAYS_HE = ["א׳", "ב׳", "ג׳", "ד׳", "ה׳", "ו׳", "שבת"].map(isolateRtl);

/** `*` a holiday or other event, `+` Rosh Chodesh only, else a space. */
function markOf(day: CalendarDay): string {
  if (day.events.length === 0) return " ";
  return day.events.every((event) => event.kind === "rosh-chodesh") ? "+" : "*";
}

function padEnd(text: string, width: number): string {
  return text + " ".repeat(Math.max(0, width - displayWidth(text)));
}

function center(text: string, width: number): string {
  const left = Math.max(0, Math.floor((width - displayWidth(text)) / 2));
  return `${" ".repeat(left)}${text}`.trimEnd();
}

function cellText(day: CalendarDay | null, style: GridStyle): string {
  if (day === null) return " ".repeat(CELL);
  const hebrew = style.digits ? String(day.hebrew.day) : isolateRtl(gematriya(day.hebrew.day));
  const text = padEnd(`${String(day.gregorian.day).padStart(2)} ${hebrew}${markOf(day)}`, CELL);
  return style.color && day.dayNumber === style.today ? `\u001b[7m${text}\u001b[27m` : text;
}

function weekLine(week: Array<CalendarDay | null>, style: GridStyle): string {
  // Without color, today is bracketed in the columns between cells.
  const bracketed = style.color ? -1 : week.findIndex((day) => day !== null && day.dayNumber === style.today);
  let line = "";
  week.forEach((day, index) => {
    line +=
      (index === bracketed ? "[" : index === bracketed + 1 && index > 0 ? "]" : " ") + cellText(day, style);
  });
  if (bracketed === 6) line += "]";
  return line.trimEnd();
}

function monthName(month: GridMonth, style: GridStyle): { name: string; year: string } {
  if (style.lang === "en") return { name: month.name, year: String(month.year) };
  return month.calendar === "gregorian"
    ? { name: gregorianMonthInHebrew(month.month), year: String(month.year) }
    : { name: hebrewMonthInHebrew(month.month, month.year, style.niqqud), year: gematriya(month.year) };
}

/** A run of months named as monthGrid's title names them, in the style's language. */
function spanText(months: GridMonth[], style: GridStyle): string {
  const names = months.map((month) => monthName(month, style));
  const first = names[0]!;
  const last = names[names.length - 1]!;
  if (names.length === 1) return `${first.name} ${first.year}`;
  return first.year === last.year
    ? `${first.name}–${last.name} ${last.year}`
    : `${first.name} ${first.year}–${last.name} ${last.year}`;
}

function titleOf(grid: MonthGrid, style: GridStyle): string {
  const title = `${spanText([grid], style)} · ${spanText(grid.otherMonths, style)}`;
  return style.lang === "he" ? isolateRtl(title) : title;
}

/** The list under a grid: each day with events, one event a line. */
function eventLines(grid: MonthGrid, style: GridStyle): string[] {
  const lines: string[] = [];
  for (const day of grid.eventDays) {
    const { gregorian, hebrew } = day;
    const hebrewDay =
      style.lang === "he"
        ? isolateRtl(
            `${gematriya(hebrew.day)} ${hebrewMonthInHebrew(hebrew.monthNumber, hebrew.year, style.niqqud)}`,
          )
        : `${String(hebrew.day).padStart(2)} ${hebrew.month}`;
    const when = `${gregorian.weekday.slice(0, 3)} ${String(gregorian.day).padStart(2)} ${gregorianMonthName(gregorian.month).slice(0, 3)}`;
    day.events.forEach((event, index) => {
      const prefix =
        index === 0 ? `${when}  ${padEnd(hebrewDay, HEBREW_DAY)}` : " ".repeat(when.length + 2 + HEBREW_DAY);
      lines.push(`${prefix} ${event.kind === "rosh-chodesh" ? "+" : "*"} ${event.name}`);
    });
  }
  return lines;
}

/**
 * A month grid as text: the title, the weekdays, the weeks, then the days with events. Fits 80
 * columns (the grid is 56 wide).
 * @example renderGrid(monthGrid({ calendar: "gregorian", year: 2018, month: 7 }), style).split("\n")[0] // "               July 2018 · Tamuz–Av 5778"
 */
export function renderGrid(grid: MonthGrid, style: GridStyle): string {
  const weekdays = style.lang === "he" ? WEEKDAYS_HE : WEEKDAYS_EN;
  const lines = [
    center(titleOf(grid, style), WIDTH),
    weekdays
      .map((name) => ` ${padEnd(`   ${name}`, CELL)}`)
      .join("")
      .trimEnd(),
    ...grid.weeks.map((week) => weekLine(week, style)),
  ];
  const events = eventLines(grid, style);
  if (events.length > 0) lines.push("", ...events);
  return `${lines.join("\n")}\n`;
}
