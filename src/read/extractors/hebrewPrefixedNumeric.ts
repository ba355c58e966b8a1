import type { Candidate, Extractor } from "../mention.js";
import { numericExtractor } from "./numeric.js";

// A civil date in digits with a Hebrew prefix letter glued to it: "מסיימים את החג ב13.4.2023" (on),
// "מ1.9.2024" (from), "ל-" without its dash. Hebrew writes the prepositions ב, ל, מ, and the
// conjunctions ו, ש, כ, ה as one word with what follows, before digits with a dash ("ב-13.4.2023",
// as the style books ask) or, as pages often write it, without. The numeric reader wants nothing but
// spaces and punctuation beside a date (a letter before a digit is more often a product code or a
// version), so this page reader lets one prefix letter through, and only one that begins its word:
// "אב10.5.2024" stays a code. With the dash the numeric reader finds the date too; the letter is
// still the date's, so that it stands between the two dates of a pair as no word of its own.

/** The prefix letters, as UTF-16 code units: ב ה ו כ ל מ ש. */
const PREFIXES = new Set([0x05d1, 0x05d4, 0x05d5, 0x05db, 0x05dc, 0x05de, 0x05e9]);

/** A prefix letter that begins a word, and the dash or maqaf after it, before a digit. */
const GLUED = /(?<![\p{L}\p{N}\p{M}'"\u05f3\u05f4])[בהוכלמש][-\u05be]?(?=\d)/gu;

/** "-" and the maqaf "־". */
const DASHES = new Set([0x2d, 0x05be]);

const SPACE = " ";

/**
 * Dates in digits that a Hebrew prefix letter touches: the letter is read as the start of the date's
 * span (so that "כ״א בניסן ב13.4.2023" leaves only a space between the two dates), the date as the
 * numeric reader reads it.
 * @example hebrewPrefixedNumericExtractor.extract("ב13.4.2023", {})[0]?.stated.day // 13
 */
export const hebrewPrefixedNumericExtractor: Extractor = {
  name: "hebrew-prefixed-numeric",
  // The numeric reader's runs, with a prefix letter just before the first.
  mayHoldRun(text, runs, run) {
    const before = runs[run]! - 1;
    const letter = DASHES.has(text.charCodeAt(before)) ? before - 1 : before;
    return PREFIXES.has(text.charCodeAt(letter)) && numericExtractor.mayHoldRun!(text, runs, run);
  },
  extract(text, options) {
    const letters: Array<{ at: number; length: number }> = [];
    GLUED.lastIndex = 0;
    for (let match = GLUED.exec(text); match !== null; match = GLUED.exec(text)) {
      letters.push({ at: match.index, length: match[0].length });
    }
    if (letters.length === 0) return [];
    // The same text with each letter (and its dash) made spaces, one code unit for one: spans stay where they were.
    let masked = "";
    let from = 0;
    for (const { at, length } of letters) {
      masked += text.slice(from, at) + SPACE.repeat(length);
      from = at + length;
    }
    masked += text.slice(from);
    const out: Candidate[] = [];
    for (const candidate of numericExtractor.extract(masked, options)) {
      // Only the dates a letter touched (the numeric reader finds the others in the text itself); a
      // weekday before the letter ("יום שני ב13.4.2023") is already in the span.
      const letter = letters.find(({ at, length }) => at + length >= candidate.start && at < candidate.end);
      if (letter === undefined) continue;
      const start = Math.min(candidate.start, letter.at);
      out.push({ ...candidate, start, extractor: "hebrew-prefixed-numeric" });
    }
    return out;
  },
};
