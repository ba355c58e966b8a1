import { gregorianToDayNumber } from "../../calendars/gregorian.js";
import { calendarDayIn } from "../../calendars/zonedDay.js";
import { DateError } from "../../errors.js";
import { calendarGrids } from "../../listings/calendarGrids.js";
import { colorAllowed, langOf, parseCommandArgs } from "../commandArgs.js";
import { type CliIo, EXIT } from "../io.js";
import { type GridStyle, renderGrid } from "../renderGrid.js";

/** The text of `hdate cal --help`. */
export const CAL_HELP = `hdate cal: a month (or a year) as a grid in both calendars, weeks from Sunday

Usage:
  hdate cal                    this month
  hdate cal MONTH YEAR         a Gregorian month (7 2018, July 2018) or a Hebrew one
                               (Av 5778, "אב תשע״ח"): a Hebrew month runs from its 1st to its last day
  hdate cal YEAR               a whole year: 2018 is Gregorian, 5778 (any year from 4000) Hebrew

Each cell holds the Gregorian day and the Hebrew day; * marks a holiday or other event, + Rosh
Chodesh. The days with events are listed under the grid. Today is highlighted at a terminal
(in brackets when NO_COLOR is set).

Options:
  --json               print the grids as JSON (an array, one grid per month)
  --israel             Israeli holiday schedule (default: diaspora)
  --digits             Hebrew days in digits instead of Hebrew numerals
  --lang LANG          en (default) or he: headings and month names in Hebrew script
  --no-niqqud          with --lang he: month names without vowel points
  -r, --reference DAY  YYYY-MM-DD near which a month without a year is taken (default: today)
  -z, --time-zone ZONE IANA zone for "today" (default: local)
  -h, --help           this help
`;

const SPEC = {
  json: { type: "boolean" },
  israel: { type: "boolean" },
  digits: { type: "boolean" },
  lang: { type: "string" },
  "no-niqqud": { type: "boolean" },
  reference: { type: "string", short: "r" },
  "time-zone": { type: "string", short: "z" },
  help: { type: "boolean", short: "h" },
} as const;

/** Today's Gregorian fields in a zone (the local one by default): a terminal user's own day. */
function todayIn(timeZone: string | undefined): { year: number; month: number; day: number } {
  return calendarDayIn(new Date(), timeZone ?? (Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC"));
}

/** `hdate cal [MONTH] [YEAR]`: month grids in both calendars, from calendarGrids. */
export async function calCommand(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(argv, SPEC);
  if (values.help) {
    io.stdout.write(CAL_HELP);
    return EXIT.ok;
  }
  const lang = langOf(values.lang);
  const now = todayIn(values["time-zone"]);
  const today = gregorianToDayNumber(now.year, now.month, now.day);
  const words = positionals.join(" ").trim();
  if (positionals.length > 0 && words === "")
    throw new DateError("unreadable", "The month given is empty (give none for this month)", { input: "" });
  const options = {
    ...(values.israel ? { israel: true } : {}),
    ...(values.reference === undefined ? {} : { reference: values.reference }),
  };
  const grids =
    words === ""
      ? calendarGrids({ calendar: "gregorian", year: now.year, month: now.month }, options)
      : calendarGrids(words, options);
  if (values.json) {
    io.stdout.write(`${JSON.stringify(grids, null, 2)}\n`);
    return EXIT.ok;
  }
  const style: GridStyle = {
    digits: values.digits === true,
    lang,
    niqqud: values["no-niqqud"] !== true,
    color: colorAllowed(io),
    ...(io.stdout.isTTY === true ? { today } : {}),
  };
  io.stdout.write(grids.map((grid) => renderGrid(grid, style)).join("\n"));
  return EXIT.ok;
}
