import type { ConversionResult } from "../convert/result.js";
import type { LanguageOptions } from "../listings/language.js";
import { torahPortion } from "../listings/torahPortion.js";

/** One conversion as the convert command shows it in a language, with Shabbat's portion. */
export interface ShownDay {
  /** The Gregorian day in the language, when it is not English. */
  gregorian?: string;
  /** The Hebrew date as the `Hebrew:` line writes it. */
  hebrew: string;
  events: string[];
}

/** shownDayInLanguage.ts's function: passed in, so that English output never loads its tables. */
export type InLanguage = (result: ConversionResult, language: LanguageOptions, israel: boolean) => ShownDay;

const noLanguages: InLanguage = () => {
  throw new Error("shownDay: a language was asked for without shownDayInLanguage");
};

/**
 * What `hdate DATE` shows of a conversion beyond convertDate's English: its events with Shabbat's
 * Torah portion, and with `--lang`/`--no-niqqud` the dates and names in that language.
 * @example shownDay(convertDate("16 Av 5778"), undefined, false).events // ["Shabbat Nachamu", "Parashat Vaetchanan"]
 */
export function shownDay(
  result: ConversionResult,
  language: LanguageOptions | undefined,
  israel: boolean,
  shownDayInLanguage: InLanguage = noLanguages,
): ShownDay {
  const hebrewDay = result.afterSunset ? result.dayNumber + 1 : result.dayNumber;
  if (language === undefined) {
    const portion = torahPortion(hebrewDay, israel, "en");
    return {
      hebrew: `${result.hebrew.text}  ${result.hebrew.hebrewText}`,
      events: portion === undefined ? result.events : [...result.events, portion],
    };
  }
  return shownDayInLanguage(result, language, israel);
}
