import { type AnchoredPattern, execAnchored } from "../anchoredSearch.js";
import { isSpace } from "../digitRegions.js";
import { BEFORE_MONTH } from "../lexicon/dateWords.js";
import { monthInAnyLanguage } from "../lexicon/languageMonths.js";
import { gregorianMonthFromName, hebrewMonthFromName, PLAIN_ADAR, weekdayFromName } from "../lexicon.js";
import type { Candidate, Extractor, StatedFields } from "../mention.js";
import { phrases, yearNotNextRowLabel } from "../patterns.js";
import { takeWeekdaysInBrackets } from "../weekdayInBrackets.js";
import { readWeekdayPhrase } from "../weekdayWords.js";
import { work } from "../workCounter.js";
import { fullYearFromTwoDigits, referenceYearOf } from "./gregorianText.js";

// A span of days written once: "June 11–12, 2027", "October 31-November 1, 2026", "6–7 Sivan 5787",
// "11–12 June 2027", "Sivan 6-7, 5787". Read whole, so that no reading of a part can take the span
// ("31-November" in "October 31-November 1" is not the 31st of November), and handed on as its two
// ends. The year is written once, after the last day: it is the last end's; the first end takes
// its year from it ("December 28 – January 3, 2027" begins in 2026), as any range's end does.

const DASH = "\\s{0,2}[-\u2013\u2014\u2010\u2011]\\s{0,2}";
/**
 * Two days joined by a word instead of a dash: "13. und 14. Adar", "15. a 22. Diciembre",
 * "1er et 2 Tichri", "13 and 14 Nisan". Two days so written pair end with end, as a range's do.
 */
// "and" of Dutch, Polish, Russian, Ukrainian, Romanian and Hungarian too: "1 en 2 Tisjri" (talmidim.nl);
// "to" of Russian, Ukrainian, Polish, Dutch and Portuguese: "с 14 по 22 декабря" (news.mail.ru), "з 7
// до 15 грудня" (molbuk.ua), "od 7 do 15 grudnia", "van 7 tot 9 oktober", "de 2 até 4 de outubro".
// Romanian "și" also with the cedilla pages type for it ("între 16 şi 24 decembrie"), Italian "ed"
// before a vowel ("il 4 ed il 5 marzo"), Dutch "t/m" (up to and including: "22 t/m 24 september 2025").
// Headings in capitals write the French and Italian "and" so too: "GIOVEDÌ 3 E VENERDÌ 4 OTTOBRE".
const JOIN_WORDS = "und|bis|and|et|au|al|a|y|e|ed|en|i|и|і|și|şi|és|по|до|do|tot|até|t/m|ET|E|ED";
/**
 * The second day may carry its own weekday after the word: "samedi 8 et dimanche 9 décembre 2018",
 * "les mardi 1er et mercredi 2 février 2022" (the first day's weekday stands before the range).
 */
/** German writes a holiday's two days with a slash after the first day's full stop: "23./24. September". */
const SLASH = "(?<=\\d\\.)/";
/** The article a second day may take after the word: "il 4 ed il 5 marzo", "le 3 et le 4 octobre". */
const ARTICLE = "(?:il|le|el|lo|IL|LE)\\s{1,2}";
const JOIN = `(?:${DASH}|${SLASH}|\\s{1,2}(?:${JOIN_WORDS})\\s{1,2}(?:${ARTICLE})?(?:(?<w2>\\p{L}{2,12})\\.?,?\\s{1,2})?)`;
/** English ordinals, the French "1er", and the full stop of a German or Hungarian ordinal ("13."). */
const ORDINAL = "(?:st|nd|rd|th|er|\\.)?";
/** A month word, with the I/II of an Adar. */
const WORD =
  "\\p{L}[\\p{L}'\u2019]{1,13}\\.?(?:\\s(?:II|I|1|2|Bet|Beis|Beth|Sheni|Sheini|Aleph|Alef|Rishon)(?![\\p{L}\\p{N}]))?";
/**
 * The year after the last day, with the "de"/"del" of Spanish, Portuguese and Italian ("24 de setembro
 * de 2025", "8-9 Ottobre del 2019"). A year followed by a colon and a day heads what comes next, as in
 * a list run together on one line ("2020: 27-28 settembre 2021: 15-16 settembre", biblio.toscana.it).
 */
const YEAR = `(?:,?\\s{1,2}(?:del?\\s{1,2})?(?<year>\\d{4})(?!\\s?:\\s?\\d)${yearNotNextRowLabel("(?:del?\\s{1,2})?\\d{4}")})?`;
/**
 * The words between a day and its month (dateWords.ts): "11-12 of June", "22 a 24 de setembro",
 * ro "15 – 23 a lunii Nisan".
 */
const OF = `(?:${phrases(BEFORE_MONTH)})\\s{1,2}`;
const START = "(?<![\\p{L}\\p{N}])";
const END = "(?![\\p{L}\\p{N}])";

const DAY_FIRST = new RegExp(
  `${START}(?<d1>\\d{1,2})${ORDINAL}(?:\\s{1,2}(?<m1>${WORD}))?${JOIN}(?<d2>\\d{1,2})${ORDINAL}\\s{1,2}(?:${OF})?(?<m2>${WORD})${YEAR}${END}`,
  "gud",
);
/**
 * Month first: a word-led pattern, so V8 would try it at every word of a stretch (on the bench's
 * pages it was the costliest pattern of the reader). It is tried only shortly before a first day
 * that a dash follows (anchoredSearch.ts), which few digits of prose are.
 */
const MONTH_FIRST: AnchoredPattern = {
  pattern: new RegExp(
    `${START}(?<m1>${WORD})\\s{1,2}(?<d1>\\d{1,2})${ORDINAL}${DASH}(?:(?<m2>${WORD})\\s{1,2})?(?<d2>\\d{1,2})${ORDINAL}${YEAR}${END}`,
    "yud",
  ),
  // The first day after its white space, and the dash after it.
  anchor: new RegExp(`\\d(?<=\\s\\d)\\d?${ORDINAL}${DASH}`, "gu"),
  // WORD (at most 14 letters, each maybe two code units, a period, a space and "Sheini") and two spaces.
  reach: 2 * 14 + 1 + 1 + "Sheini".length + 2,
  letterFirst: true,
  // The month and its "II".
  wordsBefore: 2,
};
/**
 * "5–12.12.2026", "11-12.6.2027", "6-7.9.21": days written once before a dotted month and year (dots:
 * day first). A two-digit year ("לימי שני ושלישי 6-7.9.21", arimnews.co.il) is read as the numeric
 * reader reads it after a range's dash. With slashes ("11-12/10/2024", a school's holiday table) the
 * days written once before the month are day first too, where a lone "12/10/2024" is not; only a
 * four-digit year, so that "1-2/3/21" stays unread.
 */
const NUMERIC = new RegExp(
  `${START}(?<d1>\\d{1,2})${DASH}(?<d2>\\d{1,2})(?:\\.(?<month>\\d{1,2})\\.(?:(?<year>\\d{4})|(?<shortYear>\\d{2}))|/(?<slashMonth>\\d{1,2})/(?<slashYear>\\d{4}))${END}`,
  "gud",
);
const DASHES = /[-\u2013\u2014\u2010\u2011]/;
/** The join words, for the test of what stands between two days (joinEnd). */
const JOIN_WORD_SET = new Set(JOIN_WORDS.split("|"));
const LONGEST_JOIN_WORD = Math.max(...[...JOIN_WORD_SET].map((word) => word.length));

function isDash(code: number): boolean {
  return code === 45 || code === 0x2013 || code === 0x2014 || code === 0x2010 || code === 0x2011;
}

/**
 * Where the first dash, or join word between white space, that begins in [from, to) ends, or -1:
 * one of them stands between a range's two days. A walk over the characters, since it is asked for
 * every short run of digits in a stretch.
 */
function joinEnd(text: string, from: number, to: number): number {
  const stop = Math.min(to, text.length);
  for (let at = from; at < stop; at++) {
    const code = text.charCodeAt(at);
    if (isDash(code) || (code === 47 && at > 0 && text.charCodeAt(at - 1) === 46)) {
      work.joinChars += at + 1 - from;
      return at + 1;
    }
    if (!isSpace(code)) continue;
    for (let end = at + 2; end <= at + 1 + LONGEST_JOIN_WORD && end < text.length; end++) {
      if (!isSpace(text.charCodeAt(end))) continue;
      if (JOIN_WORD_SET.has(text.slice(at + 1, end))) {
        work.joinChars += end + 1 - from;
        return end + 1;
      }
      break;
    }
  }
  work.joinChars += Math.max(0, stop - from);
  return -1;
}
// The first day's month may stand before the word: "du 29 septembre au 8 octobre 2023" (alloj.com)
// is read with no dash on the page as with one elsewhere on it.
/** The cheap test for a text with no dash: two numbers joined by a word, which most texts lack. */
// The second day's article and weekday both may stand after the word: "le 12 et le jeudi 13 juin".
// German's slash ("23./24.") is tried at the digits this pattern stops at anyway: no scan of its own.
const WORD_JOINED = new RegExp(
  `\\d(?:\\.\\/\\d|(?:er|\\.)?\\s{1,2}(?:\\p{L}{2,14}\\.?\\s{1,2})?(?:${JOIN_WORDS})\\s{1,2}(?:${ARTICLE})?(?:\\p{L}{2,12}\\.?,?\\s{1,2})?\\d)`,
  "u",
);
const NEXT_WORD = /^[\s,]{1,3}(?<word>\p{L}[\p{L}'\u2019]*)/u;
/**
 * Weekdays written before a range: one ("Monday, June 11–12") for its first day, or a range of them
 * ("Sunday evening-Monday February 16-17", "Thursday night–Friday") for its two ends.
 */
const WEEKDAYS_BEFORE =
  /(?:(?<first>\p{L}+)\.?(?:\s+(?<evening>night|evening|eve))?\s{0,2}[-\u2013\u2014]\s{0,2})?(?<last>\p{L}+)\.?,?\s{1,2}$/iu;
const WORD_BEFORE = /(?<word>\p{L}[\p{L}'\u2019]*)\.?[\s,]{1,3}$/u;
/** A day and its month just before: the month is that day's ("2 tisjri  "). */
const DAY_MONTH_BEFORE =
  /(?<![\p{L}\p{N}])\d{1,2}(?:st|nd|rd|th|er|\.)?\s{1,2}\p{L}[\p{L}'\u2019]*\.?[\s,]{1,3}$/u;

/** A weekday's full name in English or any language read ("samedi", "mercredi"); short names do not count. */
function weekdayOfWord(word: string): number | undefined {
  const other = weekdayFromName(word) === undefined ? readWeekdayPhrase(word, false) : undefined;
  return weekdayFromName(word) ?? (other && !other.evening ? other.weekday : undefined);
}

interface Month {
  calendar: "gregorian" | "hebrew";
  month: number;
}

function monthOf(word: string | undefined): Month | undefined {
  if (word === undefined) return undefined;
  const bare = word.replace(/\.$/, "");
  const gregorian = gregorianMonthFromName(bare);
  if (gregorian !== undefined) return { calendar: "gregorian", month: gregorian };
  const hebrew = hebrewMonthFromName(bare);
  if (hebrew === undefined) {
    // "13. und 14. März", "1-2 Тишрея": the month names of the other languages read, written out.
    const other = monthInAnyLanguage(bare);
    return other === undefined || other.short ? undefined : { calendar: other.calendar, month: other.month };
  }
  // "Av" and "Ab" are ordinary tokens ("AV equipment"): only as a month is written, capitalized.
  if (bare.length <= 2 && bare !== "Av" && bare !== "Ab") return undefined;
  return { calendar: "hebrew", month: hebrew };
}

function stated(month: Month, day: number): StatedFields {
  const fields: StatedFields = { month: month.month, day };
  if (month.calendar === "hebrew" && month.month === PLAIN_ADAR) fields.plainAdar = true;
  return fields;
}

/** The range's two ends as candidates, or undefined when the match is no range of days. */
function rangeOf(text: string, match: RegExpExecArray, dayFirst: boolean): Candidate | undefined {
  const groups = match.groups!;
  const spans = match.indices!.groups!;
  const second = monthOf(groups.m2) ?? (dayFirst ? undefined : monthOf(groups.m1));
  const first = groups.m1 === undefined ? second : monthOf(groups.m1);
  if (!first || !second || first.calendar !== second.calendar) return undefined;
  const d1 = Number(groups.d1);
  const d2 = Number(groups.d2);
  if (d1 < 1 || d2 < 1 || d1 > 31 || d2 > 31 || (first.month === second.month && d1 >= d2)) return undefined;
  const end = match.index + match[0].length;
  // "July 2 - 10 Av 5778" is a date beside a date, not the 2nd to 10th of July.
  const next = NEXT_WORD.exec(text.slice(end, end + 24))?.groups?.word;
  if (groups.year === undefined && next !== undefined && monthOf(next) !== undefined) return undefined;
  // "July 2 - 10 Av 5778" read from the 2: the 2 is July's. Not so when that month has a day of its
  // own before it, in a row of day-first dates: "1-2 tisjri  7-8 september" (centrumvoorisraelstudies.nl).
  const lead = text.slice(Math.max(0, match.index - 24), match.index);
  const before = WORD_BEFORE.exec(lead)?.groups?.word;
  if (dayFirst && groups.m1 === undefined && before !== undefined && monthOf(before) !== undefined)
    if (!DAY_MONTH_BEFORE.test(lead)) return undefined;
  const calendar = first.calendar;
  const last = stated(second, d2);
  if (groups.w2 !== undefined) {
    // A word between the join and the second day must be that day's weekday, or this is no range.
    const weekday = weekdayOfWord(groups.w2);
    if (weekday === undefined) return undefined;
    last.weekday = weekday;
  }
  const year = groups.year === undefined ? undefined : Number(groups.year);
  if (year !== undefined) {
    if (calendar === "hebrew" && year < 3000) last.civilYear = year;
    else last.year = year;
  }
  let start = match.index;
  const firstFields = stated(first, d1);
  const lookBehind = text.slice(Math.max(0, start - 40), start);
  const weekdays = WEEKDAYS_BEFORE.exec(lookBehind)?.groups;
  const lastWeekday = weekdays ? weekdayOfWord(weekdays.last!) : undefined;
  if (weekdays && lastWeekday !== undefined) {
    const firstWeekday = weekdays.first === undefined ? undefined : weekdayOfWord(weekdays.first);
    const written = WEEKDAYS_BEFORE.exec(lookBehind)![0];
    if (firstWeekday !== undefined) {
      firstFields.weekday = firstWeekday;
      if (weekdays.evening !== undefined) firstFields.evening = true;
      last.weekday = lastWeekday;
      start -= written.length;
    } else if (weekdays.first === undefined) {
      firstFields.weekday = lastWeekday;
      start -= written.length;
    }
  }
  // "Sept 21-22 (Thurs, Fri)": the two weekdays after the range, in brackets, are its ends'.
  const stop = takeWeekdaysInBrackets(text, end, firstFields, last);
  const firstEnd = dayFirst ? (spans.m1?.[1] ?? spans.d1![1]) : spans.d1![1];
  const secondStart = dayFirst ? (spans.w2?.[0] ?? spans.d2![0]) : (spans.m2?.[0] ?? spans.d2![0]);
  const part = (start: number, stop: number, fields: StatedFields): Candidate => ({
    start,
    end: stop,
    calendar,
    extractor: "day-range",
    stated: fields,
  });
  return {
    start,
    end: stop,
    calendar,
    extractor: "day-range",
    stated: {},
    parts: [part(start, firstEnd, firstFields), part(secondStart, stop, last)],
  };
}

/**
 * The most characters between a range's two days: the first day's ordinal, its month (WORD, with
 * its "II"), the spaces around it and a join word ("und"), with room to spare.
 */
const BETWEEN_DAYS = 64;
/**
 * The most characters from the first day's end to the character of its join that joinEnd finds
 * (a dash, or the white space before a join word): an ordinal, two spaces, the first month as WORD
 * (14 letters, each maybe two code units, a period, a space and "Sheini"), and the two spaces a
 * dash may have before it; then the dash or the space itself.
 */
const JOIN_REACH = 2 + 2 + (2 * 14 + 1 + 1 + "Sheini".length) + 2 + 1;

/** Day first, the month after the second day ("6–7 Sivan", "13. und 14. Adar II", "11-12 of June"). */
const MONTH_AFTER = new RegExp(`${ORDINAL}\\s{1,2}(?:${OF})?(?<month>${WORD})`, "uy");
/** The same without an Adar's "II", which the pattern may leave out. */
const WORD_AFTER = new RegExp(`${ORDINAL}\\s{1,2}(?:${OF})?(?<month>\\p{L}[\\p{L}'\u2019]{1,13}\\.?)`, "uy");
/** Month first, the month before the first day ("Sivan 6-7", "Adar II 6–7"), with its "II" or without. */
const MONTH_BEFORE = new RegExp(`(?<month>${WORD})\\s{1,2}$`, "u");
const WORD_BEFORE_DAY = /(?<month>\p{L}[\p{L}'\u2019]{1,13}\.?)\s{1,2}$/u;

/** Whether a month name may stand where a range with these two days has one (before the first, or after the second), or a dotted month follows. */
function monthBesideDays(text: string, firstStart: number, secondEnd: number): boolean {
  // "5–12.12.2026", "11-12/10/2024": the month's digits after a period or a slash.
  const after = text.charCodeAt(secondEnd);
  if (
    (after === 46 || after === 47) &&
    text.charCodeAt(secondEnd + 1) >= 48 &&
    text.charCodeAt(secondEnd + 1) <= 57
  )
    return true;
  for (const pattern of [MONTH_AFTER, WORD_AFTER]) {
    pattern.lastIndex = secondEnd;
    if (monthOfWord(pattern.exec(text)?.groups?.month) !== undefined) return true;
  }
  // Month first, white space stands between the month and the first day.
  if (firstStart === 0 || !isSpace(text.charCodeAt(firstStart - 1))) return false;
  const before = text.slice(Math.max(0, firstStart - 40), firstStart);
  // Both patterns take the word wordBeforeSpaces finds, unless WORD's "II" (or its kin) ends the
  // text or a character is outside the BMP: then they are tried, at each of the forty offsets.
  const word = wordBeforeSpaces(before);
  if (word !== null) return monthOf(word) !== undefined;
  for (const pattern of [MONTH_BEFORE, WORD_BEFORE_DAY])
    if (monthOf(pattern.exec(before)?.groups?.month) !== undefined) return true;
  return false;
}

/**
 * The month of a word the gate's greedy patterns took, or of the word without the apostrophes and
 * period it ends with: the reader's pattern gives them back to find its month ("Sh’vat'2018").
 */
function monthOfWord(word: string | undefined): Month | undefined {
  if (word === undefined) return undefined;
  const month = monthOf(word);
  if (month !== undefined) return month;
  const trimmed = word.replace(/['\u2019.]+$/u, "");
  return trimmed.length < word.length ? monthOf(trimmed) : undefined;
}

/** The words WORD may end with after its month word ("Adar II"). */
const SUFFIXES = ["II", "I", "1", "2", "Bet", "Beis", "Beth", "Sheni", "Sheini", "Aleph", "Alef", "Rishon"];
const LETTER = /\p{L}/u;

/** Whether a code is a letter (\p{L}), without a regex call for ASCII. */
function isLetter(code: number): boolean {
  if (code < 128) return (code | 32) >= 97 && (code | 32) <= 122;
  return LETTER.test(String.fromCharCode(code));
}

/**
 * The month group MONTH_BEFORE and WORD_BEFORE_DAY both find in `text` (undefined: none), found
 * from its end: one or two white spaces end it, a period may stand before them, and before that a
 * run of letters and apostrophes, where the patterns' leftmost match begins at its first letter
 * within 14 characters of the run's end and takes two at least. Null where the patterns may differ
 * from it: one of WORD's SUFFIXES stands last, or a character outside the BMP is near the end
 * (a pattern with the u flag counts it as one).
 * @example wordBeforeSpaces("on Sivan  ") // "Sivan"
 */
export function wordBeforeSpaces(text: string): string | undefined | null {
  let end = text.length;
  if (end === 0 || !isSpace(text.charCodeAt(end - 1))) return undefined;
  end--;
  if (end > 0 && isSpace(text.charCodeAt(end - 1))) end--;
  const groupEnd = end;
  for (const suffix of SUFFIXES) if (text.startsWith(suffix, end - suffix.length)) return null;
  if (end > 0 && text.charCodeAt(end - 1) === 46) end--;
  let runStart = end;
  while (runStart > Math.max(0, end - 14)) {
    const code = text.charCodeAt(runStart - 1);
    if (code >= 0xd800 && code <= 0xdfff) return null;
    if (code !== 39 && code !== 0x2019 && !isLetter(code)) break;
    runStart--;
  }
  for (let start = runStart; start <= end - 2; start++)
    if (isLetter(text.charCodeAt(start))) return text.slice(start, groupEnd);
  return undefined;
}

/** Ranges of days written once, with one month or two and the year after the last day. */
export const dayRangeExtractor: Extractor = {
  name: "day-range",
  // Both days are runs of one or two digits, the second close after the first (an "Adar 1" may
  // stand between them), with a dash or a join word between them, and a month name before the
  // first or after the second (or a dotted month after it).
  mayHoldRun(text, runs, run) {
    const firstEnd = runs[run + 1]!;
    if (firstEnd - runs[run]! > 2) return false;
    // The join begins before the second day, so it is looked for only up to the last run within
    // reach, and not at all for a run with no short one within reach (most of prose's numbers).
    let lastStart = -1;
    let short = false;
    for (let next = run + 2; next < runs.length && runs[next]! - firstEnd <= BETWEEN_DAYS; next += 2) {
      lastStart = runs[next]!;
      short ||= runs[next + 1]! - lastStart <= 2;
    }
    if (!short) return false;
    // The join begins within JOIN_REACH of the first day's end, or the run leads no range.
    const joined = joinEnd(text, firstEnd, Math.min(lastStart, firstEnd + JOIN_REACH));
    if (joined === -1) return false;
    // The second day is the first run after the join, or the second after an "Adar 2".
    let tried = 0;
    for (
      let next = run + 2;
      next < runs.length && runs[next]! - firstEnd <= BETWEEN_DAYS && tried < 2;
      next += 2
    ) {
      if (runs[next]! < joined) continue;
      tried++;
      if (runs[next + 1]! - runs[next]! <= 2 && monthBesideDays(text, runs[run]!, runs[next + 1]!))
        return true;
    }
    return false;
  },
  // The first day is the range's first digits; the second day and the year follow it.
  runLeads: true,
  extract(text, options) {
    if (!DASHES.test(text) && !WORD_JOINED.test(text)) return [];
    const found: Candidate[] = [];
    DAY_FIRST.lastIndex = 0;
    for (let match = DAY_FIRST.exec(text); match !== null; match = DAY_FIRST.exec(text)) {
      const range = rangeOf(text, match, true);
      if (range) found.push(range);
    }
    MONTH_FIRST.pattern.lastIndex = 0;
    for (
      let match = execAnchored(MONTH_FIRST, text);
      match !== null;
      match = execAnchored(MONTH_FIRST, text)
    ) {
      const range = rangeOf(text, match, false);
      if (range) found.push(range);
    }
    NUMERIC.lastIndex = 0;
    for (let match = NUMERIC.exec(text); match !== null; match = NUMERIC.exec(text)) {
      const range = numericRangeOf(text, match, referenceYearOf(options));
      if (range) found.push(range);
    }
    return found;
  },
};

/**
 * A table's weekday cell on the line above a numeric range: one weekday for its first day, or two
 * joined by a dash for its two ends ("רביעי - חמישי" / "2-3.10.24", a school's holiday table).
 */
const WEEKDAY_CELL_ABOVE =
  /(?:^|\n)[^\S\n]{0,8}(?:(?<first>\p{L}+)[^\S\n]{0,2}[-\u2013\u2014][^\S\n]{0,2})?(?<last>\p{L}+)[^\S\n]{0,8}\r?\n[^\S\n]{0,8}$/u;

/** The weekday a cell's word names, read as a line of its own (the bare Hebrew ordinals count). */
function cellWeekday(word: string | undefined): number | undefined {
  if (word === undefined) return undefined;
  const read = readWeekdayPhrase(word, false, true);
  return read && !read.evening ? read.weekday : undefined;
}

function numericRangeOf(text: string, match: RegExpExecArray, referenceYear: number): Candidate | undefined {
  const groups = match.groups!;
  const spans = match.indices!.groups!;
  const [d1, d2, month] = [groups.d1, groups.d2, groups.month ?? groups.slashMonth].map(Number) as [
    number,
    number,
    number,
  ];
  const short = groups.shortYear !== undefined;
  const year = short
    ? fullYearFromTwoDigits(Number(groups.shortYear), referenceYear)
    : Number(groups.year ?? groups.slashYear);
  if (month < 1 || month > 12 || d1 < 1 || d1 >= d2 || d2 > 31) return undefined;
  const end = match.index + match[0].length;
  const part = (start: number, stop: number, stated: StatedFields): Candidate => ({
    start,
    end: stop,
    calendar: "gregorian",
    extractor: "day-range",
    stated,
  });
  const firstFields: StatedFields = { day: d1, month };
  const lastFields: StatedFields = short
    ? { day: d2, month, year, twoDigitYear: true }
    : { day: d2, month, year };
  let start = match.index;
  const lookFrom = Math.max(0, start - 48);
  const cell = WEEKDAY_CELL_ABOVE.exec(text.slice(lookFrom, start));
  if (cell !== null) {
    const last = cellWeekday(cell.groups!.last);
    const first = cell.groups!.first === undefined ? undefined : cellWeekday(cell.groups!.first);
    if (last !== undefined && (cell.groups!.first === undefined || first !== undefined)) {
      if (first === undefined) firstFields.weekday = last;
      else [firstFields.weekday, lastFields.weekday] = [first, last];
      start = lookFrom + cell.index + cell[0].search(/\p{L}/u);
    }
  }
  return {
    start,
    end,
    calendar: "gregorian",
    extractor: "day-range",
    stated: {},
    parts: [part(start, spans.d1![1], firstFields), part(spans.d2![0], end, lastFields)],
  };
}
