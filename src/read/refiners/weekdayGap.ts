import type { GroupEvidence } from "../reading.js";
import { readWeekdayPhrase } from "../weekdayWords.js";
import { withinALine } from "./separatorGap.js";

// A weekday standing alone between two dates of one day: "30.10.18 שלישי כא׳ בחשוון תשע״ט"
// (mytira.com, an election-day notice), "1 December 2026 Tuesday 21 Kislev 5787". The weekday is
// the day both dates name; nothing else between them, it joins them as a separator would. Hebrew
// writes the day's name without its "יום" there ("שלישי", which alone may also be "third"): only
// between two dates is it read as the weekday.

/** Separators, one or two words, separators. */
const WORD_BETWEEN =
  /^(?<before>[\s\u00a0|,;:()\-–—/•·]*)(?<words>[\p{L}\p{M}'\u2019\u05f3\u05f4"]+(?: [\p{L}\p{M}'\u2019\u05f3\u05f4"]+)?)(?<after>[\s\u00a0|,;:()\-–—/•·]*)$/u;
const HEBREW_LETTER = /[\u05d0-\u05ea]/;
const HEBREW_DAY = "יום ";

/**
 * The evidence of a gap that holds a weekday and separators only, on one line or the next.
 * @example weekdayGap(" שלישי ")?.kind // "separator"
 * @example weekdayGap(" Tuesday, ")?.kind // "separator"
 * @example weekdayGap(" and ") // undefined
 */
export function weekdayGap(gap: string): GroupEvidence | undefined {
  if (!withinALine(gap)) return undefined;
  const groups = WORD_BETWEEN.exec(gap)?.groups;
  if (groups === undefined) return undefined;
  const words = groups.words!;
  const marked = /^[.,]/.test(groups.after!);
  const word =
    readWeekdayPhrase(words, marked) ??
    (HEBREW_LETTER.test(words) && !words.startsWith(HEBREW_DAY)
      ? readWeekdayPhrase(HEBREW_DAY + words, marked)
      : undefined);
  return word === undefined || word.evening ? undefined : { kind: "separator", text: gap };
}
