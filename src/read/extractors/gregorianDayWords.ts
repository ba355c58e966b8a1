import { GREGORIAN_MONTH_PATTERN, gregorianMonthFromName } from "../lexicon.js";
import type { Candidate, Extractor, StatedFields } from "../mention.js";
import { dayFromOrdinalWords } from "../numberWords.js";
import { caseless, END, SPACE, START } from "../patterns.js";
import { takeWeekdayBefore } from "../weekdayPrefix.js";

// Gregorian dates with the day in words: "the fourth of July, 2026", "the first of May",
// "July the fourth, 2026", "on Friday, the eleventh of December". It runs over the stretches
// wordRegions.ts finds around an "of" and before a year.

const WORD = "[A-Za-z]{3,12}";
/** One or two words ("fourth", "twenty-third"); the second is never "of" or "day". */
const DAY = `(?<day>${WORD}(?:[\\s\\u00a0-](?!(?:of|day)${END})${WORD})?)`;
const MONTH = `(?<month>${GREGORIAN_MONTH_PATTERN})\\.?${END}`;
const YEAR = `(?:,?${SPACE}(?<year>[12]\\d{3})${END})`;
// Built on first use: this reader runs only where an "of" or a year may belong to a date in
// words (wordRegions.ts), which most texts never have.
let dayFirst: RegExp | undefined;
let monthFirst: RegExp | undefined;
const DAY_FIRST = (): RegExp =>
  (dayFirst ??= new RegExp(caseless(`${START}the${SPACE}${DAY}${SPACE}of${SPACE}${MONTH}${YEAR}?`), "gu"));
/** Month first needs its year: "May the fourth" alone is a greeting more often than a date. */
const MONTH_FIRST = (): RegExp =>
  (monthFirst ??= new RegExp(caseless(`${START}${MONTH}${SPACE}the${SPACE}${DAY}${END}${YEAR}`), "gu"));
/** "may" and "march" are verbs: in lower case and without a year they are not months. */
const WORD_MONTHS = new Set(["may", "mar", "march"]);

function collect(pattern: RegExp, text: string, out: Candidate[]): void {
  pattern.lastIndex = 0;
  for (let from = 0, match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    const groups = match.groups!;
    const day = dayFromOrdinalWords(groups.day!);
    const month = gregorianMonthFromName(groups.month!);
    if (day === undefined || month === undefined) continue;
    if (groups.year === undefined && WORD_MONTHS.has(groups.month!)) continue;
    const stated: StatedFields = { month, day };
    if (groups.year !== undefined) stated.year = Number(groups.year);
    let start = match.index;
    const end = match.index + match[0].length;
    start = takeWeekdayBefore(text, start, from, stated);
    out.push({ start, end, calendar: "gregorian", extractor: "gregorian-day-words", stated });
    from = end;
  }
}

/** A reader of one of the two forms, by its pattern. */
function formReader(pattern: () => RegExp): Extractor {
  return {
    name: "gregorian-day-words",
    extract(text) {
      const out: Candidate[] = [];
      collect(pattern(), text, out);
      return out;
    },
  };
}

// The two forms apart, for a caller that runs the month-first one only where a digit stands
// (its year is required); the reader of both finds what the two find, in this order.

/**
 * Gregorian dates whose day in words comes first ("the fourth of July").
 * @example gregorianDayFirstWordsExtractor.extract("the fourth of July", {})[0]?.stated // {month: 7, day: 4}
 */
export const gregorianDayFirstWordsExtractor: Extractor = /* @__PURE__ */ formReader(DAY_FIRST);

/**
 * Gregorian dates whose month comes first, the day in words and the year after ("July the fourth, 2026").
 * @example gregorianMonthFirstWordsExtractor.extract("July the fourth, 2026", {})[0]?.stated // {month: 7, day: 4, year: 2026}
 */
export const gregorianMonthFirstWordsExtractor: Extractor = /* @__PURE__ */ formReader(MONTH_FIRST);

/**
 * Gregorian dates whose day is written in words, in either form.
 * @example gregorianDayWordsExtractor.extract("the fourth of July, 2026", {})[0]?.stated // {month: 7, day: 4, year: 2026}
 */
export const gregorianDayWordsExtractor: Extractor = {
  name: "gregorian-day-words",
  extract: (text, options) => [
    ...gregorianDayFirstWordsExtractor.extract(text, options),
    ...gregorianMonthFirstWordsExtractor.extract(text, options),
  ],
};
