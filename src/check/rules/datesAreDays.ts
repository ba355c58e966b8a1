// A page may say how its dates are meant: "Holidays begin the evening before the date noted",
// "PURIM / LOTS Mar 15, 2014 (starts evening prior)". Its dates are then the days themselves, and a
// civil date on the evening before a holiday is one day early, not that holiday's eve: the leave a
// masthead has to show the Hebrew day that began at sunset does not apply.

/** The evening (or day) before, said as the time something begins, with no date after it. */
// Anchored on its last word, with the beginning looked for behind it: a pattern that opens with
// `\b` and a case-blind choice of words is tried at every character of a page (7 % of a batch's
// time), where `prior|before` is found by a fast literal scan and is rare enough to test in place.
const EVENING_BEFORE =
  /(?<=\b(?:begin|start|commence)s?\b[^.\n]{0,40}?\b(?:evening|night|sundown|sunset|day)\s+)(?:prior|before)\b(?=\s*(?:[).;,]|the\s+(?:first\s+)?dates?\b|$))/imuy;
const LAST_WORD = /prior|before/gi;

function eveningBefore(text: string): RegExpExecArray | null {
  LAST_WORD.lastIndex = 0;
  for (let hit = LAST_WORD.exec(text); hit !== null; hit = LAST_WORD.exec(text)) {
    EVENING_BEFORE.lastIndex = hit.index;
    const found = EVENING_BEFORE.exec(text);
    if (found) return found;
  }
  return null;
}

/**
 * Whether the page says its dates are days whose holidays began the evening before.
 * @example statesDatesAreDays("Holidays begin the evening before the date noted.") // true
 * @example statesDatesAreDays("Passover begins the evening before, on April 22") // false: a date follows
 */
export function statesDatesAreDays(text: string): boolean {
  const found = eveningBefore(text);
  if (!found) return false;
  // "begins the evening before, on April 22": the date after the comma is that evening's.
  const after = text.slice(found.index + found[0].length, found.index + found[0].length + 12);
  return !/^\s*,\s*(?:on\s+)?\p{L}*\s*\p{N}/u.test(after);
}
