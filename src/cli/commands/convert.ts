import { convertDate, type DateInput } from "../../convert/convertDate.js";
import type { ConversionResult } from "../../convert/result.js";
import { DateError } from "../../errors.js";
import { errorLine } from "../errorLine.js";
import { type CliIo, EXIT } from "../io.js";
import { readLines } from "../lineReader.js";
import { type CliOptions, locationOf } from "../options.js";
import { renderConversion } from "../render.js";
import { type InLanguage, shownDay } from "../shownDay.js";

type Converter = (input: DateInput) => ConversionResult;

/** convertDate, or (with `--location`) its form at a place, loaded only then: sunset needs more code. */
export async function converterOf(options: CliOptions): Promise<Converter> {
  const location = locationOf(options);
  if (location === undefined) return (input) => convertDate(input, options.convert);
  const { converterAtPlace } = await import("../../convert/convertAtPlace.js");
  return converterAtPlace({ ...options.convert, location });
}

function render(result: ConversionResult, options: CliOptions, inLanguage?: InLanguage): string {
  const israel = options.convert.israel === true;
  const shown = shownDay(result, options.language, israel, inLanguage);
  if (!options.json) return renderConversion(result, shown);
  // JSON keeps convertDate's fields in English, Shabbat's portion among the events; a language
  // asked for is said beside them.
  const english = options.language === undefined ? shown : shownDay(result, undefined, israel);
  const json: Record<string, unknown> = { ...result.toJSON(), events: english.events };
  if (options.language !== undefined) json.localized = { ...options.language, ...shown };
  return `${JSON.stringify(json, null, 2)}\n`;
}

/**
 * `hdate -`: one date a line from standard input, each answered as `hdate DATE` answers it, in
 * order. A line that is no date is one error line on stderr and the run goes on; blank lines are
 * skipped. Exit 2 when any line failed.
 */
async function convertLines(
  options: CliOptions,
  io: CliIo,
  convert: Converter,
  inLanguage: InLanguage | undefined,
): Promise<number> {
  let failed = false;
  let answered = 0;
  let number = 0;
  for await (const { lines } of readLines(io.stdin)) {
    for (const line of lines) {
      number += 1;
      if (line.trim() === "") continue;
      let result: ConversionResult;
      try {
        result = convert(line);
      } catch (error) {
        failed = true;
        io.stderr.write(errorLine(error, `line ${number}: `));
        continue;
      }
      // Text reports are told apart by a blank line; JSON objects follow each other.
      io.stdout.write(`${answered > 0 && !options.json ? "\n" : ""}${render(result, options, inLanguage)}`);
      answered += 1;
    }
  }
  return failed ? EXIT.usage : EXIT.ok;
}

const DAY_MS = 86_400_000;

/** The words for a day near today that `hdate DATE` takes, in English and Hebrew, by their distance from it. */
const RELATIVE_DAYS: ReadonlyMap<string, number> = new Map([
  ["today", 0],
  ["tomorrow", 1],
  ["yesterday", -1],
  ["היום", 0],
  ["מחר", 1],
  ["אתמול", -1],
]);

/** `hdate [DATE]`: one date in both calendars (today when none is given); `hdate -` reads them from stdin. */
export async function convertCommand(words: string[], options: CliOptions, io: CliIo): Promise<number> {
  const convert = await converterOf(options);
  // Names in another language come from @hebcal/core's tables, loaded only when asked for.
  const inLanguage =
    options.language === undefined
      ? undefined
      : (await import("../shownDayInLanguage.js")).shownDayInLanguage;
  if (words.includes("-")) {
    if (words.length > 1)
      throw new DateError("invalid-option", "- reads the dates from standard input: give no other DATE");
    return convertLines(options, io, convert, inLanguage);
  }
  const text = words.join(" ").trim();
  // No argument is today; an argument that holds nothing ("", "  ") is a date left out by mistake.
  if (words.length > 0 && text === "")
    throw new DateError("unreadable", "The date given is empty (give no DATE for today)", {
      input: words.join(" "),
    });
  let result: ConversionResult;
  const offset = text === "" ? 0 : RELATIVE_DAYS.get(text.toLowerCase());
  if (offset !== undefined) {
    // "Today" at a terminal is the user's own calendar day (the place's, with --location); a day
    // later or earlier is this moment a day on, which a change of clocks never moves two days.
    const instant = new Date(Date.now() + offset * DAY_MS);
    result =
      options.location === undefined
        ? convertDate(instant, { ...options.convert, timeZone: options.convert.timeZone ?? localZone() })
        : convert(instant);
  } else {
    result = convert(text);
  }
  io.stdout.write(render(result, options, inLanguage));
  return EXIT.ok;
}

function localZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC";
}
