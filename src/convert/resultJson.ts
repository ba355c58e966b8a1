import type { ConversionResult, GregorianDay, HebrewDay, InputDescription } from "./result.js";

// JSON.stringify of a conversion, written out by hand for batches: the generic serializer walks
// ~40 properties through toJSON and took ≈ 4 µs a line, twice the conversion itself. The output is
// byte for byte JSON.stringify(result) (a property test holds the two together). Strings that come
// from the input or from messages go through JSON.stringify; the others (ISO dates, month and
// weekday names, Hebrew numerals) are built by this library from fixed tables and need no escaping.

const quote = JSON.stringify;

/** The `gregorian` member of a conversion's JSON. */
export function gregorianJson(day: GregorianDay): string {
  return `{"year":${day.year},"month":${day.month},"day":${day.day},"iso":"${day.iso}","weekday":"${day.weekday}"}`;
}

/** The `hebrew` member of a conversion's JSON. */
export function hebrewJson(day: HebrewDay): string {
  return (
    `{"year":${day.year},"month":"${day.month}","monthNumber":${day.monthNumber},"day":${day.day},` +
    `"leapYear":${day.leapYear},"text":"${day.text}","hebrewText":"${day.hebrewText}"}`
  );
}

/** The `input` member: text input, the only kind a batch reads; the others are rare enough for the generic path. */
export function inputJson(input: InputDescription): string {
  if (input.kind !== "text") return quote(input);
  const { date } = input;
  let json =
    `{"kind":"text","calendar":"${input.calendar}",` +
    `"date":{"calendar":"${date.calendar}","year":${date.year},"month":${date.month},"day":${date.day}},` +
    `"text":${quote(input.text)},"extractor":"${input.extractor}"`;
  if (input.time !== undefined) json += `,"time":${quote(input.time)}`;
  if (input.offsetMinutes !== undefined) json += `,"offsetMinutes":${input.offsetMinutes}`;
  if (input.stated !== undefined) json += `,"stated":${quote(input.stated)}`;
  return `${json}}`;
}

/** A list member (`inferred`, `warnings`, `events`). */
export function listJson(list: readonly unknown[]): string {
  return list.length === 0 ? "[]" : quote(list);
}

/**
 * A conversion as one line of JSON, exactly as `JSON.stringify(result)` writes it.
 * @example conversionJson(convertDate("10 Av 5778")) === JSON.stringify(convertDate("10 Av 5778")) // true
 */
export function conversionJson(result: ConversionResult): string {
  return (
    `{"input":${inputJson(result.input)},"gregorian":${gregorianJson(result.gregorian)},` +
    `"hebrew":${hebrewJson(result.hebrew)},"afterSunset":${result.afterSunset},` +
    (result.beginsAtSunset === undefined ? "" : `"beginsAtSunset":"${result.beginsAtSunset}",`) +
    `"dayNumber":${result.dayNumber},` +
    `"inferred":${listJson(result.inferred)},"warnings":${listJson(result.warnings)},"events":${listJson(result.events)}}`
  );
}
