import { validateOptions } from "../validateOptions.js";
import { hebrewBesideDayMonthExtractor } from "./extractors/hebrewBesideDayMonth.js";
import { hebrewCivilRangeExtractor } from "./extractors/hebrewCivilRange.js";
import { hebrewPrefixedNumericExtractor } from "./extractors/hebrewPrefixedNumeric.js";
import { spacedDottedExtractor } from "./extractors/spacedDotted.js";
import { dayRows } from "./holidayRows.js";
import { holidayWindows } from "./holidayWindows.js";
import type { Extractor } from "./mention.js";
import type { Reading } from "./reading.js";
import { DIGIT_EXTRACTORS, type PipelineOptions, readMentions } from "./readMentions.js";
import { toReferenceDayNumber } from "./referenceDay.js";
import { REFINERS } from "./refiners/index.js";
import { yearPairs } from "./yearPairs.js";

export type { PipelineOptions } from "./readMentions.js";
export { toReferenceDayNumber } from "./referenceDay.js";

/** Options for {@link parseDates}. */
export interface ParseOptions {
  /** The day a missing year is inferred near: a Date (its UTC day), or `YYYY-MM-DD`. Default: today (UTC). */
  reference?: Date | string;
  /** How to read `03/04/2020`: `mdy`, `dmy`, or `auto` (default: from the text). */
  numericOrder?: "mdy" | "dmy" | "auto";
  /** Also return `trace`: which step of the reading set which field. */
  trace?: boolean;
  /** Holiday names ("Pesach", "Shavuot") mean the days Israel keeps (default: the diaspora's). */
  israel?: boolean;
}

/**
 * A key no caller is meant to set (a symbol, so no option list shows it): set to false in the
 * options of parseDates or checkDocument, the text is read without the readers of words (days in
 * words, letter-named days, holiday names, month names in other languages) and without the repair
 * of broken words. `npm run bench` reads prose both ways to measure what those words cost.
 */
export const VOCABULARY: unique symbol = Symbol.for("hdate.vocabulary");

/** Whether options given by a caller leave the readers of words on (see VOCABULARY). */
export function vocabularyOf(options: object): boolean {
  return (options as { [VOCABULARY]?: unknown })[VOCABULARY] !== false;
}

/**
 * A page's readers of dates with digits: every one a single date has, a civil day without its year
 * that only the Hebrew date beside it vouches for (hebrewBesideDayMonth.ts), a civil range a
 * Hebrew table writes before a month in Hebrew script (hebrewCivilRange.ts), a date a Hebrew
 * prefix letter touches ("ב13.4.2023", hebrewPrefixedNumeric.ts), and a day-first date with a space
 * after each dot ("30. 12. 1953", spacedDotted.ts), which a single date, and so convertDate's bundle,
 * need not carry.
 */
const PAGE_DIGIT_READERS: readonly Extractor[] = /* @__PURE__ */ DIGIT_EXTRACTORS.concat(
  hebrewBesideDayMonthExtractor,
  hebrewCivilRangeExtractor,
  hebrewPrefixedNumericExtractor,
  spacedDottedExtractor,
);

/** The whole reading of a text, with the reference already a day number. */
export function readText(original: string, options: PipelineOptions): Reading {
  // A page counts a holiday name only near a date written with numbers (holidayWindows.ts), and
  // reads the rows of years under a day's heading (holidayRows.ts).
  const { mentions, groups, trace, hasDigits } = readMentions(
    original,
    options,
    REFINERS,
    holidayWindows,
    dayRows,
    PAGE_DIGIT_READERS,
  );
  const reading: Reading = {
    mentions,
    groups,
    // Years are digits or Hebrew numerals beside digits: a text without digits has none.
    years: hasDigits ? yearPairs(original, mentions) : [],
  };
  if (trace) reading.trace = trace;
  return reading;
}

/**
 * Every date mention in a text, in reading order, with its span, what the text said, what was
 * inferred, and any problem; and the groups of mentions that belong together (pairs, ranges).
 * Never throws on any string.
 * @example parseDates("Sunday, July 22nd | 10 Av 5778").mentions.map((m) => m.date?.year) // [2018, 5778]
 */
export function parseDates(text: string, options: ParseOptions = {}): Reading {
  if (typeof text !== "string") throw new TypeError("parseDates: text must be a string");
  validateOptions("parseDates", options, ["reference", "numericOrder", "trace", "israel"]);
  return readText(text, {
    referenceDayNumber: toReferenceDayNumber(options.reference),
    numericOrder: options.numericOrder ?? "auto",
    trace: options.trace === true,
    israel: options.israel === true,
    vocabulary: vocabularyOf(options),
  });
}
