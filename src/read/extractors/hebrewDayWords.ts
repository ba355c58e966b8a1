import { hebrewMonthOfWords, PLAIN_ADAR } from "../lexicon.js";
import type { Candidate, Extractor, StatedFields } from "../mention.js";
import { dayFromOrdinalWords, readYearAfter } from "../numberWords.js";
import { caseless, END, SPACE, START } from "../patterns.js";
import { takeWeekdayBefore } from "../weekdayPrefix.js";

// Hebrew dates with the day in words: "the ninth of Av", "the twenty-third of Tevet", "the fifth
// day of the Hebrew month of Iyar, in the year 5787" (or "the 20th day of the Hebrew month of …"), and a ketubah's "on the second day of the
// week, the twentieth day of the month of Cheshvan, in the year five thousand seven hundred and
// eighty-seven" (the first day of the week is Sunday). It runs over the stretches wordRegions.ts
// finds around an "of".

const WORD = "[A-Za-z]{3,12}";
/** A second word of the day, which is never "day" ("the fifth day of"). */
const SECOND_WORD = `(?!day${END})${WORD}`;
/** A month's name: an apostrophe inside it ("Sh'vat"), never at its end (a closing quote). */
const MONTH_WORD = "[A-Za-z](?:[A-Za-z]|['\\u2019](?=[A-Za-z])){1,11}";
/** An opening quote before a month's name. */
const OPEN_QUOTE = "['\"\\u2018\\u201c]";
let built: { pattern: RegExp; weekDayBefore: RegExp } | undefined;
// Built on first use: this reader runs only where an "of" or a year may belong to a date in
// words (wordRegions.ts), which most texts never have.
function patterns(): { pattern: RegExp; weekDayBefore: RegExp } {
  built ??= { pattern: makePattern(), weekDayBefore: makeWeekDayBefore() };
  return built;
}

const makePattern = (): RegExp =>
  new RegExp(
    caseless(
      `${START}the${SPACE}(?:(?<day>${WORD}(?:[\\s\\u00a0-]${SECOND_WORD})?)${SPACE}(?:day${SPACE})?|(?<digits>[0-9]{1,2})(?:st|nd|rd|th)${SPACE}day${SPACE})of${SPACE}` +
        `(?:the${SPACE})?(?:(?:hebrew|jewish)${SPACE})?(?:month${SPACE}(?:of${SPACE})?)?` +
        // The name may stand in quotes ("the 9th day of the Hebrew month of ‘Av’").
        `${OPEN_QUOTE}?(?<month>(?<first>${MONTH_WORD})(?:[\\s\\u00a0-]{1,3}(?<second>[A-Za-z]{1,12}|[12]))?)${END}`,
    ),
    "gu",
  );
/** "on the second day of the week, (on) " before the date: the weekday counted from Sunday. */
const makeWeekDayBefore = (): RegExp =>
  new RegExp(
    caseless(
      `(?<=(?<prefix>${START}(?:on${SPACE})?the${SPACE}(?<ordinal>${WORD})${SPACE}day${SPACE}of${SPACE}the${SPACE}week,?${SPACE}(?:on${SPACE})?))`,
    ),
    "uy",
  );

/** The weekday a ketubah writes before the date ("on the second day of the week" = Monday). */
function weekOrdinalBefore(text: string, at: number): { weekday: number; start: number } | undefined {
  const weekDayBefore = patterns().weekDayBefore;
  weekDayBefore.lastIndex = at;
  const groups = weekDayBefore.exec(text)?.groups;
  if (groups === undefined) return undefined;
  const ordinal = dayFromOrdinalWords(groups.ordinal!);
  if (ordinal === undefined || ordinal > 7) return undefined;
  return { weekday: ordinal - 1, start: at - groups.prefix!.length };
}

/**
 * Hebrew dates whose day is written in words.
 * @example hebrewDayWordsExtractor.extract("the ninth of Av", {})[0]?.stated // {day: 9, month: 5}
 */
export const hebrewDayWordsExtractor: Extractor = {
  name: "hebrew-day-words",
  extract(text) {
    const out: Candidate[] = [];
    const PATTERN = patterns().pattern;
    PATTERN.lastIndex = 0;
    for (let from = 0, match = PATTERN.exec(text); match !== null; match = PATTERN.exec(text)) {
      const groups = match.groups!;
      // "the 20th day of the Hebrew month of Sivan" (caciliezadi.pages.dev): digits with "day of".
      const day = groups.digits !== undefined ? Number(groups.digits) : dayFromOrdinalWords(groups.day!);
      const found = hebrewMonthOfWords(groups);
      // "Av" is an ordinary token ("the first of AV equipment"): without a year, only as a name is written.
      if (day === undefined || day > 30 || found === undefined) continue;
      let end = match.index + match[0].length;
      if (found.text !== groups.month) end -= groups.month!.length - found.text.length;
      const stated: StatedFields = { day, month: found.month };
      if (found.month === PLAIN_ADAR) stated.plainAdar = true;
      const year = readYearAfter(text, end);
      if (year !== undefined) {
        if (year.year >= 1000 && year.year <= 2999) stated.civilYear = year.year;
        else stated.year = year.year;
        end = year.end;
      } else if (found.text.length <= 2 && found.text !== "Av") {
        continue;
      }
      let start = match.index;
      const week = weekOrdinalBefore(text, start);
      if (week !== undefined) {
        stated.weekday = week.weekday;
        start = week.start;
      } else {
        start = takeWeekdayBefore(text, start, from, stated);
      }
      out.push({ start, end, calendar: "hebrew", extractor: "hebrew-day-words", stated });
      PATTERN.lastIndex = end;
      from = end;
    }
    return out;
  },
};
