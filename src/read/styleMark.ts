import { STYLE_MARKS } from "./lexicon/dateWords.js";
import { caseless, END, phrases } from "./patterns.js";

// An Old Style / New Style mark after a date ("O.S.", "(N.S.)", "a. St.", "по ст. ст."), from the
// rows of dateWords.ts. Case matters for the bare marks: "os", "ns" are words.

const OLD = caseless(phrases(STYLE_MARKS.old));
const NEW = caseless(phrases(STYLE_MARKS.new));
const BARE_OLD = phrases(STYLE_MARKS.bareOld);
const BARE_NEW = phrases(STYLE_MARKS.bareNew);
const MARK = new RegExp(
  "(?:,?[\\s\\u00a0]{1,3}|(?=\\())(?:" +
    `(?<oldStyle>\\((?:${OLD}|${BARE_OLD})\\)|${OLD})|(?<bareOldStyle>${BARE_OLD})|` +
    `(?<newStyle>\\((?:${NEW}|${BARE_NEW})\\)|${NEW})|(?<bareNewStyle>${BARE_NEW}))` +
    // A mark ending in a period ends there ("ст. ст.,"); one ending in a letter needs a boundary.
    `(?:(?<=\\.)|${END})`,
  "uy",
);

/** Bare "OS" and "NS" are also other words ("2015 OS update"): taken only for dates before the last Julian civil use (1923). */
const LAST_JULIAN_YEAR = 1923;

/**
 * The style mark right after offset `at`: whether it says Old Style, and where it ends; undefined
 * when there is none (or a bare "OS" after a year past 1923, or none).
 * @example readStyleMark("July 4, 1776 O.S.", 12, 1776) // {oldStyle: true, end: 17}
 */
export function readStyleMark(
  text: string,
  at: number,
  year: number | undefined,
): { oldStyle: boolean; end: number } | undefined {
  MARK.lastIndex = at;
  const match = MARK.exec(text);
  if (match === null) return undefined;
  const groups = match.groups!;
  const bare = groups.bareOldStyle !== undefined || groups.bareNewStyle !== undefined;
  // An infobox's "Died June 12, 1994 NS (3 Tammuz 5754)": a bare New Style mark before a bracket
  // marks the date whatever its year (reading it changes nothing but where the date ends).
  const beforeBracket =
    groups.bareNewStyle !== undefined && /^[\s\u00a0]*\(/u.test(text.slice(at + match[0].length));
  if (bare && !beforeBracket && (year === undefined || year > LAST_JULIAN_YEAR)) return undefined;
  return {
    oldStyle: groups.oldStyle !== undefined || groups.bareOldStyle !== undefined,
    end: at + match[0].length,
  };
}
