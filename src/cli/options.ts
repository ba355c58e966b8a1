import { parseArgs } from "node:util";
import type { CheckOptions } from "../check/checkDocument.js";
import type { ConvertOptions } from "../convert/convertDate.js";
import { DateError } from "../errors.js";
import type { LanguageOptions } from "../listings/language.js";
import type { LocationInput } from "../place/sunset.js";
import { LANGUAGE_SPEC, languageOptionsOf } from "./languageOptions.js";

/** Command-line options after parsing, in the shapes the library takes. */
export interface CliOptions {
  command: "convert" | "check" | "help" | "version";
  words: string[];
  json: boolean;
  jsonl: boolean;
  quiet: boolean;
  /** `--explain`: print which step of the reading set each field. */
  explain: boolean;
  /** `--summary`: after a batch, one line on standard error counting each kind of line. */
  summary: boolean;
  /** `--threads N`: check --jsonl on N worker threads (1: none); default: every core, for large inputs. */
  threads?: number;
  convert: ConvertOptions;
  /** `--location`: a city name, or `LAT,LON`. */
  location?: string;
  /** `--lang`, `--no-niqqud`: how dates and names are written (English when not given). */
  language?: LanguageOptions;
}

const SPEC = {
  json: { type: "boolean" },
  jsonl: { type: "boolean" },
  "after-sunset": { type: "boolean", short: "s" },
  israel: { type: "boolean" },
  "time-zone": { type: "string", short: "z" },
  location: { type: "string", short: "l" },
  reference: { type: "string", short: "r" },
  order: { type: "string" },
  quiet: { type: "boolean", short: "q" },
  explain: { type: "boolean" },
  summary: { type: "boolean" },
  threads: { type: "string" },
  help: { type: "boolean", short: "h" },
  version: { type: "boolean", short: "v" },
  ...LANGUAGE_SPEC,
} as const;

/** Parses argv (without node and the script); usage mistakes throw a DateError with code `invalid-option`. */
export function parseCliOptions(argv: string[]): CliOptions {
  let parsed: ReturnType<typeof parseArgs<{ options: typeof SPEC; allowPositionals: true }>>;
  try {
    parsed = parseArgs({ args: argv, options: SPEC, allowPositionals: true, strict: true });
  } catch (error) {
    throw new DateError("invalid-option", (error as Error).message.split("\n")[0]!);
  }
  const { values, positionals } = parsed;
  const order = values.order;
  if (order !== undefined && order !== "mdy" && order !== "dmy" && order !== "auto") {
    throw new DateError("invalid-option", `--order takes mdy, dmy or auto, not "${order}"`);
  }
  const threads = values.threads;
  if (threads !== undefined && !/^[1-9]\d{0,3}$/.test(threads)) {
    throw new DateError("invalid-option", `--threads takes a whole number from 1, not "${threads}"`);
  }
  const convert: ConvertOptions = {};
  if (values["after-sunset"]) convert.afterSunset = true;
  if (values.israel) convert.israel = true;
  if (values["time-zone"] !== undefined) convert.timeZone = values["time-zone"];
  if (values.reference !== undefined) convert.reference = values.reference;
  if (order !== undefined) convert.numericOrder = order;
  const language = languageOptionsOf(values);
  const isCheck = positionals[0] === "check";
  // A page's report and a batch's records are data in English with both calendars in them; taking
  // --lang there and writing English anyway would surprise, so it is a usage error.
  if (language !== undefined && (isCheck || values.jsonl)) {
    throw new DateError(
      "invalid-option",
      `--lang and --no-niqqud are for one date, cal, days, holidays and anniversary, not for ${isCheck ? "check" : "--jsonl"}`,
    );
  }
  return {
    command: values.help ? "help" : values.version ? "version" : isCheck ? "check" : "convert",
    words: isCheck ? positionals.slice(1) : positionals,
    json: values.json === true,
    jsonl: values.jsonl === true,
    quiet: values.quiet === true,
    explain: values.explain === true,
    summary: values.summary === true,
    convert,
    ...(threads !== undefined ? { threads: Number(threads) } : {}),
    ...(values.location !== undefined ? { location: values.location } : {}),
    ...(language !== undefined ? { language } : {}),
  };
}

/** `--location` as the library takes it: `LAT,LON` as coordinates (in `--time-zone` if given), else a city name. */
export function locationOf(options: CliOptions): LocationInput | undefined {
  if (options.location === undefined) return undefined;
  const coordinates = /^\s*(?<latitude>-?\d+(?:\.\d+)?)\s*,\s*(?<longitude>-?\d+(?:\.\d+)?)\s*$/.exec(
    options.location,
  );
  return coordinates?.groups
    ? {
        latitude: Number(coordinates.groups.latitude),
        longitude: Number(coordinates.groups.longitude),
        ...(options.convert.timeZone ? { timeZone: options.convert.timeZone } : {}),
      }
    : options.location;
}

/** The checkDocument options a command line asks for. */
export function checkOptionsOf(options: CliOptions): CheckOptions {
  const check: CheckOptions = {};
  if (options.convert.reference !== undefined) check.reference = options.convert.reference;
  if (options.convert.timeZone !== undefined) check.timeZone = options.convert.timeZone;
  if (options.convert.numericOrder !== undefined) check.numericOrder = options.convert.numericOrder;
  if (options.explain) check.explain = true;
  if (options.convert.israel) check.israel = true;
  const location = locationOf(options);
  if (location !== undefined) check.location = location;
  return check;
}
