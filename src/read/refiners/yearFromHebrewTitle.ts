import { parseHebrewYear } from "../gematriya.js";
import { missingYear, type RefineContext, type Refiner } from "./context.js";
import { applyYear } from "./settle.js";
import { settleWaitingPartner } from "./yearFromPartner.js";

// "לוח אירועים וחופשות לשנת הלימודים תשפ"ה" over a school's table (ormenachem.net): a Hebrew year in
// letters that ends the page's short first line is the year of the Hebrew days below it that write
// none. Taken before the pair search, so a row whose two days agree only in another year ("י' טבת |
// 22 בדצמבר", which fit in 5784) is the page's mismatch in its own year, not moved to that one. A page's
// reading only: one date has no title.

/** The most characters of a title line. */
const MAX_TITLE = 60;
/**
 * The year in letters at the end of the line: ת and at most two more letters, gershayim before the
 * last (5400–5999, with an optional ה׳), so that a word in quotes ("בי"ס") is not read as one.
 */
const LETTERS_YEAR_AT_END =
  /(?:^|[\s(])((?:ה[׳'])?ת[\u05E7-\u05EA]?[\u05D0-\u05E6]?[״"][\u05D0-\u05EA])[ \t\u00a0)]*$/u;

/** The Hebrew year the page's title ends with, and its span. */
function titleYear(context: RefineContext): { year: number; start: number; end: number } | undefined {
  const { text } = context;
  const lineEnd = text.indexOf("\n");
  const line = lineEnd === -1 ? text : text.slice(0, lineEnd);
  if (line.length > MAX_TITLE) return undefined;
  const found = LETTERS_YEAR_AT_END.exec(line);
  if (!found) return undefined;
  const year = parseHebrewYear(found[1]!);
  if (year === undefined || year < 5600) return undefined;
  const start = found.index + found[0].indexOf(found[1]!);
  const end = start + found[1]!.length;
  // Inside a date's span ("כ"ה אלול תשפ"ה" as the title) the year is that date's, read with it.
  if (context.mentions.some((mention) => mention.start < end && start < mention.end)) return undefined;
  return { year, start, end };
}

/** A year-less Hebrew day (not a holiday's name) takes the Hebrew year its page's title ends with. */
export const yearFromHebrewTitle: Refiner = {
  name: "year-from-hebrew-title",
  refine(context: RefineContext): void {
    const title = titleYear(context);
    if (title === undefined) return;
    const note = `the year ${title.year} the page names ("${context.text.slice(title.start, title.end)}")`;
    context.mentions.forEach((mention, i) => {
      if (mention.calendar !== "hebrew" || !missingYear(mention) || mention.stated.holiday !== undefined)
        return;
      if (mention.stated.year !== undefined || mention.stated.civilYear !== undefined) return;
      applyYear(context, "year-from-hebrew-title", i, title.year, { from: "page", note });
      settleWaitingPartner(context, i);
    });
  },
};
