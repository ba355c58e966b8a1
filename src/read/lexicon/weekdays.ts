// Weekday words beyond the English and Hebrew-script names of lexicon.ts: transliterations, and the
// words that make a weekday an evening. The other languages' rows are in weekdays.languages.ts and
// weekdays.languages.generated.ts (CLDR's). Rows only: weekdayWords.ts builds the lookups from them.

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
    // The named Shabbatot ("Shabbat Shuva, 8 Tishrei 5787"): still a Saturday, whatever their name adds.
    "shabbat shuva",
    "shabbat shuvah",
    "shabbos shuva",
    "shabbat teshuva",
    "shabbat hagadol",
    "shabbos hagadol",
    "shabbat zachor",
    "shabbos zachor",
    "shabbat parah",
    "shabbat hachodesh",
    "shabbat shekalim",
    "shabbat chazon",
    "shabbos chazon",
    "shabbat nachamu",
    "shabbos nachamu",
    "shabbat shirah",
    "shabbat shira",
    "shabbat chanukah",
    "shabbat hanukkah",
    "shabbos chanukah",
    "shabbat rosh chodesh",
    "shabbos rosh chodesh",
    "shabbat mevarchim",
    "shabbos mevorchim",
    "shabbat chol hamoed",
  ],
};

/** Hebrew-script weekday rows beside those of lexicon.ts: Friday's daytime, and Shabbat abbreviated. */
export const WEEKDAYS_HEBREW_MORE: Record<number, readonly string[]> = {
  // ערב שבת is Friday (the day before Shabbat), not Friday evening.
  5: ["ערב שבת", "ערב שבת קודש", "ע״ש", "עש״ק"],
  // Not the named Shabbatot ("שבת פרה"): a letter dated "יום ו׳ ערב שבת קדש לסדר שמיני – שבת פרה כ״ב
  // אדר שני" names the week's Shabbat beside Friday's date, as a portion does.
  6: ["יום שבת קודש", "ש״ק", "שבת קדש"],
};

/**
 * The Hebrew ordinals without יום, as a school's holiday table writes its weekday cell ("רביעי" over
 * "30.4.25"). In prose they are "second", "fourth" …, so they count only alone on the line above
 * their date (weekdayPrefix.ts).
 */
export const WEEKDAYS_HEBREW_BARE: Record<number, readonly string[]> = {
  0: ["ראשון"],
  1: ["שני"],
  2: ["שלישי"],
  3: ["רביעי"],
  4: ["חמישי"],
  5: ["שישי"],
};

/** English words after a weekday that make it that civil day's evening ("Friday night"). */
export const EVENING_AFTER: readonly string[] = ["night", "evening", "eve", "after nightfall"];

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
