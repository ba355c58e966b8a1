import { isSpace } from "../digitRegions.js";
import { monthInAnyLanguage } from "../lexicon/languageMonths.js";
import type { Candidate, Extractor, StatedFields } from "../mention.js";

// A span of civil days before a civil month in Hebrew script, as Israeli school and holiday tables
// write it: "18 - 20 בספטמבר 2020", and right to left, the first day last: "30-29 בספטמבר 2017",
// "22-20בספטמבר 2017" (the month glued on). Hebrew writes its "in" (ב) onto the month, which the
// range reader's lookup does not drop (dayRange.ts). Right to left, each end spans the whole
// writing, since neither end's digits come first in the text.

/** Two days and a dash, then the month (ב or ל before it, maybe glued to the day) and a year. */
const PATTERN =
  /(?<![\p{L}\p{N}./])(?<d1>\d{1,2})\s{0,2}[-\u2013\u2014]\s{0,2}(?<d2>\d{1,2})\s{0,2}(?<month>[\u05d0-\u05ea]{4,9})(?:\s{1,2}(?<year>\d{4}))?(?![\p{L}\p{N}])/dgu;
const HEBREW_PREPOSITION = /^[\u05d1\u05dc]/;
const DASH = 45;
const EN_DASH = 0x2013;
const EM_DASH = 0x2014;
const ALEF = 0x05d0;
const TAV = 0x05ea;

/** The civil month a Hebrew-script word names, its ב or ל dropped if need be. */
function civilMonth(word: string): number | undefined {
  const found =
    monthInAnyLanguage(word) ??
    (HEBREW_PREPOSITION.test(word) ? monthInAnyLanguage(word.slice(1)) : undefined);
  return found?.calendar === "gregorian" && !found.short ? found.month : undefined;
}

/** Civil ranges of days before a civil month in Hebrew script, either way round. */
export const hebrewCivilRangeExtractor: Extractor = {
  name: "hebrew-civil-range",
  // A run of one or two digits, a dash within two spaces, another such run, and a Hebrew letter
  // within two spaces after it.
  mayHoldRun(text, runs, run) {
    const end = runs[run + 1]!;
    if (end - runs[run]! > 2 || run + 3 >= runs.length) return false;
    let at = end;
    while (at < end + 2 && isSpace(text.charCodeAt(at))) at++;
    const code = text.charCodeAt(at);
    if (code !== DASH && code !== EN_DASH && code !== EM_DASH) return false;
    const secondEnd = runs[run + 3]!;
    if (runs[run + 2]! - at > 3 || secondEnd - runs[run + 2]! > 2) return false;
    let next = secondEnd;
    while (next < secondEnd + 2 && isSpace(text.charCodeAt(next))) next++;
    const letter = text.charCodeAt(next);
    return letter >= ALEF && letter <= TAV;
  },
  extract(text) {
    if (!/[\u05d0-\u05ea]/.test(text)) return [];
    const out: Candidate[] = [];
    PATTERN.lastIndex = 0;
    for (let match = PATTERN.exec(text); match !== null; match = PATTERN.exec(text)) {
      const groups = match.groups!;
      const d1 = Number(groups.d1);
      const d2 = Number(groups.d2);
      const month = civilMonth(groups.month!);
      if (month === undefined || d1 < 1 || d2 < 1 || d1 > 31 || d2 > 31 || d1 === d2) continue;
      const end = match.index + match[0].length;
      const year = groups.year === undefined ? undefined : Number(groups.year);
      const day = (start: number, stop: number, value: number): Candidate => {
        const stated: StatedFields = year === undefined ? { month, day: value } : { month, day: value, year };
        return { start, end: stop, calendar: "gregorian", extractor: "hebrew-civil-range", stated };
      };
      const parts: [Candidate, Candidate] =
        d1 < d2
          ? [day(match.index, match.indices!.groups!.d1![1], d1), day(match.indices!.groups!.d2![0], end, d2)]
          : [day(match.index, end, d2), day(match.index, end, d1)];
      out.push({ ...day(match.index, end, d1), stated: {}, parts });
    }
    return out;
  },
};
