import { DateError } from "../../errors.js";
import { daysBetween } from "../../listings/daysBetween.js";
import { langOf, parseCommandArgs } from "../commandArgs.js";
import { type CliIo, EXIT } from "../io.js";
import { type DayStyle, renderDay } from "../renderDay.js";

/** The text of `hdate days --help`. */
export const DAYS_HELP = `hdate days: one line per day from FROM to TO inclusive, in both calendars

Usage:
  hdate days FROM TO           FROM and TO in either calendar, in any form hdate reads
                               (2018-07-01, "1 Av 5778", "אב תשע״ח"...); any length, streamed

Each line: the day (YYYY-MM-DD), its weekday, the Hebrew date, the holidays and events.

Options:
  --json               a JSON array of days (written as it goes)
  --jsonl              one JSON day per line
  --israel             Israeli holiday schedule (default: diaspora)
  --lang LANG          en (default) or he: the Hebrew date in Hebrew script
  --no-niqqud          with --lang he: month names without vowel points
  -r, --reference DAY  YYYY-MM-DD near which a date without a year is taken (default: today)
      --order ORDER    numeric dates: mdy, dmy or auto (default: auto)
  -h, --help           this help

Examples:
  hdate days 2018-07-01 2018-07-31
  hdate days "1 Av 5778" "30 Av 5778" --jsonl
`;

const SPEC = {
  json: { type: "boolean" },
  jsonl: { type: "boolean" },
  israel: { type: "boolean" },
  lang: { type: "string" },
  "no-niqqud": { type: "boolean" },
  reference: { type: "string", short: "r" },
  order: { type: "string" },
  help: { type: "boolean", short: "h" },
} as const;

/** Output is written in blocks of about this many characters; a write that fills the pipe waits. */
const BLOCK = 64 * 1024;

/** `hdate days FROM TO`: a day list from daysBetween, streamed with backpressure. */
export async function daysCommand(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(argv, SPEC);
  if (values.help) {
    io.stdout.write(DAYS_HELP);
    return EXIT.ok;
  }
  if (positionals.length !== 2)
    throw new DateError("invalid-option", `days takes two dates, FROM and TO (${positionals.length} given)`);
  if (values.json && values.jsonl) throw new DateError("invalid-option", "--json and --jsonl: give one");
  const order = values.order;
  if (order !== undefined && order !== "mdy" && order !== "dmy" && order !== "auto")
    throw new DateError("invalid-option", `--order takes mdy, dmy or auto, not "${order}"`);
  const style: DayStyle = { lang: langOf(values.lang), niqqud: values["no-niqqud"] !== true };
  const days = daysBetween(positionals[0]!, positionals[1]!, {
    ...(values.israel ? { israel: true } : {}),
    ...(values.reference === undefined ? {} : { reference: values.reference }),
    ...(order === undefined ? {} : { numericOrder: order }),
  });
  const line = values.json
    ? (day: unknown, index: number) => `${index === 0 ? "[\n" : ",\n"}${JSON.stringify(day)}`
    : values.jsonl
      ? (day: unknown) => `${JSON.stringify(day)}\n`
      : (day: Parameters<typeof renderDay>[0]) => renderDay(day, style);
  let block = "";
  let index = 0;
  for (const day of days) {
    block += line(day as never, index);
    index += 1;
    if (block.length >= BLOCK) {
      const more = io.stdout.write(block);
      block = "";
      if (more === false) await io.drain?.();
    }
  }
  // daysBetween yields at least one day (FROM itself), so the array was opened.
  if (values.json) block += "\n]\n";
  if (block !== "") io.stdout.write(block);
  return EXIT.ok;
}
