// The public surface of hdate: conversion, reading, checking, and the one error type.

export type {
  CheckOptions,
  DocumentProblem,
  DocumentReport,
  TimestampReport,
} from "./check/checkDocument.js";
export { checkDocument } from "./check/checkDocument.js";
export type { CheckPairOptions, PairInput } from "./check/checkPair.js";
export { checkPair } from "./check/checkPair.js";
export type { LocationInput } from "./check/sunset.js";
export type {
  GregorianSide,
  HebrewSide,
  Hint,
  PairReport,
  PairVerdict,
  WeekdayFinding,
} from "./check/types.js";
export type { ConvertOptions, DateInput, DateTimeLike, FieldsInput } from "./convert/convertDate.js";
export { convertDate } from "./convert/convertDate.js";
export type {
  ConversionResult,
  ConversionWarning,
  GregorianDay,
  HebrewDay,
  InputDescription,
} from "./convert/result.js";
export type { DateErrorCode } from "./errors.js";
export { DateError, ERROR_CODES, isDateError } from "./errors.js";
export type { DateMention, Inference, MentionProblem, StatedFields, TimeOfDay } from "./read/mention.js";
export type { ParseOptions } from "./read/parseDates.js";
export { parseDates } from "./read/parseDates.js";
export type { Calendar, CalendarDate, Span, Weekday } from "./types.js";
export { WEEKDAYS } from "./types.js";
