import { daysInHebrewMonth, HEBREW_MONTH } from "../../calendars/hebrew.js";
import { hebrewMonthFromName, PLAIN_ADAR } from "../lexicon.js";
import type { Candidate, Extractor, StatedFields } from "../mention.js";
import { END, START } from "../patterns.js";

// A Hebrew month or year written over the civil days it spans: a luach's month heading "Kislev 5779"
// over "9 de Novembro de 2018 a 8 de Dezembro de 2018", or "Hun jaar 5784 loopt van 16 september
// 2023 tot 2 oktober 2024". The period stands for its first and last day, read as a range whose ends
// pair with the civil range's ends; each end then gets its own verdict. Read only where a civil span
// (two dates with four-digit years, a range word between) follows on the next line or after "runs
// from": a month or year named in prose ("in Kislev 5779 he wrote") is not a date.

const LETTER = "A-Za-z\\u00c0-\\u024f";
const MONTH = `(?<month>[${LETTER}][${LETTER}'\\u2019]{1,11}(?:[\\s\\u00a0](?:I{1,2}|[12]|Aleph|Alef|Bet|Beth|Sheni|Rishon))?)`;
/** The gap before the span: a line break, or a verb of running and "from" in the languages read. */
const GAP =
  "(?:[^\\S\\n]*\\r?\\n\\s{0,3}|[^\\S\\n]{1,3}(?:(?:in|of)[^\\S\\n]+the[^\\S\\n]+(?:jewish|hebrew)[^\\S\\n]+calendar[^\\S\\n]+)?(?:loopt[^\\S\\n]+van|runs[^\\S\\n]+from|lasts[^\\S\\n]+from|läuft[^\\S\\n]+vom|va[^\\S\\n]+du|vai[^\\S\\n]+de|va[^\\S\\n]+del|va[^\\S\\n]+dal)[^\\S\\n]+)";
/**
 * One end of the civil span: a date of a few words ending in a civil year (1000–2999), on one line;
 * "10 Av 5778 - 11 Av 5778" under a year is no civil span.
 */
const CIVIL_END = "[\\p{L}\\p{N}][^\\n]{0,30}?(?<!\\p{N})[12]\\d{3}(?!\\p{N})";
const SPAN_WORD = "(?:[-\\u2013\\u2014]|a|to|until|till|tot|bis|au|al|até|до|do|–)";
const PERIOD = new RegExp(
  `${START}(?:${MONTH}[\\s\\u00a0]{1,3})?(?<year>5\\d{3})${END}(?=${GAP}${CIVIL_END},?[^\\S\\n]{0,3}${SPAN_WORD}[^\\S\\n]{1,3}${CIVIL_END})`,
  "giu",
);
/** Every match holds a four-digit year beginning with 5: text without one is not searched. */
const MAY_HOLD = /5\d{3}/;
/** The farthest the span's last year may stand from the period's year: the gap and two ends. */
const REACH = 120;
/** "5" in UTF-16. */
const FIVE = 53;

function end(start: number, stop: number, stated: StatedFields): Candidate {
  return { start, end: stop, calendar: "hebrew", extractor: "hebrew-period", stated };
}

/** The first and last day of a Hebrew month or year written over its civil span. */
export const hebrewPeriodExtractor: Extractor = {
  name: "hebrew-period",
  extract(text) {
    if (!MAY_HOLD.test(text)) return [];
    const found: Candidate[] = [];
    PERIOD.lastIndex = 0;
    for (let match = PERIOD.exec(text); match !== null; match = PERIOD.exec(text)) {
      const year = Number(match.groups!.year);
      const stop = match.index + match[0].length;
      // A word before the year that is no Hebrew month ("Hun jaar 5784") leaves the year alone.
      const monthWord = match.groups!.month;
      const month =
        monthWord === undefined
          ? undefined
          : (hebrewMonthFromName(monthWord) ?? hebrewMonthFromName(monthWord.split(/\s/)[0]!));
      const start = month === undefined ? stop - 4 : match.index;
      let first: StatedFields;
      let last: StatedFields;
      if (month === undefined) {
        // A Hebrew year runs from 1 Tishrei to 29 Elul.
        first = { year, month: HEBREW_MONTH.TISHREI, day: 1 };
        last = { year, month: HEBREW_MONTH.ELUL, day: 29 };
      } else {
        // Adar (or Adar II) has 29 days; the other months say so in their year (0: no such month).
        const days = month === PLAIN_ADAR ? 29 : daysInHebrewMonth(year, month);
        if (days === 0) continue;
        first = { year, month, day: 1 };
        last = { year, month, day: days };
        if (month === PLAIN_ADAR) first.plainAdar = last.plainAdar = true;
      }
      found.push({
        start,
        end: stop,
        calendar: "hebrew",
        extractor: "hebrew-period",
        stated: {},
        parts: [end(start, stop, first), end(start, stop, last)],
      });
    }
    return found;
  },
  // Its run is a year of four digits beginning with 5, and the span's two civil years follow it
  // within a short reach ("see 10 Av 5778 there" is not searched).
  mayHoldRun(text, runs, run) {
    const start = runs[run]!;
    const end = runs[run + 1]!;
    if (end - start !== 4 || text.charCodeAt(start) !== FIVE) return false;
    let years = 0;
    for (let next = run + 2; next < runs.length && runs[next]! - end <= REACH; next += 2)
      if (runs[next + 1]! - runs[next]! === 4 && ++years === 2) return true;
    return false;
  },
};
