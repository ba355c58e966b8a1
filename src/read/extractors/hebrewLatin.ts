import {
  HEBREW_MONTH_LATIN_PATTERN,
  hebrewMonthFromName,
  PLAIN_ADAR,
  WEEKDAY_LATIN_PATTERN,
  weekdayFromName,
} from "../lexicon.js";
import type { Candidate, Extractor, StatedFields } from "../mention.js";
import { END, ORDINAL, SPACE, START } from "../patterns.js";

// Hebrew dates in English letters: "10 Av 5778", "10th of Av, 5778", "the 10th day of Av 5778",
// "Av 10, 5778", "Tishrei 1". Years are four or five digits (Hebrew years are 1–13760 here,
// but text writes them in full: 5778, not 778).

const MONTH = `(?<month>${HEBREW_MONTH_LATIN_PATTERN})`;
const YEAR = `(?:,?${SPACE}(?<year>\\d{4,5})${END})?`;
// A weekday before the date ("Sunday, 10 Av 5778") is a claim to check and a clue to the year, as
// the Hebrew-script reader already keeps it ("יום א׳, י׳ באב"); without it the weekday was dropped.
const WEEKDAY = `(?:(?<weekday>${WEEKDAY_LATIN_PATTERN})${END}\\.?,?${SPACE})?`;
/** "sat", "sun", "wed" in lower case are words ("we wed 10 Av"), not weekdays. */
const WORD_WEEKDAYS = new Set(["sat", "sun", "wed"]);

const DAY_FIRST = new RegExp(
  `${START}${WEEKDAY}(?<date>(?:the${SPACE})?(?<day>\\d{1,2})${ORDINAL}(?:${SPACE}day)?(?:${SPACE}of)?(?:,?${SPACE}|-)${MONTH}${END}${YEAR})`,
  "giud",
);
const MONTH_FIRST = new RegExp(
  `${START}${WEEKDAY}(?<date>${MONTH}${SPACE}(?<day>\\d{1,2})${ORDINAL}${END}${YEAR})`,
  "giud",
);

/**
 * "Av" and "Ab" are ordinary tokens in English ("AV equipment", "Ab 5 muscles"): without a year
 * beside them we take them only written as a month name is, capitalized, and "Ab" only day first.
 */
function plausible(monthText: string, hasYear: boolean, monthFirst: boolean): boolean {
  if (hasYear || monthText.length > 2) return true;
  return monthText === "Av" || (monthText === "Ab" && !monthFirst);
}

/** The Gregorian era's years as text writes them: "Tishrei 1, 2024" mixes the calendars. */
const CIVIL_YEARS = { from: 1000, to: 2999 };

function collect(pattern: RegExp, text: string, out: Candidate[], monthFirst: boolean): void {
  pattern.lastIndex = 0;
  for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
    const groups = match.groups!;
    const monthText = groups.month!;
    const month = hebrewMonthFromName(monthText);
    if (month === undefined || !plausible(monthText, groups.year !== undefined, monthFirst)) continue;
    const stated: StatedFields = { day: Number(groups.day), month };
    if (month === PLAIN_ADAR) stated.plainAdar = true;
    if (groups.year !== undefined) {
      const year = Number(groups.year);
      // A Hebrew year from 1000 to 2999 (over 1,700 years BCE) is not what text beside a Hebrew
      // month means: it is the Gregorian year, and the Hebrew year is inferred from it.
      if (year >= CIVIL_YEARS.from && year <= CIVIL_YEARS.to) stated.civilYear = year;
      else stated.year = year;
    }
    let start = match.index;
    const weekdayText = groups.weekday;
    const weekday =
      weekdayText === undefined || WORD_WEEKDAYS.has(weekdayText) ? undefined : weekdayFromName(weekdayText);
    if (weekday !== undefined) stated.weekday = weekday;
    else start = match.indices!.groups!.date![0];
    out.push({
      start,
      end: match.index + match[0].length,
      calendar: "hebrew",
      extractor: "hebrew-latin",
      stated,
    });
  }
}

/** Hebrew dates written in English letters, day first or month first. */
export const hebrewLatinExtractor: Extractor = {
  name: "hebrew-latin",
  extract(text) {
    const out: Candidate[] = [];
    collect(DAY_FIRST, text, out, false);
    collect(MONTH_FIRST, text, out, true);
    return out;
  },
};
