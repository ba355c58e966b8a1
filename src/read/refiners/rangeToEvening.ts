import { EVENING_WORDS, NIGHTFALL_WORDS } from "../lexicon/dateWords.js";

// A page's ranges whose second end follows the sunset or nightfall it ends at, as infoboxes copied
// as text write a holiday's days (a page's reading only: ranges.ts asks through `alsoJoins`).

/** The longest such gap: a dash, a line break, "Einbruch der Dunkelheit" and a comma. */
const MAX_GAP = 40;
/** A row of words as a pattern: its spaces match any run of spaces. */
const asPattern = (phrase: string): string =>
  phrase.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/ /g, "\\s+");
// Built on first use: a page without such a gap never builds it.
let dashToEvening: RegExp | undefined;

/**
 * Whether the gap between two dates is a dash, maybe a line break, then the sunset or nightfall the
 * span ends at: "Sunset, 25 December – nightfall, 2 January", "Sonnenuntergang, 18. Dezember -" over
 * "Einbruch der Dunkelheit, 26. Dezember" (besserwiki.de), "západ slunce 7. prosince – západ slunce
 * 15. prosince" (cs.wikipedia.org), "wieczór 16 marca - wieczór 17 marca" (perceptiopl.com).
 * @example dashToEveningGap(" – nightfall, ") // true
 * @example dashToEveningGap(" -\nEinbruch der Dunkelheit, ") // true
 * @example dashToEveningGap(" – we met on ") // false
 */
export function dashToEveningGap(gap: string): boolean {
  if (gap.length > MAX_GAP) return false;
  dashToEvening ??= new RegExp(
    `^[ \\t\\u00a0]*[-\\u2013\\u2014][ \\t\\u00a0]*(?:\\n[ \\t\\u00a0]*)?(?:${[...NIGHTFALL_WORDS, ...EVENING_WORDS].map(asPattern).join("|")})[ \\t\\u00a0]*,?[ \\t\\u00a0]*$`,
    "iu",
  );
  return dashToEvening.test(gap);
}
