// Holiday names as the pages of the languages other than English and Hebrew spell them, by the
// key calendars/holidayDates.ts knows them by; rows as in holidays.ts, whose table of names in
// English letters they join. The lean browser build leaves them out (tsup.config.ts, englishHebrewOnly).

/** Names in the letters of other languages (Latin with their accents, Cyrillic, Greek). */
export const HOLIDAY_NAMES_LATIN_LANGUAGES: Readonly<Record<string, readonly string[]>> = {
  "rosh-hashanah": [
    "rosz ha-szana",
    "rosj hasjana",
    "rosch ha-schana",
    "rosch haschana",
    "rosh hashaná",
    "roch hachana",
    "roch hachanah",
    "rosh hachana",
    "roș hașana",
    "roş haşana",
    // Romanian for "the Jewish New Year": "Noul An Evreiesc 5784" (wowbiz.ro), "Sărbătoarea Anului Nou
    // ebraic" (monitorulsv.ro), "Anul Nou evreiesc (Roș Hașana)" (monitorulsv.ro), "Roș Hașaná" (wowbiz.ro).
    "anul nou evreiesc",
    "anului nou evreiesc",
    "noul an evreiesc",
    "noului an evreiesc",
    "anul nou ebraic",
    "anului nou ebraic",
    "anul nou iudaic",
    "roș hașaná",
    // Catalan: "El Roix ha-Xanà és la festivitat que dóna inici a l'any nou jueu" (diariodemallorca.es).
    "roix ha-xanà",
    "roix haxanà",
    "any nou jueu",
    "roš ha-šana",
    "rosh ha shanà",
    "rosh hashanà",
    "rosh ha-shanà",
    "рош ха-шана",
    "рош а-шана",
    // Cyrillic and Greek: "Рош га-Шана", "Рош-ха-Шана" (cherkasy.info, vin.gov.ua), "Рош Ашана" (rupor.od.ua),
    // "Ρος Ασανά" (gazzetta.gr); Hungarian "Ros Hásáná" (bibliakultura.blog.hu), "Ros hasana" (jelesnapok.oszk.hu);
    // the "Jewish New Year" as pages name it: "il Capodanno ebraico" (intercitydailynews.com), "le Nouvel an
    // juif" (cnews.fr), "o Ano-Novo judaico" (bsbtimes.com.br), "el Año Nuevo judío", "Joods Nieuwjaar"
    // (wilnis.protestantsekerk.net), "еврейский Новый год".
    "рош га-шана",
    "рош ашана",
    "ρος ασανά",
    "ρος χασανά",
    "ros hásáná",
    "ros hásána",
    "ros hasana",
    "capodanno ebraico",
    "nouvel an juif",
    "ano novo judaico",
    "año nuevo judío",
    "joods nieuwjaar",
    "jüdisches neujahr",
    // "Vom 2. bis 4. Oktober 2024 wird das jüdische Neujahrsfest gefeiert" (papierkunst.info).
    "jüdische neujahrsfest",
    "jüdisches neujahrsfest",
    "neujahrsfest",
    "еврейский новый год",
  ],
  "yom-kippur": [
    // French and Italian pages name the day by its second word alone: "Kippour 5784", "Vigilia Kippur",
    // "Kippur 10 Tishrì" (fdocuments.fr, firenzebraica.it, tecnicadellascuola.it).
    "kippour",
    "kippur",
    "iom kipur",
    "jom kipoer",
    "jom kippur",
    "jom kipur",
    "yom kippour",
    // "Día del Perdón" (localnewswave.com, revistamandato.com), "Dia da Expiação", "Dia do Perdão"
    // (montesclaros.com, a Brazilian infobox), "Der Versöhnungstag" (zdf.de, jbsz.de), "Йом Кипур", "Йом Кіпур".
    "día del perdón",
    "dia do perdão",
    "dia da expiação",
    "versöhnungstag",
    "йом кипур",
    "йом кипура",
    "йом кіпур",
    "γιομ κιπούρ",
  ],
  sukkot: [
    // Italian marks the stressed vowel: "Sukkòt" (moked.it); French "Soukot" (alloj.com).
    "sukkòt",
    "soukot",
    // "Laubhüttenfest" (sgk.de), "Souccot" (cnews.fr), "Суккот", "Szukkot" (a Budapest luach), "Soekot".
    "laubhüttenfest",
    "souccot",
    "soukkot",
    "суккот",
    "суккота",
    "сукот",
    "szukkot",
    "soekot",
    // "Het Loofhuttenfeest begint dit jaar (2013, 5774) op woensdagavond 18 september" (pillaroffire.nl).
    "loofhuttenfeest",
    "σουκότ",
    // Hungarian "Szukot", "a Sátoros ünnep" (the feast of booths) as Hungarian community pages name it.
    "szukot",
    "sátoros ünnep",
  ],
  "shemini-atzeret": [
    // French "Chemini Atseret" (ajcf.fr, loubavitch.fr).
    "chemini atseret",
    // "Schmini-Azeret" (jbsz.de).
    "schmini azeret",
    // "7. října Šmini Aceret" (pragueinformationservices.com), "(Sjeminie Atseret)" (pillaroffire.nl).
    "šmini aceret",
    "sjeminie atseret",
    "sjemini atseret",
  ],
  // Czech and Slovak "Simchat Tóra", "v deň Simchat Tóry" (cs.testamentdespoetes.be, znonitra.sk);
  // German "Lichterzünden für Simchat Thora" (israelmagazin.de).
  // Italian "Simchàt Torà" (tecnicadellascuola.it).
  // Hungarian "Szimhát Tóra".
  "simchat-torah": [
    "szimhát tóra",
    "симхат тора",
    "simchat tóra",
    "simchat tóry",
    "simchat thora",
    "simchàt torà",
    // Portuguese and Spanish "Simchat Torá", "Simjat Torá".
    "simchat torá",
    "simjat torá",
    "simjat tora",
  ],
  chanukah: [
    // Italian "Chanukkà", "Hannukkha" (moked.it, iomeetiziana.blogspot.com).
    "chanukkà",
    "hannukkha",
    "hanoukka",
    "hanoucca",
    // Romanian "Hanuca" (romaniatv.net, monitorulsv.ro).
    "hanuca",
    "hanouka",
    "janucá",
    "januca",
    // Portuguese "Chanucá", "Hanucá", "Chanuká", "Hanuká".
    "chanucá",
    "chanuca",
    "hanucá",
    "chanuká",
    "hanuká",
    // Cyrillic in its cases: "отмечают Хануку" (golos.ua, tass.ru), "празднование Хануки" (sud.ua), "Ханука";
    // "Chánuká" (breuerpress.com), "Chanoeka" (beleven.org), "Χανουκά".
    "ханука",
    "хануки",
    "хануку",
    "ханукой",
    "хануке",
    "chánuká",
    "chanoeka",
    "χανουκά",
  ],
  purim: [
    "pourim",
    // Dutch "Poeriem", "Poerim" (beth-yeshua.nl, crescas.nl, messiaansesjoel.nl).
    "poeriem",
    "poerim",
    // "Пурим", "праздник Пурима".
    "пурим",
    "пурима",
  ],
  pesach: [
    // Italian "Pèsach" (firenzebraica.it).
    "pèsach",
    "pesaj",
    "pésaj",
    // Romanian "Paștele evreiesc" (informatia-zilei.ro, with comma or cedilla), "Pesahul" (ziarelive.ro).
    "paștele evreiesc",
    "paştele evreiesc",
    "pesahul",
    // Czech in its cases: "1. den Pesachu" (pragueinformationservices.com).
    "pesachu",
    "passahfest",
    "passah",
    // "Pêssach" (pt.chabad.org), "Pessa'h"; Cyrillic in its cases: "Песах" (vaadua.org, rk-news.ru),
    // "празднование Песаха" (eros-alex.ru), "Пейсах"; "Πέσαχ" (in.gr, corfuhistory.eu); Hungarian "Pészah"
    // (kilenconline.hu), "Pészách" (a Budapest luach).
    "pêssach",
    "pessa'h",
    "песах",
    "песаха",
    "песаху",
    "пейсах",
    "пейсаха",
    "πέσαχ",
    "pészah",
    "pészách",
    // "Pészach első két főünnepi nap" (bzsh.hu); "the Jewish Passover" as pages of these languages
    // call it: "Єврейська Паска припадає з 8 по 16 квітня" (onmckim.com.ua), "El Pésaj (Pascua Judía)".
    "pészach",
    "єврейська паска",
    "еврейская пасха",
    "pascua judía",
    "páscoa judaica",
    "pâque juive",
    "pasqua ebraica",
    // German compounds: "Am 12. April 2025 beginnt das jüdische Pessachfest" (infoportal-diakonie-hochfranken.de),
    // "das Pesachfest" (ikg-augsburg.com), "Beginn des jüdischen Pessachfestes" (kalenderderkulturen.de).
    "pessachfest",
    "pessachfestes",
    "pesachfest",
    "pesachfestes",
    // Catalan: "les comunitats jueves de Barcelona celebren el Péssah" (ajuntament.barcelona.cat),
    // "el Péssa'h, o Pasqua jueva" (dbalears.cat), "Péssakh" (israelacatalunya.blogspot.com).
    "péssah",
    "péssa'h",
    "péssakh",
    "pasqua jueva",
  ],
  shavuot: [
    "chavouot",
    // "Chavouoth" (a French blog copying a Paris luach), German "Schawuot" (ikg-straubing.de, rp-online.de).
    "chavouoth",
    "schawuot",
    "shavouot",
    "szawuot",
    // "Шавуот", "Sávuot" (a Budapest luach), "Šavuot", "Σαβουώτ" (corfuhistory.eu).
    "шавуот",
    "sávuot",
    "šavuot",
    "σαβουώτ",
  ],
  "tisha-bav": [
    // Italian "Digiuno del 9 di Av", "Digiuno nel 9 di Av", "Digiuno del 9 Av" (Italy's yearly list of
    // the festivals, as ravenna24ore.it and notiziedellascuola.it copy it): the fast of the Ninth of Av.
    "digiuno del 9 di av",
    "digiuno nel 9 di av",
    "digiuno del 9 av",
    "tisha bé av",
    "tich'a bé av",
    "ticha bé av",
    // "Érev Tishá BeAv" (lakehile.com), "el ayuno de Tish’a BeAb" (halaja.org), "Tisá BeÁv" (tarrdaniel.com).
    "tishá beav",
    "tishá be av",
    "tisá beáv",
  ],
  // (French "Tou Bichvat" waits for the evening a clock time marks: "le Seder de Tou bichvat aura lieu
  // le dimanche 1er février 2026 à 19h", cceee.online, is the evening before.)
  "yom-haatzmaut": ["iom haatzmaut"],
  // Portuguese and Spanish "Jerusalem Day": "Quarta, 24 de Maio - Dia de Jerusalém".
  "yom-yerushalayim": ["dia de jerusalém", "día de jerusalén"],
  // "Assarah b’Tevet (azaz Tévét hó tizedike) január 10-re esik" (hirolvaso.com).
  "asara-btevet": ["assarah b'tevet", "assara b'tevet"],
  // "з нагоди юдейського свята Лаг Ба Омер" (risu.ua), with the words apart.
  "lag-baomer": ["лаг ба омер", "лаг баомер"],
  // ru "В 2025 году Ту би-Шват выпадает на 13 февраля" (mjcc.ru), uk "12 лютого проводиться Ту бі-Шват"
  // (dilovamova.com), "Ту Бі-Шват" (uk Wikipedia); pl "Tu bi-Szwat", cs and sk "Tu bi-švat".
  "tu-bishvat": ["ту би-шват", "ту бі-шват", "tu bi-szwat", "tu bi-švat"],
  // Spanish "Rosh Jodesh Tevet", Portuguese "Rosh Chôdesh Kislev" (revistanascente.com.br).
  "rosh-chodesh": ["rosh jodesh", "rosh jódesh", "rosh chôdesh"],
};

/**
 * Words before a name that make it the day before, as "Erev" does (holidays.ts): Italian "Vigilia di
 * Pesach", "Vigilia Kippur" (tecnicadellascuola.it, ravenna24ore.it), French "la veille de Pessa'h"
 * (ccfnewyork.com).
 */
export const EREV_WORDS_LATIN_LANGUAGES: readonly string[] = [
  "vigilia di",
  "vigilia del",
  "vigilia",
  "veille de",
];

/**
 * The day of a festival counted in figures before its name, as these languages write it: cs "1. den
 * Pesachu", "2. den Roš-hašana" (pragueinformationservices.com), de "1. Tag Rosh Hashana", "2. Tag
 * Sukkot" (israelmagazin.de): the words for "day".
 */
export const DAY_WORDS_BEFORE_NAME_LANGUAGES: readonly string[] = [
  "tag",
  "den",
  "dag",
  "día",
  "dia",
  "giorno",
  "jour",
  "dzień",
  "день",
];

/** The words for "of" that may follow them: "2. dzień Pesach", "1º dia de Sucot". */
export const OF_AFTER_DAY_WORD_LANGUAGES: readonly string[] = [
  "des",
  "de",
  "del",
  "di",
  "do",
  "da",
  "van",
  "od",
];
