import { DateError } from "../../errors.js";
import { weekdayText } from "../../listings/gregorianDateText.js";
import { hebrewDateText } from "../../listings/hebrewDateText.js";
import { type HolidayEntry, holidaysOf } from "../../listings/holidaysOf.js";
import { hebcalLocale } from "../../listings/language.js";
import { safeText } from "../../safeText.js";
import { displayWidth, padColumn } from "../columns.js";
import { type CliIo, EXIT } from "../io.js";
import { LANGUAGE_SPEC, languageOptionsOf } from "../languageOptions.js";
import { parseCommand } from "../parseCommand.js";
import { localToday } from "../today.js";
import { yearArgument } from "../yearArgument.js";

/** The text of `hdate holidays --help`. */
export const HOLIDAYS_HELP = `hdate holidays: the holidays of a year, from @hebcal/core

Usage:
  hdate holidays [YEAR]        YEAR from 3761 on is Hebrew (5778: Rosh Hashana to Elul),
                               earlier is Gregorian (2018: January to December); in Hebrew
                               script (תשע״ח) it is Hebrew; default: this Hebrew year

Options:
      --israel           the Israeli schedule (default: diaspora)
      --sedra            add each Shabbat's Torah portion
      --no-modern        leave out modern Israeli holidays
      --no-rosh-chodesh  leave out Rosh Chodesh
      --lang LANG        en, he (Hebrew script) or ashkenazi (default: en)
      --no-niqqud        Hebrew script without vowel points
      --json             one JSON object: {year, calendar, israel, holidays: [...]}
      --jsonl            one JSON object a line, each holiday
  -h, --help             this help

Each line: the civil day, its weekday, the Hebrew date, the kind (major, minor, fast,
modern, rosh-chodesh, special-shabbat, sedra) and the name.
`;

const SPEC = {
  israel: { type: "boolean" },
  sedra: { type: "boolean" },
  "no-modern": { type: "boolean" },
  "no-rosh-chodesh": { type: "boolean" },
  json: { type: "boolean" },
  jsonl: { type: "boolean" },
  help: { type: "boolean", short: "h" },
  ...LANGUAGE_SPEC,
} as const;

const KIND_WIDTH = "special-shabbat".length;

/** `hdate holidays [YEAR]`: a year's holidays, one a line, or as JSON. */
export async function holidaysCommand(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommand(argv, SPEC);
  if (values.help) {
    io.stdout.write(HOLIDAYS_HELP);
    return EXIT.ok;
  }
  if (positionals.length > 1)
    throw new DateError("invalid-option", `hdate holidays takes one YEAR, not ${positionals.length}`);
  const asked = positionals.length === 0 ? undefined : yearArgument(positionals[0]!);
  const year = asked?.year ?? localToday().hebrew.year;
  const language = languageOptionsOf(values) ?? {};
  const list = holidaysOf(year, {
    ...language,
    ...(asked === undefined || asked.hebrewScript ? { calendar: "hebrew" as const } : {}),
    israel: values.israel === true,
    sedra: values.sedra === true,
    modern: values["no-modern"] !== true,
    roshChodesh: values["no-rosh-chodesh"] !== true,
  });
  if (values.json) {
    io.stdout.write(`${JSON.stringify(list, null, 2)}\n`);
  } else if (values.jsonl) {
    io.stdout.write(list.holidays.map((entry) => `${JSON.stringify(entry)}\n`).join(""));
  } else {
    const locale = hebcalLocale(language);
    const rows = list.holidays.map(
      (entry) =>
        [
          entry,
          hebrewDateText(entry.hebrew.year, entry.hebrew.monthNumber, entry.hebrew.day, locale),
        ] as const,
    );
    const width = Math.max(0, ...rows.map(([, hebrew]) => displayWidth(hebrew)));
    const schedule = list.israel ? "Israel" : "diaspora";
    const title = `Holidays of the ${list.calendar === "hebrew" ? "Hebrew" : "Gregorian"} year ${year} (${schedule})`;
    const lines = rows.map(([entry, hebrew]) => row(entry, hebrew, width, locale));
    io.stdout.write(`${[title, ...lines].map(safeText).join("\n")}\n`);
  }
  return EXIT.ok;
}

function row(entry: HolidayEntry, hebrew: string, width: number, locale: string): string {
  const weekday = padColumn(weekdayText(entry.dayNumber, locale), 6);
  return `${entry.gregorian.iso} ${weekday} ${padColumn(hebrew, width)}  ${padColumn(entry.kind, KIND_WIDTH)}  ${entry.name}`;
}
