// The small words around a month name that the readers take into a date, in every language they
// read, as rows: a new language's words are lines here. Spaces in a row match one or two spaces (or
// none after a period, "O.S."), Latin letters either case; patterns are built from these rows once.

/** Between a day and its month: es/pt "22 de julio", English "22 of July". */
export const BEFORE_MONTH: readonly string[] = [
  "de",
  "of",
  // "с наступлением 25-го дня месяца кислев" (tass.ru), "du mois de", "del mes de", "des Monats".
  "дня месяца",
  "числа месяца",
  "дня місяця",
  "числа місяця",
  "du mois de",
  "del mes de",
  "do mês de",
  "del mese di",
  "des Monats",
];

/**
 * Between a month and its year: es/pt "de 2018", it "del 2018", de "des Jahres 5778", pl "roku 1565"
 * (chabad.org.pl: "10 Menachem Aw roku 1565"), de "AM 5785" (de.wikipedia.org: "27. Kislew AM 5785").
 */
export const BEFORE_YEAR: readonly string[] = [
  "de",
  "del",
  "des Jahres",
  "im Jahr",
  "im Jahre",
  "roku",
  "AM",
  "A.M.",
];

/**
 * After a year: ru "2018 г.", "года"; uk "р.", "року"; pl "r.", "roku"; CLDR's era of the Hebrew
 * calendar "AM" (ru "5778 г. AM", fr "5778 A. M."), and "anno mundi". Two may follow each other.
 */
export const AFTER_YEAR: readonly string[] = [
  "года",
  "году",
  "год",
  "г.",
  "року",
  "рік",
  "р.",
  "roku",
  "r.",
  "AM",
  "A. M.",
  "anno mundi",
  "Anno Mundi",
];

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
  old: [
    "O. S.",
    "Old Style",
    "a. St.",
    "alten Stils",
    "ст. ст.",
    "по ст. ст.",
    "по старому стилю",
    "старого стиля",
    "ст. стилю",
  ],
  new: [
    "N. S.",
    "New Style",
    "n. St.",
    "neuen Stils",
    "н. ст.",
    "по н. ст.",
    "по новому стилю",
    "нового стиля",
    "н. стилю",
  ],
  bareOld: ["OS"],
  bareNew: ["NS"],
} as const;

/**
 * After a civil date, words that make it the evening on which the Hebrew day begins: fr "le 25
 * décembre au coucher du soleil" (aussiedlerbote.de), el "22 Σεπτεμβρίου 2025 με τη δύση του
 * ηλίου" (gazzetta.gr), de "24.9. abends", "am 10. Dezember abends", ru "вечером", pt "à noite".
 */
export const EVENING_AFTER_DATE: readonly string[] = [
  "at sundown",
  "at sunset",
  "at nightfall",
  "in the evening",
  "au soir",
  "au coucher du soleil",
  "dès le coucher du soleil",
  "à la tombée de la nuit",
  "abends",
  "am Abend",
  "bei Sonnenuntergang",
  // allanshere.com ("beginnt am Montag, den 2. April 2007, kurz nach Sonnenuntergang").
  "kurz nach Sonnenuntergang",
  "nach Sonnenuntergang",
  "mit Sonnenuntergang",
  "вечером",
  "с заходом солнца",
  "увечері",
  "ввечері",
  "por la noche",
  "al atardecer",
  "al anochecer",
  "a la puesta del sol",
  "à noite",
  "ao pôr do sol",
  "al tramonto",
  "in serata",
  "'s avonds",
  "bij zonsondergang",
  "wieczorem",
  "po zachodzie słońca",
  "napnyugtakor",
  "το βράδυ",
  "με τη δύση του ηλίου",
];

/**
 * Verbs that say a named day happens on the civil date written right after them, in one clause:
 * "Purim was celebrated on Friday, February 26, 2021" (jurnaltime.com), "Tisha B'Av 5786 is observed
 * on Thursday" (hebcal.com), "Hanukkah … commenced on December 7, 2023, at sundown" (marca.com),
 * "Lag BaOmer … starts on sundown of May 25" (calendardate.com).
 */
export const OCCURRENCE_VERBS: readonly string[] = [
  "celebrated",
  "observed",
  "commemorated",
  "held",
  "kept",
  "marked",
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
  "falls",
  "fell",
  "fall",
  "occurs",
  "occurred",
  "takes place",
  "took place",
  "take place",
  "arrives",
  // The other languages read, as their pages write the verb after a holiday's name: fr "Roch Hachana a
  // lieu du 2 octobre au soir" (credi29.com), "Hanoucca tombe un 25 décembre" (lci.fr); es "el 1 de
  // Nisán ocurrirá el 9 de abril" (es.stringtranslate.com); ru "Песаха начнется в среду, 10 апреля"
  // (eros-alex.ru), "Песах начался с заходом солнца 12 апреля" (rk-news.ru); el "Πέσαχ … αρχίζει το
  // Σάββατο 27 Μαρτίου" (in.gr); it "si celebra quest'anno a partire dal tramonto del 4 settembre"
  // (it.paperblog.com); pl "święto rozpoczyna się wieczorem 14 maja" (polin.pl).
  "a lieu",
  "aura lieu",
  "avait lieu",
  "tombe",
  "tombera",
  "tombait",
  "commence",
  "commencera",
  "débute",
  "débutera",
  "ocurre",
  "ocurrirá",
  "cae",
  "caerá",
  "comienza",
  "comenzará",
  "comenzó",
  "empieza",
  "se celebra",
  "se celebrará",
  "começa",
  "começará",
  "começou",
  "cai",
  "cairá",
  "inizia",
  "comincia",
  "cade",
  "si celebra",
  "si festeggia",
  "beginnt",
  "begann",
  "fällt",
  "fiel",
  "begint",
  "valt",
  "начинается",
  "начнется",
  "начнётся",
  "начался",
  "началась",
  "наступает",
  "приходится",
  "выпадает",
  "розпочинається",
  "починається",
  "почнеться",
  "розпочався",
  "припадає",
  "rozpoczyna się",
  "rozpocznie się",
  "rozpoczęło się",
  "rozpoczął się",
  "zaczyna się",
  "przypada",
  "wypada",
  "αρχίζει",
  "ξεκινά",
  "ξεκινάει",
  "πέφτει",
  "kezdődik",
];

/** Words that may stand between such a verb and its date: "begins at sundown on", "starts on sundown of". */
export const AFTER_OCCURRENCE_VERB: readonly string[] = [
  "at",
  "in",
  "on",
  "of",
  "from",
  "the",
  "this",
  "year",
  "evening",
  "sundown",
  "sunset",
  "nightfall",
  // The same small words of the other languages: "a lieu du", "ocurrirá el", "начнется в", "αρχίζει
  // το", "si celebra quest'anno a partire dal tramonto del", "rozpoczyna się wieczorem".
  "le",
  "la",
  "du",
  "un",
  "au",
  "ce",
  "soir",
  "el",
  "del",
  "de",
  "este",
  "año",
  "al",
  "atardecer",
  "anochecer",
  "em",
  "no",
  "ao",
  "pôr",
  "do",
  "sol",
  "il",
  "dal",
  "di",
  "quest'anno",
  "a",
  "partire",
  "tramonto",
  "sera",
  "am",
  "den",
  "dem",
  "abend",
  "des",
  "auf",
  "op",
  "в",
  "во",
  "на",
  "с",
  "заходом",
  "солнца",
  "вечером",
  "у",
  "з",
  "ввечері",
  "w",
  "we",
  "wieczorem",
  "το",
  "τη",
  "την",
  // "iniciaram no pôr do sol do dia 06 de setembro", "a început după apusul soarelui în data de 15
  // septembrie" (curtoconselho.com.pt, monitorulsv.ro).
  "dia",
  "día",
  "data",
  "în",
  "după",
];

/**
 * Words that make a holiday's verb name its start: a holiday that "begins" on a civil day may mean
 * that day's evening (Jewish days begin at sundown) as well as its first day. "Το Σάββατο 27 Μαρτίου
 * αρχίζει ο εορτασμός του Πέσαχ" (in.gr) is the evening of 27 March 2021, "Pessach begann am 16.
 * April" (de.pluspedia.org) the first day of 2022's: both are true (refiners/holidayBegins.ts).
 */
export const BEGIN_VERBS: readonly string[] = [
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
  "commencera",
  "débute",
  "débutera",
  "comienza",
  "comenzará",
  "comenzó",
  "empieza",
  "começa",
  "começará",
  "começou",
  "inizia",
  "comincia",
  "beginnt",
  "begann",
  "begint",
  "начинается",
  "начнется",
  "начнётся",
  "начался",
  "началась",
  "розпочинається",
  "починається",
  "почнеться",
  "розпочався",
  "rozpoczyna się",
  "rozpocznie się",
  "rozpoczęło się",
  "rozpoczął się",
  "zaczyna się",
  "αρχίζει",
  "ξεκινά",
  "ξεκινάει",
  "kezdődik",
  // A year's beginning: cs "rok 5776 s počátkem 14. září", "Začíná v předvečer" (avetour.cz,
  // zidovskelisty.info); pt "do ano 5782 … iniciaram no pôr do sol" (curtoconselho.com.pt); ro "5784,
  // care a început după apusul soarelui" (monitorulsv.ro).
  "s počátkem",
  "začíná",
  "začal",
  "iniciaram",
  "iniciou",
  "a început",
  "începe",
];

/**
 * Words for "year" before a Hebrew year that a verb of beginning follows (extractors/hebrewYearStart.ts):
 * "the year 5769, which started on", "rok 5776 s počátkem", "do ano 5782 … iniciaram", "anul evreiesc
 * este 5784, care a început".
 */
export const YEAR_WORDS: readonly string[] = [
  "year",
  "rok",
  "roku",
  "ano",
  "año",
  "anno",
  "année",
  "an",
  "Jahr",
  "jaar",
  "год",
  "рік",
  "év",
  "έτος",
  "anul",
];

/**
 * Evening words of the other languages inside a clause or connector: "Песах начался с заходом
 * солнца 12 апреля", "si celebra … a partire dal tramonto del 4 settembre" (see joins.ts). Not
 * "sera" alone (French "will be") nor "este" (Spanish "this").
 */
export const EVENING_WORDS: readonly string[] = [
  "sundown",
  "sunset",
  "nightfall",
  "evening",
  "soir",
  "coucher du soleil",
  "atardecer",
  "anochecer",
  "puesta del sol",
  "pôr do sol",
  "tramonto",
  "la sera",
  "alla sera",
  "abend",
  "abends",
  "sonnenuntergang",
  "вечером",
  "вечера",
  "заходом солнца",
  "ввечері",
  "увечері",
  "wieczorem",
  "wieczora",
  "βράδυ",
  "δύση",
  "avond",
  "zonsondergang",
  "apusul soarelui",
];
