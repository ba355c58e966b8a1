import poAshkenazi from "@hebcal/core/dist/esm/ashkenazi.po";
import poHe from "@hebcal/core/dist/esm/he.po";
import poNoNiqqud from "@hebcal/core/dist/esm/he-x-NoNikud.po";
import { Locale } from "@hebcal/hdate";
import { DateError } from "../errors.js";
import { LANGUAGES, type Language } from "./languages.js";
import { plainApostrophes } from "./plainApostrophes.js";

export { LANGUAGES, type Language };

/** How names are written: a language and, for Hebrew script, whether it carries vowel points. */
export interface LanguageOptions {
  /** Default `en`. */
  lang?: Language;
  /** Hebrew script with niqqud (default true); without, the plain letters. */
  niqqud?: boolean;
}

let translationsAdded = false;

/**
 * The @hebcal locale that writes names as asked; the first non-English use registers
 * @hebcal/core's holiday and portion names. The library's builds leave out the module of
 * @hebcal/core that registers them at import (see tsup.config.ts), so that a page that only
 * converts dates does not carry them; they are added here, on demand, from the same tables.
 * @example hebcalLocale({ lang: "he", niqqud: false }) // "he-x-NoNikud"
 */
export function hebcalLocale(options: LanguageOptions = {}): string {
  const lang = options.lang ?? "en";
  if (!LANGUAGES.includes(lang)) {
    throw new DateError("invalid-option", `lang takes ${LANGUAGES.join(", ")}, not "${String(lang)}"`);
  }
  if (lang === "en") return "en";
  if (!translationsAdded) {
    // Merged into the locales @hebcal/hdate already has (its month names); adding twice is harmless.
    Locale.addTranslations("he", poHe);
    Locale.addTranslations("ashkenazi", poAshkenazi);
    Locale.addTranslations("he-x-NoNikud", Locale.copyLocaleNoNikud(poHe));
    Locale.addTranslations("he-x-NoNikud", poNoNiqqud);
    translationsAdded = true;
  }
  if (lang === "ashkenazi") return "ashkenazi";
  return options.niqqud === false ? "he-x-NoNikud" : "he";
}

/**
 * A name from @hebcal's tables in the language asked for; English keeps plain apostrophes, which read
 * and grep better in a terminal than @hebcal's typographic ones.
 * @example translated("Av", "he-x-NoNikud") // "אב"
 */
export function translated(text: string, locale: string): string {
  return locale === "en" ? plainApostrophes(text) : Locale.gettext(text, locale);
}

export { plainApostrophes };
