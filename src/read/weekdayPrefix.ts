import { parashahNameExtractor } from "./extractors/parashahName.js";
import { DATE_WORDS_AFTER_WEEKDAY } from "./lexicon/dateWords.js";
import { WEEKDAY_LATIN_PATTERN } from "./lexicon.js";
import type { StatedFields } from "./mention.js";
import { caseless, END, SPACE } from "./patterns.js";
import { roshChodeshDayBefore } from "./roshChodeshDay.js";
import { mayEndWeekdayPhrase, readWeekdayPhrase, stateWeekday, type WeekdayWord } from "./weekdayWords.js";

// A weekday written before a date ("Sunday, ", "Sun. ", "Thursday the ", "Motzei Shabbos, ",
// "Mi., ", "Friday night, ") belongs to its mention. The readers' patterns match the date alone, and
// only behind each date they find do we look for a weekday: we walk back over the white space, a
// "the", a full stop or comma, and up to four words, and look the longest phrase up in the weekday
// lexicon (weekdayWords.ts), then shorter ones. Walking back instead of a lookbehind alternation
// keeps every language's names (in any script and case, accents folded) as rows, not pattern.
//
// A weekday counts only when it begins at or after the point the search started from (it must not
// belong to the previous date). Between it and the date: what the patterns call SPACE (a few spaces,
// or one line break with a little space around it), or, when the weekday stands alone on its line
// as a date widget writes it ("Thursday\n\n2 Kislev 5787"), up to two blank lines.

/** A weekday written before a date: `weekday` is the phrase as written. */
export interface WeekdayPrefix {
  weekday: string;
  /** Offset of the weekday's first letter. */
  start: number;
  /** What the phrase says. */
  word: WeekdayWord;
}

/** Letters, marks, and the apostrophes, gereshes, quotes and hyphens inside weekday words. */
const WORD_CHAR = /[\p{L}\p{M}'\u2019\u2018\u02bc`\u00b4\u05f3\u05f4"-]/u;

/** WORD_CHAR, without a regex for ASCII (most text, and most of the time spent here). */
function isWordChar(code: number): boolean {
  if (code < 128)
    return (
      ((code | 32) >= 97 && (code | 32) <= 122) || code === 39 || code === 34 || code === 45 || code === 96
    );
  return WORD_CHAR.test(String.fromCharCode(code));
}
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const WHITE_SPACE = /\s/;
const INLINE_SPACE = /[^\S\r\n]/;
/** The most words a weekday phrase has ("ליל יום שבת קודש"). */
const MAX_WORDS = 4;
/** No weekday word is longer (a run of letters past this is no weekday). */
const MAX_WORD = 24;
/** The most white space between a weekday and its date (two blank lines with a little space). */
const MAX_GAP = 16;
// A line break may carry a table cell's indentation copied from a page ("    רביעי\n    30.4.25").
const ONE_SPACE = /^(?:[^\S\r\n]{1,3}|[^\S\r\n]{0,8}\r?\n[^\S\r\n]{0,8})$/;
const BLANK_LINES = /^[^\S\r\n]*(?:\r?\n[^\S\r\n]*){2,3}$/;
/** "sat", "sun", "wed" in lower case are words ("we wed 22 June"), not weekdays. */
const WORD_WEEKDAYS = new Set(["sat", "sun", "wed"]);
const HEBREW_ON = "\u05d1";
/** Hebrew letters written onto a weekday: ב "on" (ביום ראשון), מ "from" (ממוצאי שבת, a luach's "from … until"). */
const HEBREW_PREFIXES = new Set([HEBREW_ON, "\u05de"]);
const prefixed = (word: string): boolean => HEBREW_PREFIXES.has(word[0] ?? "");
/** What may follow a weekday, nearest the date first (the text writes "Sun.," and "So., "). */
const MARKS_AFTER = [",", "."];
// "Sunday • December 6, 2026 • 26 Kislev 5787", "Sunday | December 6": a widget's bullet or bar
// stands where a header's dash does.
const DASHES = new Set(["-", "\u2013", "\u2014", "\u2022", "\u00b7", "|"]);
/** The longest aside in brackets between a weekday and its comma. */
const ASIDE_REACH = 24;

/** The white space ending at `at`: where it starts, and whether it is blank lines (not SPACE). */
function gapBefore(
  text: string,
  at: number,
  floor: number,
): { start: number; blankLines: boolean } | undefined {
  let start = at;
  while (start > floor && at - start <= MAX_GAP && WHITE_SPACE.test(text[start - 1]!)) start--;
  const gap = text.slice(start, at);
  if (gap.length === 0 || gap.length > MAX_GAP) return undefined;
  if (ONE_SPACE.test(gap)) return { start, blankLines: false };
  return BLANK_LINES.test(gap) ? { start, blankLines: true } : undefined;
}

/** Whether only spaces lie between the start of the line and `at`. */
function startsItsLine(text: string, at: number): boolean {
  let offset = at;
  while (offset > 0 && INLINE_SPACE.test(text[offset - 1]!)) offset--;
  return offset === 0 || text[offset - 1] === "\n";
}

/** The start offsets of up to MAX_WORDS words ending at `end`, nearest first. */
function wordStartsBefore(text: string, end: number, floor: number): number[] {
  const starts: number[] = [];
  let at = end;
  while (starts.length < MAX_WORDS) {
    let start = at;
    while (start > floor && at - start <= MAX_WORD && isWordChar(text.charCodeAt(start - 1))) start--;
    if (start === at || at - start > MAX_WORD) break;
    starts.push(start);
    let before = start;
    while (before > floor && start - before < 3 && INLINE_SPACE.test(text[before - 1]!)) before--;
    if (before === start) break;
    at = before;
  }
  return starts;
}

/** The weekday phrase ending at `end` (the longest the lexicon knows), beginning at or after `from`. */
function phraseBefore(
  text: string,
  end: number,
  from: number,
  blankLines: boolean,
  lineBreakAfter = false,
): WeekdayPrefix | undefined {
  let wordsEnd = end;
  let marked = false;
  // "ביום חמישי (ערב חג שני), כ׳ בניסן": a short remark in brackets after the weekday is an aside.
  if (text[wordsEnd - 1] === "," && text[wordsEnd - 2] === ")") {
    const open = text.lastIndexOf("(", wordsEnd - 3);
    if (open > from && wordsEnd - open <= ASIDE_REACH && !text.slice(open, wordsEnd).includes("\n")) {
      wordsEnd = open;
      while (wordsEnd > from && INLINE_SPACE.test(text[wordsEnd - 1]!)) wordsEnd--;
      marked = true;
    }
  }
  // "יום חמישי – י״ב ניסן", "Sunday - December 9": a dash with a space before it stands between a
  // weekday that begins a line (a list's, a header's) and its date as a comma does. Inside prose a
  // dash explains ("until Tuesday night – Gimmel Tamuz"): the weekday is another day's.
  let dashed = false;
  if (!marked && DASHES.has(text[wordsEnd - 1] ?? "") && INLINE_SPACE.test(text[wordsEnd - 2] ?? "")) {
    wordsEnd -= 1;
    while (wordsEnd > from && end - wordsEnd <= 4 && INLINE_SPACE.test(text[wordsEnd - 1]!)) wordsEnd--;
    marked = true;
    dashed = true;
  }
  for (const mark of MARKS_AFTER) {
    if (text[wordsEnd - 1] !== mark) continue;
    wordsEnd -= 1;
    marked = true;
  }
  // "domingo , 25 de setembro" (dunapress.com): a space a page left before the comma.
  if (marked && text[wordsEnd - 1] === " " && wordsEnd - 1 > from) wordsEnd -= 1;
  // Most words before a date end no weekday phrase: one lookup of the nearest rules them out.
  let nearest = wordsEnd;
  while (nearest > from && wordsEnd - nearest <= MAX_WORD && isWordChar(text.charCodeAt(nearest - 1)))
    nearest--;
  if (nearest === wordsEnd) return undefined;
  const last = text.slice(nearest, wordsEnd);
  if (!mayEndWeekdayPhrase(last) && !(prefixed(last) && mayEndWeekdayPhrase(last.slice(1)))) return undefined;
  const starts = wordStartsBefore(text, wordsEnd, from);
  for (let k = starts.length - 1; k >= 0; k--) {
    const start = starts[k]!;
    if (start > 0 && LETTER_OR_DIGIT.test(text[start - 1]!)) continue;
    if ((blankLines || dashed) && !startsItsLine(text, start)) continue;
    const phrase = text.slice(start, wordsEnd);
    if (WORD_WEEKDAYS.has(phrase)) continue;
    // A table's weekday cell: the phrase is all of its line, and the date begins the next.
    const ownLine = lineBreakAfter && !marked && startsItsLine(text, start);
    let word = readWeekdayPhrase(phrase, marked, ownLine);
    // Hebrew writes "on Sunday" with a ב prefix: ביום ראשון, בשבת; "from" with a מ: ממוצאי שבת.
    if (word === undefined && prefixed(phrase)) word = readWeekdayPhrase(phrase.slice(1), marked);
    if (word !== undefined) return { weekday: phrase, start, word };
  }
  return undefined;
}

/**
 * The weekday written before a date that begins at `at`, beginning at or after `from`, if any;
 * `withThe` also takes "the" between weekday and date; the German "den", "dem" and "der" are always
 * taken ("Montag, den 2. April"; after "am" or "entspricht", "Dienstag, dem 1. Dezember"; after "ist",
 * "Dienstag, der 7. März").
 * @example weekdayBefore("on Sunday, July 22", 11, 0, false)?.start // 3
 */
export function weekdayBefore(
  text: string,
  at: number,
  from: number,
  withThe: boolean,
): WeekdayPrefix | undefined {
  // "this coming Monday (September 22)": the date in brackets after its weekday is still its date.
  if (text[at - 1] === "(" && at - 1 > from) return weekdayBefore(text, at - 1, from, withThe);
  // "יום חמישי,ב' בכסלו" (g017's holiday table), "Sunday,July 22": a comma glued to both words.
  if (text[at - 1] === "," && at - from >= 3 && isWordChar(text.charCodeAt(at - 2)))
    return phraseBefore(text, at, from, false);
  // Every other prefix ends in white space: most dates fail here.
  if (at - from < 3 || !WHITE_SPACE.test(text[at - 1] ?? "")) return undefined;
  const gap = gapBefore(text, at, from);
  if (gap === undefined) return undefined;
  if (!gap.blankLines) {
    // "Thursday the 22nd" (when the reader asks for it); German writes "Montag, den 2. April 2007".
    const theStart = gap.start - 3;
    const article = theStart > from ? text.slice(theStart, gap.start).toLowerCase() : "";
    if ((withThe && article === "the") || article === "den" || article === "dem" || article === "der") {
      const beforeThe = gapBefore(text, theStart, from);
      if (beforeThe !== undefined && !beforeThe.blankLines) {
        const prefix = phraseBefore(text, beforeThe.start, from, false);
        if (prefix !== undefined) return prefix;
      }
    }
  }
  const direct = phraseBefore(
    text,
    gap.start,
    from,
    gap.blankLines,
    text.slice(gap.start, at).includes("\n"),
  );
  if (direct !== undefined || gap.blankLines) return direct;
  // "ביום רביעי בתאריך 13.12.2017": a word for "date" may stand between the weekday and its date.
  for (const word of DATE_WORDS_AFTER_WEEKDAY) {
    const wordStart = gap.start - word.length;
    if (wordStart <= from || text.slice(wordStart, gap.start) !== word) continue;
    if (LETTER_OR_DIGIT.test(text[wordStart - 1]!)) continue;
    const beforeWord = gapBefore(text, wordStart, from);
    const prefix =
      beforeWord && !beforeWord.blankLines ? phraseBefore(text, beforeWord.start, from, false) : undefined;
    if (prefix !== undefined) return prefix;
  }
  // "יום חמישי, א׳ דראש אדר, ל׳ שבט": the day of Rosh Chodesh may stand between weekday and date.
  const label = roshChodeshDayBefore(text, at, from);
  if (label !== undefined && label < at) return weekdayBefore(text, label, from, false);
  return weekdayBeforeParasha(text, gap.start, from, at);
}

/**
 * "Shabbat Parashat Vayetzei, 7 Kislev", "שבת פרשת בא, ו׳ שבט": the week's Torah portion may stand
 * between the weekday and the date. Its name is one or two words, any words: only the word for
 * "portion" says that this is one. Datelines abbreviate the word and set a bullet or a dash before
 * the date: "דאנערשטאג פ' ראה • כ"ה אב תשפ"ד", "מיטוואך פ' נשא - י"א סיון תשפ"ג" (bechatzros.com).
 */
const PARASHA_BEFORE =
  /(?<![\p{L}\p{N}])(?:parashat|parshat|parashas|parshas|parsha|פרשת|פרשת השבוע|פר?['׳])\s+[\p{L}\p{M}'’"״׳]+(?:[\s-][\p{L}\p{M}'’"״׳]+)?(?:,|\s[•·–-])?$/iu;
/** The longest stretch the portion's words may take. */
const PARASHA_REACH = 40;

function weekdayBeforeParasha(
  text: string,
  end: number,
  from: number,
  at: number,
): WeekdayPrefix | undefined {
  // Most dates have no letter before them here: no portion either.
  if (end === 0 || !/[\p{L},•·–-]/u.test(text[end - 1]!)) return undefined;
  const window = text.slice(Math.max(from, end - PARASHA_REACH), end);
  const portion = PARASHA_BEFORE.exec(window);
  if (portion === null) return undefined;
  const portionStart = end - window.length + portion.index;
  const gap = gapBefore(text, portionStart, from);
  if (gap === undefined || gap.blankLines) return undefined;
  const prefix = phraseBefore(text, gap.start, from, false);
  // A portion the lexicon knows is a date of its own (parashahName.ts): the date keeps the weekday
  // but begins where it is written, so that both are read and the two can be checked.
  if (prefix !== undefined && readsPortion(text.slice(prefix.start, end))) return { ...prefix, start: at };
  return prefix;
}

/** Whether the whole of `words` ("Shabbos Parshas Noach,") reads as a weekday and a known portion. */
function readsPortion(words: string): boolean {
  const [portion] = parashahNameExtractor.extract(words, { numericOrder: "auto", referenceYear: 0 });
  return (
    portion !== undefined && portion.start === 0 && words.slice(portion.end).trim().replace(/,$/, "") === ""
  );
}

/** The English weekday starting at an offset, for dates that may begin with a word a weekday could be. */
const AT = new RegExp(caseless(`(?<weekday>${WEEKDAY_LATIN_PATTERN})${END}\\.?,?${SPACE}`), "uy");

/**
 * The English weekday prefix that begins at `at`: its word, what it says, and the offset just after
 * it, where a date would start.
 * @example weekdayAt("Sunday, 10 Av", 0)?.end // 8
 */
export function weekdayAt(
  text: string,
  at: number,
): { weekday: string; word: WeekdayWord; end: number } | undefined {
  AT.lastIndex = at;
  const match = AT.exec(text);
  if (match === null) return undefined;
  const weekday = match.groups!.weekday!;
  const word = readWeekdayPhrase(weekday, true);
  return word === undefined ? undefined : { weekday, word, end: AT.lastIndex };
}

/**
 * Reads the weekday phrase that ends where a date starts (and begins at or after `from`) into what
 * the date states, and gives where the mention then starts: every reader takes its weekday so.
 * @example takeWeekdayBefore("on Sunday, July 22", 11, 0, stated) // 3, and stated.weekday is 0
 */
export function takeWeekdayBefore(text: string, start: number, from: number, stated: StatedFields): number {
  const prefix = weekdayBefore(text, start, from, false);
  if (prefix === undefined) return start;
  stateWeekday(stated, prefix.word);
  return prefix.start;
}
