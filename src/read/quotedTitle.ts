// A named day in quotation marks on a line of its own is a title: a letter's subject line under its
// date ("Fay (13 May 2011)" / "\"Lag Ba'Omer\"", fivedoves.com) says what the letter is about, not
// that the date above is that day. A date widget or a calendar's list names a day without quotes.

/** A line's start (or the text's), a quotation mark opening a title and spaces: what ends `before`. */
const OPENS = /(?:^|\n)[^\S\n]*["\u201c-\u201e\u00ab][^\S\n]*$/u;
/** The same marks closing it, then nothing on the line but a sentence's end: what begins `after`. */
const CLOSES = /^[^\S\n]*["\u201c\u201d\u00bb][^\S\n]*[.!?:]?[^\S\n]*(?:\n|$)/u;
/** How far either side the marks and the line's ends are looked for: a few characters, so a page costs no more. */
const REACH = 8;

/**
 * Whether the words from `start` to `end` stand alone on their line between quotation marks.
 * @example isQuotedTitle('Fay (13 May 2011)\n"Lag Ba\'Omer"\nHi', 19, 30) // true
 */
export function isQuotedTitle(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - REACH), start);
  // A cut window holds no line start of its own: the text's start is one only when it is reached.
  return (
    OPENS.test(before) &&
    (start <= REACH || before.includes("\n")) &&
    CLOSES.test(text.slice(end, end + REACH))
  );
}
