import { gregorianMonthName } from "../calendars/validate.js";
import type { ConversionResult } from "../convert/result.js";
import { safeText } from "../safeText.js";
import type { ShownDay } from "./shownDay.js";

/** `Sunday, 22 July 2018`. */
export function longGregorian(result: ConversionResult): string {
  const { weekday, day, month, year } = result.gregorian;
  return `${weekday}, ${day} ${gregorianMonthName(month)} ${year}`;
}

/**
 * The human report for one conversion: both calendars, the events, and what was guessed; `shown`
 * (see shownDay) says the dates and events in a language, with Shabbat's portion.
 */
export function renderConversion(result: ConversionResult, shown?: ShownDay): string {
  const events = shown?.events ?? result.events;
  const lines = [
    `Gregorian: ${shown?.gregorian ?? longGregorian(result)} (${result.gregorian.iso})`,
    `Hebrew:    ${shown?.hebrew ?? `${result.hebrew.text}  ${result.hebrew.hebrewText}`}${result.afterSunset ? `  (begins at sunset on ${longGregorian(result)})` : ""}`,
  ];
  if (events.length > 0) lines.push(`Events:    ${events.join("; ")}`);
  for (const inference of result.inferred)
    lines.push(`Inferred:  ${inference.field} ${inference.value}: ${inference.note}`);
  // A warning that only repeats an inference (plain Adar, an open day/month order) is said once.
  const said = new Set(result.inferred.map((inference) => inference.note));
  for (const warning of result.warnings)
    if (!said.has(warning.message)) lines.push(`Note:      ${warning.message}`);
  return `${lines.map(safeText).join("\n")}\n`;
}
