// The reading room's surface: what the checker, the converter and the CLI may use. Everything else
// in read/ is its own business.

export { parseHebrewYear } from "./gematriya.js";
export { gregorianMonthFromName, hebrewMonthFromName, suggestHebrewMonths } from "./lexicon.js";
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
export {
  type ParseOptions,
  type PipelineOptions,
  parseDates,
  readText,
  toReferenceDayNumber,
  VOCABULARY,
  vocabularyOf,
} from "./parseDates.js";
export type {
  DateGroup,
  EveningEvidence,
  GroupEvidence,
  PairGroup,
  RangeGroup,
  Reading,
  TraceEntry,
} from "./reading.js";
export { readOneDate, type SingleReading } from "./readOneDate.js";
export type { YearPair } from "./yearPairs.js";
