// Weekday words of the languages other than English and Hebrew beyond CLDR's names
// (weekdays.languages.generated.ts): rows CLDR lacks, and the words that make a weekday an evening.
// Rows only: weekdayWords.ts builds the lookups from them. The lean browser build leaves them out
// (tsup.config.ts, englishHebrewOnly).

/**
 * Weekday rows in other languages that CLDR lacks, each with a comment citing where it was seen.
 * Russian news pages mostly write CLDR's nominative ("суббота, 20 декабря", Interfax); running prose
 * writes "on Friday" in the accusative, after "в", "у", "w": "В пятницу вечером, 18 сентября, евреи
 * всего мира начнут отмечать праздник Рош а-Шана" (forum.md), "празднование Песаха начнется в среду,
 * 10 апреля" (eros-alex.ru); Polish "Święto rozpoczęło się w niedzielę, 22 grudnia i potrwa do
 * poniedziałku, 30 grudnia" (dorzeczy.pl); Ukrainian "в середу", "у п'ятницю", "в суботу", "в неділю".
 * Czech and Slovak, which CLDR's table here leaves out: a holiday list's weekday column ("Simchat Tóra
 * 17. října 2022 pondělí", cs.testamentdespoetes.be), "v nedeľu 9.9.2018" (kehilazilina.sk).
 * Russian writes the genitive after "evening of": "с вечера четверга 15 мая до вечера пятницы 16 мая"
 * (dzen.ru), "начинается с вечера пятницы 19 апреля 2019 года" (konsulmir.com).
 * Catalan, CLDR's ca names, which the generated table leaves out: "aquest divendres 15 de setembre a
 * la nit", "el dissabte 16 de setembre", "el diumenge 24 de setembre" (catalunyapress.cat).
 * Hungarian "on Tuesday" with its case ending, before a date that opens the sentence: "Kedden,
 * április 13-án este", "Szombaton, szeptember 16-án" ("vasárnap" is both; CLDR has the plain names).
 * German spells Shabbat "Schabbat" before a Hebrew date: "Schabbat 29. Tischrei 5784" (de.chabad.org's
 * day view).
 */
export const WEEKDAYS_BY_HAND: Record<number, readonly string[]> = {
  0: ["в воскресенье", "niedzielę", "неділю", "neděle", "nedeľa", "nedeľu", "воскресенья", "diumenge"],
  1: ["в понедельник", "poniedziałku", "pondělí", "pondelok", "понедельника", "dilluns", "hétfőn"],
  2: ["во вторник", "úterý", "utorok", "вторника", "dimarts", "kedden"],
  3: ["в среду", "среду", "środę", "середу", "středa", "streda", "среды", "dimecres", "szerdán"],
  4: ["в четверг", "čtvrtek", "štvrtok", "четверга", "dijous", "csütörtökön"],
  5: ["в пятницу", "пятницу", "п'ятницю", "pátek", "piatok", "пятницы", "divendres", "pénteken"],
  6: ["в субботу", "субботу", "sobotę", "суботу", "субботы", "dissabte", "schabbat", "szombaton"],
};

/**
 * Portuguese weekdays without their "-feira", as listings write them: "Terça, 30 de Maio - Shavuot"
 * (conib.org.br), "Quinta, 2 de outubro". "Segunda", "quinta", "sexta" are also ordinals, so they
 * count only with a comma or full stop after them, as CLDR's short names do.
 */
export const WEEKDAYS_PORTUGUESE_SHORT: Record<number, readonly string[]> = {
  1: ["segunda"],
  2: ["terça"],
  3: ["quarta"],
  4: ["quinta"],
  5: ["sexta"],
};

/**
 * Yiddish weekdays as Hasidic news pages spell them, beside CLDR's standard spellings ("זונטיק",
 * "דאָנערשטיק"): "-טאג" for "-טיק", no points: "דאנערשטאג פ' ראה • כ"ה אב תשפ"ד" and
 * "זונטאג פ' ויקרא • כ''ו אדר תשפ"ו" (bechatzros.com datelines), "היינטיגן פרייטאג, כ"ו אב" (the same
 * site's prose). The standard spellings with two yods for the ligature ("פרייטיק") fold to no CLDR row.
 */
export const WEEKDAYS_YIDDISH: Record<number, readonly string[]> = {
  0: ["זונטאג", "זונטיק"],
  1: ["מאנטאג", "מאנטיק"],
  2: ["דינסטאג", "דינסטיק"],
  3: ["מיטוואך", "מיטוואָך"],
  4: ["דאנערשטאג", "דאנערשטיק"],
  5: ["פרייטאג", "פרייטיק", "פֿרייטיק"],
};

/**
 * The same in the other languages read, after CLDR's weekday names ("samedi soir" on a French
 * community calendar, "Freitagabend" written apart, "в пятницу вечером"): words as pages write them.
 */
export const EVENING_AFTER_BY_LANGUAGE: Readonly<Record<string, readonly string[]>> = {
  fr: ["soir", "au soir"],
  de: ["abend", "abends"],
  ru: ["вечером", "вечер"],
  uk: ["увечері", "ввечері", "вечір"],
  es: ["por la noche", "en la noche", "noche"],
  pt: ["à noite", "noite"],
  it: ["sera"],
  nl: ["avond"],
  pl: ["wieczorem", "wieczór"],
  hu: ["este"],
  el: ["βράδυ"],
};

/**
 * The same written onto the weekday as one word: "Mittwochabend, 25.12.2024" (irg-baden.de's
 * Chanukah notice), "zondagavond 29 september 2019" (talmidim.nl).
 */
export const EVENING_SUFFIX_BY_LANGUAGE: Readonly<Record<string, readonly string[]>> = {
  de: ["abend"],
  nl: ["avond"],
};
