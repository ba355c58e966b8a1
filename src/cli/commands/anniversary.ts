import { DateError, isDateError } from "../../errors.js";
import { type AnniversaryList, anniversaries } from "../../listings/anniversaries.js";
import { weekdayText } from "../../listings/gregorianDateText.js";
import { hebrewDateText } from "../../listings/hebrewDateText.js";
import { hebcalLocale } from "../../listings/language.js";
import { safeText } from "../../safeText.js";
import { displayWidth, padColumn } from "../columns.js";
import { type CliIo, EXIT } from "../io.js";
import { LANGUAGE_SPEC, languageOptionsOf } from "../languageOptions.js";
import { parseCommand } from "../parseCommand.js";
import { localToday } from "../today.js";
import { readYearArgument } from "../yearArgument.js";

/** The text of `hdate anniversary --help`. */
export const ANNIVERSARY_HELP = `hdate anniversary: the Hebrew anniversary of a date in later years

Usage:
  hdate anniversary DATE [YEAR...]
                         DATE in either calendar, any form hdate reads ("10 Av 5778",
                         2018-07-22); YEAR from 3761 on, or in Hebrew script (תש״צ), is
                         Hebrew (one anniversary), earlier is Gregorian (those that fall
                         in it); default: the next ten from today

Options:
      --yahrzeit         the rules for the anniversary of a death (default: a birthday's):
                         they differ for 30 Cheshvan, 30 Kislev, 30 Adar I and Adar
  -s, --after-sunset     the date was after nightfall: its Hebrew day is the next one
      --count N          how many the default list holds (default: 10)
      --from DAY         YYYY-MM-DD the default list starts on (default: today)
      --lang LANG        en, he (Hebrew script) or ashkenazi (default: en)
      --no-niqqud        Hebrew script without vowel points
      --json             one JSON object: {kind, original, anniversaries: [...]}
      --jsonl            one JSON object a line, each anniversary
  -h, --help             this help
`;

const SPEC = {
  yahrzeit: { type: "boolean" },
  "after-sunset": { type: "boolean", short: "s" },
  count: { type: "string" },
  from: { type: "string" },
  json: { type: "boolean" },
  jsonl: { type: "boolean" },
  help: { type: "boolean", short: "h" },
  ...LANGUAGE_SPEC,
} as const;

/** `hdate anniversary DATE [YEAR...]`: the anniversaries of a date, one a line, or as JSON. */
export async function anniversaryCommand(argv: string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommand(argv, SPEC);
  if (values.help) {
    io.stdout.write(ANNIVERSARY_HELP);
    return EXIT.ok;
  }
  if (positionals.length === 0) throw new DateError("invalid-option", "hdate anniversary needs a DATE");
  const count = values.count === undefined ? undefined : countOf(values.count);
  const options = {
    kind: values.yahrzeit ? ("yahrzeit" as const) : ("birthday" as const),
    afterSunset: values["after-sunset"] === true,
    from: values.from ?? localToday().gregorian.iso,
    ...(count === undefined ? {} : { count }),
  };
  const list = readDateAndYears(positionals, (date, years) =>
    anniversaries(date, years.length > 0 ? { ...options, years } : options),
  );
  if (values.json) io.stdout.write(`${JSON.stringify(list, null, 2)}\n`);
  else if (values.jsonl)
    io.stdout.write(list.anniversaries.map((each) => `${JSON.stringify(each)}\n`).join(""));
  else io.stdout.write(render(list, hebcalLocale(languageOptionsOf(values) ?? {})));
  return EXIT.ok;
}

/**
 * DATE and YEARs from the words: DATE may be several words (`10 Av 5778 5790`), so the words
 * after it that are years are taken off the end one by one, the fewest first, until the rest
 * reads as a date. A DATE that never reads is reported as the whole text's error.
 */
function readDateAndYears(
  words: string[],
  answer: (date: string, years: number[]) => AnniversaryList,
): AnniversaryList {
  let firstError: unknown;
  const years: number[] = [];
  for (let taken = 0; taken < words.length; taken++) {
    if (taken > 0) {
      const year = readYearArgument(words[words.length - taken]!);
      if (year === undefined) break;
      years.unshift(year.year);
    }
    try {
      return answer(words.slice(0, words.length - taken).join(" "), years.slice());
    } catch (error) {
      // Only a DATE that does not read calls for fewer words; a year the date has not reached is final.
      if (!isDateError(error) || error.code === "year-out-of-range" || error.code === "invalid-option")
        throw error;
      firstError ??= error;
    }
  }
  throw firstError;
}

function countOf(text: string): number {
  if (!/^\d+$/u.test(text))
    throw new DateError("invalid-option", `--count takes a whole number, not "${text}"`);
  return Number(text);
}

function render(list: AnniversaryList, locale: string): string {
  const { original } = list;
  const dateOf = (hebrew: { year: number; monthNumber: number; day: number }) =>
    hebrewDateText(hebrew.year, hebrew.monthNumber, hebrew.day, locale);
  // After sunset the civil day is the evening before the Hebrew day the anniversaries keep.
  const civil = `${original.afterSunset ? "evening of " : ""}${original.gregorian.iso}`;
  const title = `${list.kind === "yahrzeit" ? "Yahrzeit" : "Birthday"} of ${dateOf(original.hebrew)} (${civil})`;
  const lines = [title];
  if (list.kind === "yahrzeit") lines.push("Each is kept from sunset on the evening before.");
  const rows = list.anniversaries.map((each) => [each, dateOf(each.hebrew)] as const);
  const width = Math.max(0, ...rows.map(([, hebrew]) => displayWidth(hebrew)));
  for (const [each, hebrew] of rows)
    lines.push(
      `${each.gregorian.iso} ${padColumn(weekdayText(each.dayNumber, locale), 6)} ${padColumn(hebrew, width)}  ${each.years} ${each.years === 1 ? "year" : "years"}`,
    );
  if (rows.length === 0) lines.push("None in the years asked for.");
  return `${lines.map(safeText).join("\n")}\n`;
}
