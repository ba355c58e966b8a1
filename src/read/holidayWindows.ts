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
 * A Hebrew year in letters with its gershayim, 5400 and after (תש״פ, תשפ״ז, ה׳תרל״ה): a ת, up to
 * two letters, the mark, a last letter. Without the `u` flag (each Hebrew letter is one code unit),
 * so the search skips ahead to each ת.
 */
const HEBREW_YEAR = /\u05ea[\u05d0-\u05ea]{0,2}["\u05f4\u201d][\u05d0-\u05ea]/g;

/**
 * The spans of the Hebrew years written in letters in a text.
 * @example hebrewYearNumerals("ערב פסח תשפ״ז") // [{ start: 8, end: 13 }]
 */
export function hebrewYearNumerals(text: string): Array<{ start: number; end: number }> {
  const years: Array<{ start: number; end: number }> = [];
  HEBREW_YEAR.lastIndex = 0;
  for (let match = HEBREW_YEAR.exec(text); match !== null; match = HEBREW_YEAR.exec(text))
    years.push({ start: match.index, end: HEBREW_YEAR.lastIndex });
  return years;
}

/** ASCII white space, a no-break space, and the line and paragraph separators: where a window may be cut. */
function isSpace(code: number): boolean {
  return code === 32 || (code >= 9 && code <= 13) || code === 0xa0 || code === 0x2028 || code === 0x2029;
}

/**
 * Half-open [start, end) stretches of the text within {@link HOLIDAY_REACH} characters of a run of
 * digits (`digitRuns`, flat start/end pairs in order, as textAnchors finds them) or of a
 * Hebrew-script date or year (`dates`, spans in any order), in order and disjoint. Stretches are cut only
 * at white space (or the text's ends), so a name's word boundaries look the same in a stretch as in
 * the page. Each character is looked at a bounded number of times: linear in the text.
 * @example holidayWindows("Purim 5787", [6, 10], []) // [[0, 10]]
 */
export function holidayWindows(
  text: string,
  digitRuns: readonly number[],
  dates: readonly { start: number; end: number }[],
): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  for (let run = 0; run < digitRuns.length; run += 2) spans.push([digitRuns[run]!, digitRuns[run + 1]!]);
  if (dates.length > 0) {
    for (const date of dates) spans.push([date.start, date.end]);
    spans.sort((a, b) => a[0] - b[0]);
  }
  const windows: Array<[number, number]> = [];
  for (const [spanStart, spanEnd] of spans) {
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
