import { type RefineContext, type Refiner, record } from "./context.js";

// "Rosh Chodesh lasts from sundown Friday, August 26, 2022 (Av 30 5782)", and a table headed
// "Yom Ha'atzmaut begins at sundown on:" over rows "13 May 2024 | 6 Iyar 5784 |": the words that
// say a civil date is the evening on which the Hebrew day begins stand before the pair, on the
// date's own line or as the heading of the list of rows it begins. Only a sundown that begins
// something counts: the one that ends a day ("until sundown Saturday", "ends at sunset on") or a
// time of it ("candle lighting at sunset, Friday") names no evening of the date.

/** An evening written before a date: "from sundown", "begins at sunset on". */
const EVENING_BEFORE =
  /(?<lead>\p{L}+)[ \u00a0]+(?:at[ \u00a0]+)?(?:sundown|sunset|dusk)(?:[ \u00a0]+on)?[ \u00a0,:]*$/iu;
/** Words that make the sundown a beginning. */
const BEGINNING = new Set([
  "from",
  "begin",
  "begins",
  "beginning",
  "start",
  "starts",
  "starting",
  "commence",
  "commences",
  "commencing",
]);
/** How far back on its line the evening may stand before the date. */
const BEFORE_REACH = 40;
/** A row begins with the date, after at most a bullet or a list mark. */
const ROW_START = /^[ \t\u00a0]*(?:[-–•*·]|\d{1,2}[.)])?[ \t\u00a0]*$/u;
/** The heading may stand this many rows above the date, and no further back than this many characters. */
const MAX_ROWS = 12;
const HEADING_REACH = 600;

/** The evening phrase that ends `before`: a sundown that something begins at. */
function eveningAtEnd(before: string): string | undefined {
  const match = EVENING_BEFORE.exec(before.length > BEFORE_REACH ? before.slice(-BEFORE_REACH) : before);
  if (!match?.groups || !BEGINNING.has(match.groups.lead!.toLowerCase())) return undefined;
  return match[0].replace(/[ \u00a0,:]+$/u, "");
}

/**
 * The heading line, ending with a colon, above the rows that the line starting at `lineStart`
 * continues. Only the stretch just above is looked at, so a page of pairs costs each one no more.
 */
function headingAbove(text: string, lineStart: number): string | undefined {
  const above = text.slice(Math.max(0, lineStart - HEADING_REACH), Math.max(0, lineStart - 1));
  const lines = above.split("\n");
  // The first piece may be a line cut by the reach: it is no heading to trust.
  const whole = above.length === lineStart - 1 ? 0 : 1;
  for (let i = lines.length - 1, rows = 0; i >= whole && rows < MAX_ROWS; i--, rows++) {
    const line = lines[i]!;
    // A blank line ends the list: a heading above it heads something else.
    if (line.trim() === "") return undefined;
    if (/:[ \t\u00a0]*$/u.test(line)) return line;
  }
  return undefined;
}

/** Marks pairs whose civil date follows an evening phrase, on its line or in the heading of its list. */
export const eveningBefore: Refiner = {
  name: "evening-before",
  refine(context: RefineContext): void {
    const { text, mentions } = context;
    context.groups.forEach((group, index) => {
      if (group.kind !== "pair" || group.evening) return;
      const civil = mentions[group.gregorian]!;
      // The words just before the date on its line; the line's start only when it is that near.
      const from = Math.max(0, civil.start - BEFORE_REACH);
      const window = text.slice(from, civil.start);
      const cut = window.lastIndexOf("\n");
      const before = cut < 0 ? window : window.slice(cut + 1);
      const lineStart = cut >= 0 ? from + cut + 1 : from === 0 ? 0 : -1;
      let phrase = eveningAtEnd(before);
      if (phrase === undefined && lineStart >= 0 && ROW_START.test(before)) {
        const heading = headingAbove(text, lineStart);
        if (heading !== undefined) phrase = eveningAtEnd(heading);
      }
      if (phrase === undefined) return;
      group.evening = { source: "connector", text: phrase };
      record(context, "evening-before", { group: index }, "evening", phrase);
    });
  },
};
