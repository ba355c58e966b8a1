import { gregorianMonthName } from "../calendars/validate.js";
import { type ConversionResult, convertDate, type DateMention } from "../index.js";

/** One labelled line of a date's details; `value` may hold Hebrew script (the page isolates it). */
export interface Fact {
  label: string;
  value: string;
}

/**
 * Both calendars, the weekday and the events of a converted day, as labelled lines.
 * @example dayFacts(convertDate("10 Av 5778"))[0] // {label: "Gregorian", value: "Sunday, 22 July 2018 (2018-07-22)"}
 */
export function dayFacts(result: ConversionResult): Fact[] {
  const { gregorian, hebrew } = result;
  const facts: Fact[] = [
    {
      label: "Gregorian",
      value: `${gregorian.weekday}, ${gregorian.day} ${gregorianMonthName(gregorian.month)} ${gregorian.year} (${gregorian.iso})`,
    },
    { label: "Hebrew", value: hebrew.text },
    { label: "In Hebrew script", value: hebrew.hebrewText },
    { label: "Weekday", value: gregorian.weekday },
  ];
  if (result.afterSunset) facts.push({ label: "Begins", value: `at sunset on ${gregorian.iso}` });
  facts.push({ label: "Events", value: result.events.length > 0 ? result.events.join("; ") : "none" });
  return facts;
}

/**
 * What the page knows of one date found in a text: both calendars, the weekday (and the one
 * written), what was inferred and why, the day's events, or the problem that kept it from a day.
 * @example mentionFacts(parseDates("10 Av 5778").mentions[0]!)[2]!.value // "י׳ אָב תשע״ח"
 */
export function mentionFacts(mention: DateMention, options: { israel?: boolean } = {}): Fact[] {
  if (mention.problem) {
    const facts: Fact[] = [{ label: "Problem", value: mention.problem.message }];
    const suggestions = mention.problem.suggestions ?? [];
    if (suggestions.length > 0) facts.push({ label: "Did you mean", value: suggestions.join(", ") });
    return facts;
  }
  const facts = dayFacts(convertDate(mention.date, { israel: options.israel === true }));
  // The stated weekday is shown as written; whether it is right is the checker's word (an evening's
  // weekday, "ליל שבת", names the civil day before), shown with the mark's findings.
  if (mention.weekday !== undefined) facts.push({ label: "Weekday written", value: mention.weekday });
  for (const inference of mention.inferred) {
    facts.push({ label: `Inferred ${inference.field}`, value: `${inference.value}: ${inference.note}` });
  }
  return facts;
}
