import { weekdayOf } from "../calendars/dayNumber.js";
import { dayNumberToGregorian, formatIsoDate } from "../calendars/gregorian.js";
import { dayNumberToHebrew, hebrewMonthName, isHebrewLeapYear } from "../calendars/hebrew.js";
import { type ConvertOptions, convertDate } from "./convertDate.js";
import { hebrewEventNames } from "./events.js";
import { hebrewDayPart, hebrewMonthYearPart, renderEnglishText } from "./hebrewText.js";
import { readTextInput, type TextOptions } from "./readTextInput.js";
import { inputJson, listJson } from "./resultJson.js";

// One line of `hdate --jsonl` for one date, written as JSON.stringify(convertDate(text, options))
// would write it, without building the result: the reading gives the day, and what belongs to the
// day alone (both calendars, the events) is written once per day, as bytes, and reused. A batch over
// 1850–2099 spent a quarter of its time building results and their JSON, and encoding it; most of
// its days come once, so a day's bytes are written straight from its fields: ASCII unit by unit,
// the Hebrew script from bytes kept for each day of the month and each month of a year.

/** A line in pieces: text to write as UTF-8, and bytes already encoded. */
export type LinePieces = Array<string | Uint8Array>;

/** A day's part of its lines, from `,"gregorian"` to the end, with `inferred` and `warnings` empty. */
interface DayBytes {
  /** The whole part, for lines that inferred and warned of nothing (most). */
  plain: Uint8Array;
  /** Where `[],"warnings":[]` begins and ends in it: the other lines write their own lists there. */
  listsStart: number;
  listsEnd: number;
}

/** Days kept; past this many the cache starts over. */
const MAX_DAYS = 50_000;
/**
 * Days' bytes are written into slabs of this size and kept as views of them: one ArrayBuffer per
 * day cost more in allocation and collection than the writing itself.
 */
const SLAB_BYTES = 1 << 20;
/** More than a day's part takes (its events are a few names). */
const DAY_ROOM = 8192;
const EMPTY_LISTS = '[],"warnings":[]';
const encoder = new TextEncoder();

/** Writes into slabs: ASCII unit by unit (quicker than encodeInto for short strings), the rest encoded. */
class SlabWriter {
  slab = new Uint8Array(SLAB_BYTES);
  used = 0;

  /** Starts a new slab unless `room` bytes are left. */
  reserve(room: number): void {
    if (this.used + room > SLAB_BYTES) {
      this.slab = new Uint8Array(SLAB_BYTES);
      this.used = 0;
    }
  }

  text(text: string): void {
    const slab = this.slab;
    let used = this.used;
    for (let i = 0; i < text.length; i++) {
      const unit = text.charCodeAt(i);
      if (unit >= 0x80) {
        this.used = used + encoder.encodeInto(text.slice(i), slab.subarray(used)).written;
        return;
      }
      slab[used++] = unit;
    }
    this.used = used;
  }

  number(value: number): void {
    if (!(Number.isInteger(value) && value >= 0 && value < 1e15)) {
      this.text(String(value));
      return;
    }
    let digits = 1;
    for (let rest = value; rest >= 10; rest = Math.floor(rest / 10)) digits++;
    const slab = this.slab;
    let at = this.used + digits;
    this.used = at;
    let rest = value;
    do {
      slab[--at] = 48 + (rest % 10);
      rest = Math.floor(rest / 10);
    } while (rest > 0);
  }

  bytes(bytes: Uint8Array): void {
    this.slab.set(bytes, this.used);
    this.used += bytes.length;
  }
}

/**
 * A writer of `hdate --jsonl` lines for the given options (no location: a place needs sunset).
 * The pieces joined are JSON.stringify(convertDate(text, options)), byte for byte.
 * @example dateLineWriter({})("10 Av 5778") // ['{"input":{…}', Uint8Array]
 */
export function dateLineWriter(options: ConvertOptions): (text: string) => LinePieces {
  const afterSunset = options.afterSunset === true;
  const israel = options.israel === true;
  const reading: TextOptions = {
    reference: options.reference,
    numericOrder: options.numericOrder,
    israel: options.israel,
  };
  const days = new Map<number, DayBytes>();
  const out = new SlabWriter();
  // The Hebrew script's pieces (a day of the month; a month and its year), encoded once each.
  const scriptBytes = new Map<string, Uint8Array>();
  const script = (part: string): Uint8Array => {
    let bytes = scriptBytes.get(part);
    if (bytes === undefined) {
      bytes = encoder.encode(part);
      scriptBytes.set(part, bytes);
    }
    return bytes;
  };
  const writeDay = (dayNumber: number): DayBytes => {
    // After sunset the Hebrew day is the next one; its events are that day's.
    const hebrewDay = afterSunset ? dayNumber + 1 : dayNumber;
    const g = dayNumberToGregorian(dayNumber);
    const iso = formatIsoDate(g.year, g.month, g.day);
    const h = dayNumberToHebrew(hebrewDay);
    const monthName = hebrewMonthName(h.month, h.year);
    out.reserve(DAY_ROOM);
    const start = out.used;
    // The members and their order are those of ConversionResult's JSON (resultJson.ts).
    out.text(',"gregorian":{"year":');
    out.number(g.year);
    out.text(',"month":');
    out.number(g.month);
    out.text(',"day":');
    out.number(g.day);
    out.text(',"iso":"');
    out.text(iso);
    out.text('","weekday":"');
    out.text(weekdayOf(dayNumber));
    out.text('"},"hebrew":{"year":');
    out.number(h.year);
    out.text(',"month":"');
    out.text(monthName);
    out.text('","monthNumber":');
    out.number(h.month);
    out.text(',"day":');
    out.number(h.day);
    out.text(isHebrewLeapYear(h.year) ? ',"leapYear":true,"text":"' : ',"leapYear":false,"text":"');
    out.text(renderEnglishText(h.year, h.month, h.day, monthName));
    out.text('","hebrewText":"');
    out.bytes(script(hebrewDayPart(h.day)));
    out.bytes(script(hebrewMonthYearPart(h.year, h.month)));
    out.text(afterSunset ? '"},"afterSunset":true,"beginsAtSunset":"' : '"},"afterSunset":false,');
    if (afterSunset) {
      out.text(iso);
      out.text('",');
    }
    out.text('"dayNumber":');
    out.number(dayNumber);
    out.text(',"inferred":');
    const listsStart = out.used - start;
    out.text(EMPTY_LISTS);
    const listsEnd = out.used - start;
    out.text(',"events":');
    out.text(listJson(hebrewEventNames(hebrewDay, israel)));
    out.text("}");
    return { plain: out.slab.subarray(start, out.used), listsStart, listsEnd };
  };
  const dayBytes = (dayNumber: number): DayBytes => {
    let bytes = days.get(dayNumber);
    if (bytes === undefined) {
      bytes = writeDay(dayNumber);
      if (days.size >= MAX_DAYS) days.clear();
      days.set(dayNumber, bytes);
    }
    return bytes;
  };
  return (text) => {
    const read = readTextInput(text, reading);
    // A line that names the evening is answered after sunset (convertDate's rule); it is rare, so it
    // takes the general path rather than a second cache of days.
    if (read.described.stated?.evening && options.afterSunset === undefined)
      return [JSON.stringify(convertDate(text, options))];
    // A Hebrew date after sunset is answered with the civil evening that begins it, as convertDate does.
    const dayNumber =
      afterSunset && read.described.calendar === "hebrew" ? read.dayNumber - 1 : read.dayNumber;
    const day = dayBytes(dayNumber);
    const head = `{"input":${inputJson(read.described)}`;
    if (read.inferred.length === 0 && read.warnings.length === 0) return [head, day.plain];
    return [
      head,
      day.plain.subarray(0, day.listsStart),
      `${listJson(read.inferred)},"warnings":${listJson(read.warnings)}`,
      day.plain.subarray(day.listsEnd),
    ];
  };
}
