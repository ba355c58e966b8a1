import { hebrewMonthFromName } from "../lexicon.js";
import type { Candidate, Extractor, StatedFields } from "../mention.js";
import { takeWeekdayBefore } from "../weekdayPrefix.js";

// A civil day and month in digits with no year, beside a Hebrew date in Hebrew script: "כ״ט באלול
// וא׳ בתשרי, 20-21.9", "ביום ראשון, 5.9, כ״ח באלול", "ד׳ שבט 30/01", "א׳-ב׳ בתשרי תשפ״ד- 16/9-17/9".
// Israeli notices and school calendars write the civil day so, day first. Alone, "5.9" is more often
// a number than a date: only the Hebrew day and month written just before it, or just after it,
// vouch for it. The year comes from the partner or the page, as for any civil date without one.

/**
 * The day first and the month, with "." or "/", and a first day before a dash ("20-21.9"): no digit,
 * letter, "." or "/" beside it ("1.2.3", "5/9/2021" are the numeric reader's), a German-style final
 * dot allowed ("24.9.").
 */
const PATTERN =
  /(?<![\p{L}\p{N}./])(?:(?<first>\d{1,2})[-\u2013])?(?<day>\d{1,2})(?<separator>[./])(?<month>\d{1,2})\.?(?![\p{N}\p{L}]|[./-]\p{N}|:\p{N})/gu;

/** A Hebrew day in letters (with its geresh or gershayim, maybe a prefix letter) and a month, maybe ב before it. */
const DAY_MONTH =
  "[\\u05d0-\\u05ea]{1,3}[\"'\\u05f3\\u05f4\\u201d]?[\\u05d0-\\u05ea]?['\\u05f3]? {1,2}\\u05d1?-?(?<month>[\\u05d0-\\u05ea]{2,6})";
/** A Hebrew year in letters after the month ("תשפ״ד", "התשע״ח"). */
const YEAR = '(?: {1,2}[\\u05d0-\\u05ea]{1,4}["\\u05f4\\u201d][\\u05d0-\\u05ea])?';
/** The Hebrew date just before: separators only between it and the civil day. */
const BEFORE = /* @__PURE__ */ new RegExp(
  `(?<![\\u05d0-\\u05ea"'\\u05f3\\u05f4])${DAY_MONTH}${YEAR}[ ,\\-\\u2013]{0,4}$`,
  "u",
);
/** The Hebrew date just after, a comma or spaces between (a second day may stand before it: "8-9.9, ב׳, ג׳ בתשרי"). */
const AFTER = /* @__PURE__ */ new RegExp(
  `^[ ,]{1,3}(?:[\\u05d0-\\u05ea]{1,2}["'\\u05f3\\u05f4]?[\\u05d0-\\u05ea]?['\\u05f3][ ,]{1,3})?${DAY_MONTH}(?![\\u05d0-\\u05ea])`,
  "u",
);
/** How far before the civil day the Hebrew date may begin: a day, a month, a year and separators. */
const REACH = 32;

/** Whether a Hebrew day and month stand right before or right after [start, end). */
function besideHebrewDate(text: string, start: number, end: number): boolean {
  const before = BEFORE.exec(text.slice(Math.max(0, start - REACH), start))?.groups?.month;
  if (before !== undefined && hebrewMonthFromName(before) !== undefined) return true;
  const after = AFTER.exec(text.slice(end, end + REACH))?.groups?.month;
  return after !== undefined && hebrewMonthFromName(after) !== undefined;
}

/** Two two-digit numbers with a dot and nothing after: the shape of a time as well as of a day. */
const TIME_SHAPE = /^\d\d\.\d\d$/;

const DOT = 46;
const SLASH = 47;
const DASH = 45;
const EN_DASH = 0x2013;

const part = (start: number, end: number, stated: StatedFields): Candidate => ({
  start,
  end,
  calendar: "gregorian",
  extractor: "hebrew-beside-day-month",
  stated,
});

/** Civil days in digits without a year, day first, beside a Hebrew date. */
export const hebrewBesideDayMonthExtractor: Extractor = {
  name: "hebrew-beside-day-month",
  // A run of one or two digits, then "." or "/" (or a dash and another such run) and a run of one or
  // two that no "." or "/" and digit follow (those are dates with a year).
  mayHoldRun(text, runs, run) {
    const firstEnd = runs[run + 1]!;
    if (firstEnd - runs[run]! > 2) return false;
    let next = run + 2;
    const joiner = text.charCodeAt(firstEnd);
    if ((joiner === DASH || joiner === EN_DASH) && runs[next] === firstEnd + 1) {
      if (runs[next + 1]! - runs[next]! > 2) return false;
      next += 2;
    }
    const dayEnd = runs[next - 1]!;
    const separator = text.charCodeAt(dayEnd);
    if ((separator !== DOT && separator !== SLASH) || runs[next] !== dayEnd + 1) return false;
    const monthEnd = runs[next + 1]!;
    if (monthEnd - runs[next]! > 2) return false;
    const after = text.charCodeAt(monthEnd);
    return !((after === DOT || after === SLASH) && runs[next + 2] === monthEnd + 1);
  },
  extract(text) {
    // Only Hebrew text holds the Hebrew date that vouches for such a day.
    if (!/[\u05d0-\u05ea]/.test(text)) return [];
    const out: Candidate[] = [];
    PATTERN.lastIndex = 0;
    for (;;) {
      // A weekday before where this search starts belongs to the previous match.
      const from = PATTERN.lastIndex;
      const match = PATTERN.exec(text);
      if (match === null) return out;
      const groups = match.groups!;
      const month = Number(groups.month);
      const day = Number(groups.day);
      const first = groups.first === undefined ? undefined : Number(groups.first);
      if (month < 1 || month > 12 || day < 1 || day > 31) continue;
      if (first !== undefined && (first < 1 || first >= day)) continue;
      // "19.05" of two two-digit numbers is as often a time ("בשעה 19.05"): only as a range's end.
      if (first === undefined && groups.separator === "." && TIME_SHAPE.test(match[0])) continue;
      const end = match.index + match[0].length;
      if (!besideHebrewDate(text, match.index, end)) continue;
      // "ביום ראשון, 5.9, כ״ח באלול": the weekday before is the (first) day's.
      const stated: StatedFields = { month, day: first ?? day };
      const start = takeWeekdayBefore(text, match.index, from, stated);
      if (first === undefined) {
        out.push(part(start, end, stated));
        continue;
      }
      const firstEnd = match.index + groups.first!.length;
      const whole = part(start, end, {});
      whole.parts = [part(start, firstEnd, stated), part(firstEnd + 1, end, { month, day })];
      out.push(whole);
    }
  },
};
