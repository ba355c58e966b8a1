import { dayNumberToGregorian } from "../calendars/gregorian.js";
import { gregorianDayNumberStrict } from "../calendars/validate.js";
import { DateError } from "../errors.js";
import { digitRegions } from "./digitRegions.js";
import { gregorianTextExtractor } from "./extractors/gregorianText.js";
import { hebrewLatinExtractor } from "./extractors/hebrewLatin.js";
import { hebrewScriptExtractor } from "./extractors/hebrewScript.js";
import { holidayNameExtractor, holidayNameHebrewExtractor } from "./extractors/holidayName.js";
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
  /** Holiday names ("Pesach", "Shavuot") mean the days Israel keeps (default: the diaspora's). */
  israel?: boolean;
}

/**
 * The readers of dates that hold a digit, in no particular order (overlaps are settled by
 * selectCandidates). They run over the stretches around digits; the Hebrew-script reader, whose
 * numerals are letters, runs over the whole text when it has Hebrew letters at all.
 */
const DIGIT_EXTRACTORS: readonly Extractor[] = [
  hebrewLatinExtractor,
  gregorianTextExtractor,
  isoExtractor,
  numericExtractor,
  unknownMonthExtractor,
];

const HEBREW_LETTER = /[\u05d0-\u05ea]/;

const REFERENCE_DAY = /^(?<year>\d{4})-(?<month>\d{2})-(?<day>\d{2})$/;

function readReferenceString(reference: string): number {
  const groups = REFERENCE_DAY.exec(reference.trim())?.groups;
  if (!groups) {
    throw new DateError("invalid-option", `The reference "${reference}" is not a day (use YYYY-MM-DD)`, {
      input: reference,
    });
  }
  const date = {
    calendar: "gregorian" as const,
    year: Number(groups.year),
    month: Number(groups.month),
    day: Number(groups.day),
  };
  return gregorianDayNumberStrict(date, reference);
}

/** Batches pass the same reference string with every call: the last one read is remembered. */
const lastReference = { text: "", dayNumber: 0 };

/**
 * The reference day as a day number: a Date's UTC day, or `YYYY-MM-DD`; today (UTC) by default.
 * An unreadable reference is misuse, so it throws a DateError with code `invalid-option`.
 */
export function toReferenceDayNumber(reference: Date | string | undefined): number {
  if (typeof reference === "string") {
    if (reference !== lastReference.text) {
      lastReference.dayNumber = readReferenceString(reference);
      lastReference.text = reference;
    }
    return lastReference.dayNumber;
  }
  const date = reference ?? new Date();
  if (!(date instanceof Date) || Number.isNaN(date.getTime())) {
    throw new DateError(
      "invalid-option",
      `The reference ${String(reference)} is not a date (use a Date or YYYY-MM-DD)`,
      { input: reference },
    );
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
  israel?: boolean;
}

/** The pipeline behind parseDates, with the reference already a day number. */
export function runPipeline(text: string, options: PipelineOptions): DateMention[] {
  const extractOptions: ExtractOptions = {
    numericOrder: options.numericOrder,
    referenceYear: dayNumberToGregorian(options.referenceDayNumber).year,
  };
  const candidates: Candidate[] = [];
  for (const [start, end] of digitRegions(text)) {
    const stretch = text.slice(start, end);
    for (const extractor of DIGIT_EXTRACTORS) {
      for (const candidate of extractor.extract(stretch, extractOptions)) {
        candidate.start += start;
        candidate.end += start;
        candidates.push(candidate);
      }
    }
  }
  // Holiday names hold no digit: read over the whole text, after the date readers, so that where
  // one reads the same words ("17th of Tammuz", "ט״ו בשבט") the date as written wins.
  for (const candidate of holidayNameExtractor.extract(text, extractOptions)) candidates.push(candidate);
  const hebrewContext = HEBREW_LETTER.test(text);
  // A loop, not push(...list): spreading hundreds of thousands of arguments overflows the stack.
  if (hebrewContext) {
    for (const candidate of hebrewScriptExtractor.extract(text, extractOptions)) candidates.push(candidate);
    for (const candidate of holidayNameHebrewExtractor.extract(text, extractOptions))
      candidates.push(candidate);
  }
  return resolveMentions(text, selectCandidates(candidates), {
    referenceDayNumber: options.referenceDayNumber,
    hebrewContext,
    israel: options.israel === true,
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
    israel: options.israel === true,
  });
}
