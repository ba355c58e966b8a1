import { dayNumberToGregorian } from "../calendars/gregorian.js";
import { gregorianDayNumberStrict } from "../calendars/validate.js";
import { gregorianTextExtractor } from "./extractors/gregorianText.js";
import { hebrewLatinExtractor } from "./extractors/hebrewLatin.js";
import { hebrewScriptExtractor } from "./extractors/hebrewScript.js";
import { isoExtractor } from "./extractors/iso.js";
import { numericExtractor } from "./extractors/numeric.js";
import { unknownMonthExtractor } from "./extractors/unknownMonth.js";
import type { Candidate, DateMention, ExtractOptions, Extractor } from "./mention.js";
import { resolveMentions } from "./refiners/resolveMentions.js";
import { selectCandidates } from "./refiners/selectCandidates.js";

/** Options for {@link parseDates}. */
export interface ParseOptions {
  /** The day a missing year is inferred near: a Date (its UTC day), or `YYYY-MM-DD`. Default: today (UTC). */
  reference?: Date | string;
  /** How to read `03/04/2020`: `mdy`, `dmy`, or `auto` (default: from the text). */
  numericOrder?: "mdy" | "dmy" | "auto";
}

/** The readers, in no particular order: overlaps are settled by selectCandidates. */
const EXTRACTORS: readonly Extractor[] = [
  hebrewLatinExtractor,
  hebrewScriptExtractor,
  gregorianTextExtractor,
  isoExtractor,
  numericExtractor,
  unknownMonthExtractor,
];

const HEBREW_LETTER = /[\u05d0-\u05ea]/;

/** The reference day as a day number; an unreadable reference is a usage error, so it throws. */
export function toReferenceDayNumber(reference: Date | string | undefined): number {
  const date = reference === undefined ? new Date() : typeof reference === "string" ? new Date(`${reference.slice(0, 10)}T00:00:00Z`) : reference;
  if (!(date instanceof Date) || Number.isNaN(date.getTime())) {
    throw new TypeError(`parseDates: the reference ${String(reference)} is not a date (use a Date or YYYY-MM-DD)`);
  }
  return gregorianDayNumberStrict({
    calendar: "gregorian",
    year: date.getUTCFullYear(),
    month: date.getUTCMonth() + 1,
    day: date.getUTCDate(),
  });
}

/** Options in the form the pipeline uses internally. */
export interface PipelineOptions {
  referenceDayNumber: number;
  numericOrder: "mdy" | "dmy" | "auto";
}

/** The pipeline behind parseDates, with the reference already a day number. */
export function runPipeline(text: string, options: PipelineOptions): DateMention[] {
  const extractOptions: ExtractOptions = {
    numericOrder: options.numericOrder,
    referenceYear: dayNumberToGregorian(options.referenceDayNumber).year,
  };
  const candidates: Candidate[] = [];
  for (const extractor of EXTRACTORS) {
    for (const candidate of extractor.extract(text, extractOptions)) candidates.push(candidate);
  }
  return resolveMentions(text, selectCandidates(candidates), {
    referenceDayNumber: options.referenceDayNumber,
    hebrewContext: HEBREW_LETTER.test(text),
  });
}

/**
 * Every date mention in a text, in reading order, with its span, what the text said, what was
 * inferred, and any problem. Never throws on any string.
 * @example parseDates("Sunday, July 22nd | 10 Av 5778").map((m) => m.date?.year) // [2018, 5778]
 */
export function parseDates(text: string, options: ParseOptions = {}): DateMention[] {
  if (typeof text !== "string") throw new TypeError("parseDates: text must be a string");
  return runPipeline(text, {
    referenceDayNumber: toReferenceDayNumber(options.reference),
    numericOrder: options.numericOrder ?? "auto",
  });
}
