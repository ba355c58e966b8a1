import { HEBREW_LETTER_NAMES } from "../lexicon/numberWords.js";
import { alternation, hebrewMonthOfWords, PLAIN_ADAR } from "../lexicon.js";
import type { Candidate, Extractor, StatedFields } from "../mention.js";
import { dayFromLetterNames } from "../numberWords.js";
import { caseless, END, SPACE, START } from "../patterns.js";
import { takeWeekdayBefore } from "../weekdayPrefix.js";

// Hebrew days named by their letters in English letters, as Chabad and yeshiva pages write them:
// "Gimmel Tammuz" (3 Tammuz), "Yud Shevat", "Yud Tes Kislev" (19), "Chof Av" (20), "Chai Elul"
// (18), "Tu B'Shvat" and "Tu B'Av" (15). It runs over the stretches wordRegions.ts finds (an "of"
// before the day, a year after it).

const LETTER = `(?:${alternation(HEBREW_LETTER_NAMES)})`;
const GAP = "[\\s\\u00a0-]{1,3}";
const MONTH_WORD = "[A-Za-z][A-Za-z'\\u2019]{1,11}";
let built: RegExp | undefined;
// Built on first use: this reader runs only where an "of" or a year may belong to a date in
// words (wordRegions.ts), which most texts never have.
const pattern = (): RegExp =>
  (built ??= new RegExp(
    caseless(
      `${START}(?:(?<tu>tu${GAP}b(?:['\\u2019]|e['\\u2019]?|i)?[\\s\\u00a0-]?)|(?<letters>chai|${LETTER}(?:${GAP}${LETTER})?)${GAP})` +
        `(?<month>(?<first>${MONTH_WORD})(?:[\\s\\u00a0-]{1,3}(?<second>[A-Za-z]{1,12}))?)${END}` +
        `(?:,?${SPACE}(?<year>\\d{4,5})${END})?`,
    ),
    "gu",
  ));
const UPPER = /\p{Lu}/u;

/**
 * Hebrew dates whose day is the name of its letters.
 * @example hebrewLetterDayExtractor.extract("Yud Tes Kislev", {})[0]?.stated // {day: 19, month: 9}
 */
export const hebrewLetterDayExtractor: Extractor = {
  name: "hebrew-letter-day",
  extract(text) {
    const out: Candidate[] = [];
    const PATTERN = pattern();
    PATTERN.lastIndex = 0;
    for (let from = 0, match = PATTERN.exec(text); match !== null; match = PATTERN.exec(text)) {
      const groups = match.groups!;
      const day = groups.tu !== undefined ? 15 : dayFromLetterNames(groups.letters!);
      const found = hebrewMonthOfWords(groups);
      if (day === undefined || found === undefined) continue;
      // Letter names are also words ("bet", "hey", "chai"): without a year, only as names are
      // written, the day and the month capitalized ("Yud Shevat"), and "Av" only so.
      const hasYear = groups.year !== undefined && found.text === groups.month;
      if (!hasYear && (!UPPER.test(match[0][0]!) || !UPPER.test(found.text[0]!))) continue;
      if (!hasYear && found.text.length <= 2 && found.text !== "Av") continue;
      let end = match.index + match[0].length;
      const stated: StatedFields = { day, month: found.month };
      if (found.month === PLAIN_ADAR) stated.plainAdar = true;
      if (hasYear) {
        const year = Number(groups.year);
        if (year >= 1000 && year <= 2999) stated.civilYear = year;
        else stated.year = year;
      } else {
        end = match.index + match[0].indexOf(groups.month!) + found.text.length;
      }
      let start = match.index;
      start = takeWeekdayBefore(text, start, from, stated);
      out.push({ start, end, calendar: "hebrew", extractor: "hebrew-letter-day", stated });
      PATTERN.lastIndex = end;
      from = end;
    }
    return out;
  },
};
