import type { GroupEvidence } from "../reading.js";
import { withinALine } from "./separatorGap.js";

// A holiday's name with its gloss, then the date: "Shavuot (Feast of Weeks): May 26, 2023",
// "PURIM / LOTS Mar 15, 2014" (a congregation's calendar). The gloss is the name's translation,
// not words of a sentence: it stands in brackets or after a slash, holds a few words and no digit,
// and only separators follow it. Read so, it joins the name to the date as a separator would.

const BRACKETED = String.raw`\([\p{L}\p{M}'\u2019 .-]{2,40}\)`;
const SLASHED = String.raw`/[ \t\u00a0]*\p{L}[\p{L}\p{M}'\u2019-]*(?:[ \t\u00a0]\p{L}[\p{L}\p{M}'\u2019-]*){0,3}`;
const GLOSS = new RegExp(
  String.raw`^[ \t\u00a0]*(?:${BRACKETED}|${SLASHED})[ \t\u00a0]*[:,\-–—]?[ \t\u00a0]*$`,
  "u",
);

/**
 * The evidence of a gap that holds a name's gloss and separators only, on one line.
 * @example glossGap(" (Feast of Weeks): ")?.kind // "separator"
 * @example glossGap(" / LOTS ")?.kind // "separator"
 * @example glossGap(" (observed on) ") // undefined: not checked here, joins.ts reads phrases
 */
export function glossGap(gap: string): GroupEvidence | undefined {
  if (gap.includes("\n") || !withinALine(gap)) return undefined;
  return GLOSS.test(gap) ? { kind: "separator", text: gap } : undefined;
}
