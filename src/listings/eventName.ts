import type { HolidayEvent } from "@hebcal/core";
import { Locale } from "@hebcal/hdate";
import { plainApostrophes } from "./plainApostrophes.js";

// @hebcal/core's Hebrew table writes "Tish'a B'Av (observed)" in visual order, "(תשעה באב (נדחה":
// the opening parenthesis first, the closing one missing. Put back in logical order, a terminal or a
// browser's bidi algorithm shows it as intended.
const VISUAL_PARENTHESES = /^\((?<name>[^()]+) \((?<note>[^()]+)$/u;

/**
 * A @hebcal/core event's name in a @hebcal locale (see hebcalLocale), written as plain text.
 * @example eventName(tishaBavObserved, "he-x-NoNikud") // "תשעה באב (נדחה)"
 */
export function eventName(event: HolidayEvent, locale: string): string {
  const name = event.render(locale);
  if (!Locale.isHebrewLocale(locale)) return plainApostrophes(name);
  const visual = VISUAL_PARENTHESES.exec(name);
  return visual?.groups ? `${visual.groups.name} (${visual.groups.note})` : name;
}
