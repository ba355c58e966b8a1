import { convertDate, type DateInput } from "../../convert/convertDate.js";
import type { ConversionResult } from "../../convert/result.js";
import { DateError } from "../../errors.js";
import { type CliIo, EXIT } from "../io.js";
import { type CliOptions, locationOf } from "../options.js";
import { renderConversion } from "../render.js";

type Converter = (input: DateInput) => ConversionResult;

/** convertDate, or (with `--location`) its form at a place, loaded only then: sunset needs more code. */
export async function converterOf(options: CliOptions): Promise<Converter> {
  const location = locationOf(options);
  if (location === undefined) return (input) => convertDate(input, options.convert);
  const { converterAtPlace } = await import("../../convert/convertAtPlace.js");
  return converterAtPlace({ ...options.convert, location });
}

/** `hdate [DATE]`: one date in both calendars (today when none is given). */
export async function convertCommand(words: string[], options: CliOptions, io: CliIo): Promise<number> {
  const convert = await converterOf(options);
  const text = words.join(" ").trim();
  // No argument is today; an argument that holds nothing ("", "  ") is a date left out by mistake.
  if (words.length > 0 && text === "")
    throw new DateError("unreadable", "The date given is empty (give no DATE for today)", {
      input: words.join(" "),
    });
  let result: ConversionResult;
  if (text === "" || text.toLowerCase() === "today") {
    // "Today" at a terminal is the user's own calendar day (the place's, with --location).
    result =
      options.location === undefined
        ? convertDate(new Date(), { ...options.convert, timeZone: options.convert.timeZone ?? localZone() })
        : convert(new Date());
  } else {
    result = convert(text);
  }
  io.stdout.write(options.json ? `${JSON.stringify(result, null, 2)}\n` : renderConversion(result));
  return EXIT.ok;
}

function localZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC";
}
