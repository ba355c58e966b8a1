import { markEveningAfter } from "../eveningAfter.js";
import { BEFORE_MONTH, BEFORE_YEAR } from "../lexicon/dateWords.js";
import { asciiStarts, beginsTwoWordName, type MonthWord, monthOfFolded } from "../lexicon/languageMonths.js";
import { normalizeWord, PLAIN_ADAR, weekdayFromName } from "../lexicon.js";
import { mayLeadLocalizedDate } from "../localizedRuns.js";
import type { Candidate, Extractor, StatedFields } from "../mention.js";
import { byFirstCharacter, caseless, END, phrases, SPACE, START } from "../patterns.js";
import { readStyleMark } from "../styleMark.js";
import { takeWeekdayAfter } from "../weekdayAfter.js";
import { takeRowWeekdayAfter } from "../weekdayInRow.js";
import { takeWeekdayBefore } from "../weekdayPrefix.js";
import { yearWordsEnd } from "../yearWords.js";
import { readTimeAfter } from "./gregorianText.js";

// Dates written with a month name in any language of the month tables (languageMonths.ts), in either
// calendar, in the orders those languages write: day first ("22 июля 2018 г.", "22 de julio de 2018",
// "22. Juli 2018", "10 ава 5778 года", "ה-13 באוקטובר 2026", "22טן יולי 2018") and year first
// (Hungarian "2018. július 22.", "TÉ 5778. Áv 10."). The month is one word (two for "адар II") looked
// up in a Map; its row says the calendar. What the English readers read in their own forms ("22 July
// 2018", "10 Av 5778") is left to them, so that every date has one reader.

/** A month word in any script: letters and their marks, apostrophes and the Hebrew geresh. */
const WORD_REST = "[\\p{L}\\p{M}'\\u2019\\u05f3]{0,19}";
/** An apostrophe may begin a month word: French writes the guttural of "‘Heshvan" so. */
const WORD_START = "['\\u2018\\u2019]?";
const MONTH = `(?<first>${WORD_START}\\p{L}${WORD_REST})(?<period>\\.)?`;
/**
 * The month of a day-first date, with a quick test in the pattern: a word in ASCII must begin as some
 * spelling does ("jul", "sep", or be a short one: "av"), built from the table on first use; a word
 * with other letters in its first three goes on to the lookup. After a plain day only spellings that
 * are not English count (the English readers read "13 December"); after "22." or "de", all do. Most
 * numbers in prose stand before English words, and without this each was a match, a fold and a
 * lookup: prose with numbers took a sixth longer to read.
 */
function monthWithStarts(): string {
  // A short spelling ("av") must be the whole word: "(?!\\p{L})" ends it.
  // No spelling of a kind (the lean build has no other language's) must match nothing: an empty
  // alternation would let every word through.
  const starts = (withEnglish: boolean) =>
    byFirstCharacter(
      asciiStarts(withEnglish).map((start) => (start.length < 3 ? `${start}\u0000` : start)),
    ).replace(/\u0000/g, "(?![\\p{L}])") || "(?!)";
  const other = "[^\\u0000-\\u007f]|.[^\\u0000-\\u007f]|..[^\\u0000-\\u007f]";
  const ownForm = `(?<=(?:\\.|${phrases(BEFORE_MONTH)})[\\s\\u00a0]{1,6})`;
  const test = `(?:(?=${starts(false)}|${other})|${ownForm}(?=${starts(true)}))`;
  return `(?<first>${WORD_START}${test}\\p{L}${WORD_REST})(?<period>\\.)?`;
}

/**
 * Sticky: the second word of "адар II", "Adar B", "Menachem Aw", read only after a word that begins
 * such a name (in the patterns, it made every "10 people say" a lookup of "people say").
 */
const SECOND = new RegExp(`[\\s\\u00a0-]{1,3}(?<second>\\p{L}{1,10}|[12])${END}`, "uy");
/**
 * Ordinal endings written on a day: fr "1er" and "15e" (or "15ème", "15ᵉ jour du mois de Chevat"), es/pt "1º", ru "22-го", uk "15-й день", yi "22טן"; Greek writes the
 * day as a feminine ordinal (η ημέρα) in the case of its clause: "1η", "της 4ης", "την 1ην", "2ας".
 */
const ORDINAL = "(?:st|nd|rd|th|er|re|º|°|ª|-го|-е|-й|טן|סטן|ης|ην|ας|η|ème|e|ᵉ)";
// The pattern begins with the day's digits, which V8 skips ahead to; an optional prefix before them
// made it try every offset of a page. Built on first use (see monthWithStarts).
let dayFirst: RegExp | undefined;
function dayFirstPattern(): RegExp {
  dayFirst ??= new RegExp(
    caseless(
      `(?<![\\p{L}\\p{N}])(?<day>\\d{1,2})(?!\\d)` +
        // "20ביולי 2012": a Hebrew page may write the ב of a month onto the day's digits.
        `(?:(?=[בל][\\u05d0-\\u05ea]{2})|(?<dot>\\.)?(?<ordinal>${ORDINAL})?${END}` +
        `(?:${SPACE}(?<of>${phrases(BEFORE_MONTH)}))?${SPACE}(?:[בל][-\\u05be])?` +
        // "7.září 2021" (zidovskelisty.info): a page may glue the month to the day's period; tried
        // last, so that "1.º de agosto" keeps its ordinal.
        `|\\.(?<glued>(?=(?![ºª])\\p{L})))${monthWithStarts()}`,
    ),
    "gu",
  );
  return dayFirst;
}
/** Hungarian: the year with a period, the month, the day with a period. */
const YEAR_FIRST = new RegExp(
  // The second word of "Ádár II" is read by monthOf: the pattern only lets it stand before the day.
  `${START}(?<year>\\d{4,5})\\.${SPACE}${MONTH}(?:[\\s\\u00a0-]{1,3}(?:\\p{L}{1,10}|[12]))?${SPACE}` +
    "(?<day>\\d{1,2})(?<dayDot>\\.)?(?![\\p{L}\\p{N}])",
  "gu",
);
/** Sticky: the year after a month, maybe after a word ("de", "des Jahres", "AM"). */
const YEAR = new RegExp(
  caseless(`(?:,?${SPACE}(?<before>${phrases(BEFORE_YEAR)}))?,?${SPACE}(?<year>\\d{4,5})${END}`),
  "uy",
);
/** The Hungarian era before a Hebrew year ("TÉ 5778."), looked for behind a year-first date. */
const ERA_BEFORE = new RegExp(`(?<=(?<era>${START}TÉ${SPACE}))`, "uy");
/** Hebrew writes "ה-13 באוקטובר" (the 13th), "ב-13" (on the 13th): a letter and a hyphen or maqaf before the day. */
const HEBREW_PREFIX = new RegExp(`(?<=(?<prefix>${START}[הבמל][-\\u05be]))`, "uy");
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const ENGLISH_ORDINAL = /^(?:st|nd|rd|th)$/i;
const GREGORIAN_ENGLISH_WORD = /^[A-Za-z]+\.?$/;
// A sentence's period may follow the word ("on 25 Kislev."): still the English reader's.
const HEBREW_LATIN_WORD = /^[A-Za-z\u00c0-\u024f\u1e00-\u1eff'\u2019\u2018\u02bc`\u00b4 ]+\.?$/;
const UPPER_CASE = /^\p{Lu}/u;
const HEBREW_PREPOSITION = /^[בל]/;

/** Gregorian years as text writes them beside a Hebrew month ("10 de av de 2018" mixes the calendars). */
const CIVIL_YEARS = { from: 1000, to: 2999 };

interface Found extends MonthWord {
  /** Offset just after the month's text. */
  end: number;
  text: string;
}

/** The month a match names: two words, else the first alone (a Hebrew ב or ל prefix dropped if need be). */
function monthOf(
  groups: Record<string, string | undefined>,
  monthStart: number,
  text: string,
): Found | undefined {
  const first = groups.first!;
  const firstEnd = monthStart + first.length + (groups.period === undefined ? 0 : 1);
  // A word longer than the pattern's 20 letters is no month.
  if (firstEnd < text.length && LETTER_OR_DIGIT.test(text[firstEnd]!)) return undefined;
  const word = groups.period === undefined ? first : `${first}.`;
  const folded = normalizeWord(word);
  if (groups.period === undefined && beginsTwoWordName(folded)) {
    SECOND.lastIndex = firstEnd;
    const second = SECOND.exec(text)?.groups?.second;
    const found = second === undefined ? undefined : monthOfFolded(`${folded} ${normalizeWord(second)}`);
    if (found !== undefined) return { ...found, end: SECOND.lastIndex, text: `${first} ${second}` };
  }
  const found =
    monthOfFolded(folded) ??
    (HEBREW_PREPOSITION.test(first) && first.length > 2 ? monthOfFolded(folded.slice(1)) : undefined);
  return found === undefined ? undefined : { ...found, end: firstEnd, text: word };
}

/**
 * Whether a month word can be one here. Without a year: no abbreviation ("2 ago", "10 set"), no
 * two-letter name in lower case ("10 av"), and no short name its languages write in lower case
 * written with a capital ("10 Mars bars"), unless all in capitals. A capital is the older spelling of
 * a long name ("16 Settembre") or one after its language's "of" ("16 de Setembro"): no English word.
 */
function plausible(found: Found, hasYear: boolean, ownForm: boolean): boolean {
  if (hasYear) return true;
  if (found.short) return false;
  const capital = UPPER_CASE.test(found.text);
  if (found.text.length <= 2) return capital;
  // The capital guards against English words ("Mars"); a capitalized Cyrillic or Greek month
  // ("29 Элула") is none.
  if (!LATIN_LETTER.test(found.text)) return true;
  // A Hebrew month is a name: pages capitalize it where CLDR writes it in lower case ("1er Tichri").
  return (
    !capital ||
    !found.lowerCase ||
    found.calendar === "hebrew" ||
    found.text === found.text.toUpperCase() ||
    ownForm ||
    found.text.length >= LONG_MONTH
  );
}

/** The letters of a month name too long to be an English word written with a capital ("Mars", "Juin"). */
const LONG_MONTH = 6;

const LATIN_LETTER = /[A-Za-z\u00c0-\u024f]/u;
const ROW_LABEL_AFTER = /^[ \t\u00a0]*[:|]/u;
const LABELS_NEXT_DAY = /^[ \t\u00a0]?:[ \t\u00a0]?\d/u;

/** The year (and the words around it) after offset `at`, when it is one of the month's calendar. */
function yearAfter(text: string, at: number, calendar: MonthWord["calendar"]) {
  YEAR.lastIndex = at;
  const match = YEAR.exec(text);
  if (match === null) return undefined;
  const value = Number(match.groups!.year);
  if (calendar === "gregorian" && match.groups!.year!.length !== 4) return undefined;
  // A year that begins the next line as its label ("30 de setembro" / "2018: 19 de setembro") is
  // the next row's, not this date's.
  if (match[0].includes("\n") && ROW_LABEL_AFTER.test(text.slice(YEAR.lastIndex, YEAR.lastIndex + 4)))
    return undefined;
  // So is one with a colon and the next date's day after it, in a list run together on one line:
  // "2020: 27-28 settembre 2021: 15-16 settembre" (biblio.toscana.it).
  if (LABELS_NEXT_DAY.test(text.slice(YEAR.lastIndex, YEAR.lastIndex + 6))) return undefined;
  return { value, end: yearWordsEnd(text, YEAR.lastIndex) };
}

/** Puts a year into the fields: a Gregorian-era year beside a Hebrew month is the civil year. */
function stateYear(stated: StatedFields, calendar: MonthWord["calendar"], year: number): void {
  if (calendar === "hebrew" && year >= CIVIL_YEARS.from && year <= CIVIL_YEARS.to) stated.civilYear = year;
  else stated.year = year;
}

function candidate(found: Found, stated: StatedFields, start: number, end: number, text: string): Candidate {
  if (found.calendar === "hebrew" && found.month === PLAIN_ADAR) stated.plainAdar = true;
  let last = end;
  if (found.calendar === "gregorian") {
    const mark = readStyleMark(text, last, stated.year);
    if (mark !== undefined) {
      if (mark.oldStyle) stated.oldStyle = true;
      last = mark.end;
    }
    const reading = readTimeAfter(text, last);
    if (reading !== undefined) {
      stated.time = reading.time;
      if (reading.offsetMinutes !== undefined) stated.offsetMinutes = reading.offsetMinutes;
      last = reading.end;
    }
    last = markEveningAfter(text, last, stated);
  }
  return { start, end: last, calendar: found.calendar, extractor: "localized-text", stated };
}

function collectDayFirst(text: string, out: Candidate[]): void {
  const DAY_FIRST = dayFirstPattern();
  DAY_FIRST.lastIndex = 0;
  for (;;) {
    const from = DAY_FIRST.lastIndex;
    const match = DAY_FIRST.exec(text);
    if (match === null) return;
    const groups = match.groups!;
    // The month begins after the day, its marks and "de" (which the month word may repeat: "10 de de").
    const before = groups.day!.length + (groups.dot?.length ?? 0);
    const afterDay = before + (groups.ordinal?.length ?? 0) + (groups.of?.length ?? 0);
    const monthStart = match.index + match[0].indexOf(groups.first!, afterDay);
    const found = monthOf(groups, monthStart, text);
    if (found === undefined) continue;
    // "22 July 2018", "10 Av 5778", "22nd of July": the English readers' forms, theirs to read. They
    // read Gregorian months in ASCII only ("1 déc. 2018" is not theirs), Hebrew months in Latin letters.
    HEBREW_PREFIX.lastIndex = match.index;
    const hebrewPrefix = match.index >= 2 ? HEBREW_PREFIX.exec(text)?.groups?.prefix : undefined;
    const ownForm =
      groups.dot !== undefined ||
      groups.glued !== undefined ||
      hebrewPrefix !== undefined ||
      // Any word of another language between day and month ("de", "του μηνός", "a lunii").
      (groups.of !== undefined && groups.of.toLowerCase() !== "of");
    if (
      found.english &&
      !ownForm &&
      (groups.ordinal === undefined || ENGLISH_ORDINAL.test(groups.ordinal)) &&
      (found.calendar === "hebrew" ? HEBREW_LATIN_WORD : GREGORIAN_ENGLISH_WORD).test(found.text)
    ) {
      DAY_FIRST.lastIndex = found.end;
      continue;
    }
    const year = yearAfter(text, found.end, found.calendar);
    // Glued, it is a date only with its year ("7.září 2021"): "3.Kapitel" is no date.
    if (groups.glued !== undefined && year === undefined) continue;
    const stated: StatedFields = { month: found.month, day: Number(groups.day) };
    let start = hebrewPrefix === undefined ? match.index : match.index - hebrewPrefix.length;
    // The phrase's whole reading: "samedi soir" is Saturday's evening. A weekday before it makes a
    // capitalized month a month ("Martedì 25 Settembre"), as a year after it does.
    const dayStart = start;
    start = takeWeekdayBefore(text, start, from, stated);
    // An English weekday says nothing of another language's month ("Tuesday 10 Mars bars").
    const weekday = text.slice(start, dayStart).replace(/[\s,.]+$/u, "");
    const ownWeekday = start !== dayStart && weekdayFromName(weekday) === undefined;
    // A form of its own (another language's "of": "16 de Setembro") makes a capital no English word's.
    if (!plausible(found, year !== undefined || ownWeekday, ownForm)) continue;
    if (year !== undefined) stateYear(stated, found.calendar, year.value);
    // A table's weekday column after the date: "2023 | 9. Mai | Di".
    const end = takeRowWeekdayAfter(text, year?.end ?? found.end, stated);
    const made = candidate(found, stated, start, end, text);
    out.push(made);
    DAY_FIRST.lastIndex = Math.max(DAY_FIRST.lastIndex, made.end);
  }
}

function collectYearFirst(text: string, out: Candidate[]): void {
  YEAR_FIRST.lastIndex = 0;
  for (let match = YEAR_FIRST.exec(text); match !== null; match = YEAR_FIRST.exec(text)) {
    const groups = match.groups!;
    const monthStart = match.index + match[0].indexOf(groups.first!, groups.year!.length);
    const found = monthOf(groups, monthStart, text);
    if (found === undefined) continue;
    const year = Number(groups.year);
    if (found.calendar === "gregorian" && groups.year!.length !== 4) continue;
    ERA_BEFORE.lastIndex = match.index;
    const era = ERA_BEFORE.exec(text)?.groups?.era;
    // "in 2018. May 5 we…" is English prose across a sentence end: the era or the day's period
    // ("2018. július 22.") makes this order a date.
    if (era === undefined && groups.dayDot === undefined) continue;
    const stated: StatedFields = { month: found.month, day: Number(groups.day) };
    stateYear(stated, found.calendar, year);
    const start = era === undefined ? match.index : match.index - era.length;
    // Hungarian sets the weekday after the date: "2026. december 5., szombat".
    const end = takeWeekdayAfter(text, match.index + match[0].length, stated);
    out.push(candidate(found, stated, start, end, text));
  }
}

/**
 * Dates with a month name in another language than English, or a Gregorian month in Hebrew script.
 * @example localizedTextExtractor.extract("22 июля 2018 г.", {})[0]?.stated // {month: 7, day: 22, year: 2018}
 */
export const localizedTextExtractor: Extractor = {
  name: "localized-text",
  // A day before its month or a year before a period: English prose's numbers seldom are either.
  mayHoldRun: mayLeadLocalizedDate,
  extract(text) {
    const out: Candidate[] = [];
    collectDayFirst(text, out);
    collectYearFirst(text, out);
    return out;
  },
};
