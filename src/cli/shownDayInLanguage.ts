import type { ConversionResult } from "../convert/result.js";
import { dayEvents } from "../listings/dayEvents.js";
import { gregorianDateText } from "../listings/gregorianDateText.js";
import { hebrewDateText } from "../listings/hebrewDateText.js";
import { hebcalLocale, type LanguageOptions } from "../listings/language.js";
import type { ShownDay } from "./shownDay.js";

/**
 * A conversion as `hdate DATE --lang …` shows it: the dates and names in that language, the events
 * from @hebcal/core's tables in it (loaded only for this: English output takes convertDate's events).
 * @example shownDayInLanguage(convertDate("16 Av 5778"), { lang: "he" }, false).events[0] // "שַׁבָּת נַחֲמוּ"
 */
export function shownDayInLanguage(
  result: ConversionResult,
  language: LanguageOptions,
  israel: boolean,
): ShownDay {
  const hebrewDay = result.afterSunset ? result.dayNumber + 1 : result.dayNumber;
  const { year, monthNumber, day } = result.hebrew;
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
