// The small words around a month name that the readers take into a date, as rows: English and
// Hebrew ones here, every other language's in dateWords.languages.ts (a new language's words are
// lines there), which the lean browser build leaves out. Spaces in a row match one or two spaces (or
// none after a period, "O.S."), Latin letters either case; patterns are built from these rows once.

import {
  AFTER_DATE_FIRST_VERB_LANGUAGES,
  AFTER_OCCURRENCE_VERB_LANGUAGES,
  AFTER_YEAR_LANGUAGES,
  BEFORE_MONTH_LANGUAGES,
  BEFORE_YEAR_LANGUAGES,
  BEGIN_FROM_WORDS_LANGUAGES,
  BEGIN_VERBS_LANGUAGES,
  CALENDAR_GLOSSES_LANGUAGES,
  CANDLE_WORDS_LANGUAGES,
  DATE_FIRST_VERBS_LANGUAGES,
  ENDING_VERBS_AFTER_DATE_LANGUAGES,
  EVENING_AFTER_DATE_LANGUAGES,
  EVENING_WORDS_LANGUAGES,
  LIFE_VERBS_LANGUAGES,
  NIGHTFALL_WORDS_LANGUAGES,
  OCCURRENCE_VERBS_LANGUAGES,
  REFERRING_SUBJECTS_LANGUAGES,
  STYLE_MARKS_NEW_LANGUAGES,
  STYLE_MARKS_OLD_LANGUAGES,
  THIS_YEAR_LANGUAGES,
  UNTIL_CLAUSES_LANGUAGES,
  VERBS_AFTER_DATE_LANGUAGES,
  YEAR_WORDS_LANGUAGES,
} from "./dateWords.languages.js";

/** A table: its English and Hebrew rows, then the other languages'. Called pure: a bundle that uses no table drops its rows. */
function rows(...lists: ReadonlyArray<readonly string[]>): readonly string[] {
  return lists.flat();
}

/** Between a day and its month: es/pt "22 de julio", English "22 of July". */
export const BEFORE_MONTH: readonly string[] = /* @__PURE__ */ rows(["of"], BEFORE_MONTH_LANGUAGES);

/**
 * Between a month and its year: es/pt "de 2018", it "del 2018", de "des Jahres 5778", pl "roku 1565"
 * (chabad.org.pl: "10 Menachem Aw roku 1565"), de "AM 5785" (de.wikipedia.org: "27. Kislew AM 5785").
 */
export const BEFORE_YEAR: readonly string[] = /* @__PURE__ */ rows(["AM", "A.M."], BEFORE_YEAR_LANGUAGES);

/**
 * After a year: ru "2018 г.", "года"; uk "р.", "року"; pl "r.", "roku"; CLDR's era of the Hebrew
 * calendar "AM" (ru "5778 г. AM", fr "5778 A. M."), and "anno mundi". Two may follow each other.
 */
export const AFTER_YEAR: readonly string[] = /* @__PURE__ */ rows(
  ["AM", "A. M.", "anno mundi", "Anno Mundi"],
  AFTER_YEAR_LANGUAGES,
);

/** After a Hebrew year in Hebrew script: "לפ״ק" (by the short count), "לבריאת העולם" (since the creation). */
export const AFTER_HEBREW_YEAR: readonly string[] = [
  "לפ״ק",
  'לפ"ק',
  "לפק",
  "לבריאת העולם",
  "לבריאת עולם",
  "לבה״ע",
  'לבה"ע',
  "לב״ע",
  'לב"ע',
];

/**
 * Marks after a date saying which style (calendar) it is written in: Old Style (Julian) sets
 * `stated.oldStyle`; New Style is the Gregorian calendar, read and recorded as nothing. `bare` marks
 * are also ordinary words ("2015 OS update"): without brackets they count only for dates before 1924.
 */
export const STYLE_MARKS = {
  old: /* @__PURE__ */ rows(["O. S.", "Old Style"], STYLE_MARKS_OLD_LANGUAGES),
  new: /* @__PURE__ */ rows(["N. S.", "New Style"], STYLE_MARKS_NEW_LANGUAGES),
  bareOld: ["OS"],
  bareNew: ["NS"],
} as const;

/**
 * After a civil date, words that make it the evening on which the Hebrew day begins: fr "le 25
 * décembre au coucher du soleil" (aussiedlerbote.de), el "22 Σεπτεμβρίου 2025 με τη δύση του
 * ηλίου" (gazzetta.gr), de "24.9. abends", "am 10. Dezember abends", ru "вечером", pt "à noite".
 */
export const EVENING_AFTER_DATE: readonly string[] = /* @__PURE__ */ rows(
  ["at sundown", "at sunset", "at nightfall", "in the evening"],
  EVENING_AFTER_DATE_LANGUAGES,
);

/**
 * English verbs of beginning, in OCCURRENCE_VERBS and BEGIN_VERBS both. They are passed to rows() as
 * they are, not spread into a literal: a bundler keeps a spread, but drops a table nobody reads.
 */
const BEGINNING: readonly string[] = [
  "begins",
  "began",
  "begin",
  "beginning",
  "starts",
  "started",
  "start",
  "starting",
  "commences",
  "commenced",
  "commence",
];

/**
 * Verbs that say a named day happens on the civil date written right after them, in one clause:
 * "Purim was celebrated on Friday, February 26, 2021" (jurnaltime.com), "Tisha B'Av 5786 is observed
 * on Thursday" (hebcal.com), "Hanukkah … commenced on December 7, 2023, at sundown" (marca.com),
 * "Lag BaOmer … starts on sundown of May 25" (calendardate.com).
 */
export const OCCURRENCE_VERBS: readonly string[] = /* @__PURE__ */ rows(
  ["celebrated", "observed", "commemorated", "held", "kept", "marked"],
  BEGINNING,
  [
    "falls",
    "fell",
    "fall",
    "occurs",
    "occurred",
    "takes place",
    "took place",
    "take place",
    "arrives",
    // "the first night of Hanukkah kicks off on Wednesday, December 25": a phrasal verb of beginning.
    "kicks off",
    "kicked off",
    "kick off",
    // "Chanukah 5787: the first candle is lit Friday, December 4, 2026" (chabad.org): lit on the evening the day begins.
    "lit",
    "kindled",
    "יודלק",
    "ידליקו",
    "מדליקים",
    "חל",
    "חלה",
    "יחול",
    "תחול",
    "נחגג",
    "ייחגג",
    "מתחיל",
    "יתחיל",
  ],
  OCCURRENCE_VERBS_LANGUAGES,
);

/**
 * A word for "date" between a weekday and its date: "ביום רביעי בתאריך 13.12.2017"
 * (il.onlineisrael.info), "on Wednesday, dated". The weekday is still the date's.
 */
export const DATE_WORDS_AFTER_WEEKDAY: readonly string[] = ["בתאריך", "תאריך"];

/** Words that may stand between such a verb and its date: "begins at sundown on", "starts on sundown of". */
export const AFTER_OCCURRENCE_VERB: readonly string[] = /* @__PURE__ */ rows(
  [
    "at",
    "in",
    "on",
    "of",
    "from",
    "the",
    "this",
    "year",
    "evening",
    // "Purim … begins on the night of Thursday, March 13th" (a city guide): the evening, as "evening".
    "night",
    "sundown",
    "sunset",
    "nightfall",
    // "Yom Kippur begins at dusk on Wednesday, October 1" (a calendar's "What's Next?" under its heading).
    "dusk",
    // "will start at sundown this coming Monday (September 22)" (reverejournal.com).
    "coming",
    "next",
    // "the year 5765 begins today, 16 September": the day of the page, its date written after.
    "today",
    "upcoming",
    "a",
    // "Shavuot … begins in the Diaspora at sundown on Sunday, 1 June 2025" (yehudalave.blogspot.com):
    // where the schedule holds.
    "diaspora",
    "israel",
    "השנה",
    "ביום",
    "בערב",
    "ב",
    "ב-",
    "ב־",
  ],
  AFTER_OCCURRENCE_VERB_LANGUAGES,
);

/**
 * Verbs that say the civil date written just before them is a named day's, in one clause, the date
 * first: ru "Сегодня, 30 декабря 2025 года, евреи соблюдают пост 10 тевета" (newsru.co.il), "18
 * сентября евреи всего мира начнут отмечать праздник Рош а-Шана" (forum.md), it "… 20 aprile si
 * celebra Pesach" (spiritoassisi.it), en "On December 30, 2025, Jews observe the fast of 10 Tevet".
 */
// Present and future only: a calendar says when the day is kept; "the school celebrated Purim on"
// a date tells of an event, which may be kept on another day.
export const DATE_FIRST_VERBS: readonly string[] = /* @__PURE__ */ rows(
  [
    "celebrate",
    "celebrates",
    "will celebrate",
    "observe",
    "observes",
    "will observe",
    "mark",
    "marks",
    "commemorate",
    "commemorates",
    // "The evening of September 6, 2021 will launch the … Jewish New Year" (newsbreak.com).
    "will launch",
    "launches",
    "will usher in",
    "ushers in",
    "חוגגים",
    "מציינים",
    "צמים",
  ],
  DATE_FIRST_VERBS_LANGUAGES,
);

/** The words a date-first verb may take before the day's name: "the fast of", "праздник", "la fête de". */
export const AFTER_DATE_FIRST_VERB: readonly string[] = /* @__PURE__ */ rows(
  // "June 24, 2024, also marks the beginning of the festival of Shavuot".
  ["the", "fast", "festival", "feast", "holiday", "day", "of", "a", "beginning", "start", "את", "חג", "צום"],
  AFTER_DATE_FIRST_VERB_LANGUAGES,
);

/**
 * Words that make a holiday's verb name its start: a holiday that "begins" on a civil day may mean
 * that day's evening (Jewish days begin at sundown) as well as its first day. "Το Σάββατο 27 Μαρτίου
 * αρχίζει ο εορτασμός του Πέσαχ" (in.gr) is the evening of 27 March 2021, "Pessach begann am 16.
 * April" (de.pluspedia.org) the first day of 2022's: both are true (refiners/holidayBegins.ts).
 */
export const BEGIN_VERBS: readonly string[] = /* @__PURE__ */ rows(BEGINNING, BEGIN_VERBS_LANGUAGES);

/**
 * Words just before a civil date that say a holiday named after it begins then, as a begin verb
 * does: "Starting December 6, we light the first candle of Hanukkah", es "A partir del 6/12/2015,
 * celebraremos Janucá" (weitzman.org.ar), pt "A partir do dia 25, …", it "A partire dal 6 dicembre".
 */
export const BEGIN_FROM_WORDS: readonly string[] = /* @__PURE__ */ rows(
  ["starting", "starting on", "beginning", "beginning on", "from"],
  BEGIN_FROM_WORDS_LANGUAGES,
);

/**
 * Words for "year" before a Hebrew year that a verb of beginning follows (extractors/hebrewYearStart.ts):
 * "the year 5769, which started on", "rok 5776 s počátkem", "do ano 5782 … iniciaram", "anul evreiesc
 * este 5784, care a început".
 */
export const YEAR_WORDS: readonly string[] = /* @__PURE__ */ rows(["year"], YEAR_WORDS_LANGUAGES);

/**
 * Evening words of the other languages inside a clause or connector: "Песах начался с заходом
 * солнца 12 апреля", "si celebra … a partire dal tramonto del 4 settembre" (see joins.ts). Not
 * "sera" alone (French "will be") nor "este" (Spanish "this").
 */
export const EVENING_WORDS: readonly string[] = /* @__PURE__ */ rows(
  ["sundown", "sunset", "nightfall", "dusk", "evening", "night", "בערב"],
  EVENING_WORDS_LANGUAGES,
);

/**
 * The nightfall a span of days ends at, written after its dash: "Sunset, 25 December – nightfall, 2
 * January" (an infobox's row). Evening words end spans too ("západ slunce 7. prosince – západ slunce
 * 15. prosince"); these are the words only an end takes.
 */
export const NIGHTFALL_WORDS: readonly string[] = /* @__PURE__ */ rows(
  ["nightfall", "dusk", "night"],
  NIGHTFALL_WORDS_LANGUAGES,
);

/** A candle, lit on the evening its day begins: "Chanukah 5786: the first candle is lit Sunday, December 14". */
export const CANDLE_WORDS: readonly string[] = /* @__PURE__ */ rows(
  ["candle", "candles", "נר", "הנר", "נרות"],
  CANDLE_WORDS_LANGUAGES,
);

/**
 * The clause of other languages from a holiday's first civil day to the last it lasts until ("y
 * culmina al anochecer del"); English has its own pattern in refiners/holidayEnds.ts.
 */
export const UNTIL_CLAUSES: readonly string[] = /* @__PURE__ */ rows([], UNTIL_CLAUSES_LANGUAGES);

/** "this year" before a subject that refers back ("This year, it begins on"); YYYY stands for a year. */
export const THIS_YEAR: readonly string[] = /* @__PURE__ */ rows(
  ["this year", "in YYYY"],
  THIS_YEAR_LANGUAGES,
);

/** A subject that stands for the day named just before: "When is Shavuot in 2024? It begins on". */
export const REFERRING_SUBJECTS: readonly string[] = /* @__PURE__ */ rows(
  ["it", "this day", "that day"],
  REFERRING_SUBJECTS_LANGUAGES,
);

/** A gloss naming the calendar of the date after it: "18 April 1902 (by the Jewish calendar 11 Nisan 5662)". */
export const CALENDAR_GLOSSES: readonly string[] = /* @__PURE__ */ rows(
  [
    "according to the jewish calendar",
    "according to the hebrew calendar",
    "by the jewish calendar",
    "by the hebrew calendar",
    "לפי הלוח העברי",
  ],
  CALENDAR_GLOSSES_LANGUAGES,
);

/** A bio's verb, no word between two dates when a calendar gloss in brackets follows it (see joins.ts). */
export const LIFE_VERBS: readonly string[] = /* @__PURE__ */ rows(
  ["born", "died", "נולד", "נולדה", "נפטר", "נפטרה"],
  LIFE_VERBS_LANGUAGES,
);

/** Verbs that stand after the civil date of a named day (dateWords.languages.ts; English has none). */
export const VERBS_AFTER_DATE: readonly string[] = /* @__PURE__ */ rows([], VERBS_AFTER_DATE_LANGUAGES);

/** Those of them that end the named day on that date (its last day, as "until" does). */
export const ENDING_VERBS_AFTER_DATE: readonly string[] = /* @__PURE__ */ rows(
  [],
  ENDING_VERBS_AFTER_DATE_LANGUAGES,
);
