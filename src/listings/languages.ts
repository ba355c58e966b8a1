// The output languages, apart from language.ts: naming them must not load the translation tables.

/** The languages names are written in: English, Hebrew script, or Ashkenazi transliteration. */
export const LANGUAGES = ["en", "he", "ashkenazi"] as const;

/** One of {@link LANGUAGES}. */
export type Language = (typeof LANGUAGES)[number];
