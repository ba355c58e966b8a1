// Weekday words beyond the English and Hebrew-script names of lexicon.ts: transliterations, the
// CLDR names of other languages (weekdays.generated.ts) and rows CLDR lacks, and the words that
// make a weekday an evening. Rows only: weekdayWords.ts builds the lookups from them.

/** Hebrew weekday names in English letters, any case, Sunday = 0. "Erev Shabbat" is Friday by day. */
export const WEEKDAYS_TRANSLITERATED: Record<number, readonly string[]> = {
  0: ["yom rishon"],
  1: ["yom sheni", "yom sheini"],
  2: ["yom shlishi", "yom sh'lishi", "yom shelishi"],
  3: ["yom revi'i", "yom revii"],
  4: ["yom chamishi", "yom hamishi", "yom ḥamishi"],
  5: ["yom shishi", "erev shabbat", "erev shabbos", "erev shabbes"],
  6: [
    "shabbat",
    "shabbos",
    "shabbes",
    "yom shabbat",
    "shabbat kodesh",
    "shabbos kodesh",
    "shabbes kodesh",
    "shabbat kodes",
  ],
};

/** Hebrew-script weekday rows beside those of lexicon.ts: Friday's daytime, and Shabbat abbreviated. */
export const WEEKDAYS_HEBREW_MORE: Record<number, readonly string[]> = {
  // ערב שבת is Friday (the day before Shabbat), not Friday evening.
  5: ["ערב שבת", "ערב שבת קודש", "ע״ש", "עש״ק"],
  6: ["יום שבת קודש", "ש״ק", "שבת קדש"],
};

/**
 * Weekday rows in other languages that CLDR lacks, each with a comment citing where it was seen.
 * Russian news pages mostly write CLDR's nominative ("суббота, 20 декабря", Interfax); running prose
 * writes "on Friday" in the accusative, after "в", "у", "w": "В пятницу вечером, 18 сентября, евреи
 * всего мира начнут отмечать праздник Рош а-Шана" (forum.md), "празднование Песаха начнется в среду,
 * 10 апреля" (eros-alex.ru); Polish "Święto rozpoczęło się w niedzielę, 22 grudnia i potrwa do
 * poniedziałku, 30 grudnia" (dorzeczy.pl); Ukrainian "в середу", "у п'ятницю", "в суботу", "в неділю".
 */
export const WEEKDAYS_BY_HAND: Record<number, readonly string[]> = {
  0: ["в воскресенье", "niedzielę", "неділю"],
  1: ["в понедельник", "poniedziałku"],
  2: ["во вторник"],
  3: ["в среду", "среду", "środę", "середу"],
  4: ["в четверг"],
  5: ["в пятницу", "пятницу", "п'ятницю"],
  6: ["в субботу", "субботу", "sobotę", "суботу"],
};

/** English words after a weekday that make it that civil day's evening ("Friday night"). */
export const EVENING_AFTER: readonly string[] = ["night", "evening", "eve", "after nightfall"];

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

/**
 * Hebrew words before a weekday that make it the night that begins that Hebrew day: ליל שבת is
 * Friday night, and אור ליום ה׳ is Wednesday night. "אור ל" joins the next word without a space.
 */
export const EVENING_BEFORE_HEBREW: readonly string[] = ["ליל ", "אור ל", "leil "];

/**
 * Evenings written as one phrase that name the civil day whose evening it is: מוצאי שבת is the
 * evening after Shabbat, the civil Saturday's. "Motza'sh" as seen on ouisrael.org's calendar notes.
 */
export const EVENINGS_CIVIL: Record<number, readonly string[]> = {
  6: [
    "מוצאי שבת",
    "מוצאי שבת קודש",
    "מוצאי שבת קדש",
    "מוצ״ש",
    "מוצש״ק",
    "motzaei shabbat",
    "motzaei shabbos",
    "motzei shabbat",
    "motzei shabbos",
    "motzoei shabbos",
    "motzoei shabbat",
    "motzae shabbat",
    "motza'ei shabbat",
    "motza'sh",
  ],
};
