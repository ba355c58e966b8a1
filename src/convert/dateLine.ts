import type { ConvertOptions } from "./convertDate.js";
import { hebrewEvents } from "./events.js";
import { readTextInput, type TextOptions } from "./readTextInput.js";
import { describeGregorian, describeHebrew } from "./result.js";
import { gregorianJson, hebrewJson, inputJson, listJson } from "./resultJson.js";

// One line of `hdate --jsonl` for one date, written as JSON.stringify(convertDate(text, options))
// would write it, without building the result: the reading gives the day, and what belongs to the
// day alone (both calendars, the events) is encoded once per day and its bytes reused. A batch over
// 1850–2099 spent a quarter of its time building results and their JSON, and encoding it.

/** A line in pieces: text to write as UTF-8, and bytes already encoded. */
export type LinePieces = Array<string | Uint8Array>;

/** The two encoded parts of a day's line: from `"gregorian"` to `"inferred":`, and from `"events"` on. */
interface DayBytes {
  middle: Uint8Array;
  tail: Uint8Array;
}

/** Days kept; past this many the cache starts over. */
const MAX_DAYS = 50_000;
/**
 * Days' bytes are encoded into slabs of this size and kept as views of them: one ArrayBuffer per
 * day (TextEncoder.encode) cost more in allocation and collection than the encoding itself.
 */
const SLAB_BYTES = 1 << 20;
const encoder = new TextEncoder();

/**
 * A writer of `hdate --jsonl` lines for the given options (no location: a place needs sunset).
 * The pieces joined are JSON.stringify(convertDate(text, options)), byte for byte.
 * @example dateLineWriter({})("10 Av 5778") // ['{"input":{…}', Uint8Array, '[],"warnings":[]', Uint8Array]
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
  let slab = new Uint8Array(SLAB_BYTES);
  let used = 0;
  const encoded = (text: string): Uint8Array => {
    // A UTF-16 unit becomes at most 3 bytes; a day's part is a few hundred.
    if (used + text.length * 3 > SLAB_BYTES) {
      slab = new Uint8Array(SLAB_BYTES);
      used = 0;
    }
    const start = used;
    used += encoder.encodeInto(text, slab.subarray(start)).written;
    return slab.subarray(start, used);
  };
  const dayBytes = (dayNumber: number): DayBytes => {
    let bytes = days.get(dayNumber);
    if (bytes === undefined) {
      // After sunset the Hebrew day is the next one; its events are that day's.
      const hebrewDay = afterSunset ? dayNumber + 1 : dayNumber;
      const gregorian = describeGregorian(dayNumber);
      const middle =
        `,"gregorian":${gregorianJson(gregorian)},"hebrew":${hebrewJson(describeHebrew(hebrewDay))},` +
        `"afterSunset":${afterSunset},` +
        (afterSunset ? `"beginsAtSunset":"${gregorian.iso}",` : "") +
        `"dayNumber":${dayNumber},"inferred":`;
      const tail = `,"events":${listJson(hebrewEvents(hebrewDay, israel))}}`;
      bytes = { middle: encoded(middle), tail: encoded(tail) };
      if (days.size >= MAX_DAYS) days.clear();
      days.set(dayNumber, bytes);
    }
    return bytes;
  };
  return (text) => {
    const read = readTextInput(text, reading);
    // A Hebrew date after sunset is answered with the civil evening that begins it, as convertDate does.
    const dayNumber =
      afterSunset && read.described.calendar === "hebrew" ? read.dayNumber - 1 : read.dayNumber;
    const { middle, tail } = dayBytes(dayNumber);
    return [
      `{"input":${inputJson(read.described)}`,
      middle,
      `${listJson(read.inferred)},"warnings":${listJson(read.warnings)}`,
      tail,
    ];
  };
}
