// The public surface of hdate: conversion, reading, checking, and the one error type.

export type {
  CheckOptions,
  DocumentProblem,
  DocumentReport,
  DocumentVerdict,
  RangeEnd,
  RangeReport,
  TimestampReport,
} from "./check/checkDocument.js";
export { checkDocument } from "./check/checkDocument.js";
export type { CheckPairOptions, PairInput } from "./check/checkPair.js";
export { checkPair } from "./check/checkPair.js";
export type { Finding, FindingCode } from "./check/findings.js";
export { FINDING_CODES } from "./check/findings.js";
export type {
  GregorianSide,
  HebrewSide,
  Hint,
  HintCode,
  PairReport,
  PairVerdict,
  WeekdayFinding,
} from "./check/types.js";
export type { ConvertOptions, DateInput, DateTimeLike, FieldsInput } from "./convert/convertDate.js";
export { convertDate } from "./convert/convertDate.js";
export type {
  ConversionResult,
  ConversionWarning,
  ConversionWarningCode,
  GregorianDay,
  HebrewDay,
  InputDescription,
} from "./convert/result.js";
export type { DateErrorCode } from "./errors.js";
export { DateError, ERROR_CODES, isDateError } from "./errors.js";
export type { LocationInput } from "./place/sunset.js";
export type {
  DateGroup,
  DateMention,
  EveningEvidence,
  GroupEvidence,
  Inference,
  InferenceSource,
  MentionProblem,
  PairGroup,
  ParseOptions,
  ProblemMention,
  RangeGroup,
  Reading,
  ReadMention,
  StatedFields,
  TimeOfDay,
  TraceEntry,
} from "./read/index.js";
export { parseDates } from "./read/pageReading.js";
export type { Calendar, CalendarDate, Span, Weekday } from "./types.js";
export { WEEKDAYS } from "./types.js";
