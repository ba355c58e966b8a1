import { type AnchoredPattern, execAnchored } from "../anchoredSearch.js";
import { parseGematriya, parseHebrewYear } from "../gematriya.js";
import { HEBREW_MONTH_HEBREW_PATTERN, hebrewMonthFromName, PLAIN_ADAR } from "../lexicon.js";
import type { Candidate, Extractor, StatedFields } from "../mention.js";
import { END, foldIgnorable, HEBREW_NUMERAL_CHARS, START } from "../patterns.js";

// Ranges of days in Hebrew script: "ו׳–ז׳ בסיון תשפ״ז" (the days written once, the month after the
// last), and "מכ״ה בכסלו עד ב׳ בטבת תשפ״ז" ("from … until …", the מ prefix on the first day). Read
// whole and handed on as the two ends, as dayRange.ts does for other scripts.

const NUMERAL = `[${HEBREW_NUMERAL_CHARS}]{1,8}`;
const MONTH = `(?:${HEBREW_MONTH_HEBREW_PATTERN})(?![\\u05d0-\\u05ea])`;
const YEAR = `(?:[\\s\\u00a0,]{1,3}(?<year>${NUMERAL}|\\d{4,5})${END})?`;
const IN_MONTH = "[\\s\\u00a0]{1,3}(?:[בל]-?)?";

/**
 * Days, a dash, a day and the month. Its first day may begin at any Hebrew letter, where V8 would
 * try it (most of a Hebrew page): it is tried only shortly before a dash (anchoredSearch.ts).
 */
const DAYS_THEN_MONTH: AnchoredPattern = {
  pattern: new RegExp(
    `${START}(?<d1>${NUMERAL}|\\d{1,2})\\s{0,2}[-\u2013\u2014]\\s{0,2}(?<d2>${NUMERAL}|\\d{1,2})${IN_MONTH}(?<month>${MONTH})${YEAR}`,
    "yud",
  ),
  anchor: /[-\u2013\u2014]/g,
  // The first day (at most eight numeral characters) and two spaces.
  reach: 8 + 2,
  letterFirst: false,
};
const FROM_UNTIL = new RegExp(
  `${START}מ-?(?<d1>${NUMERAL}|\\d{1,2})${IN_MONTH}(?<m1>${MONTH})(?:[\\s\\u00a0,]{1,3}(?<y1>${NUMERAL}|\\d{4,5}))?[\\s\\u00a0]{1,3}ו?עד[\\s\\u00a0]{1,3}(?:ה-?|ל-?)?(?<d2>${NUMERAL}|\\d{1,2})${IN_MONTH}(?<m2>${MONTH})${YEAR}`,
  "gud",
);
/** Both forms need a dash or עד: most Hebrew text has neither near a month, and is not searched. */
const MAY_HOLD_RANGE = /[-\u2013\u2014]|עד/;

function dayOf(token: string): number | undefined {
  const day = /^\d+$/.test(token) ? Number(token) : parseGematriya(token);
  return day !== undefined && day >= 1 && day <= 30 ? day : undefined;
}

function yearOf(token: string | undefined): number | undefined {
  if (token === undefined) return undefined;
  return /^\d+$/.test(token) ? Number(token) : parseHebrewYear(token);
}

function fields(day: number, month: number, year?: number): StatedFields {
  const stated: StatedFields = { day, month };
  if (month === PLAIN_ADAR) stated.plainAdar = true;
  if (year !== undefined) stated.year = year;
  return stated;
}

/** Hebrew-script ranges of days, read whole. */
export const hebrewScriptRangeExtractor: Extractor = {
  name: "hebrew-script-range",
  extract(original) {
    if (!MAY_HOLD_RANGE.test(original)) return [];
    const folded = foldIgnorable(original);
    const text = folded.text;
    const found: Candidate[] = [];
    const part = (start: number, end: number, stated: StatedFields): Candidate => ({
      start: folded.toOriginal(start),
      end: folded.toOriginal(end),
      calendar: "hebrew",
      extractor: "hebrew-script-range",
      stated,
    });
    const whole = (start: number, end: number, first: Candidate, last: Candidate): Candidate => ({
      start: folded.toOriginal(start),
      end: folded.toOriginal(end),
      calendar: "hebrew",
      extractor: "hebrew-script-range",
      stated: {},
      parts: [first, last],
    });
    DAYS_THEN_MONTH.pattern.lastIndex = 0;
    for (
      let match = execAnchored(DAYS_THEN_MONTH, text);
      match !== null;
      match = execAnchored(DAYS_THEN_MONTH, text)
    ) {
      const groups = match.groups!;
      const spans = match.indices!.groups!;
      const d1 = dayOf(groups.d1!);
      const d2 = dayOf(groups.d2!);
      const month = hebrewMonthFromName(groups.month!);
      if (d1 === undefined || d2 === undefined || month === undefined || d1 >= d2) continue;
      const year = yearOf(groups.year);
      const end = year === undefined ? spans.month![1] : match.index + match[0].length;
      found.push(
        whole(
          match.index,
          end,
          part(spans.d1![0], spans.d1![1], fields(d1, month)),
          part(spans.d2![0], end, fields(d2, month, year)),
        ),
      );
    }
    FROM_UNTIL.lastIndex = 0;
    for (let match = FROM_UNTIL.exec(text); match !== null; match = FROM_UNTIL.exec(text)) {
      const groups = match.groups!;
      const spans = match.indices!.groups!;
      const d1 = dayOf(groups.d1!);
      const d2 = dayOf(groups.d2!);
      const m1 = hebrewMonthFromName(groups.m1!);
      const m2 = hebrewMonthFromName(groups.m2!);
      if (d1 === undefined || d2 === undefined || m1 === undefined || m2 === undefined) continue;
      const y1 = yearOf(groups.y1);
      const y2 = yearOf(groups.year);
      const firstEnd = y1 === undefined ? spans.m1![1] : spans.y1![1];
      const end = y2 === undefined ? spans.m2![1] : match.index + match[0].length;
      found.push(
        whole(
          match.index,
          end,
          part(spans.d1![0], firstEnd, fields(d1, m1, y1)),
          part(spans.d2![0], end, fields(d2, m2, y2)),
        ),
      );
    }
    return found;
  },
};
