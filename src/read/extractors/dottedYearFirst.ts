import type { Extractor } from "../mention.js";
import { START } from "../patterns.js";
import { yearFirstCandidates } from "./yearFirstCandidates.js";

// Year, month and day in digits joined by periods, as Hungarian writes them ("2017.09.29.", often
// with the closing period: obudaizsinagoga.hu) and as many date widgets do ("2017.09.29"). The year
// comes first, so the order is not in doubt. Month and day are two digits each: "2021.3.1" is as
// often a version number as a date. Not inside a longer dotted number ("1.2017.09.29", "2017.09.29.5").

const PATTERN = new RegExp(
  `${START}(?<![\\p{N}][.-])(?<year>\\d{4})\\.(?<month>0[1-9]|1[0-2])\\.(?<day>0[1-9]|[12]\\d|3[01])(?<dot>\\.)?(?![\\p{N}\\p{L}])(?![.]\\p{N})`,
  "gu",
);

const PERIOD = 46;

/**
 * Dates written year first with periods (YYYY.MM.DD, with or without the closing period).
 * @example dottedYearFirstExtractor.extract("2017.09.29.", {})[0]?.stated // {year: 2017, month: 9, day: 29}
 */
export const dottedYearFirstExtractor: Extractor = {
  name: "dotted-year-first",
  // Its runs: four digits, a period, two digits, a period, two digits.
  mayHoldRun(text, runs, run) {
    const dot = runs[run + 1]!;
    return (
      dot - runs[run]! === 4 &&
      text.charCodeAt(dot) === PERIOD &&
      runs[run + 2] === dot + 1 &&
      runs[run + 3] === dot + 3 &&
      text.charCodeAt(dot + 3) === PERIOD
    );
  },
  extract(text) {
    return yearFirstCandidates(PATTERN, text, "dotted-year-first");
  },
};
