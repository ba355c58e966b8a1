// A Hebrew luach names which day of Rosh Chodesh a date is, right beside it: "יום חמישי, א׳ דראש
// אדר, ל׳ שבט (19.2.15)", "יום שישי, א׳ כסלו, ב׳ דראש חודש כסלו (9.11.18)" (unisyn.org.il), "א׳
// דר״ח". The phrase is a label of the day, not a date of its own: a weekday before it and a civil
// date after it still belong to the date it stands beside.

/** "א׳ דראש חודש כסלו", "ב' דראש אדר", "א׳ דר״ח": a day (א or ב), then "of Rosh (Chodesh)" and maybe a month word. */
const PHRASE =
  "[אב][\\u05f3'\\u2019]?[\\s\\u00a0]{1,2}(?:דראש(?:[\\s\\u00a0]{1,2}חודש)?|דר[\\u05f4\"\\u201d]ח)(?:[\\s\\u00a0]{1,2}[\\u05d0-\\u05ea]{2,6})?";

/** The phrase with the separators around it, anywhere in a gap between two dates. */
const IN_GAP = new RegExp(`[\\s\\u00a0,]*${PHRASE}[\\s\\u00a0,]*`, "gu");
/** The phrase and a comma ending just before a date. */
const BEFORE_DATE = new RegExp(`(?<![\\u05d0-\\u05ea])${PHRASE}[\\s\\u00a0]*,?[\\s\\u00a0]{0,2}$`, "u");
/** The most characters the phrase and its comma take before a date. */
const REACH = 36;

/**
 * The gap between two dates with any day-of-Rosh-Chodesh label taken out (a space in its place).
 * @example withoutRoshChodeshDay(", ב׳ דראש חודש כסלו (") // " ("
 */
export function withoutRoshChodeshDay(gap: string): string {
  return gap.includes("דר") ? gap.replace(IN_GAP, " ") : gap;
}

/**
 * Where a day-of-Rosh-Chodesh label that ends at `end` (a date's start) begins, at or after `from`;
 * undefined when none ends there.
 * @example roshChodeshDayBefore("יום חמישי, א׳ דראש אדר, ל׳ שבט", 24, 0) // 11
 */
export function roshChodeshDayBefore(text: string, end: number, from: number): number | undefined {
  const start = Math.max(from, end - REACH);
  const window = text.slice(start, end);
  if (!window.includes("דר")) return undefined;
  const found = BEFORE_DATE.exec(window);
  return found === null ? undefined : start + found.index;
}
