import type { GroupEvidence } from "../reading.js";
import { withinALine } from "./separatorGap.js";

// A masthead's cell: the Hebrew date, then words of its own cell (the weekday, the week's portion),
// then a pipe and the next cell's date: "11 Nisan 5784, sixth day of the week, Metzora | 2024-04-19
// 15:15", "11 Нисана 5784 г., шестой день недели Мецора | 2024-04-19". The words are the first
// date's cell; the pipe closes it. Only a comma right after the first date, a few words without
// digits, and one pipe at the end: a pipe in prose ("и | или") has no comma-led cell before it.

const CELL =
  /^,[ \u00a0]*\p{L}[\p{L}\p{M}'\u2019-]*(?:[ \u00a0,]{1,2}\p{L}[\p{L}\p{M}'\u2019-]*){0,5}[ \u00a0]+\|[ \u00a0]+$/u;

/**
 * The evidence of a gap that holds the rest of a masthead cell and the pipe that closes it.
 * @example pipeCellGap(", sixth day of the week | ")?.kind // "separator"
 * @example pipeCellGap(" and later | ") // undefined: no comma after the first date
 */
export function pipeCellGap(gap: string): GroupEvidence | undefined {
  if (gap.includes("\n") || !withinALine(gap)) return undefined;
  return CELL.test(gap) ? { kind: "separator", text: gap } : undefined;
}
