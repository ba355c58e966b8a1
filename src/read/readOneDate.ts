import { DateError } from "../errors.js";
import type { CalendarDate } from "../types.js";
import { suggestGregorianMonths, suggestHebrewMonths } from "./lexicon.js";
import type { DateMention, Inference, StatedFields } from "./mention.js";
import { readDate } from "./readDate.js";
import type { DateGroup } from "./reading.js";
import { ShapeTable } from "./readingShapes.js";
import type { PipelineOptions } from "./readMentions.js";
import { unreadNote } from "./unreadNote.js";

/** One date read from a string that holds nothing else. */
export interface SingleReading {
  calendar: DateMention["calendar"];
  date: CalendarDate;
  dayNumber: number;
  extractor: string;
  stated: StatedFields;
  inferred: Inference[];
  warnings: Array<{ code: "plain-adar-in-leap-year" | "ambiguous-order"; message: string }>;
}

// What may surround a date in a string given to convertDate: spaces, quotes, brackets, a trailing period.
const FILLER = /^[\s\u00a0"'“”‘’„‚«»‹›()[\]{}<>.,;:|/•·\-–—]*$/u;

function unreadable(text: string, mentions: readonly DateMention[]): DateError {
  // A near-miss month name anywhere in the text is the likeliest cause: say so. But not when a date
  // was read cleanly (the rest is just not a date), and not for two-letter words: "10 Av 5778 at
  // noon" and "an apple" were told "at"/"an" is not a month, did you mean "Av"?
  // A date is a few words: past the first dozen, a string is prose, not a misspelt date.
  const words = mentions.some((mention) => !mention.problem)
    ? []
    : (text.match(/\p{L}[\p{L}'’]{2,}/gu) ?? []).slice(0, 12);
  for (const word of words) {
    const hebrew = suggestHebrewMonths(word);
    const suggestions = hebrew.length > 0 ? hebrew : suggestGregorianMonths(word);
    if (suggestions.length > 0) {
      return new DateError(
        "unknown-month",
        `"${word}" is not a month; did you mean ${suggestions.map((s) => `"${s}"`).join(" or ")}?${unreadNote(text)}`,
        {
          input: text,
          suggestions,
        },
      );
    }
  }
  const shown = text.length > 60 ? `${text.slice(0, 57)}...` : text;
  return new DateError("unreadable", `Cannot read a date in "${shown}"${unreadNote(text)}`, { input: text });
}

/**
 * Reads a string that should hold exactly one date (or one date written in both calendars that
 * agree), throwing a DateError for anything else. It is the page reader's reading of the string:
 * one definition of every written form.
 * @example readOneDate("10 Av 5778", options).dayNumber // 736897
 */
export function readOneDate(text: string, options: PipelineOptions): SingleReading {
  // Batches and pages repeat their dates: the same string under the same options reads the same, so
  // each reading is remembered (a cache of the one reader, not a second reader). Callers get copies,
  // so that nothing they change reaches the next caller. Strings that fail are read again each time.
  // A string of a shape already read (the same words, other numerals) is answered from that reading:
  // a cache of the reader by shape (readingShapes.ts), which makes fresh objects of its own. It is
  // asked first: it builds no key, where the exact cache hashes the whole string.
  const context = contextOf(options);
  const byShape = context.shapes.read(text);
  if (byShape !== undefined) return byShape;
  let reading = context.readings.get(text);
  if (reading === undefined) {
    reading = readAnew(text, options);
    if (context.readings.size >= MAX_REMEMBERED) context.readings.clear();
    context.readings.set(text, reading);
    context.shapes.learn(text, reading);
  }
  return copyOf(reading);
}

/** Readings kept; past this many the cache starts over (a stream of distinct strings gains nothing). */
const MAX_REMEMBERED = 50_000;
/** Sets of options kept (a long-running caller sees a new default reference each day). */
const MAX_CONTEXTS = 8;

/** The caches of readings under one set of reading options. */
interface ReadingContext {
  referenceDayNumber: number;
  numericOrder: PipelineOptions["numericOrder"];
  israel: boolean;
  readings: Map<string, SingleReading>;
  shapes: ShapeTable;
}

const contexts = new Map<string, ReadingContext>();
let lastContext: ReadingContext | undefined;

/** The caches for these options: the last ones used, as a batch reads all its lines under one. */
function contextOf(options: PipelineOptions): ReadingContext {
  const israel = options.israel === true;
  const last = lastContext;
  if (
    last !== undefined &&
    last.referenceDayNumber === options.referenceDayNumber &&
    last.numericOrder === options.numericOrder &&
    last.israel === israel
  )
    return last;
  const key = `${options.referenceDayNumber}|${options.numericOrder}|${israel}`;
  let context = contexts.get(key);
  if (context === undefined) {
    if (contexts.size >= MAX_CONTEXTS) contexts.clear();
    context = {
      referenceDayNumber: options.referenceDayNumber,
      numericOrder: options.numericOrder,
      israel,
      readings: new Map(),
      shapes: new ShapeTable(options.referenceDayNumber),
    };
    contexts.set(key, context);
  }
  lastContext = context;
  return context;
}

/** The shapes learned so far under these options (a table made ahead of time: src/cli/oneDateShapes.ts). */
export function shapesLearnedUnder(options: PipelineOptions): ShapeTable {
  return contextOf(options).shapes;
}

function copyOf(reading: SingleReading): SingleReading {
  return {
    ...reading,
    date: { ...reading.date },
    stated: { ...reading.stated },
    inferred: reading.inferred.map((inference) => ({ ...inference })),
    warnings: reading.warnings.map((warning) => ({ ...warning })),
  };
}

/**
 * "Friday night, 25 Kislev 5787 (December 4, 2026)": two dates a day apart that are one evening, the
 * civil day's and the Hebrew day it begins. The date read is the one with the weekday (its evening
 * then says which day that weekday names), else the Hebrew one, marked as an evening.
 */
function eveningPair(
  mentions: readonly DateMention[],
  groups: readonly DateGroup[],
): DateMention | undefined {
  if (mentions.length !== 2 || groups.length !== 1) return undefined;
  const group = groups[0]!;
  if (group.kind !== "pair" || group.evening === undefined) return undefined;
  const gregorian = mentions[group.gregorian]!;
  const hebrew = mentions[group.hebrew]!;
  if (hebrew.dayNumber !== gregorian.dayNumber! + 1) return undefined;
  const read = gregorian.stated.weekday !== undefined ? gregorian : hebrew;
  return { ...read, stated: { ...read.stated, evening: true } };
}

/** The reader itself, with no cache in front: what the caches must agree with (tests). */
export function readAnew(text: string, options: PipelineOptions): SingleReading {
  const { mentions, groups } = readDate(text, options);
  let covered = "";
  let last = 0;
  for (const mention of mentions) {
    covered += text.slice(last, mention.start);
    last = mention.end;
  }
  covered += text.slice(last);
  if (mentions.length === 0 || !FILLER.test(covered)) throw unreadable(text, mentions);
  const problem = mentions.find((mention) => mention.problem)?.problem;
  if (problem)
    throw new DateError(problem.code, problem.message, {
      input: text,
      suggestions: problem.suggestions ?? [],
    });
  const days = new Set(mentions.map((mention) => mention.dayNumber));
  const evening = days.size > 1 ? eveningPair(mentions, groups) : undefined;
  if (days.size > 1 && evening === undefined) {
    throw new DateError("ambiguous", `"${text}" holds ${mentions.length} dates that name different days`, {
      input: text,
    });
  }
  // In a pair, the date that stated the most is the one read; the other only confirmed it.
  const mention = evening ?? mentions.find((m) => m.stated.year !== undefined) ?? mentions[0]!;
  const warnings = mention.inferred
    .filter((inference) => inference.from === "leap-year" || inference.field === "order")
    .map((inference) => ({
      code: inference.field === "order" ? ("ambiguous-order" as const) : ("plain-adar-in-leap-year" as const),
      message: inference.note,
    }));
  return {
    calendar: mention.calendar,
    date: mention.date!,
    dayNumber: mention.dayNumber!,
    extractor: mention.extractor,
    stated: mention.stated,
    inferred: mention.inferred,
    warnings,
  };
}
