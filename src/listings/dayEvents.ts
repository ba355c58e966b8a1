import { getHolidaysOnDate } from "@hebcal/core/dist/esm/holidays";
import { eventName } from "./eventName.js";
import { hebcalLocale, type LanguageOptions } from "./language.js";
import { torahPortion } from "./torahPortion.js";

/**
 * The events of a Hebrew day (by day number) in a language, in @hebcal/core's order, and then
 * Shabbat's Torah portion: what convertDate's `events` says in English, said in another language,
 * with the portion that convertDate leaves out (the diaspora schedule unless `israel`).
 * @example dayEvents(736903, { lang: "he", niqqud: false }) // ["שבת נחמו", "פרשת ואתחנן"]
 */
export function dayEvents(dayNumber: number, options: LanguageOptions & { israel?: boolean } = {}): string[] {
  const locale = hebcalLocale(options);
  const israel = options.israel === true;
  const names = (getHolidaysOnDate(dayNumber, israel) ?? []).map((event) => eventName(event, locale));
  const portion = torahPortion(dayNumber, israel, locale);
  if (portion !== undefined) names.push(portion);
  return names;
}
