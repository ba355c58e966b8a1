import type { Extractor } from "../mention.js";
import { START } from "../patterns.js";
import { yearFirstCandidates } from "./yearFirstCandidates.js";

// Year, month and day in digits joined by slashes ("2026/12/04", "2026/1/5"), as date widgets,
// spreadsheets and East Asian pages write them. The year comes first, so the order is not in doubt:
// no one writes year/day/month. Not a piece of a path or an address ("/2026/12/04/post",
// "2026/12/04/", "a2026/12/04"), nor inside a longer number ("12026/12/04", "2026/12/041").
// Four-digit years only 1000–2999.

const PATTERN = new RegExp(
  `${START}(?<![\\p{L}\\p{N}/.\\-])(?<year>[12]\\d{3})/(?<month>0?[1-9]|1[0-2])/(?<day>0?[1-9]|[12]\\d|3[01])` +
    "(?![\\p{N}\\p{L}])(?![/.\\-][\\p{L}\\p{N}])(?!/)",
  "gu",
);

const SLASH = 47;

/**
 * Dates written year first with slashes (YYYY/MM/DD, one or two digits for month and day).
 * @example slashedYearFirstExtractor.extract("2026/12/04", {})[0]?.stated // {year: 2026, month: 12, day: 4}
 */
export const slashedYearFirstExtractor: Extractor = {
  name: "slashed-year-first",
  // Its runs: four digits, a slash, one or two digits, a slash.
  mayHoldRun(text, runs, run) {
    const slash = runs[run + 1]!;
    if (slash - runs[run]! !== 4 || text.charCodeAt(slash) !== SLASH || runs[run + 2] !== slash + 1)
      return false;
    const monthEnd = runs[run + 3]!;
    return monthEnd - slash - 1 <= 2 && text.charCodeAt(monthEnd) === SLASH && runs[run + 4] === monthEnd + 1;
  },
  extract(text) {
    return yearFirstCandidates(PATTERN, text, "slashed-year-first");
  },
};
