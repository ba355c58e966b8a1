import type { ConversionResult } from "../convert/result.js";
import { dayEvents } from "../listings/dayEvents.js";
import { gregorianDateText } from "../listings/gregorianDateText.js";
import { hebrewDateText } from "../listings/hebrewDateText.js";
import { hebcalLocale, type LanguageOptions } from "../listings/language.js";
import { torahPortion } from "../listings/torahPortion.js";

/** One conversion as the convert command shows it in a language, with Shabbat's portion. */
export interface ShownDay {
  /** The Gregorian day in the language, when it is not English. */
  gregorian?: string;
  /** The Hebrew date as the `Hebrew:` line writes it. */
  hebrew: string;
  events: string[];
}

/**
 * What `hdate DATE` shows of a conversion beyond convertDate's English: its events with Shabbat's
 * Torah portion, and with `--lang`/`--no-niqqud` the dates and names in that language.
 * @example shownDay(convertDate("16 Av 5778"), undefined, false).events // ["Shabbat Nachamu", "Parashat Vaetchanan"]
 */
export function shownDay(
  result: ConversionResult,
  language: LanguageOptions | undefined,
  israel: boolean,
): ShownDay {
  const hebrewDay = result.afterSunset ? result.dayNumber + 1 : result.dayNumber;
  const { year, monthNumber, day } = result.hebrew;
  if (language === undefined) {
    const portion = torahPortion(hebrewDay, israel, "en");
    return {
      hebrew: `${result.hebrew.text}  ${result.hebrew.hebrewText}`,
      events: portion === undefined ? result.events : [...result.events, portion],
    };
  }
  const locale = hebcalLocale(language);
  const hebrewScript = hebrewDateText(year, monthNumber, day, hebcalLocale({ ...language, lang: "he" }));
  const gregorian = gregorianDateText(result.dayNumber, locale);
  return {
    ...(gregorian === undefined ? {} : { gregorian }),
    // Hebrew alone in Hebrew; a transliteration beside the Hebrew script, as in English.
    hebrew:
      language.lang === "he"
        ? hebrewScript
        : `${hebrewDateText(year, monthNumber, day, locale)}  ${hebrewScript}`,
    events: dayEvents(hebrewDay, { ...language, israel }),
  };
}
