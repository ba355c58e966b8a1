import type { Extractor } from "../src/read/mention.js";

// The lean browser build's stand-in for the reader only other languages need: Hungarian's
// month-first dates and days in ordinal words (src/read/extractors/hungarianMonthFirst.ts,
// hungarianDayWords.ts). Its month rows are left out of
// that build (build/emptyExports.ts), so it would find nothing; this finds nothing without
// carrying its code. Same name, so that src/read/readMentions.ts runs the readers in the same order.
// (localizedText.ts stays: it also reads Gregorian months in Hebrew script, "22 ביולי 2018".)

/** Stands in for hungarianMonthFirst.ts's reader. */
export const hungarianMonthFirstExtractor: Extractor = { name: "hungarian-month-first", extract: () => [] };

/** Stands in for hungarianDayWords.ts's reader. */
export const hungarianDayWordsExtractor: Extractor = { name: "hungarian-day-words", extract: () => [] };
