import type { StatedFields } from "./mention.js";
import { readWeekdayPhrase, stateWeekday } from "./weekdayWords.js";

// A table of years copied as text keeps its columns as runs of spaces: "Year Date Day Holiday" /
// "2023 9 May Tue Lag BaOmer" (calendarholidays.net), "2024 | 24 Oct | Thu". There the weekday's
// column stands after the date with no comma, and belongs to it as one written before it does.
// Prose is not read so ("on 9 May Sunday school …" is no table): only a row that begins with a
// year's cell, or whose cells are set off by a tab or a pipe (before the weekday's cell), is; or a
// short row whose last cell is a weekday's name of four letters or more, in any case ("Simchat Tóra
// 7. října 2023 sobota" under "Dovolená datum Všední den", cs.testamentdespoetes.be).

/** Sticky: the cell gap, a weekday word, and the end of its cell. */
const CELL_WEEKDAY =
  /(?:[ \u00a0]{1,3}|[ \u00a0]*[\t|][ \u00a0]*)(?<word>\p{L}{2,12}\.?)(?=[ \u00a0\t|]|\r?\n|$)/uy;
/** Sticky: nothing but blanks to the end of the line. */
const LINE_END = /[ \u00a0\t]*(?:\r?\n|$)/uy;
/** A row's first cell is a year: "2023 9 May Tue". */
const YEAR_CELL = /^[ \t\u00a0]*\p{N}{4}[ \t\u00a0|]/u;

/** A table's row is short: a date further into its line than this is in prose. */
const ROW_REACH = 80;

/** The start of the line holding `at`, if it is at most ROW_REACH back (found by hand: a long line costs no more). */
function rowStart(text: string, at: number): number | undefined {
  for (let i = at - 1; i >= 0 && at - i <= ROW_REACH; i--) if (text[i] === "\n") return i + 1;
  return at <= ROW_REACH ? 0 : undefined;
}

/**
 * The offset just after a weekday cell that follows a date ending at `at` in a table row (stated in
 * the date's fields), else `at`. A date that already states a weekday keeps it.
 * @example takeRowWeekdayAfter("2023 9 May Tue Lag BaOmer", 10, {}) // 14
 */
export function takeRowWeekdayAfter(text: string, at: number, stated: StatedFields): number {
  if (stated.weekday !== undefined) return at;
  CELL_WEEKDAY.lastIndex = at;
  const match = CELL_WEEKDAY.exec(text);
  if (match === null) return at;
  const from = rowStart(text, at);
  if (from === undefined) return at;
  const written = match.groups!.word!;
  const end = CELL_WEEKDAY.lastIndex;
  const row = text.slice(from, end);
  const cells = /^\p{Lu}/u.test(written) && (YEAR_CELL.test(row) || /[\t|]/u.test(row));
  // The row's last cell, in any case, but no short name ("we sat", "in Mar" end lines of prose).
  LINE_END.lastIndex = end;
  const last = !written.endsWith(".") && written.length >= 4 && LINE_END.test(text);
  if (!cells && !last) return at;
  const word = readWeekdayPhrase(written.replace(/\.$/u, ""), cells);
  if (word === undefined) return at;
  stateWeekday(stated, word);
  return end;
}
