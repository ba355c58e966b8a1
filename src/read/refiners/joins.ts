import {
  CALENDAR_GLOSSES,
  CANDLE_WORDS,
  EVENING_WORDS,
  LIFE_VERBS,
  THIS_YEAR,
} from "../lexicon/dateWords.js";
import type { GroupEvidence } from "../reading.js";
import { withoutRoshChodeshDay } from "../roshChodeshDay.js";
import { SEPARATORS, separatorGap, withinALine } from "./separatorGap.js";

// Two dates stand beside each other on a line when only separators lie between them
// (separatorGap.ts), or a phrase that says the one is the other ("10 Av 5778, which falls on
// Sunday, July 22, 2018", "י׳ באב שחל ב-22.7.2018").

/**
 * Phrases that join two dates of one day. Those marked `evening` say the civil date is the evening
 * on which the Hebrew day begins. Longest first, so that "which falls on" is not read as "on".
 */
const CONNECTORS: ReadonlyArray<{ phrase: string; evening?: true }> = [
  { phrase: "beginning in the evening of", evening: true },
  { phrase: "starting in the evening of", evening: true },
  { phrase: "beginning the evening of", evening: true },
  { phrase: "starting the evening of", evening: true },
  { phrase: "from the evening of", evening: true },
  { phrase: "begins at sundown on", evening: true },
  { phrase: "begins at sunset on", evening: true },
  { phrase: "beginning at sundown on", evening: true },
  { phrase: "beginning at sunset on", evening: true },
  { phrase: "starting at sundown on", evening: true },
  { phrase: "starting at sunset on", evening: true },
  { phrase: "starts at sundown on", evening: true },
  { phrase: "starts at sunset on", evening: true },
  { phrase: "from sundown on", evening: true },
  // "Passover begins sunset on Wednesday, April 5, 2023" (underonetent.org).
  { phrase: "begins sunset on", evening: true },
  { phrase: "begins at sundown", evening: true },
  // The verb before the holiday, the evening after it: "will start celebrating Shavuot at sundown on
  // Saturday 23 May 2015" (whenis.co.uk).
  { phrase: "at sundown on", evening: true },
  { phrase: "at sunset on", evening: true },
  // "15 de nisán (la pasada noche del 29 de marzo)" (id7d.org): "the evening before, of".
  { phrase: "la pasada noche del", evening: true },
  { phrase: "la noche del", evening: true },
  // Evenings of other languages, before the civil date: "Pesaj: Comienza con la puesta del sol del
  // lunes, 22 abril, 2024" (futuro.aiponline.com.ar), "Pesaj comienza al atardecer del 22 de abril"
  // (aishlatino.com), "Rosh Hashaná 2022. A partir do início da noite: domingo, 25 de setembro"
  // (dunapress.com), "Rosz ha-Szana trwa od wieczora 15 września" (prchiz.pl).
  { phrase: "comienza con la puesta del sol del", evening: true },
  { phrase: "comienza con la puesta del sol de", evening: true },
  { phrase: "comienza al atardecer del", evening: true },
  { phrase: "comienza al atardecer de", evening: true },
  { phrase: "desde el atardecer del", evening: true },
  { phrase: "a partir do início da noite", evening: true },
  { phrase: "começa ao pôr do sol de", evening: true },
  { phrase: "trwa od wieczora", evening: true },
  { phrase: "od wieczora", evening: true },
  { phrase: "inizia al tramonto di", evening: true },
  // Romanian "from (in) the evening (of the day) of": "Roș Hașana, din seara de 16 septembrie",
  // "Pesah începe în seara zilei de 8 aprilie".
  { phrase: "din seara zilei de", evening: true },
  { phrase: "în seara zilei de", evening: true },
  { phrase: "din seara de", evening: true },
  { phrase: "în seara de", evening: true },
  // "Digiuno del 9 di Av, da mezz'ora prima del tramonto di lunedì 12 agosto a un'ora dopo il tramonto
  // di martedì 13 agosto" (Italy's yearly list of the festivals): "from half an hour before sunset of".
  { phrase: "da mezz'ora prima del tramonto di", evening: true },
  // "Shavuot, dal tramonto di giovedì 25 maggio", "Sukkot, a partire dalla sera di domenica 9 ottobre",
  // "Roch Hachana, dans la soirée du dimanche 25 septembre": "from the sunset (evening) of".
  { phrase: "dal tramonto di", evening: true },
  { phrase: "a partire dalla sera di", evening: true },
  { phrase: "dalla sera di", evening: true },
  { phrase: "dans la soirée du", evening: true },
  // "10 του μηνός Τισρί (ηλιοβασίλεμα της 4ης Οκτωβρίου – σούρουπο της 5ης Οκτωβρίου 2022)": "sunset of".
  { phrase: "ηλιοβασίλεμα της", evening: true },
  { phrase: "beginnt am abend des", evening: true },
  { phrase: "am abend des", evening: true },
  // "Im Jahr 2024 wird Chanukka vom Abend des 25. Dezember bis zum Abend des 2. Januar 2025
  // gefeiert" (alzeyer-zeitung.de): "from the evening of".
  { phrase: "vom abend des", evening: true },
  { phrase: "the evening of", evening: true },
  { phrase: "in the evening of", evening: true },
  { phrase: "evening of", evening: true },
  // "September 24, 2024, which falls on the Jewish calendar as Tishrei 21, 5785" (korneyzvere.pages.dev).
  { phrase: "which falls on the jewish calendar as" },
  { phrase: "which falls on the hebrew calendar as" },
  { phrase: "falls on the jewish calendar as" },
  { phrase: "falls on the hebrew calendar as" },
  { phrase: "which falls this year on" },
  // "the 25th day of Kislev, which corresponds this year to December 18 at sundown" (heritagepointe.org).
  { phrase: "which corresponds this year to" },
  { phrase: "corresponds this year to" },
  // A day moved off its date, and where to: "6 May 2014 (Tuesday, postponed one day to Iyar 6)"
  // (liquisearch.com's list of Independence Days).
  { phrase: "postponed one day to" },
  { phrase: "postponed two days to" },
  { phrase: "advanced one day to" },
  { phrase: "advanced two days to" },
  { phrase: "postponed to" },
  { phrase: "advanced to" },
  { phrase: "moved to" },
  { phrase: "this date falls on" },
  { phrase: "this day falls on" },
  { phrase: "in the gregorian calendar" },
  { phrase: "on the gregorian calendar" },
  { phrase: "in the civil calendar" },
  { phrase: "on the civil calendar" },
  { phrase: "according to the gregorian calendar" },
  // A date widget's sentence: "Today is Tuesday, December 1, 2026 and the Hebrew date is 21 Kislev".
  { phrase: "and the hebrew date is" },
  { phrase: "and the jewish date is" },
  { phrase: "the hebrew date is" },
  { phrase: "the jewish date is" },
  // The calendar's own day named before the date: "on the Hebrew calendar day 1 Tishrei 5780".
  { phrase: "on the hebrew calendar day of" },
  { phrase: "on the hebrew calendar day" },
  { phrase: "on the jewish calendar day of" },
  { phrase: "on the jewish calendar day" },
  { phrase: "in the hebrew calendar" },
  { phrase: "on the hebrew calendar" },
  { phrase: "in the jewish calendar" },
  { phrase: "on the jewish calendar" },
  { phrase: "will begin on" },
  { phrase: "began on" },
  { phrase: "begins on" },
  { phrase: "started on" },
  { phrase: "starts on" },
  { phrase: "will be on" },
  // "Yom Ha’atzmaut will be observed beginning Monday evening May 13th" (pjlibrary.org.uk).
  { phrase: "will be observed beginning" },
  { phrase: "will be observed on" },
  { phrase: "it falls on" },
  { phrase: "it fell on" },
  { phrase: "which corresponds to" },
  { phrase: "which coincides with" },
  { phrase: "falls this year on" },
  { phrase: "corresponding to" },
  { phrase: "corresponds to" },
  { phrase: "coinciding with" },
  { phrase: "coincides with" },
  { phrase: "equivalent to" },
  { phrase: "which falls on" },
  { phrase: "which fell on" },
  { phrase: "that falls on" },
  { phrase: "that fell on" },
  { phrase: "falls on" },
  { phrase: "fell on" },
  { phrase: "which is" },
  { phrase: "which was" },
  { phrase: "that is" },
  { phrase: "i.e." },
  { phrase: "aka" },
  { phrase: "also" },
  { phrase: "or" },
  { phrase: "and" },
  // Dutch "is (it)": "Op 12 oktober 2024 is het Jom Kipoer".
  { phrase: "is het" },
  { phrase: "is" },
  { phrase: "was" },
  { phrase: "on" },
  { phrase: "the" },
  { phrase: "this year" },
  // A fast kept from dawn is its civil day, not the evening before: "Asarah B'tevet begins at dawn
  // on January 3rd, 2023" (fastforfeast.org).
  { phrase: "begins at dawn on" },
  { phrase: "starts at dawn on" },
  // "[December 7, 2023] marks the first day of Hanukkah" (a library's guide quoted on clc.chem.wisc.edu).
  { phrase: "marks" },
  // Other languages of the pages read: "which corresponds to", "falls on", "that is".
  { phrase: "correspondant au" },
  { phrase: "correspond au" },
  // A converter's example: "une naissance le 5 janvier 2010 pourrait correspondre au 19 Tevet 5770" (hebraic.app).
  { phrase: "pourrait correspondre au" },
  { phrase: "tombait le" },
  { phrase: "tombe le" },
  { phrase: "tombera le" },
  // Hungarian "Szeptember 15-én, szerda este köszönt be Jom kipur" (zsido.com): "comes in".
  { phrase: "köszönt be" },
  // "Roch Hachana 5787 commence le vendredi 11 septembre", "Hanoukka commencera le 25 décembre"
  // (loubavitch.fr, aussiedlerbote.de): "begins on".
  { phrase: "commencera le" },
  // "Kippour 5783 : à partir du mardi soir 4 octobre 2022": "from".
  { phrase: "à partir du" },
  { phrase: "commence le" },
  { phrase: "débutera le" },
  { phrase: "débute le" },
  { phrase: "c'est-à-dire le" },
  { phrase: "c'est-à-dire" },
  { phrase: "soit le" },
  { phrase: "soit" },
  { phrase: "le" },
  // "Pourim du mardi 7 mars au mercredi 8 mars 2023", "Rosh Hachana … les 3 et 4 octobre".
  { phrase: "du" },
  { phrase: "les" },
  // "Das Passahfest 2007 beginnt am Montag, den 2. April 2007" (allanshere.com), "El Sábado 19 de
  // Abril por la noche comienza la festividad de Pesaj" (kolhakehila.blogspot.com), "W wtorek, 7
  // czerwca wieczorem, rozpocznie się Szawuot" (religie.wiara.pl): "begins (on)".
  { phrase: "beginnt am" },
  // "Am Pessach (vom 07. bis 14. April 2012)" (bz-mg.de): "from", as "du" is in French.
  { phrase: "vom" },
  // A Hebrew year over its civil span: "Hun jaar 5784 loopt van 16 september 2023 tot 2 oktober
  // 2024" (onderwijsenisrael.nl); "runs from" (see extractors/hebrewPeriod.ts).
  // A schedule's label for the festival day between the holiday and its date: "SUCCOS, YOM TOV,
  // THURSDAY, OCTOBER 17" (toraschaimdallas.org).
  { phrase: "yom tov" },
  { phrase: "loopt van" },
  { phrase: "runs from" },
  // "'Hanouka aura lieu du mardi 12 décembre au soir", "Roch 'Hodech Tévèt aura lieu ce Chabbat
  // samedi 8 et dimanche 9 décembre 2018" (acjbb-sud.org), "Il 16 e 17 settembre 2023 sarà Rosh ha
  // Shanà" (zeraim.it): "will take place", "will be".
  { phrase: "aura lieu ce chabbat" },
  { phrase: "aura lieu" },
  { phrase: "sarà" },
  { phrase: "será" },
  { phrase: "comienza la festividad de" },
  { phrase: "rozpocznie się" },
  { phrase: "rozpoczyna się" },
  { phrase: "entspricht dem" },
  { phrase: "entspricht" },
  { phrase: "fällt auf den" },
  { phrase: "fiel auf den" },
  { phrase: "das ist" },
  // "heuer am 19. September, ist der 1. Tischre" (der-transkribierer.at): "is the", as "is" above.
  { phrase: "ist der" },
  { phrase: "ist" },
  // "Übermorgen, am 14. Adar (heuer der 21. März) ist Purim" (ojm.at), "heuer am 19. September"
  // (der-transkribierer.at): Austrian and Bavarian "this year".
  { phrase: "heuer der" },
  { phrase: "heuer am" },
  { phrase: "heuer" },
  { phrase: "also am" },
  // "Schawuot wird am 11.-13. Juni 2024 gefeiert" (nessziona.de): the holiday "is kept on" its days.
  { phrase: "wird am" },
  { phrase: "am" },
  { phrase: "что соответствует" },
  { phrase: "соответствует" },
  { phrase: "приходится на" },
  { phrase: "выпадает на" },
  { phrase: "то есть" },
  { phrase: "т.е." },
  { phrase: "или" },
  { phrase: "що відповідає" },
  { phrase: "припадає на" },
  // Romanian "(which) corresponds to the date of", "that is": "care corespunde datei de 10 aprilie".
  { phrase: "care corespunde datei de" },
  { phrase: "corespunde datei de" },
  { phrase: "care corespunde cu" },
  { phrase: "corespunde cu" },
  { phrase: "care corespunde" },
  { phrase: "corespunde" },
  { phrase: "adică" },
  { phrase: "que corresponde al" },
  { phrase: "corresponde al" },
  // "el Pésaj inicia el día de hoy 26 de marzo" (somoshermanos.mx): "begins today".
  { phrase: "inicia el día de hoy" },
  { phrase: "empieza el día de hoy" },
  { phrase: "comienza el día de hoy" },
  { phrase: "inicia el" },
  { phrase: "empieza el" },
  { phrase: "comienza el" },
  { phrase: "que cae el" },
  { phrase: "cae el" },
  { phrase: "es decir" },
  { phrase: "o sea" },
  { phrase: "el" },
  { phrase: "que corresponde a" },
  { phrase: "corresponde a" },
  { phrase: "que cai em" },
  { phrase: "cai em" },
  { phrase: "ou seja" },
  // "Shemini Atzeret na segunda-feira, 1 de outubro" (anussimbrasilkids.blogspot.com): "on the".
  { phrase: "na" },
  { phrase: "no" },
  { phrase: "isto é" },
  { phrase: "che corrisponde al" },
  { phrase: "corrisponde al" },
  { phrase: "cioè" },
  // "Il 6 e il 7 di Sivan, quest'anno il 17 e il 18 maggio" (shalom.it), "le 25 Kislev, cette année le
  // 15 décembre": "this year", and the article before a day, as "le" and "el" are.
  { phrase: "quest'anno" },
  { phrase: "cette année" },
  { phrase: "il" },
  { phrase: "valt op" },
  // "is" of Italian, French and Dutch, as "ist" above: "Il 12 ottobre 2024 è Yom Kippur", "Le 12
  // octobre 2024 est Yom Kippour", "c'est" (Dutch "is het" stands before "is").
  { phrase: "è" },
  { phrase: "c'est" },
  { phrase: "est" },
  { phrase: "dat is" },
  // "Τρίτη 11 Απρίλη 2017 ή 15 Νισάν του έτους 5777" (corfuhistory.eu): "or".
  { phrase: "ή" },
  // A civil date's evening written after it: "am 10. Dezember abends = am 25. Kislev 5781".
  { phrase: "abends", evening: true },
  { phrase: "au soir", evening: true },
  { phrase: "вечером", evening: true },
  // "пришел 14 декабря с наступлением 25-го дня месяца кислев": the day came in that evening.
  { phrase: "с наступлением", evening: true },
  // Hebrew: "that fell on", "which begins on", "that will fall on", "that is".
  { phrase: "שחל ב" },
  { phrase: "שחלה ב" },
  { phrase: "שחל" },
  { phrase: "החל ב" },
  { phrase: "החל" },
  { phrase: "שיחול ב" },
  { phrase: "יחול ב" },
  { phrase: "יחול" },
  { phrase: "היינו" },
  // "13.12.2017- זהו א' חנוכה" (il.onlineisrael.info): "this is".
  { phrase: "זהו" },
  { phrase: "זוהי" },
  { phrase: "שהוא" },
  { phrase: "הוא" },
  // "1/1/24 או כ׳ בטבת תשפ״ד?" (bepashtut.com): "or".
  { phrase: "או" },
  { phrase: "ביום" },
  // "the night before": "א' בתשרי, אור ל-16 בספטמבר 1784" (hamichlol.org.il) is the Hebrew day whose
  // night comes before that civil day, so the day itself.
  { phrase: "אור" },
  // After a Hebrew year, its era: "in the year 5754 from Creation (June 12, 1994)" (queensjewishlink.com).
  { phrase: "from the creation of the world" },
  { phrase: "since the creation of the world" },
  { phrase: "from creation" },
  { phrase: "since creation" },
  { phrase: "anno mundi" },
  // Markers written after a civil date: "by their count", "of the era".
  { phrase: "למניינם" },
  { phrase: "למנינם" },
  { phrase: "לספירה" },
  { phrase: 'לסה"נ' },
  { phrase: "לסה״נ" },
  // "from" before a holiday's civil span, as "vom" above: "иудеи отмечают Хануку с 18 декабря по 28
  // декабря" (gorod.lv), uk "з". Last, so that "с наступлением" is read whole.
  { phrase: "с" },
  { phrase: "з" },
  // "to", the end's word beside "from": "по 22 нисана (по 27 апреля 2019 года)" (vse-dni.ru).
  { phrase: "по" },
];

const asPattern = (phrase: string): string =>
  phrase.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, "\\s+");
// Built on first use, not at load: a module whose top level calls nothing is one a bundler can
// drop from a web page that never reads a page's connectors (the reading of one date needs none).
const built: { connector?: RegExp; lifeVerb?: RegExp; eveningPhrases?: ReadonlySet<string> } = {};

/**
 * Connector phrases as whole words; a Hebrew one may run into the date ("שחל ב22.7"). The words for
 * "this year" (THIS_YEAR) gloss a day with its date of the year meant: "El 14 de Iyar, (este año el
 * 15 de Mayo de 2022)" (jabad.org.ar).
 */
function connectorPattern(): RegExp {
  if (built.connector) return built.connector;
  const phrases = [...CALENDAR_GLOSSES, ...CONNECTORS.map((c) => c.phrase)].map(asPattern);
  // Not a year written out: "on April 7-8 in 2021 (the 26th day of Nisan)" gives the range its year
  // (yearFromProse.ts), and the range pairs whole, not by its end.
  const thisYear = THIS_YEAR.filter((row) => !row.includes("YYYY")).map(asPattern);
  built.connector = new RegExp(
    `(?<![\\p{L}\\p{N}])(?:${[...phrases, ...thisYear].join("|")})(?!\\p{L})`,
    "giu",
  );
  return built.connector;
}
/**
 * A bio's verb before a bracketed calendar gloss: "18 апреля 1902 – родился (по еврейскому календарю
 * 11 нисана 5662 года)" says the bracket is the same day. Without the gloss, "born 1 May, died 3
 * Nisan" are two days, so the verb alone joins nothing.
 */
function lifeVerbPattern(): RegExp {
  built.lifeVerb ??= new RegExp(
    `(?<!\\p{L})(?:${LIFE_VERBS.map(asPattern).join("|")})\\s*(?=[(\\[]\\s*(?:${CALENDAR_GLOSSES.map(asPattern).join("|")})(?!\\p{L}))`,
    "giu",
  );
  return built.lifeVerb;
}
/**
 * A clause's own evening word: "Lag BaOmer … begins at sundown on" (see clauseJoin.ts), in every
 * language read (EVENING_WORDS), and a candle, lit on the evening the day begins ("the first candle
 * is lit Friday", CANDLE_WORDS). An evening "vor dem" (before the) the date is the eve of the date
 * written: "vom Abend vor dem 10. September" names the holiday's first day, 10 September.
 */
let eveningWord: RegExp | undefined;
const EVENING_WORD = (): RegExp =>
  (eveningWord ??= new RegExp(
    `(?<!\\p{L})(?:${[...EVENING_WORDS, ...CANDLE_WORDS].map(asPattern).join("|")})(?!\\p{L})(?! vor dem(?!\\p{L}))`,
    "u",
  ));

/** A sentence ends in the gap and another begins. */
const SENTENCE_BREAK = /(?<=[\p{Ll}\p{Lo}]{2})[.!?\u2026]["'\u201d\u2019)\]]*\s+(?=\p{L})/u;
/** A sentence that ends with the first date itself. */
const LEADING_BREAK = /^[.!?\u2026]["'\u201d\u2019)\]]*\s+(?=\p{L})/u;
/** The next sentence speaks of the date just named ("… 5784. This date falls on February 17, 2024"),
 * in Dutch and German too: "op maandag 3 oktober. Dat is 1 tisjri" (kerkenisrael.nl). */
const REFERS_BACK = /^(?:this date|this day|that day|that date|it|dat|das|dies)(?!\p{L})/iu;

/**
 * Whether a connector phrase (as `joinGap` reports it) says the civil date is the evening that
 * begins the Hebrew day.
 * @example isEveningPhrase("begins at sundown on") // true
 */
export function isEveningPhrase(phrase: string): boolean {
  built.eveningPhrases ??= new Set(CONNECTORS.filter((c) => c.evening).map((c) => c.phrase));
  const folded = phrase.toLowerCase().replace(/\s+/g, " ");
  return built.eveningPhrases.has(folded) || EVENING_WORD().test(folded);
}

/**
 * A dateline's place between a civil and a Hebrew date: "ה-4 בינואר בירושלים, ג' בטבת" (in
 * Jerusalem), one or two words after the prefix ב and before a comma. Not a time of day: "בערב",
 * "בלילה", "במוצאי שבת" say which evening, and are the evening readers' to judge.
 */
const HEBREW_PLACE =
  /^[ \u00a0]*ב(?!(?:ערב|לילה|בוקר|צהריים|צהרים|מוצאי|שקיעה|שקיעת|שעה)(?![\u05d0-\u05ea]))[\u05d0-\u05ea]{2,}(?:[ \u00a0\-־][\u05d0-\u05ea]{2,})?[ \u00a0]*,[ \u00a0]*$/u;

/**
 * How the text between two mentions joins them as a pair: separators only, or with a connector
 * phrase; at most one line break. Undefined when it does not.
 * @example joinGap(" | ")?.kind // "separator"
 * @example joinGap(", which falls on ")?.kind // "connector"
 * @example joinGap(" was published on the day after ") // undefined
 */
export function joinGap(gap: string): GroupEvidence | undefined {
  const separated = separatorGap(gap);
  if (separated) return separated;
  if (!withinALine(gap)) return undefined;
  // "א׳ כסלו, ב׳ דראש חודש כסלו (9.11.18)": a luach's day-of-Rosh-Chodesh label is no word between them.
  if (SEPARATORS.test(withoutRoshChodeshDay(gap))) return { kind: "separator", text: gap };
  if (HEBREW_PLACE.test(gap)) return { kind: "separator", text: gap };
  // Two dates in different sentences are two statements, unless the second sentence points back;
  // then its pointing words ("This date corresponds to March 14, 2024") are no words between.
  const sentence = SENTENCE_BREAK.exec(gap);
  let joined = gap;
  if (sentence) {
    const after = sentence.index + sentence[0].length;
    const back = REFERS_BACK.exec(gap.slice(after));
    if (!back) return undefined;
    joined = gap.slice(0, after) + gap.slice(after + back[0].length);
  } else {
    // The sentence may end right at the first date ("… Adar II, 5784. This date corresponds to …").
    // Words of a new sentence that does not point back join nothing: "… Lag BaOmer. Este año el 26
    // de mayo cerramos la escuela" is another statement.
    const first = LEADING_BREAK.exec(gap);
    const back = first && REFERS_BACK.exec(gap.slice(first[0].length));
    if (first && !back) return undefined;
    if (first && back) joined = first[0] + gap.slice(first[0].length + back[0].length);
  }
  joined = joined.replace(lifeVerbPattern(), " ");
  let phrase: string | undefined;
  const rest = joined.replace(connectorPattern(), (found) => {
    // The first meaningful phrase names the join: "which falls on", not the "the" after it.
    if (phrase === undefined || isEveningPhrase(found)) phrase = found.toLowerCase().replace(/\s+/g, " ");
    return " ";
  });
  if (phrase === undefined || !SEPARATORS.test(rest)) return undefined;
  return { kind: "connector", text: gap, phrase };
}
