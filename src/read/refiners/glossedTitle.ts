import type { RefineContext } from "./context.js";
import type { KeepApart, PairUnit } from "./pairs.js";

// A named day whose line goes on with a dash and words of its own is a title with its gloss:
// "January 20, 2021" / "TU BISHVAT - New Year of the trees" (itzhakluvaton.com) is a post's date over
// the post's title, not that day's label. A date widget's label stands alone on its line ("Rosh
// Chodesh Kislev" under the day's date), and a heading with a gloss over the rows below it ("Sukkot -
// The Feast of Tabernacles 2024") is left to them: only the date on the line just above is kept off.

/** What follows the name on its line: a dash and a word. */
const GLOSS = /^[ \t\u00a0]+[-–—][ \t\u00a0]+\p{L}/u;
/** Nothing between the date and the name but the line break (and spaces). */
const NEXT_LINE = /^[ \t\u00a0]*\r?\n[ \t\u00a0]*$/u;

const named = (context: RefineContext, unit: PairUnit): boolean =>
  unit.members.some((member) => context.mentions[member]!.stated.holiday !== undefined);

/** Keeps a glossed title off the civil date on the line above it. */
export const keepTitleOffDateAbove: KeepApart = (context, _units, a, b) => {
  const { text } = context;
  return (
    a.calendar === "gregorian" &&
    named(context, b) &&
    NEXT_LINE.test(text.slice(a.end, b.start)) &&
    GLOSS.test(text.slice(b.end, b.end + 8))
  );
};
