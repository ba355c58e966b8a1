// The reading room's surface: what the checker, the converter and the CLI may use. Everything else
// in read/ is its own business. The reading of pages (parseDates, readText) is its other surface,
// pageReading.ts: what converts one date imports this one only, so a web page that converts dates
// carries none of the page's steps.

export { parseHebrewYear } from "./gematriya.js";
export {
  gregorianMonthFromName,
  hebrewMonthFromName,
  suggestGregorianMonths,
  suggestHebrewMonths,
} from "./lexicon.js";
export type {
  DateMention,
  Inference,
  InferenceSource,
  MentionProblem,
  ProblemMention,
  ReadMention,
  StatedFields,
  TimeOfDay,
} from "./mention.js";
export type { ParseOptions } from "./parseDates.js";
export type {
  DateGroup,
  EveningEvidence,
  GroupEvidence,
  PairGroup,
  RangeGroup,
  Reading,
  TraceEntry,
} from "./reading.js";
export type { PipelineOptions } from "./readMentions.js";
export { readOneDate, type SingleReading } from "./readOneDate.js";
export { toReferenceDayNumber } from "./referenceDay.js";
export { endingDayMayBeMeant, weekdayShift } from "./weekdayNamedDay.js";
export type { YearPair } from "./yearPairs.js";
