import { parseHebrewYear } from "./gematriya.js";
import { HEADING_WORDS } from "./lexicon/holidays.js";
import type { Candidate } from "./mention.js";
import { work } from "./workCounter.js";

// A holiday named once, above rows of years: "Rosh Hashaná / Shana Tova" over "5778 21 de setembro
// de 2017", "5779 10 de setembro de 2018", …; "Yom Kipur" over "2017: 30 de setembro", "2018: 19 de
// setembro". Each row's year stands for the holiday of that year (a Hebrew year, or the civil year
// it falls in), and the row's date beside it is that holiday's day. Only a name that stands alone on
// its line heads such rows, and only lines that begin with a year and go on to a date are rows.

/** What may stand beside a heading's name on its line: pipes and colons, an aside in brackets or after a slash. */
// Or after a dash, as a machine translation's title writes the name twice ("Šavuot -Shavuot",
// cs.other.wiki) or a holiday page its gloss ("Ros hasana – zsidó újév"), maybe after a gloss of up to
// three words ("Sucot La fiesta - Tishrei (otoño)"): no digit, no date.
const HEADING_REST =
  /^[\s|:]*(?:\([^()\n]{0,60}\)|\/[^/\n]{0,40}|(?:[ \t\u00a0]+\p{L}{1,12}){0,3}[ \t\u00a0]+[-\u2013\u2014][ \t\u00a0]?[^\d\n]{1,40})?[\s|:]*$/u;
// Built on first use: a bundle that reaches this module only for dayRows need not build it.
let headingLabel: RegExp | undefined;
/** Or a few words that say what the rows give, no date's: ", fast — Date by Year" (HEADING_WORDS). */
const HEADING_LABEL = (): RegExp =>
  (headingLabel ??= new RegExp(
    `^(?:[\\s|:,\u2013\u2014-]{1,4}(?:${HEADING_WORDS.join("|")})(?![\\p{L}]))+[\\s|:]*$`,
    "iu",
  ));
/** A row: a year at the line's start, maybe a one-word label ("2021 date"), a separator, then a date's first digit. */
const ROW =
  /^[ \t\u00a0]*(?:[-\u2022*\u2013][ \t\u00a0]+)?(?<year>\d{4})(?:[ \t\u00a0]+\p{L}{1,12})?[ \t\u00a0]*[:|\t]?[ \t\u00a0]*(?=[^\n]*\d)/u;
/**
 * Or a row whose label stands before its year, as infoboxes in other languages write it ("Rok 2023:",
 * "Date 2023 |", "Present Year (2016)"), or whose year takes a case ending ("2021-ben |"): then a
 * cell's or a label's mark must close the year, so that a line of prose ("In 2023 we met on 5 May")
 * is no row.
 */
const LABELLED_ROW =
  /^[ \t\u00a0]*(?:[-\u2022*\u2013][ \t\u00a0]+)?(?:\p{L}{1,12}[ \t\u00a0]+){0,2}(?:\((?<bracketed>\d{4})\)|(?<year>\d{4})(?:-\p{L}{1,4})?[ \t\u00a0]*[:|\t])[ \t\u00a0]*(?=[^\n]*\d)/u;
/**
 * Or a row whose year runs on into the evening its date begins, with no cell's mark, as infoboxes
 * copied as text write it: "Datum 2020Sonnenuntergang, 18. September – …" (de.wikibrief.org), "Rok
 * 2023západ slunce 15. září" (cs.wikipedia.org), "datum 2021 Západ slunce, 16. května –"
 * (cs.other.wiki), "data 2021 Apus, 16 mai –" (ro.qaz.wiki): one or two words of four letters or
 * more between the year and the date, so "In 2023 we met on 5 May" is no row; only the evening's
 * words join such a row's year to its date (refiners/rowGap.ts).
 */
const EVENING_ROW =
  /^[ \t\u00a0]*(?:[-\u2022*\u2013][ \t\u00a0]+)?(?:\p{L}{1,12}[ \t\u00a0]+){0,2}(?<year>\d{4})(?=(?:[ \t\u00a0]?\p{L}{4,15}){1,2},?[ \t\u00a0]+\d)/u;
/** A line an infobox copied as text gives to a field of its own: short, not a sentence ("TypJüdisch"). */
const FIELD_LINE = /^[^\n]{1,100}(?<![.!?])$/u;
/** At most this many lines between the heading and its first row (an infobox's other fields). */
const LINES_BEFORE_ROWS = 3;
/** Or this many, when each is an infobox's field ("Official name | ט״ו בשבט |", "---|---|"). */
const FIELDS_BEFORE_ROWS = 8;
/** At most this many blank lines between rows. */
const BLANK_RUN = 2;
/** At most this many rows under one heading. */
const MAX_ROWS = 60;

function lineOf(text: string, at: number): { start: number; end: number } {
  const start = text.lastIndexOf("\n", at - 1) + 1;
  const next = text.indexOf("\n", at);
  return { start, end: next === -1 ? text.length : next };
}

/** How far a heading's name may stand from its line's start, and its line's end from the name. */
const BEFORE_NAME = 8;
const AFTER_NAME = 80;

/** Whether a holiday candidate heads its line alone, with no year of its own. */
function isHeading(text: string, candidate: Candidate): boolean {
  const { stated } = candidate;
  if (stated.year !== undefined || stated.civilYear !== undefined) return false;
  // A heading's line is short: a long one is prose, and is not looked at. The line's ends are looked
  // for only as far as a heading's may be, so that a page of one long line costs each name a few
  // characters, not the whole line.
  let lineStart = candidate.start;
  while (lineStart > 0 && text.charCodeAt(lineStart - 1) !== 0x0a) {
    if (candidate.start - lineStart >= BEFORE_NAME) return false;
    lineStart--;
  }
  work.lineChars += candidate.start - lineStart + AFTER_NAME + 1;
  const breakAhead = text.slice(candidate.end, candidate.end + AFTER_NAME + 1).indexOf("\n");
  const lineEnd =
    breakAhead === -1 ? Math.min(text.length, candidate.end + AFTER_NAME + 1) : candidate.end + breakAhead;
  if (lineEnd - candidate.end > AFTER_NAME) return false;
  return (
    text.slice(lineStart, candidate.start).trim() === "" &&
    (HEADING_REST.test(text.slice(candidate.end, lineEnd)) ||
      HEADING_LABEL().test(text.slice(candidate.end, lineEnd)))
  );
}

/** The longest line that may introduce a list of years with a colon. */
const INTRO_LINE = 160;

/**
 * Whether a holiday candidate stands in a short line that ends with a colon, introducing the list
 * below it: "Future dates for Yom HaShoah … are as follows:" over "- 2026: Monday, April 27th …"
 * (weten.site), or with a question mark, a question the rows answer: "Mikor van Hanuka?" over a table
 * "2022 | dec 19 |" (a Hungarian page). Such a line is a label of its rows, not a sentence about a date.
 */
function introducesList(text: string, candidate: Candidate): boolean {
  const { stated } = candidate;
  if (stated.year !== undefined || stated.civilYear !== undefined) return false;
  // The line's ends are looked for only as far as an introducing line may reach, so that a page of
  // one long line costs each name a few hundred characters, not the whole line (which made such a
  // page's reading quadratic).
  let lineStart = candidate.start;
  while (lineStart > 0 && text.charCodeAt(lineStart - 1) !== 0x0a) {
    if (candidate.start - lineStart >= INTRO_LINE) return false;
    lineStart--;
  }
  const reach = Math.min(text.length, lineStart + INTRO_LINE + 1);
  const ahead = text.slice(candidate.start, reach).indexOf("\n");
  const lineEnd = ahead === -1 ? reach : candidate.start + ahead;
  work.lineChars += lineEnd - lineStart;
  if (lineEnd - lineStart > INTRO_LINE) return false;
  const content = text.slice(lineStart, lineEnd);
  return /[:?]\s*$/u.test(content) && !/\d/u.test(content);
}

/**
 * Rows run into one line after the line's colon, as a list copied as text writes them: "Yom Kippur
 * cadrà nei prossimi anni: 2020: 27-28 settembre 2021: 15-16 settembre". Each row is a year, a colon
 * and a date's first digit; two of them at least, so that a sentence's "in 2023: 5 guests" is no list.
 */
const INLINE_ROW = /(?<![\p{L}\d])(?<year>\d{4}):[ \t\u00a0]+(?=\d)/gu;

/** The rows run into a holiday name's line after its colon (INLINE_ROW), with nothing dated before it. */
function rowsInline(text: string, candidate: Candidate): Candidate[] {
  const { stated } = candidate;
  if (stated.year !== undefined || stated.civilYear !== undefined) return [];
  const reach = text.slice(candidate.end, candidate.end + INTRO_LINE + 1);
  const colon = reach.search(/[:\n]/u);
  if (colon === -1 || reach[colon] !== ":" || /\d/u.test(reach.slice(0, colon))) return [];
  const from = candidate.end + colon + 1;
  const breakAt = text.indexOf("\n", from);
  const line = text.slice(from, breakAt === -1 ? text.length : breakAt);
  work.lineChars += colon + line.length;
  const rows: Candidate[] = [];
  INLINE_ROW.lastIndex = 0;
  for (let match = INLINE_ROW.exec(line); match && rows.length < MAX_ROWS; match = INLINE_ROW.exec(line)) {
    // The first row follows the colon at once.
    if (rows.length === 0 && line.slice(0, match.index).trim() !== "") return [];
    const year = Number(match.groups!.year);
    if (year < 1600 || year > 2099) return [];
    const start = from + match.index;
    rows.push({
      start,
      end: start + 4,
      calendar: "hebrew",
      extractor: "holiday-row",
      stated: { ...stated, civilYear: year },
    });
  }
  return rows.length >= 2 ? rows : [];
}

/** The rows' year candidates under one heading. */
function rowsUnder(text: string, heading: Candidate, patterns = [ROW, LABELLED_ROW]): Candidate[] {
  const rows: Candidate[] = [];
  let at = lineOf(text, heading.start).end + 1;
  let skipped = 0;
  let fields = 0;
  let blanks = 0;
  // A row whose span breaks after its dash goes on on the next line ("18. Dezember -" over
  // "Einbruch der Dunkelheit, 26. Dezember"): that line is the row's, not the end of the rows.
  let continues = false;
  while (at <= text.length && rows.length < MAX_ROWS) {
    const line = lineOf(text, at);
    const content = text.slice(line.start, line.end);
    if (content.trim() === "") {
      continues = false;
      if (++blanks > BLANK_RUN) break;
    } else {
      blanks = 0;
      let match: RegExpExecArray | null = null;
      for (const pattern of patterns) match ??= pattern.exec(content);
      if (!match && patterns.length > 1) match = EVENING_ROW.exec(content);
      const written = match?.groups?.year ?? match?.groups?.bracketed ?? "";
      // Digits, or a Hebrew year in letters (dayRows).
      const year = /\d/.test(written) ? Number(written) : (parseHebrewYear(written) ?? 0);
      if (match && (year >= 3000 || (year >= 1600 && year <= 2099))) {
        const start = line.start + match.index + match[0].indexOf(written);
        const stated = { ...heading.stated, ...(year >= 3000 ? { year } : { civilYear: year }) };
        rows.push({
          start,
          end: start + written.length,
          calendar: "hebrew",
          extractor: "holiday-row",
          stated,
        });
        continues = /[-\u2013\u2014][ \t\u00a0]*$/u.test(content);
      } else if (continues) {
        continues = false;
      } else if (rows.length > 0) {
        break;
      } else if (
        content.includes("|") || (patterns.length > 1 && FIELD_LINE.test(content.trim()))
          ? ++fields > FIELDS_BEFORE_ROWS
          : ++skipped > LINES_BEFORE_ROWS
      ) {
        break;
      }
    }
    at = line.end + 1;
  }
  return rows;
}

/**
 * The row years under every holiday name that heads rows of years, as holiday candidates of their
 * own (in reading order; none overlaps a heading).
 * @example holidayRows("Yom Kipur\n2017: 30 de setembro", [{start: 0, end: 9, calendar: "hebrew", extractor: "holiday-name", stated: {holiday: "yom-kippur"}}])[0]?.stated // {holiday: "yom-kippur", civilYear: 2017}
 */
export function holidayRows(text: string, holidays: readonly Candidate[]): Candidate[] {
  const rows: Candidate[] = [];
  for (const candidate of holidays)
    if (isHeading(text, candidate) || introducesList(text, candidate))
      rows.push(...rowsUnder(text, candidate));
    else rows.push(...rowsInline(text, candidate));
  return rows;
}

// A Hebrew day named once, above rows of years: a day's page in the Hebrew Wikipedia or a chassidic
// encyclopedia has the day for its title ("כ״ג בתשרי") and lists what happened on it, a line a year,
// the year in letters and its civil date in brackets ("- ה'תרפ"ה (21/10/1924 למניינם) - …"). Each
// row's year with the title's day and month is that row's Hebrew date, and the civil date its partner.

/** A row: a bullet, a Hebrew year in letters (ה'תרפ"ה, תש"פ, ד'תתקצ"ט), maybe a bracket, then a digit. */
const HEBREW_ROW =
  /^\s*(?:[-\u2022*\u2013\u2014]\s*)?(?<year>(?:[\u05d0-\u05d8]['\u05f3])?[\u05d0-\u05ea]{1,4}["\u05f4\u201d][\u05d0-\u05ea])\s*[([]?\s*(?=\d)/u;

/**
 * The row years under every Hebrew-script day (a day and month with no year) that heads rows of
 * years, as Hebrew dates of their own. `dates` are the text's Hebrew-script date candidates.
 * @example dayRows("כ״ג בתשרי\n- ה'תרפ\"ה (21/10/1924)", [{start: 0, end: 9, calendar: "hebrew", extractor: "hebrew-script", stated: {day: 23, month: 7}}])[0]?.stated // {day: 23, month: 7, year: 5685}
 */
export function dayRows(text: string, dates: readonly Candidate[]): Candidate[] {
  const rows: Candidate[] = [];
  for (const date of dates)
    if (date.stated.day !== undefined && !date.parts && isHeading(text, date))
      rows.push(...rowsUnder(text, date, [HEBREW_ROW]));
  return rows;
}
