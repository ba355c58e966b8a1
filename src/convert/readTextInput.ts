import { weekdayIndexOf, weekdayOf } from "../calendars/dayNumber.js";
import { todayDayNumber } from "../calendars/today.js";
import type { Inference } from "../read/index.js";
import { type PipelineOptions, readOneDate, toReferenceDayNumber, weekdayShift } from "../read/index.js";
import { WEEKDAYS } from "../types.js";
import type { ConversionWarning, InputDescription } from "./result.js";

/** What a string given to convertDate says: its day, how it was read, what was inferred. */
export interface TextInput {
  dayNumber: number;
  described: InputDescription;
  inferred: Inference[];
  warnings: ConversionWarning[];
}

/** What a contradicted weekday is said of, by the day it names: the evening before, the date, the day after. */
const WEEKDAY_OF = [
  "the evening that begins it falls on a",
  "the date written is a",
  "the day that begins that evening is a",
] as const;

/** The reading options of a conversion; an unset reference is today, from the clock alone. */
export interface TextOptions {
  reference?: Date | string;
  numericOrder?: "mdy" | "dmy" | "auto";
  israel?: boolean;
}

const READING: PipelineOptions = { referenceDayNumber: 0, numericOrder: "auto", israel: false };

// Today, read from the clock once per task: a loop of conversions reads it once (the clock cost a
// twentieth of a conversion of a plain date), and the next task, after a microtask, reads it again.
let todayKept: number | undefined;
const forgetToday = () => {
  todayKept = undefined;
};
function today(): number {
  if (todayKept === undefined) {
    todayKept = todayDayNumber();
    queueMicrotask(forgetToday);
  }
  return todayKept;
}

/**
 * Reads a string that holds one date, as convertDate does (and `hdate --jsonl`, which builds no
 * result object): the day, the input's description and the warnings.
 * @example readTextInput("10 Av 5778", {}).dayNumber // 736897
 */
export function readTextInput(input: string, options: TextOptions): TextInput {
  // One options object, refilled: the reader keeps none of it (its caches copy the fields they key on).
  READING.referenceDayNumber =
    options.reference === undefined ? today() : toReferenceDayNumber(options.reference);
  READING.numericOrder = options.numericOrder ?? "auto";
  READING.israel = options.israel === true;
  const mention = readOneDate(input, READING);
  const dayNumber = mention.dayNumber;
  const warnings: ConversionWarning[] = mention.warnings;
  const stated = mention.stated.weekday;
  // The day the weekday names: "ליל שבת 4.12.2026" names Shabbat, the day after the civil date.
  const shift = weekdayShift(mention.stated, mention.calendar);
  const named = dayNumber + shift;
  if (stated !== undefined && weekdayIndexOf(named) !== stated) {
    // The text contradicts itself; the date wins (it is the more specific), but never silently.
    warnings.push({
      code: "weekday-mismatch",
      message: `${WEEKDAY_OF[shift + 1]} ${weekdayOf(named)}, not a ${WEEKDAYS[stated]} as the text says`,
    });
  }
  // Built field by field, not with conditional spreads, which cost more than the reading itself.
  const described: InputDescription = {
    kind: "text",
    calendar: mention.calendar,
    date: mention.date,
    text: input,
    extractor: mention.extractor,
  };
  if (mention.stated.time) described.time = mention.stated.time;
  if (mention.stated.offsetMinutes !== undefined) described.offsetMinutes = mention.stated.offsetMinutes;
  if (stated !== undefined) described.stated = { weekday: weekdayOf(stated) };
  if (mention.stated.evening) described.stated = { ...described.stated, evening: true };
  return { dayNumber, described, inferred: mention.inferred, warnings };
}
