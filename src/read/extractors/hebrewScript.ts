import { type AnchoredPattern, execAnchored } from "../anchoredSearch.js";
import { parseGematriya, parseHebrewYear } from "../gematriya.js";
import { AFTER_HEBREW_YEAR } from "../lexicon/dateWords.js";
import {
  HEBREW_MONTH_HEBREW_ANCHOR,
  HEBREW_MONTH_HEBREW_PATTERN,
  hebrewMonthFromName,
  PLAIN_ADAR,
} from "../lexicon.js";
import type { Candidate, Extractor, StatedFields } from "../mention.js";
import { END, foldIgnorable, HEBREW_NUMERAL_CHARS, phrases, START } from "../patterns.js";
import { takeWeekdayBefore } from "../weekdayPrefix.js";

// Hebrew dates in Hebrew script: "י׳ באב תשע״ח", "יום א׳, י' באב ה'תשע"ח", "10 באב 5778",
// "ט"ו בשבט התשפ"ד". Niqqud and bidi marks are folded away first (spans still point into the
// original). Numerals are matched loosely here and read strictly by the gematriya reader: a
// token that is not a well-formed numeral is not a date.

const NUMERAL = `[${HEBREW_NUMERAL_CHARS}]{1,8}`;
const GAP = "[\\s\\u00a0,]{1,3}";

const MONTH = `(?:${HEBREW_MONTH_HEBREW_PATTERN})(?![\\u05d0-\\u05ea])`;
// "יוֹם ה׳ ד׳ לְחֹדֶשׁ מְנַחֵם אָב תרס״ט" (a letter from Safed, rabenubook.com), "כ״א לחודש מנחם אב"
// (a tombstone), "בט״ו בחודש ניסן": letters, tombstones and deeds put "of the month" between the day
// and the month's name, with or without its ו.
const MONTH_WORD = "(?:[בל]?ח(?:ו)?דש[\\s\\u00a0]{1,3})?";
// "כ״א לחודש מנחם אב שנת תר״ץ" (a tombstone): "the year" before the year's letters.
const YEAR_WORD = "(?:ב?שנת[\\s\\u00a0]{1,3})?";
/**
 * Sticky: tried only shortly before a month name (anchoredSearch.ts), since a day can be any short
 * word. A weekday before the date ("יום א׳, ", "ביום ראשון ", "ליל שבת ") is looked for behind the
 * match (weekdayPrefix.ts), as for the other readers: an alternation of every weekday phrase in the
 * pattern made its reach, and the time spent before each month name, several times longer.
 */
const PATTERN: AnchoredPattern = {
  pattern: new RegExp(
    // "יום חמישי ט״ו. שבט ה׳תשפ״ה": a day may carry a full stop, as the German-style widget writes it.
    `${START}(?<day>${NUMERAL}|\\d{1,2})\\.?[\\s\\u00a0]{1,3}${MONTH_WORD}(?:[בל]-?)?(?<month>${MONTH})` +
      `(?:${GAP}${YEAR_WORD}(?<year>${NUMERAL}|\\d{4,5})${END})?`,
    "uy",
  ),
  // Grouped by first letter and without the u flag (the names are letters of the BMP): Hebrew
  // prose is mostly letters that begin some month, and this search reads all of it.
  anchor: new RegExp(`(?:${HEBREW_MONTH_HEBREW_ANCHOR})(?![\\u05d0-\\u05ea])`, "g"),
  // An 8-letter numeral, a full stop, 3 spaces, "לחודש" and 3 spaces, "ב-".
  reach: 8 + 1 + 3 + 5 + 3 + 2,
  letterFirst: false,
};

/** Sticky: "לפ״ק", "לבריאת העולם" after a year, part of the date. */
const YEAR_WORDS = new RegExp(
  `[\\s\\u00a0,]{1,3}(?:${phrases(AFTER_HEBREW_YEAR)})(?![\\u05d0-\\u05ea])`,
  "uy",
);

// A day past 30 written as digits or as a marked numeral ("31 באב", "ל״א באב") is a date that names
// no day: keep it, so it comes back with day-out-of-range as "40 Av" does, instead of vanishing.
// Unmarked letters past 30 stay words ("כל", "לא").
function readDay(token: string): number | undefined {
  const digits = /^\d+$/.test(token);
  const marked = digits || MARKS.test(token);
  let day = digits ? Number(token) : parseGematriya(token);
  // "נפטר בכ״ה כסלו", "בי׳ באייר": a ב (or ה, ל, מ, ו) written onto a marked day is a prefix, not a digit.
  if (day === undefined && marked && PREFIXES.has(token[0]!)) day = parseGematriya(token.slice(1));
  // "טז' באדר", "כח' בכסלו", "יא'-יב' בתשרי" (school and day-care tables): two letters with the single
  // mark after them, where the gershayim belongs between; the letters still write one number.
  if (day === undefined && /^[\u05d0-\u05ea]{2}['\u05f3\u2019]$/u.test(token))
    day = parseGematriya(token.slice(0, 2));
  if (day === undefined) return undefined;
  return (day >= 1 && day <= 30) || (marked && day < 100) ? day : undefined;
}

const MARKS = /[\u05f3\u05f4'"\u2019\u2018\u201c\u201d]/;
/** Quotation marks at a numeral's start, and at its end after its own mark. */
const OPENING_QUOTE = /^[\u05f3\u05f4'"\u2019\u2018\u201c\u201d]+/u;
const CLOSING_QUOTE =
  /(?<=[\u05f3\u05f4'"\u2019\u2018\u201c\u201d][\u05d0-\u05ea])[\u05f4'"\u2019\u201c\u201d]+$/u;
const PREFIXES = new Set(["ב", "ה", "ל", "מ", "ו"]);

// "א׳ כסלו, ב׳ דראש חודש", "כ״ח ניסן, י״ג לעומר": a short numeral after a date counts the next day or
// the Omer, not the year 5002 or 5013. A year written without its thousands has three letters or
// more (תש״ח, תשפ״ז), or two that begin with ת (ת״ש, ת״ר) or write the thousands (הת).
const YEAR_LETTERS = /[\u05d0-\u05ea]/gu;

function readYear(token: string): number | undefined {
  if (/^\d+$/.test(token)) return Number(token);
  const letters = token.match(YEAR_LETTERS) ?? [];
  // With its thousands written ("ה׳א׳", "ו׳א׳", "ה'תשפ\"ז") a year may be as short as it likes.
  const thousands = /^[\u05d0-\u05ea][\u05f3'\u2019][\u05d0-\u05ea]/u.test(token);
  // Two letters are a year when they begin with ת (ת״ש), or are a thousands letter and a hundreds one (הת).
  const twoLetterYear = letters[0] === "ת" || /^[הו][קרשת]$/u.test(letters.join(""));
  if (!thousands && (letters.length < 2 || (letters.length === 2 && !twoLetterYear))) return undefined;
  const year = parseHebrewYear(token);
  if (year !== undefined || !thousands) return year;
  // "ה'תש\"פד" (a masthead): the gershayim typed a letter early. With the thousands written the token
  // can only be a year, and its letters' sum does not depend on where the mark stands.
  // One mark, between letters: a quotation closed after the year is the caller's to cut.
  if (!/^[^"\u05f4\u201c\u201d]+["\u05f4\u201c\u201d][\u05d0-\u05ea]+$/u.test(token)) return undefined;
  const bare = token.replace(/["\u05f4\u201c\u201d]/u, "");
  return parseHebrewYear(`${bare.slice(0, -1)}"${bare.slice(-1)}`);
}

/** Hebrew dates in Hebrew script with gematriya or digits. */
export const hebrewScriptExtractor: Extractor = {
  name: "hebrew-script",
  extract(original) {
    const folded = foldIgnorable(original);
    const text = folded.text;
    const out: Candidate[] = [];
    PATTERN.pattern.lastIndex = 0;
    // A weekday before the previous date's end belongs to it. Only a date ends what a later one may
    // take: in "ראש חודש שבט, יום שני, א׳ בשבט" (unisyn.org.il) the words "חודש שבט" looked like a
    // day and a month, and a search resumed after them lost the "יום שני" of the date.
    let from = 0;
    for (;;) {
      const match = execAnchored(PATTERN, text);
      if (match === null) break;
      const groups = match.groups!;
      // A numeral never begins with a mark, so one before the day opens a quotation
      // ("“י׳ באב תשע״ח”", "\"כ״ה בכסלו\""): the date begins after it.
      const opening = OPENING_QUOTE.exec(groups.day!)?.[0].length ?? 0;
      const day = readDay(groups.day!.slice(opening));
      const month = hebrewMonthFromName(groups.month!);
      if (day === undefined || month === undefined) {
        // "א׳ דראש אדר, ל׳ שבט" (unisyn.org.il): what looked like a year may begin the next date.
        if (groups.year !== undefined) PATTERN.pattern.lastIndex -= groups.year.length;
        continue;
      }
      const stated: StatedFields = { day, month };
      if (month === PLAIN_ADAR) stated.plainAdar = true;
      let end = match.index + match[0].length;
      if (groups.year !== undefined) {
        let year = readYear(groups.year);
        // A quotation closed just after the year ("תשע״ח”"): the mark is not the numeral's, whose
        // own gershayim stands before its last letter; the date ends before it.
        const closing = CLOSING_QUOTE.exec(groups.year)?.[0].length ?? 0;
        if (year === undefined && closing > 0 && closing < groups.year.length) {
          year = readYear(groups.year.slice(0, -closing));
          if (year !== undefined) {
            end -= closing;
            PATTERN.pattern.lastIndex = end;
          }
        }
        if (year === undefined) {
          // Not a year after all (the year is the match's last group): the date ends at its month.
          end =
            match.index +
            match[0].slice(0, -groups.year.length).replace(/(?:[\s\u00a0,]+ב?שנת)?[\s\u00a0,]+$/u, "").length;
          PATTERN.pattern.lastIndex = end;
        } else {
          // "ט״ו בשבט 2021": digits from 1000 to 2999 beside a Hebrew month are the Gregorian
          // year, as in Latin letters (hebrewLatin.ts); the Hebrew year is inferred from it.
          if (/^\d+$/.test(groups.year) && year >= 1000 && year <= 2999) stated.civilYear = year;
          else stated.year = year;
          YEAR_WORDS.lastIndex = end;
          if (YEAR_WORDS.test(text)) end = YEAR_WORDS.lastIndex;
        }
      }
      let start = match.index + opening;
      start = takeWeekdayBefore(text, start, from, stated);
      from = end;
      out.push({
        start: folded.toOriginal(start),
        end: folded.toOriginal(end),
        calendar: "hebrew",
        extractor: "hebrew-script",
        stated,
      });
    }
    return out;
  },
};
