import { weekdayOf } from "../calendars/dayNumber.js";
import { dayNumberToGregorian } from "../calendars/gregorian.js";
import { digitRegions } from "./digitRegions.js";
import { dayRangeExtractor } from "./extractors/dayRange.js";
import { dottedYearFirstExtractor } from "./extractors/dottedYearFirst.js";
import { gluedCellsExtractor } from "./extractors/gluedCells.js";
import {
  gregorianDayFirstWordsExtractor,
  gregorianMonthFirstWordsExtractor,
} from "./extractors/gregorianDayWords.js";
import { gregorianTextExtractor } from "./extractors/gregorianText.js";
import { hebrewDayWordsExtractor } from "./extractors/hebrewDayWords.js";
import { hebrewLatinExtractor } from "./extractors/hebrewLatin.js";
import { hebrewLetterDayExtractor } from "./extractors/hebrewLetterDay.js";
import { hebrewPeriodExtractor } from "./extractors/hebrewPeriod.js";
import { hebrewScriptExtractor } from "./extractors/hebrewScript.js";
import { hebrewScriptRangeExtractor } from "./extractors/hebrewScriptRange.js";
import { hebrewYearStartExtractor } from "./extractors/hebrewYearStart.js";
import { holidayNameExtractor, holidayNameHebrewExtractor } from "./extractors/holidayName.js";
import { hungarianDayWordsExtractor } from "./extractors/hungarianDayWords.js";
import { hungarianMonthFirstExtractor } from "./extractors/hungarianMonthFirst.js";
import { isoExtractor } from "./extractors/iso.js";
import { localizedTextExtractor } from "./extractors/localizedText.js";
import { numericExtractor } from "./extractors/numeric.js";
import { parashahNameExtractor } from "./extractors/parashahName.js";
import { slashedYearFirstExtractor } from "./extractors/slashedYearFirst.js";
import { unknownMonthExtractor } from "./extractors/unknownMonth.js";
import { hebrewStretch } from "./hebrewStretch.js";
import type { Candidate, DateMention, ExtractOptions, Extractor, WorkingMention } from "./mention.js";
import { type MonthWords, monthWordsIn } from "./monthWordsIn.js";
import { ownRegions } from "./ownRegions.js";
import { forgetFolded } from "./patterns.js";
import type { DateGroup, Reading, TraceEntry } from "./reading.js";
import type { RefineContext, Refiner } from "./refiners/context.js";
import { selectCandidates } from "./refiners/selectCandidates.js";
import { repairBrokenWords } from "./repairBrokenWords.js";
import { type TextAnchors, textAnchors } from "./textAnchors.js";
import { wordRegions } from "./wordRegions.js";
import { work } from "./workCounter.js";

// The reading shared by a page (parseDates.ts) and a string that holds one date (readDate.ts):
// every extractor, then the refiners the caller gives, in their order. The two differ only in
// their lists of refiners, so each written form has one definition.

/** Options in the form the pipeline uses internally. */
export interface PipelineOptions {
  referenceDayNumber: number;
  numericOrder: "mdy" | "dmy" | "auto";
  trace?: boolean;
  israel?: boolean;
  /** False: read as before the readers of words came (see VOCABULARY in parseDates.ts). */
  vocabulary?: boolean;
}

/**
 * The readers of dates that hold a digit, in no particular order (overlaps are settled by
 * selectCandidates). They run over the stretches around digits; the Hebrew-script reader, whose
 * numerals are letters, runs over the whole text when it has Hebrew letters at all.
 */
export const DIGIT_EXTRACTORS: readonly Extractor[] = [
  hebrewLatinExtractor,
  gregorianTextExtractor,
  isoExtractor,
  numericExtractor,
  unknownMonthExtractor,
  dayRangeExtractor,
  localizedTextExtractor,
  hungarianMonthFirstExtractor,
  hebrewPeriodExtractor,
  dottedYearFirstExtractor,
  slashedYearFirstExtractor,
  hebrewYearStartExtractor,
  gluedCellsExtractor,
];

/** The readers of Hebrew-script dates, whose numerals are letters: they run over the whole text when it has Hebrew letters. */
const HEBREW_SCRIPT_EXTRACTORS: readonly Extractor[] = [hebrewScriptExtractor, hebrewScriptRangeExtractor];
/**
 * The readers of dates in words, run over the stretches around their anchors (wordRegions.ts), each
 * only where the stretch holds what every match of it holds (monthWordsIn.ts): their patterns,
 * compiled on first use, cost a process more than the few stretches most texts have.
 */
const WORD_EXTRACTORS: ReadonlyArray<readonly [Extractor, keyof MonthWords]> = [
  [hebrewDayWordsExtractor, "hebrew"],
  [gregorianDayFirstWordsExtractor, "gregorian"],
  [gregorianMonthFirstWordsExtractor, "gregorianAndDigit"],
  [hebrewLetterDayExtractor, "hebrew"],
];

/** Whether one of the runs from `from` up to `to` (indices of starts in `runs`) may be the extractor's. */
function holdsRun(
  extractor: Extractor,
  text: string,
  runs: readonly number[],
  from: number,
  to: number,
): boolean {
  for (let run = from; run < to; run += 2) if (extractor.mayHoldRun!(text, runs, run)) return true;
  return false;
}

/** Candidates found in a stretch, moved to the offsets of the whole text. */
function shifted(candidates: Candidate[], start: number, into: Candidate[]): void {
  for (const candidate of candidates) {
    candidate.start += start;
    candidate.end += start;
    into.push(candidate);
  }
}

/** Candidates found in a stretch, moved to the offsets of the whole text, the ends of a range too. */
function shiftedWithParts(candidates: Candidate[], start: number, into: Candidate[]): void {
  for (const candidate of candidates) {
    candidate.start += start;
    candidate.end += start;
    if (candidate.parts) {
      for (const part of candidate.parts) {
        part.start += start;
        part.end += start;
      }
    }
    into.push(candidate);
  }
}

/**
 * The holiday names in the windows (holidayWindows.ts): the English-letter reader given the runs of
 * digits inside each window (a year after a name is one), the Hebrew-script one where the text has
 * Hebrew letters.
 */
function readHolidayNames(
  text: string,
  windows: ReadonlyArray<readonly [number, number]>,
  runs: readonly number[],
  hebrewContext: boolean,
  extractOptions: ExtractOptions,
  latin: Candidate[],
  hebrew: Candidate[],
): void {
  let run = 0;
  for (const [start, end] of windows) {
    const stretch = start === 0 && end === text.length ? text : text.slice(start, end);
    const inside: number[] = [];
    while (run < runs.length && runs[run]! < end) {
      if (runs[run]! >= start) inside.push(runs[run]! - start, runs[run + 1]! - start);
      run += 2;
    }
    extractOptions.hasDigits = inside.length > 0;
    extractOptions.digitRuns = inside;
    work.extractorChars += stretch.length;
    work.holidayChars += stretch.length;
    shifted(holidayNameExtractor.extract(stretch, extractOptions), start, latin);
    // The week's Torah portion, in either script, is read where holiday names are.
    shifted(parashahNameExtractor.extract(stretch, extractOptions), start, latin);
    // So are Hungarian days in ordinal words ("Kiszlév hó hetedikén"), which hold no digit either:
    // over a whole page, the test for what every such ordinal holds cost prose as much as the
    // search for its digits, and a day far from every date with numbers has no partner to check.
    shifted(hungarianDayWordsExtractor.extract(stretch, extractOptions), start, latin);
    if (!hebrewContext) continue;
    work.extractorChars += stretch.length;
    work.holidayChars += stretch.length;
    shifted(holidayNameHebrewExtractor.extract(stretch, extractOptions), start, hebrew);
  }
}

/**
 * Where a page's holiday names are read (holidayWindows.ts), from its runs of digits (flat start/end
 * pairs), the dates its digit and Hebrew-script readers found, and whether it has Hebrew letters.
 * Given by the caller, as its refiners are, so that the reading of one date, which reads names
 * anywhere, does not carry it.
 */
export type NameWindows = (
  text: string,
  runs: readonly number[],
  dates: ReadonlyArray<{ start: number; end: number }>,
  hebrewContext: boolean,
) => ReadonlyArray<readonly [number, number]>;

/**
 * The Hebrew dates that a page's day headings lend to the rows of years under them
 * (holidayRows.ts), from the text and its Hebrew-script date candidates. Given by the caller, as
 * the name windows are: the reading of one date has no rows, and does not carry their reader.
 */
export type DayRows = (text: string, dates: readonly Candidate[]) => Candidate[];

/** The candidates of every extractor, overlaps settled, ranges opened into their two ends. */
function candidatesOf(
  text: string,
  options: PipelineOptions,
  anchors: TextAnchors,
  nameWindows: NameWindows | undefined,
  dayRows: DayRows | undefined,
  digitReaders: readonly Extractor[],
): { candidates: Candidate[]; hebrewContext: boolean; hasDigits: boolean } {
  const extractOptions: ExtractOptions = {
    numericOrder: options.numericOrder,
    referenceYear: dayNumberToGregorian(options.referenceDayNumber).year,
  };
  const found: Candidate[] = [];
  const years: number[] = [];
  const vocabulary = options.vocabulary !== false;
  const digitExtractors = vocabulary
    ? digitReaders
    : digitReaders.filter((extractor) => extractor !== localizedTextExtractor);
  const runs = anchors.digitRuns;
  const regions = digitRegions(text, years, runs);
  // The readers whose runs lead their matches read their own stretches (ownRegions.ts); what they
  // find is put back among the others' as if read stretch by stretch, in the readers' order, so
  // that selection meets equal readings in the same order.
  // By the reader's place in the list, not in a Map: every stretch asks after every reader.
  const led: Array<Candidate[] | undefined> = [];
  const ledTaken: number[] = [];
  for (const extractor of digitExtractors) {
    ledTaken.push(0);
    if (extractor.runLeads !== true) {
      led.push(undefined);
      continue;
    }
    const candidates: Candidate[] = [];
    for (const [start, end] of ownRegions(extractor, text, runs)) {
      work.extractorChars += end - start;
      shiftedWithParts(extractor.extract(text.slice(start, end), extractOptions), start, candidates);
    }
    led.push(candidates);
  }
  let run = 0;
  for (const [start, end] of regions) {
    let stretch: string | undefined;
    // The runs of digits in this stretch: those from `run` up to `nextRun`.
    let nextRun = run;
    while (nextRun < runs.length && runs[nextRun]! < end) nextRun += 2;
    for (let index = 0; index < digitExtractors.length; index++) {
      const extractor = digitExtractors[index]!;
      const own = led[index];
      if (own !== undefined) {
        let taken = ledTaken[index]!;
        while (taken < own.length && own[taken]!.start < end) found.push(own[taken++]!);
        ledTaken[index] = taken;
        continue;
      }
      if (extractor.mayHoldRun !== undefined && !holdsRun(extractor, text, runs, run, nextRun)) continue;
      stretch ??= text.slice(start, end);
      work.extractorChars += stretch.length;
      shiftedWithParts(extractor.extract(stretch, extractOptions), start, found);
    }
    run = nextRun;
  }
  const digitCandidates = found.length;
  for (const [start, end] of vocabulary ? wordRegions(text, years, anchors.ofEnds) : []) {
    const stretch = text.slice(start, end);
    const holds = monthWordsIn(stretch);
    for (const [extractor, needs] of WORD_EXTRACTORS) {
      if (!holds[needs]) continue;
      work.wordReaderRuns++;
      work.extractorChars += stretch.length;
      for (const candidate of extractor.extract(stretch, extractOptions)) {
        candidate.start += start;
        candidate.end += start;
        found.push(candidate);
      }
    }
  }
  // The Hebrew-script dates first: the holiday names' windows stand around them too. Their readers
  // go over the stretch that holds the text's Hebrew letters (hebrewStretch.ts).
  const hebrewSpan = hebrewStretch(text);
  const hebrewContext = hebrewSpan !== undefined;
  const hebrewDates: Candidate[] = [];
  if (hebrewSpan !== undefined) {
    const [start, end] = hebrewSpan;
    const stretch = start === 0 && end === text.length ? text : text.slice(start, end);
    work.extractorChars += HEBREW_SCRIPT_EXTRACTORS.length * stretch.length;
    // A loop, not push(...list): spreading hundreds of thousands of arguments overflows the stack.
    for (const extractor of HEBREW_SCRIPT_EXTRACTORS)
      shiftedWithParts(extractor.extract(stretch, extractOptions), start, hebrewDates);
    // On a page, a day heading rows of years lends each row its day (holidayRows.ts).
    if (vocabulary && dayRows !== undefined)
      for (const row of dayRows(text, hebrewDates)) hebrewDates.push(row);
  }
  // Holiday names after the date readers, so that where one reads the same words ("17th of
  // Tammuz", "ט״ו בשבט") the date as written wins. The English-letter names come before the
  // Hebrew-script dates, as they always have (selection keeps the first of equals).
  const latin: Candidate[] = [];
  const hebrew: Candidate[] = [];
  if (vocabulary) {
    const windows: ReadonlyArray<readonly [number, number]> =
      nameWindows === undefined
        ? [[0, text.length]]
        : nameWindows(text, runs, [...found.slice(0, digitCandidates), ...hebrewDates], hebrewContext);
    readHolidayNames(text, windows, runs, hebrewContext, extractOptions, latin, hebrew);
  }
  for (const candidate of latin) found.push(candidate);
  for (const candidate of hebrewDates) found.push(candidate);
  for (const candidate of hebrew) found.push(candidate);
  if (hebrewContext) forgetFolded();
  work.candidates += found.length;
  const candidates: Candidate[] = [];
  for (const candidate of selectCandidates(found)) {
    if (!candidate.parts) candidates.push(candidate);
    else candidates.push({ ...candidate.parts[0], rangeWithNext: true }, candidate.parts[1]);
  }
  return { candidates, hebrewContext, hasDigits: regions.length > 0 };
}

/** A mention as its candidate found it, before any refiner. */
function mentionOf(text: string, candidate: Candidate): WorkingMention {
  const mention: WorkingMention = {
    start: candidate.start,
    end: candidate.end,
    text: text.slice(candidate.start, candidate.end),
    calendar: candidate.calendar,
    extractor: candidate.extractor,
    stated: candidate.stated,
    inferred: [],
  };
  if (candidate.stated.weekday !== undefined) mention.weekday = weekdayOf(candidate.stated.weekday);
  if (candidate.problem) mention.problem = candidate.problem;
  if (candidate.stated.twoDigitYear) {
    mention.inferred.push({
      field: "year",
      value: candidate.stated.year ?? 0,
      from: "reference",
      note: "the century of a two-digit year, taken near the reference year",
    });
  }
  return mention;
}

function firstMember(group: DateGroup): number {
  return group.kind === "range" ? group.from : Math.min(group.gregorian, group.hebrew);
}

/** Groups in reading order of their first member, the trace's group numbers following them. */
function orderGroups(groups: DateGroup[], trace: TraceEntry[] | undefined): DateGroup[] {
  const order = groups
    .map((_, index) => index)
    .sort((a, b) => firstMember(groups[a]!) - firstMember(groups[b]!));
  if (trace) {
    const newIndex = new Int32Array(groups.length);
    order.forEach((old, index) => {
      newIndex[old] = index;
    });
    for (const entry of trace)
      if ("group" in entry.target) entry.target = { group: newIndex[entry.target.group]! };
  }
  return order.map((index) => groups[index]!);
}

/** What the refiners made of a text: its mentions (spans in the text as given), groups and trace. */
export interface RefinedText extends Omit<Reading, "years"> {
  /** Whether the text has digits at all (a text without them has no years). */
  hasDigits: boolean;
}

/**
 * Reads a text with every extractor and then `refiners`, in order, with the reference already a day
 * number; holiday names over the whole text, or only where `nameWindows` puts them (a page's
 * reading), and the rows of years `dayRows` finds under a page's day headings; `digitReaders` are
 * the readers of dates with digits (a page's reading adds its own to DIGIT_EXTRACTORS). The mentions'
 * spans are those of the text as given (before broken words were joined).
 * @example readMentions("10 Av 5778", options, DATE_REFINERS).mentions[0]?.dayNumber // 736897
 */
export function readMentions(
  original: string,
  options: PipelineOptions,
  refiners: readonly Refiner[],
  nameWindows?: NameWindows,
  dayRows?: DayRows,
  digitReaders: readonly Extractor[] = DIGIT_EXTRACTORS,
): RefinedText {
  // One pass finds what the readers of English letters start from (textAnchors.ts); a text whose
  // broken words were joined again is looked at once more.
  const vocabulary = options.vocabulary !== false;
  let anchors = textAnchors(original, !vocabulary);
  const repaired = repairBrokenWords(original, anchors.mayHaveBrokenWords);
  const text = repaired.text;
  if (text !== original) anchors = textAnchors(text);
  const { candidates, hebrewContext, hasDigits } = candidatesOf(
    text,
    options,
    anchors,
    nameWindows,
    dayRows,
    digitReaders,
  );
  const context: RefineContext = {
    text,
    mentions: candidates.map((candidate) => mentionOf(text, candidate)),
    candidates,
    groups: [],
    partners: new Int32Array(candidates.length).fill(-1),
    referenceDayNumber: options.referenceDayNumber,
    hebrewContext,
    israel: options.israel === true,
    trace: options.trace ? [] : undefined,
  };
  if (candidates.length > 0) for (const refiner of refiners) refiner.refine(context);
  // Every mention now has a day or a problem: the year refiners end with the reference, which
  // gives a year or a problem to each mention still without one.
  if (text !== original) {
    for (const mention of context.mentions) {
      mention.start = repaired.startOf(mention.start);
      mention.end = repaired.endOf(mention.end);
      mention.text = original.slice(mention.start, mention.end);
    }
  }
  const refined: RefinedText = {
    mentions: context.mentions as DateMention[],
    groups: orderGroups(context.groups, context.trace),
    hasDigits,
  };
  if (context.trace) refined.trace = context.trace;
  return refined;
}
