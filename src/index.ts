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
export type { LocationInput } from "./check/sunset.js";
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
export type {
  Anniversary,
  AnniversaryKind,
  AnniversaryList,
  AnniversaryOptions,
} from "./listings/anniversaries.js";
export { anniversaries } from "./listings/anniversaries.js";
export type { CalendarDay } from "./listings/calendarDay.js";
export type { CalendarGridsOptions } from "./listings/calendarGrids.js";
export { calendarGrids } from "./listings/calendarGrids.js";
export type { DaysBetweenOptions } from "./listings/daysBetween.js";
export { daysBetween } from "./listings/daysBetween.js";
export type { DayEvent, DayEventKind } from "./listings/eventsWithKinds.js";
export type { HolidayKind } from "./listings/holidayKind.js";
export { HOLIDAY_KINDS } from "./listings/holidayKind.js";
export type { HolidayEntry, HolidayList, HolidaysOptions } from "./listings/holidaysOf.js";
export { holidaysOf } from "./listings/holidaysOf.js";
export type { Language, LanguageOptions } from "./listings/language.js";
export { LANGUAGES } from "./listings/language.js";
export type { GridMonth, MonthGrid, MonthGridOptions } from "./listings/monthGrid.js";
export { monthGrid } from "./listings/monthGrid.js";
export type { MonthOrYear, ReadMonthOptions } from "./listings/readMonthOrYear.js";
export { readMonthOrYear } from "./listings/readMonthOrYear.js";
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
export { parseDates } from "./read/index.js";
export type { Calendar, CalendarDate, Span, Weekday } from "./types.js";
export { WEEKDAYS } from "./types.js";
