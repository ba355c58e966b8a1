import { gregorianMonthFromName, hebrewMonthFromName } from "./lexicon.js";

// Text copied from PDFs and OCR breaks month names: a line-break hyphen ("Marchesh-" / "van"), a
// hyphen and a space left by a reflowed line ("Decem- ber"), a soft hyphen inside the word. Before
// the readers run, such a word is joined again when, joined, it is a month name (a hyphen between
// two other words is left alone: "well- known"); soft hyphens go everywhere. Offsets map back, so
// spans point into the text as given.

/**
 * A quick test for any damage at all, on every text read: it begins with the two characters damage
 * begins with (a soft hyphen, a hyphen), which the engine can skip ahead to, and looks back for the
 * letter only there (a pattern beginning with \p{L} was tried at every letter of every page).
 */
const DAMAGE = /\u00ad|-(?<=\p{L}-)(?:[ \t]*\r?\n| )/u;
const BROKEN = /(?<head>\p{L}{2,})(?<cut>-[ \t]*\r?\n[ \t]*|- )(?<tail>\p{L}+)|\u00ad/gu;

/** A text with broken words joined, and the way back to the original offsets. */
export interface RepairedText {
  text: string;
  /** Original offset of a repaired start offset. */
  startOf(offset: number): number;
  /** Original offset of a repaired end offset (just after the last kept character). */
  endOf(offset: number): number;
}

function isMonth(word: string): boolean {
  return gregorianMonthFromName(word) !== undefined || hebrewMonthFromName(word) !== undefined;
}

/**
 * Joins month names broken by hyphenation or soft hyphens; a text without such damage (nearly all)
 * passes through as it is. `mayBeBroken` false says a pass over the text found no soft hyphen and
 * no hyphen before white space (textAnchors.ts), so the test for damage is skipped.
 * @example repairBrokenWords("Decem- ber 13, 2015").text // "December 13, 2015"
 */
export function repairBrokenWords(text: string, mayBeBroken = true): RepairedText {
  if (!mayBeBroken || !DAMAGE.test(text))
    return { text, startOf: (offset) => offset, endOf: (offset) => offset };
  const kept = new Int32Array(text.length + 1);
  let count = 0;
  let last = 0;
  let parts = "";
  BROKEN.lastIndex = 0;
  for (let match = BROKEN.exec(text); match !== null; match = BROKEN.exec(text)) {
    const groups = match.groups;
    let from: number;
    let to: number;
    if (groups?.cut === undefined) {
      from = match.index; // a soft hyphen
      to = from + 1;
    } else {
      if (!isMonth(`${groups.head}${groups.tail}`)) {
        // Not a month: leave it, and look again from the tail ("well- known Decem- ber").
        BROKEN.lastIndex = match.index + groups.head!.length + groups.cut.length;
        continue;
      }
      from = match.index + groups.head!.length;
      to = from + groups.cut.length;
    }
    for (let i = last; i < from; i++) kept[count++] = i;
    parts += text.slice(last, from);
    last = to;
  }
  for (let i = last; i < text.length; i++) kept[count++] = i;
  parts += text.slice(last);
  kept[count] = text.length;
  return {
    text: parts,
    startOf: (offset) => kept[Math.min(offset, count)]!,
    endOf: (offset) => (offset <= 0 ? 0 : kept[Math.min(offset, count) - 1]! + 1),
  };
}
