import { BEGIN_VERBS as BEGINNING_WORDS } from "./lexicon/dateWords.js";
// On a page, a holiday name counts only where it can be checked: near a date written with numbers
// (a run of digits, a Hebrew-script date with its letter numerals, or a Hebrew year in letters, as
// in "ל״ג בעומר תשפ״ז"). A name alone in prose names a
// festival, not the day the page is about, and looking for names over all of a page's prose was most
// of what the holiday readers cost it. So they run over the stretches these windows give.

/**
 * Characters kept on each side of a date written with numbers. Measured on test/pages: masthead
 * lines, "Purim was celebrated on Friday, February 26, 2021", a label a line or two over its date
 * in a block, and "Lag BaOmer … begins at sundown on …" all stand closer than this.
 */
export const HOLIDAY_REACH = 96;

/**
 * How far above a row's year a holiday's name may head it: an infobox copied as text puts its
 * fields (official name, type, the rule's first and last day) between the name and the rows of
 * years ("Pesach" over eight such lines, then "Rok 2018 západ slunce 30. března", wikiplanet.click).
 * Eight short fields, as holidayRows.ts allows.
 */
export const ROW_HEADING_REACH = 800;

/** What may open a row's line before its year: a bullet, a label of one or two words ("Rok", "Datum"). */
const ROW_OPENING = /^[ \t\u00a0]*(?:[-\u2022*\u2013][ \t\u00a0]+)?(?:\p{L}{1,12}[ \t\u00a0]+){0,2}$/u;
/** The most a row's opening may take: two labels and a bullet. */
const ROW_OPENING_MAX = 30;

/** Whether the four digits at `start` open their line as a row's year, with a date's digit after them on it. */
function opensRow(text: string, start: number, end: number): boolean {
  let lineStart = start;
  while (lineStart > 0 && text.charCodeAt(lineStart - 1) !== 0x0a) {
    if (start - lineStart >= ROW_OPENING_MAX) return false;
    lineStart--;
  }
  if (!ROW_OPENING.test(text.slice(lineStart, start))) return false;
  // The row's date follows on its line: a digit within a cell's and an evening's words.
  const rest = text.slice(end, end + 40);
  const lineEnd = rest.indexOf("\n");
  return /^\D*\d/u.test(lineEnd === -1 ? rest : rest.slice(0, lineEnd));
}

/**
 * The gershayim of a Hebrew year in letters and its last letter (תשפ״ז). Searched for by the mark,
 * rarer in prose than any letter, without the `u` flag (each Hebrew letter is one code unit): a third
 * cheaper than a search that starts at the year's ת.
 */
const YEAR_MARK = /["\u05f4\u201d][\u05d0-\u05ea]/g;
const TAV = 0x05ea;

function isHebrewLetter(code: number): boolean {
  return code >= 0x05d0 && code <= TAV;
}

/**
 * The spans of the Hebrew years written in letters in a text, 5400 and after (תש״פ, תשפ״ז,
 * ה׳תרל״ה): a ת, up to two letters, the gershayim, a last letter.
 * @example hebrewYearNumerals("ערב פסח תשפ״ז") // [{ start: 8, end: 13 }]
 */
export function hebrewYearNumerals(text: string): Array<{ start: number; end: number }> {
  const years: Array<{ start: number; end: number }> = [];
  YEAR_MARK.lastIndex = 0;
  while (YEAR_MARK.test(text)) {
    const mark = YEAR_MARK.lastIndex - 2;
    for (let at = mark - 1; at >= mark - 3 && isHebrewLetter(text.charCodeAt(at)); at--) {
      if (text.charCodeAt(at) !== TAV) continue;
      years.push({ start: at, end: mark + 2 });
      break;
    }
  }
  return years;
}

/**
 * How far above a begin verb's paragraph ("Starts evening of March 16, 2022") the day it has no subject
 * for may be named: the event's prose between them (refiners/clauseJoin.ts pairs them as far).
 */
export const BEGIN_FIELD_REACH = 400;

let beginField: RegExp | undefined;
/** Whether the date at `start` ends a paragraph's first words, a begin verb and its small words. */
function opensBeginField(text: string, start: number): boolean {
  const lineStart = text.lastIndexOf("\n", start - 1) + 1;
  if (lineStart === 0 || start - lineStart > 40) return false;
  // A blank line above it: a paragraph of its own.
  const above = text.lastIndexOf("\n", lineStart - 2) + 1;
  if (text.slice(above, lineStart - 1).trim() !== "") return false;
  beginField ??= new RegExp(
    `^[ \\t\\u00a0]*(?:${BEGINNING_WORDS.map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, "\\s+")).join("|")})(?!\\p{L})`,
    "iu",
  );
  return beginField.test(text.slice(lineStart, start));
}

/** ASCII white space, a no-break space, and the line and paragraph separators: where a window may be cut. */
function isSpace(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13) || code === 0xa0 || code === 0x2028 || code === 0x2029;
}

/** A span of text a window stands around. */
interface Span {
  start: number;
  end: number;
}

/**
 * Where a page's holiday names are read: half-open [start, end) stretches within
 * {@link HOLIDAY_REACH} characters of one of `dates` (the dates its readers found, in any order), of
 * a year of four or five digits among `runs` (flat start/end pairs, as textAnchors finds them:
 * "Purim 5787"), or, where the text has Hebrew letters, of a Hebrew year in letters. A number that
 * is no date ("4,161 people", "89%") is none of these: prose with numbers would otherwise be read for
 * names almost everywhere. In order and disjoint, cut only at white space (or the text's ends), so
 * a name's word boundaries look the same in a stretch as in the page; each character is looked at a
 * bounded number of times, so this is linear in the text.
 * @example holidayWindows("Purim 5787", [6, 10], [], false) // [[0, 10]]
 */
export function holidayWindows(
  text: string,
  runs: readonly number[],
  dates: readonly Span[],
  hebrewContext: boolean,
): Array<[number, number]> {
  const spans: Span[] = dates.map((date) =>
    opensBeginField(text, date.start)
      ? { start: Math.max(0, date.start - (BEGIN_FIELD_REACH - HOLIDAY_REACH)), end: date.end }
      : date,
  );
  for (let run = 0; run < runs.length; run += 2) {
    const length = runs[run + 1]! - runs[run]!;
    if (length !== 4 && length !== 5) continue;
    const start = runs[run]!;
    const end = runs[run + 1]!;
    // A row's year may stand far below the holiday's name that heads its rows (holidayRows.ts).
    const reach = length === 4 && opensRow(text, start, end) ? ROW_HEADING_REACH - HOLIDAY_REACH : 0;
    spans.push({ start: Math.max(0, start - reach), end });
  }
  if (hebrewContext) for (const year of hebrewYearNumerals(text)) spans.push(year);
  spans.sort((a, b) => a.start - b.start);
  const windows: Array<[number, number]> = [];
  for (const { start: spanStart, end: spanEnd } of spans) {
    const from = Math.max(0, spanStart - HOLIDAY_REACH);
    const to = Math.min(text.length, spanEnd + HOLIDAY_REACH);
    const last = windows[windows.length - 1];
    if (last !== undefined && from <= last[1]) {
      if (to > last[1]) last[1] = cutAfter(text, to);
      continue;
    }
    // The previous window ends at white space, so walking back stops after it at the latest.
    let start = from;
    while (start > 0 && !isSpace(text.charCodeAt(start - 1))) start--;
    windows.push([start, cutAfter(text, to)]);
  }
  return windows;
}

/** The nearest offset at or after `offset` that is white space or the end of the text. */
function cutAfter(text: string, offset: number): number {
  let at = offset;
  while (at < text.length && !isSpace(text.charCodeAt(at))) at++;
  return at;
}
