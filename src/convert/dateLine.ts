import { weekdayIndexOf } from "../calendars/dayNumber.js";
import { dayNumberToGregorian, formatIsoDate } from "../calendars/gregorian.js";
import { hebrewMonthName, isHebrewLeapYear } from "../calendars/hebrew.js";
import { hebrewFieldsOf } from "../calendars/hebrewYears.js";
import { holidayNamesOn } from "../calendars/holidayTable.js";
import { WEEKDAYS } from "../types.js";
import { type ConvertOptions, convertDate } from "./convertDate.js";
import { hebrewDayPart, hebrewMonthYearPart } from "./hebrewText.js";
import { readTextInput, type TextOptions } from "./readTextInput.js";
import { listJson } from "./resultJson.js";

// One line of `hdate --jsonl` for one date, written as JSON.stringify(convertDate(text, options))
// would write it, without building the result, straight into the output block as UTF-8. A batch
// over 1850–2099 meets most of its days once, so what is kept is what many days share: for each
// Gregorian and Hebrew month, the bytes around the day's numbers (`,"gregorian":{"year":2018,
// "month":7,"day":` …); for each weekday, each day of the month and each list of events, theirs.
// A day is then a dozen short copies (Uint8Array#set: a byte loop took three times as long) and
// four numbers; ASCII text is written unit by unit (for short strings quicker than encodeInto).
// (Keeping each day's whole part, as before, wrote every day twice, once to keep and once to send.)

/** Where a line's bytes go: a buffer with room, written from `used` on. */
export interface LineSink {
  /** The buffer to write the next line into, with at least `most` bytes free from `used`. */
  room(most: number): Uint8Array;
  /** Bytes of the buffer in use; the writer moves it past the line it wrote. */
  used: number;
}

const encoder = new TextEncoder();

/** Text as UTF-8, an ASCII text unit by unit: for the short pieces kept here cheaper than encode(). */
function ascii(text: string): Uint8Array {
  const bytes = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit >= 0x80) return encoder.encode(text);
    bytes[i] = unit;
  }
  return bytes;
}
const QUOTE = 0x22;
const BACKSLASH = 0x5c;

/** More than the fixed parts of a line take (its input's text, lists and events are added to it). */
const LINE_ROOM = 1024;
/** Event lists whose bytes are kept; past this many the cache starts over (Rosh Hashanah's lists are made fresh each year). */
const MAX_EVENT_LISTS = 4096;

function put(buffer: Uint8Array, at: number, bytes: Uint8Array): number {
  buffer.set(bytes, at);
  return at + bytes.length;
}

/** bytes[from, to): a loop, as a view to hand to set() would be one more object a line. */
function putPart(buffer: Uint8Array, at: number, bytes: Uint8Array, from: number, to: number): number {
  for (let i = from; i < to; i++) buffer[at++] = bytes[i]!;
  return at;
}

/** A whole number in decimal; others (negative years, past 2^31) as String writes them. */
function putNumber(buffer: Uint8Array, at: number, value: number): number {
  // Integer division by a constant (`| 0`) compiles to a multiplication; Math.floor of a division does not.
  if (!(value >= 0 && value <= 0x7fffffff && (value | 0) === value))
    return putText(buffer, at, String(value));
  let end = at + 1;
  for (let rest = value; rest >= 10; rest = (rest / 10) | 0) end++;
  let rest = value;
  let i = end;
  do {
    const tenth = (rest / 10) | 0;
    buffer[--i] = 48 + rest - tenth * 10;
    rest = tenth;
  } while (rest > 0);
  return end;
}

/** Text as UTF-8: ASCII unit by unit, the rest through the encoder. */
function putText(buffer: Uint8Array, at: number, text: string): number {
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    if (unit >= 0x80) return at + encoder.encodeInto(text, buffer.subarray(at)).written;
    buffer[at + i] = unit;
  }
  return at + text.length;
}

/**
 * A string as JSON.stringify quotes it, as UTF-8. Letters of any script are encoded here; a quote,
 * a backslash, a control character or a surrogate (which JSON.stringify may escape) sends the
 * string to JSON.stringify.
 */
function putJsonString(buffer: Uint8Array, at: number, text: string): number {
  const start = at;
  buffer[at++] = QUOTE;
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    const escaped =
      unit < 0x80 ? unit < 0x20 || unit === QUOTE || unit === BACKSLASH : unit >= 0xd800 && unit <= 0xdfff;
    if (escaped) return putText(buffer, start, JSON.stringify(text));
    if (unit < 0x80) buffer[at++] = unit;
    else if (unit < 0x800) {
      buffer[at++] = 0xc0 | (unit >> 6);
      buffer[at++] = 0x80 | (unit & 0x3f);
    } else {
      buffer[at++] = 0xe0 | (unit >> 12);
      buffer[at++] = 0x80 | ((unit >> 6) & 0x3f);
      buffer[at++] = 0x80 | (unit & 0x3f);
    }
  }
  buffer[at++] = QUOTE;
  return at;
}

/**
 * The bytes around a Gregorian month's days, one after the other in one array (a batch meets a
 * month's bytes cold, and each array more is one more miss of the processor's cache): the head
 * `},"gregorian":{"year":2018,"month":7,"day":` (the input's end first), then from `iso` on
 * `,"iso":"2018-07-`.
 */
interface GregorianMonthBytes {
  bytes: Uint8Array;
  iso: number;
}

/**
 * The bytes around a Hebrew month's days, from the year's digits to `"dayNumber":`, in one array:
 * `5778,"month":"Av","monthNumber":5,"day":`, from `leap` on `,"leapYear":false,"text":"`, from
 * `text` on ` Av 5778","hebrewText":"`, from `tail` on ` אָב תשע״ח"},"afterSunset":false,"dayNumber":`
 * (after sunset: up to `"beginsAtSunset":"`).
 */
interface HebrewMonthBytes {
  bytes: Uint8Array;
  leap: number;
  text: number;
  tail: number;
}

/** Several pieces as one array, and where each begins. */
function joined(pieces: Uint8Array[]): { bytes: Uint8Array; starts: number[] } {
  let length = 0;
  const starts: number[] = [];
  for (const piece of pieces) {
    starts.push(length);
    length += piece.length;
  }
  const bytes = new Uint8Array(length);
  for (let k = 0; k < pieces.length; k++) bytes.set(pieces[k]!, starts[k]);
  return { bytes, starts };
}

/** A list of events at the end of a line, with `}` and the newline after it; `lists` has the empty inferred and warnings lists before it. */
interface EventBytes {
  alone: Uint8Array;
  lists: Uint8Array;
}

/**
 * A writer of `hdate --jsonl` lines for the given options (no location: a place needs sunset): each
 * call writes JSON.stringify(convertDate(text, options)) and a newline into the sink, byte for byte,
 * or throws what convertDate throws, having written nothing.
 * @example dateLineWriter({})("10 Av 5778", sink) // sink holds '{"input":{"kind":"text",…}\n'
 */
export function dateLineWriter(options: ConvertOptions): (text: string, sink: LineSink) => void {
  const afterSunset = options.afterSunset === true;
  const israel = options.israel === true;
  const reading: TextOptions = {
    reference: options.reference,
    numericOrder: options.numericOrder,
    israel: options.israel,
  };
  const heads = new Map<string, Uint8Array>();
  const gregorianMonths = new Map<number, GregorianMonthBytes>();
  const hebrewMonths = new Map<number, HebrewMonthBytes>();
  const eventLists = new Map<readonly string[], EventBytes>();
  const dayScript: Array<Uint8Array | undefined> = [];
  const stated = WEEKDAYS.map((name) => ascii(`,"stated":{"weekday":"${name}"}`));
  const extractors = new Map<string, Uint8Array>();
  const MONTH = ascii(',"month":');
  const DAY = ascii(',"day":');
  const TEXT = ascii('},"text":');
  const TIME = ascii(',"time":');
  const OFFSET = ascii(',"offsetMinutes":');
  const BEGINS_END = ascii('","dayNumber":');
  const weekdays = WEEKDAYS.map((name) => ascii(`","weekday":"${name}"},"hebrew":{"year":`));
  const INFERRED = ascii(',"inferred":');
  const EVENTS = ascii(',"events":');

  /** `{"input":{"kind":"text","calendar":"gregorian","date":{"calendar":"gregorian","year":`, by calendar. */
  const headOf = (calendar: string): Uint8Array => {
    let bytes = heads.get(calendar);
    if (bytes === undefined) {
      bytes = ascii(
        `{"input":{"kind":"text","calendar":"${calendar}","date":{"calendar":"${calendar}","year":`,
      );
      heads.set(calendar, bytes);
    }
    return bytes;
  };
  const extractorOf = (name: string): Uint8Array => {
    let bytes = extractors.get(name);
    if (bytes === undefined) {
      bytes = encoder.encode(`,"extractor":"${name}"`);
      extractors.set(name, bytes);
    }
    return bytes;
  };
  const gregorianMonth = (year: number, month: number): GregorianMonthBytes => {
    const key = year * 16 + month;
    let bytes = gregorianMonths.get(key);
    if (bytes === undefined) {
      const iso = formatIsoDate(year, month, 1);
      const { bytes: joint, starts } = joined([
        ascii(`},"gregorian":{"year":${year},"month":${month},"day":`),
        ascii(`,"iso":"${iso.slice(0, -2)}`),
      ]);
      bytes = { bytes: joint, iso: starts[1]! };
      if (gregorianMonths.size >= 100_000) gregorianMonths.clear();
      gregorianMonths.set(key, bytes);
    }
    return bytes;
  };
  const hebrewMonth = (year: number, month: number): HebrewMonthBytes => {
    const key = year * 16 + month;
    let bytes = hebrewMonths.get(key);
    if (bytes === undefined) {
      const name = hebrewMonthName(month, year);
      const { bytes: joint, starts } = joined([
        ascii(`${year},"month":"${name}","monthNumber":${month},"day":`),
        ascii(`,"leapYear":${isHebrewLeapYear(year)},"text":"`),
        ascii(` ${name} ${year}","hebrewText":"`),
        encoder.encode(
          `${hebrewMonthYearPart(year, month)}"},"afterSunset":${
            afterSunset ? 'true,"beginsAtSunset":"' : 'false,"dayNumber":'
          }`,
        ),
      ]);
      bytes = { bytes: joint, leap: starts[1]!, text: starts[2]!, tail: starts[3]! };
      if (hebrewMonths.size >= 100_000) hebrewMonths.clear();
      hebrewMonths.set(key, bytes);
    }
    return bytes;
  };
  const scriptOf = (day: number): Uint8Array => {
    let bytes = dayScript[day];
    if (bytes === undefined) {
      bytes = encoder.encode(hebrewDayPart(day));
      if (day >= 0 && day < 32) dayScript[day] = bytes;
    }
    return bytes;
  };
  const eventsOf = (names: readonly string[]): EventBytes => {
    let bytes = eventLists.get(names);
    if (bytes === undefined) {
      const list = listJson(names);
      bytes = {
        alone: encoder.encode(`${list}}\n`),
        lists: encoder.encode(`,"inferred":[],"warnings":[],"events":${list}}\n`),
      };
      if (eventLists.size >= MAX_EVENT_LISTS) eventLists.clear();
      eventLists.set(names, bytes);
    }
    return bytes;
  };

  return (text, sink) => {
    const read = readTextInput(text, reading);
    const input = read.described;
    // A line that names the evening is answered after sunset unless asked otherwise (convertDate's
    // rule), and its input says so: rare, so it takes the general path rather than more kept bytes.
    if (input.stated?.evening) {
      const json = `${JSON.stringify(convertDate(text, options))}\n`;
      sink.used = putText(sink.room(3 * json.length), sink.used, json);
      return;
    }
    // A Hebrew date after sunset is answered with the civil evening that begins it, as convertDate does.
    const dayNumber = afterSunset && input.calendar === "hebrew" ? read.dayNumber - 1 : read.dayNumber;
    // After sunset the Hebrew day is the next one; its events are that day's.
    const hebrewDay = afterSunset ? dayNumber + 1 : dayNumber;
    const g = dayNumberToGregorian(dayNumber);
    const h = hebrewFieldsOf(hebrewDay);
    const events = eventsOf(holidayNamesOn(h.year, hebrewDay, israel));
    const lists =
      read.inferred.length === 0 && read.warnings.length === 0
        ? undefined
        : `${listJson(read.inferred)},"warnings":${listJson(read.warnings)}`;
    // Text input always names its extractor (readTextInput.ts).
    const extractor = extractorOf(input.extractor!);
    const time = input.time === undefined ? undefined : JSON.stringify(input.time);
    const most =
      LINE_ROOM +
      6 * text.length +
      extractor.length +
      events.lists.length +
      3 * ((lists?.length ?? 0) + (time?.length ?? 0));
    const buffer = sink.room(most);
    let at = sink.used;
    // The members and their order are those of ConversionResult's JSON (resultJson.ts).
    const { date } = input;
    at = put(buffer, at, headOf(input.calendar));
    at = putNumber(buffer, at, date.year);
    at = put(buffer, at, MONTH);
    at = putNumber(buffer, at, date.month);
    at = put(buffer, at, DAY);
    at = putNumber(buffer, at, date.day);
    at = put(buffer, at, TEXT);
    at = putJsonString(buffer, at, text);
    at = put(buffer, at, extractor);
    if (time !== undefined) {
      at = put(buffer, at, TIME);
      at = putText(buffer, at, time);
    }
    if (input.offsetMinutes !== undefined) {
      at = put(buffer, at, OFFSET);
      at = putNumber(buffer, at, input.offsetMinutes);
    }
    if (input.stated !== undefined) at = put(buffer, at, stated[WEEKDAYS.indexOf(input.stated.weekday!)]!);
    // The day: both calendars, after sunset its evening, the day number, the lists, the events.
    const gregorian = gregorianMonth(g.year, g.month);
    const gregorianBytes = gregorian.bytes;
    at = putPart(buffer, at, gregorianBytes, 0, gregorian.iso);
    at = putNumber(buffer, at, g.day);
    at = putPart(buffer, at, gregorianBytes, gregorian.iso, gregorianBytes.length);
    const isoDay = at;
    buffer[at++] = 48 + Math.floor(g.day / 10);
    buffer[at++] = 48 + (g.day % 10);
    const hebrew = hebrewMonth(h.year, h.month);
    at = put(buffer, at, weekdays[weekdayIndexOf(dayNumber)]!);
    const hebrewBytes = hebrew.bytes;
    at = putPart(buffer, at, hebrewBytes, 0, hebrew.leap);
    at = putNumber(buffer, at, h.day);
    at = putPart(buffer, at, hebrewBytes, hebrew.leap, hebrew.text);
    at = putNumber(buffer, at, h.day);
    at = putPart(buffer, at, hebrewBytes, hebrew.text, hebrew.tail);
    at = put(buffer, at, scriptOf(h.day));
    at = putPart(buffer, at, hebrewBytes, hebrew.tail, hebrewBytes.length);
    if (afterSunset) {
      // `"beginsAtSunset":"` is followed by the civil day's ISO date, written once above.
      const isoStart = isoDay - (gregorianBytes.length - gregorian.iso) + 8;
      for (let i = isoStart; i < isoDay + 2; i++) buffer[at++] = buffer[i]!;
      at = put(buffer, at, BEGINS_END);
    }
    at = putNumber(buffer, at, dayNumber);
    if (lists === undefined) at = put(buffer, at, events.lists);
    else {
      at = put(buffer, at, INFERRED);
      at = putText(buffer, at, lists);
      at = put(buffer, at, EVENTS);
      at = put(buffer, at, events.alone);
    }
    sink.used = at;
  };
}
