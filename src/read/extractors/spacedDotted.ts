import { markEveningAfter } from "../eveningAfter.js";
import type { Candidate, Extractor, StatedFields } from "../mention.js";
import { takeWeekdayBefore } from "../weekdayPrefix.js";

// A civil date in digits with a space after each dot, day first, as Czech and Slovak (and German and
// Hungarian) print it: "(1892 – 30. 12. 1953, 24. Tevet 5714)" (eretz.cz), "12. 9. 2015 sa končí ich
// 5775. rok" (blazejstrba.eu). The numeric reader takes dots that touch their digits ("30.12.1953");
// with the spaces a version number or a list's numbering is no longer in the way, yet the year must
// have four digits (1000–2999) and nothing but spaces and punctuation may touch the date.

/** Day, month and year, one space (or a no-break space) after each dot. */
const PATTERN =
  /(?<![\p{L}\p{N}./])(?<day>\d{1,2})\.[ \u00a0](?<month>\d{1,2})\.[ \u00a0](?<year>[12]\d{3})(?![\p{N}\p{L}]|[./]\p{N})/gu;

const DOT = 46;
const SPACES = new Set([32, 0xa0]);

/** Day-first dates written "30. 12. 1953". */
export const spacedDottedExtractor: Extractor = {
  name: "spaced-dotted",
  // A run of one or two digits, ". ", a run of one or two, ". ", then a run of four.
  mayHoldRun(text, runs, run) {
    const gapped = (end: number, next: number | undefined): boolean =>
      text.charCodeAt(end) === DOT && SPACES.has(text.charCodeAt(end + 1)) && next === end + 2;
    const dayEnd = runs[run + 1]!;
    if (dayEnd - runs[run]! > 2 || !gapped(dayEnd, runs[run + 2])) return false;
    const monthEnd = runs[run + 3]!;
    if (monthEnd - runs[run + 2]! > 2 || !gapped(monthEnd, runs[run + 4])) return false;
    return runs[run + 5]! - runs[run + 4]! === 4;
  },
  extract(text) {
    const out: Candidate[] = [];
    PATTERN.lastIndex = 0;
    for (;;) {
      // A weekday before where this search starts belongs to the previous match.
      const from = PATTERN.lastIndex;
      const match = PATTERN.exec(text);
      if (match === null) return out;
      const groups = match.groups!;
      const day = Number(groups.day);
      const month = Number(groups.month);
      if (month < 1 || month > 12 || day < 1 || day > 31) continue;
      const stated: StatedFields = { year: Number(groups.year), month, day };
      const start = takeWeekdayBefore(text, match.index, from, stated);
      // "v nedeľu 9. 9. 2018 večer": the evening is the date's own.
      const end = markEveningAfter(text, match.index + match[0].length, stated);
      out.push({ start, end, calendar: "gregorian", extractor: "spaced-dotted", stated });
    }
  },
};
