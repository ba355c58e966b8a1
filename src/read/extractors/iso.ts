import type { Candidate, Extractor, StatedFields } from "../mention.js";
import { END, START } from "../patterns.js";

// ISO 8601 calendar dates, with an optional time and offset: "2018-07-22", "2018-07-22T14:30",
// "2018-07-22 14:30:00+03:00", "2018-07-22T14:30:00.123-0500". The form is explicit, so any year
// 0000–9999 is read, and ISO's expanded six-digit years with a sign ("-003760-09-07", which is
// how the library itself writes years outside 0–9999). A date inside a longer run of digits, an identifier or a dashed or dotted
// number ("12018-07-22", "2018-07-221", "v2018-07-22x", "2018-07-22-01") is not one.
// A sign before a four-digit year is the year's own (astronomical numbering, year 0 = 1 BCE:
// "-3760-09-07" is the year −3760) when it stands at the start of the text or after a space or an
// opening bracket; after a word or other punctuation ("release-2018-07-22", "on:-2018-07-22") the
// dash only separates, as before.

const TIME =
  "(?:[Tt\\u0020](?<hour>[01]\\d|2[0-3]):(?<minute>[0-5]\\d)(?::(?<second>[0-5]\\d)(?:[.,]\\d{1,9})?)?" +
  "(?<zone>[Zz]|(?<sign>[+-])(?<offsetHours>[01]\\d|2[0-3])(?::?(?<offsetMinutes>[0-5]\\d))?)?)?";

const PATTERN = new RegExp(
  `${START}(?<!\\p{N}[-.])(?<year>(?:(?<![^\\s([{"'“‘«])[+-])?\\d{4}|[+-]\\d{6})-(?<month>0[1-9]|1[0-2])-(?<day>0[1-9]|[12]\\d|3[01])${TIME}${END}(?![-.]\\p{N})`,
  "gu",
);

const DASH = 45;

/**
 * ISO 8601 dates (YYYY-MM-DD), with time and offset when written.
 * @example isoExtractor.extract("2018-07-22T14:30Z", {})[0]?.stated.offsetMinutes // 0
 */
export const isoExtractor: Extractor = {
  name: "iso",
  // The year is a run of four digits (six with a sign), the month a run of two, each before a dash.
  mayHoldRun(text, runs, run) {
    const length = runs[run + 1]! - runs[run]!;
    const dash = runs[run + 1]!;
    return (
      (length === 4 || length === 6) &&
      text.charCodeAt(dash) === DASH &&
      runs[run + 2] === dash + 1 &&
      runs[run + 3] === dash + 3 &&
      text.charCodeAt(dash + 3) === DASH
    );
  },
  extract(text) {
    const out: Candidate[] = [];
    PATTERN.lastIndex = 0;
    for (let match = PATTERN.exec(text); match !== null; match = PATTERN.exec(text)) {
      const groups = match.groups!;
      const stated: StatedFields = {
        year: Number(groups.year),
        month: Number(groups.month),
        day: Number(groups.day),
      };
      if (groups.hour !== undefined) {
        stated.time = {
          hour: Number(groups.hour),
          minute: Number(groups.minute),
          second: Number(groups.second ?? 0),
        };
      }
      if (groups.zone !== undefined) {
        const minutes = Number(groups.offsetHours ?? 0) * 60 + Number(groups.offsetMinutes ?? 0);
        stated.offsetMinutes = groups.sign === "-" && minutes !== 0 ? -minutes : minutes;
      }
      out.push({
        start: match.index,
        end: match.index + match[0].length,
        calendar: "gregorian",
        extractor: "iso",
        stated,
      });
    }
    return out;
  },
};
