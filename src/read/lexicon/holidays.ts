// Holiday names as pages spell them, by the key calendars/holidayDates.ts knows them by. Rows, not
// rules: which days a name stands for is @hebcal/core's business. Spellings are written in lower
// case; in patterns a space also matches a hyphen and an apostrophe or gershayim may be left out,
// and lookups fold case, accents, apostrophes, gershayim, spaces and hyphens away.
// Seen on pages: "Erev Pesach 2027", "Tisha B'Av 5787", "Tish'a B'Av", "Succos", "Chanukah: 3
// Candles", "Shmini Atzeres", "Yom Ha'atzmaut", "ערב פסח", "ל״ג בעומר", "יום הזיכרון"; and, in the
// other languages read: "Iom Kipur" (lanacion.com.ar), "Rosz ha-Szana" (kpjch.pl),
// "Rosj Hasjana" and "Jom Kipoer" (kerkenisrael.nl), "Rosch ha-Schana" (jbsz.de),
// "Thursday, Dec 28 - Fast of Tevet" (a shul's bar mitzvah booklet); "Pesaj", "Pésaj", "Rosh
// Hashaná", "Sucot", "Janucá", "Iom Haatzmaut" (aishlatino.com, futuro.aiponline.com.ar), "Roch
// Hachana", "Hanoukka", "Hanoucca", "Yom Kippour" (terrafemina.com, aussiedlerbote.de, cnews.fr),
// "Rosz Haszana", "Jom Kipur" (poznan.jewish.org.pl, a Kraków bulletin), "Roș Hașana" and "Roş
// Haşana" (monitorulsv.ro, radiooltenia.ro), "Roš ha-šana" (nfdl.cz, kehilazilina.sk), "Pessach"
// (jgms.de); "Rosh Ha-Shanà" (doczz.it), "Рош ха-Шана" (24tv.ua), "Рош а-шана" (ivrika.ru),
// "Rosh ha Shanà" (zeraim.it), "Rosh Hashanà" (ravenna24ore.it), "Szawuot"
// (religie.wiara.pl, beitkrakow.org), "Passahfest" (allanshere.com), "Roch 'Hodech Tévèt"
// (acjbb-sud.org, aci-caen.org), "Rosh Hhodesh" (aci65.blogspot.com); "Pourim", "Chavouot", "Tisha Bé Av" (aifonline.net), "Tich'a Bé Av". Accented letters are matched as written, in lower case or with a capital first.

import {
  DAY_WORDS_BEFORE_NAME_LANGUAGES,
  EREV_WORDS_LATIN_LANGUAGES,
  HOLIDAY_NAMES_LATIN_LANGUAGES,
  OF_AFTER_DAY_WORD_LANGUAGES,
} from "./holidays.languages.js";

/** A table of names, each holiday's English spellings then the other languages'. Called pure: a bundle that reads no name drops both. */
function withLanguages(
  englishHebrew: Record<string, readonly string[]>,
  others: Readonly<Record<string, readonly string[]>>,
): Record<string, readonly string[]> {
  const table: Record<string, readonly string[]> = { ...englishHebrew };
  for (const [key, names] of Object.entries(others)) table[key] = [...(table[key] ?? []), ...names];
  return table;
}

/** Names in English letters. */
export const HOLIDAY_NAMES_LATIN: Record<string, readonly string[]> = /* @__PURE__ */ withLanguages(
  {
    "rosh-hashanah": [
      "rosh hashanah",
      "rosh hashana",
      "rosh ha-shanah",
      "rosh ha-shana",
      // "9-18-2025 Rosh Ha’Shanah 5786" (latino-jewish-relations.org).
      "rosh ha'shanah",
      "rosh hashono",
      "rosh hashonah",
      // "The evening of September 6, 2021 will launch the … Jewish New Year" (newsbreak.com), as the
      // other languages' rows name it; "the Jewish New Year for Trees" is Tu BiShvat's (its row).
      "jewish new year",
    ],
    "yom-kippur": ["yom kippur", "yom kipur", "yom ha-kippurim", "yom ha-kipurim", "yom kippurim"],
    "kol-nidre": ["kol nidre", "kol nidrei"],
    // "First Seder April 8" (templebeth-el.net), "First Seder Night" and "Second Seder Night"
    // (kosher4passover.com). (A name begins with a letter: "1st Seder" is not read.)
    "first-seder": ["first seder", "first seder night", "first passover seder"],
    "second-seder": ["second seder", "second seder night", "second passover seder"],
    sukkot: [
      "sukkot",
      "succot",
      "succos",
      "sukkos",
      "sukkoth",
      "succoth",
      "sukot",
      "sucot",
      "tabernacles",
      "feast of tabernacles",
    ],
    "hoshana-rabbah": ["hoshana rabbah", "hoshana raba", "hoshana rabba", "hoshanah rabbah", "hoshanah raba"],
    "shemini-atzeret": [
      "shemini atzeret",
      "shmini atzeret",
      "shmini atzeres",
      "shemini atzeres",
      "shemini azeret",
      // A Yizkor booklet's "SH’MINI ATZERET / SATURDAY, OCTOBER 10, 2020" (fdocuments.us).
      "sh'mini atzeret",
    ],
    "simchat-torah": [
      "simchat torah",
      "simchas torah",
      "simhat torah",
      // "Sim'hat Torah" (cnews.fr), "Simhat-Tora" (jbsz.de), "Симхат Тора".
      "sim'hat torah",
      "simhat tora",
      "simchat tora",
    ],
    chanukah: ["chanukah", "hanukkah", "chanuka", "hanukah", "chanukkah", "hanuka", "hanukka", "chanukka"],
    "asara-btevet": [
      "asara b'tevet",
      "asarah b'tevet",
      "asara b'teves",
      "asarah b'teves",
      "asara be-tevet",
      "tenth of tevet",
      "tenth of teves",
      "fast of tevet",
      "fast of teves",
    ],
    "tu-bishvat": [
      "tu bishvat",
      "tu b'shvat",
      "tu b'shevat",
      "tu bishevat",
      "tu bi-shvat",
      "jewish new year for trees",
      "jewish new year of the trees",
    ],
    "taanit-esther": ["ta'anit esther", "ta'anis esther", "taanis esther", "fast of esther"],
    purim: ["purim"],
    "shushan-purim": ["shushan purim"],
    pesach: ["pesach", "passover", "pesah", "peisach", "pessach", "pessah"],
    // "Lag Ba Omer", with the words apart (risu.ua writes it so in Cyrillic: holidays.languages.ts).
    // And "Lag Beomer", as a blog's holiday notes write it (holyinmundane.com).
    "lag-baomer": ["lag ba'omer", "lag b'omer", "lag la'omer", "lag ba omer", "lag beomer", "lag be'omer"],
    shavuot: ["shavuot", "shavuos", "shavuoth"],
    "tzom-tammuz": [
      "shiva asar b'tammuz",
      "shiva asar b'tamuz",
      "shivah asar b'tammuz",
      "seventeenth of tammuz",
      "tzom tammuz",
      "fast of tammuz",
    ],
    "tisha-bav": [
      "tisha b'av",
      "tish'a b'av",
      "tishah b'av",
      "tisha be'av",
      "tishah be'av",
      "tisha b'ab",
      "ninth of av",
      // A table's heading "Fast of Ninth of Av Dates" (calendar-holidays.com).
      "fast of ninth of av",
      "fast of the ninth of av",
      "tisha beav",
      "tish'a beab",
      "tish'a beav",
    ],
    "tzom-gedaliah": [
      "tzom gedaliah",
      "tzom gedalia",
      "tzom gedalyah",
      "fast of gedaliah",
      "fast of gedalia",
    ],
    // The apostrophe where a page puts it: "Yom Hasho’a" (israelnationalnews.com), "Yom H’Shoah"
    // (kolshalom.com), "Yom HaAtzma'ut" (a synagogue's "Jewish Facts of Life").
    "yom-hashoah": ["yom hashoah", "yom ha-shoah", "yom hasho'a", "yom h'shoah", "holocaust remembrance day"],
    "yom-hazikaron": ["yom hazikaron", "yom ha-zikaron"],
    "yom-haatzmaut": [
      "yom ha'atzmaut",
      "yom haatzma'ut",
      "yom ha-atzmaut",
      "yom haatzmaut",
      "israel independence day",
    ],
    "yom-yerushalayim": ["yom yerushalayim", "jerusalem day"],
    "rosh-chodesh": ["rosh chodesh", "rosh hodesh", "roch 'hodech", "rosh hhodesh"],
  },
  HOLIDAY_NAMES_LATIN_LANGUAGES,
);

/**
 * A word before a name that makes it another day: the United Nations' "International Holocaust
 * Remembrance Day" is 27 January, not Yom HaShoah ("… International Holocaust Remembrance Day on
 * January 27 each year", jpf.mtt.rs).
 */
export const OTHER_DAY_BEFORE: Readonly<Record<string, readonly string[]>> = {
  "yom-hashoah": ["international"],
};

/** Names in Hebrew script, without niqqud; a ב, ל, ו or ה before them is read as a prefix. */
export const HOLIDAY_NAMES_HEBREW: Record<string, readonly string[]> = {
  "rosh-hashanah": ["ראש השנה"],
  "yom-kippur": ["יום כיפור", "יום כפור", "יום הכיפורים", "יום הכפורים"],
  "kol-nidre": ["כל נדרי"],
  // "ליל הסדר ב5.4.23" (hadoctor.co.il): the Seder night is the first, on the evening that begins Pesach.
  "first-seder": ["ליל הסדר", "ליל סדר"],
  sukkot: ["סוכות", "סכות"],
  "hoshana-rabbah": ["הושענא רבה"],
  "shemini-atzeret": ["שמיני עצרת"],
  "simchat-torah": ["שמחת תורה"],
  chanukah: ["חנוכה"],
  // The prophet's names of the four fasts (Zechariah 8:19), by the month's number: a letter's
  // "יום ג', צום הרביעי, תשכ"ז" (kotar.cet.ac.il) is 17 Tammuz.
  "asara-btevet": ["עשרה בטבת", "צום העשירי"],
  "tu-bishvat": ["ט״ו בשבט"],
  "taanit-esther": ["תענית אסתר"],
  purim: ["פורים"],
  "shushan-purim": ["שושן פורים"],
  pesach: ["פסח"],
  "lag-baomer": ["ל״ג בעומר"],
  shavuot: ["שבועות"],
  "tzom-tammuz": ["י״ז בתמוז", "שבעה עשר בתמוז", "צום תמוז", "צום הרביעי"],
  "tisha-bav": ["תשעה באב", "צום החמישי"],
  "tzom-gedaliah": ["צום גדליה", "צום גדליהו", "צום השביעי"],
  // Its official name begins with Yom HaZikaron's: the longer row must win.
  "yom-hashoah": ["יום השואה", "יום הזיכרון לשואה ולגבורה", "יום הזכרון לשואה ולגבורה"],
  "yom-hazikaron": ["יום הזיכרון", "יום הזכרון"],
  "yom-haatzmaut": ["יום העצמאות"],
  "yom-yerushalayim": ["יום ירושלים"],
  "rosh-chodesh": ["ראש חודש", "ר״ח"],
};

/** Words before a name that make it the day before: "Erev Pesach", "ערב פסח". */
export const EREV_WORDS = {
  // "On the eve of Rosh Hashanah, women light holiday candles" (djc.com.ua), "falls on the eve of
  // Shavuot: Tuesday, June 11, 2024" (archyde.com): the day before, as "Erev" is.
  // "Érev Tishá BeAv comienza este año a las 7:06 pm" (lakehile.com).
  latin: ["erev", "ereb", "érev", "the eve of", "eve of", ...EREV_WORDS_LATIN_LANGUAGES],
  hebrew: ["ערב"],
} as const;

/** A word after a name that makes it the day before: "Passover Eve", "Yom Kippur Eve". */
export const EVE_WORDS_AFTER = ["eve"] as const;

/**
 * A word in brackets after a name that makes it the day before, as listings of the festivals write
 * it: pt "Terça, 30 de Maio - Shavuot (véspera)" (conib.org.br), es "Pesaj (víspera)", it "Kippur (vigilia)".
 */
export const EVE_WORDS_IN_BRACKETS = ["véspera", "víspera", "vigilia", "vigília"] as const;

/** Ordinals of days and candles, in words and figures: "the 3rd candle of Chanukah". */
export const ORDINALS: Record<number, readonly string[]> = {
  1: ["first", "1st"],
  2: ["second", "2nd"],
  3: ["third", "3rd"],
  4: ["fourth", "4th"],
  5: ["fifth", "5th"],
  6: ["sixth", "6th"],
  7: ["seventh", "7th"],
  8: ["eighth", "8th"],
};

/**
 * Hebrew-script ordinals of Chanukah's candles and of a festival's days: "נר ראשון של חנוכה" (ynet.co.il),
 * "נר ה' דחנוכה", "א' חנוכה" (il.onlineisrael.info), "ב' דפסח". The words are those of the weekdays
 * (שני, חמישי); they count here only before a name. A letter needs its geresh.
 */
export const ORDINALS_HEBREW: Record<number, readonly string[]> = {
  1: ["ראשון"],
  2: ["שני"],
  3: ["שלישי"],
  4: ["רביעי"],
  5: ["חמישי"],
  6: ["שישי", "ששי"],
  7: ["שביעי"],
  8: ["שמיני"],
};

/** Hebrew words for a candle or a night of Chanukah before its ordinal: "נר שני", "ליל א'". */
export const CANDLE_WORDS_HEBREW = ["נר", "הנר", "ליל"] as const;

/**
 * Words a table's heading may give after the holiday's name, none of them a date's: "Tisha B'Av,
 * fast — Date by Year" (holidaycalendar.pages.dev), "Purim dates", "Yom Kippur: observance".
 */
export const HEADING_WORDS = [
  "date",
  "dates",
  "day",
  "days",
  "year",
  "years",
  "by",
  "fast",
  "observance",
  "holiday",
  "calendar",
] as const;

/** Words naming the unit an ordinal counts: a day, or a candle (a night of Chanukah is its candle). */
export const DAY_UNITS = { day: ["day"], candle: ["candle", "night"] } as const;

/**
 * A festival's day counted in figures before its name, in the other languages read ("1. Tag Rosh
 * Hashana", "1. den Pesachu"; English writes "the 1st day of", read by ORDINALS): the words for
 * "day", and for the "of" that may follow them.
 */
export const DAY_WORDS_BEFORE_NAME: readonly string[] = DAY_WORDS_BEFORE_NAME_LANGUAGES;
export const OF_AFTER_DAY_WORD: readonly string[] = OF_AFTER_DAY_WORD_LANGUAGES;
