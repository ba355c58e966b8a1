// Shared pieces of the readers' patterns. Boundaries are Unicode-aware: `\b` and `\W` treat every
// Hebrew letter as a non-word character, so "באב" would look like a boundary inside a word.

/** No letter or digit just before. */
export const START = "(?<![\\p{L}\\p{N}])";
/** No letter or digit just after. */
export const END = "(?![\\p{L}\\p{N}])";
/**
 * One to three spaces, or one line break with a little space around it (bounded, so patterns cannot
 * backtrack over long runs). Never a blank line: "Av\n\n30" is two paragraphs, not 30 Av.
 */
export const SPACE = "(?:[^\\S\\r\\n]{1,3}|[^\\S\\r\\n]{0,2}\\r?\\n[^\\S\\r\\n]{0,2})";
/**
 * Put right after a year's digits (`digits`: the pattern before them, from the white space on): a
 * year that a line break parts from its date is not the date's when a row label's mark follows it
 * ("October 3" / "2025: September 23", "2025 – …", "2025 | …"): it labels the next row. A year
 * wrapped onto the next line stays the date's ("December 13," / "2015 at noon").
 */
export function yearNotNextRowLabel(digits: string): string {
  return `(?:(?<!\\n[^\\S\\n]{0,3}${digits})|(?![^\\S\\r\\n]*(?:[:|]|[-\\u2013\\u2014][^\\S\\r\\n])))`;
}
/** The most characters SPACE matches (two spaces, "\r\n", two spaces). */
export const SPACE_MAX = 6;
/** English ordinal suffix; text from PDFs sets it off by a space ("the 10 th of Tishrei", panim.org.il). */
export const ORDINAL = "(?:[ \\u00a0]?(?:st|nd|rd|th))?";
/** Hebrew letters, geresh and gershayim in any of their written forms. */
export const HEBREW_NUMERAL_CHARS = "\\u05d0-\\u05ea\\u05f3\\u05f4'\"\\u2019\\u2018\\u201c\\u201d";

/**
 * Runs of niqqud, cantillation and bidi controls: ignored by the Hebrew-script reader. So is a
 * backslash a page's script left before a quote that follows a Hebrew letter (`תשפ\"ג`).
 */
const IGNORABLE =
  /(?:[\u0591-\u05bd\u05bf\u05c1\u05c2\u05c4\u05c5\u05c7\u200e\u200f\u202a-\u202e\u2066-\u2069]|(?<=[\u05d0-\u05ea])\\(?=["']))+/g;
const HAS_IGNORABLE =
  /[\u0591-\u05bd\u05bf\u05c1\u05c2\u05c4\u05c5\u05c7\u200e\u200f\u202a-\u202e\u2066-\u2069]|(?<=[\u05d0-\u05ea])\\(?=["'])/;

/** A text with ignorable marks removed, and the way back to offsets in the original. */
export interface FoldedText {
  text: string;
  /** Original offset of a folded offset (start or end). */
  toOriginal(offset: number): number;
}

/**
 * Removes niqqud, cantillation and bidi controls, keeping a map to the original offsets so spans
 * still point into the caller's text. Texts without such marks (nearly all) pass through as they are.
 * The map is one typed array, and the folded text is made from it in slices of char codes: a JS
 * array of offsets and a string built piece by piece (or one native replace) made 10 MB of pointed
 * text cost 13× (or 30×) what 1 MB did.
 */
export function foldIgnorable(text: string): FoldedText {
  // The Hebrew-script readers fold the same text one after another: each search for marks read all of it.
  if (text === lastFolded.text) return lastFolded.folded;
  const folded = foldAnew(text);
  lastFolded.text = text;
  lastFolded.folded = folded;
  return folded;
}

/** The text foldIgnorable was last given, and what it made of it. */
const lastFolded: { text: string | undefined; folded: FoldedText } = {
  text: undefined,
  folded: { text: "", toOriginal: (offset) => offset },
};

/**
 * Lets go of the text foldIgnorable remembers (its map is four bytes a character), once the
 * readers of a text are done with it.
 * @example forgetFolded() // foldIgnorable's next call folds anew
 */
export function forgetFolded(): void {
  lastFolded.text = undefined;
  lastFolded.folded = { text: "", toOriginal: (offset) => offset };
}

function foldAnew(text: string): FoldedText {
  if (!HAS_IGNORABLE.test(text)) return { text, toOriginal: (offset) => offset };
  const kept = new Int32Array(text.length + 1);
  let count = 0;
  let last = 0;
  IGNORABLE.lastIndex = 0;
  for (let match = IGNORABLE.exec(text); match !== null; match = IGNORABLE.exec(text)) {
    for (let i = last; i < match.index; i++) kept[count++] = i;
    last = match.index + match[0].length;
  }
  for (let i = last; i < text.length; i++) kept[count++] = i;
  const folded = keptText(text, kept, count);
  kept[count++] = text.length;
  return {
    text: folded,
    // An end offset maps to the next kept character, so marks on a span's last letter stay inside it.
    toOriginal: (offset) => (offset >= 0 && offset < count ? kept[offset]! : text.length),
  };
}

/** The characters of `text` at the first `count` offsets of `kept`, as a string (lone surrogates too). */
function keptText(text: string, kept: Int32Array, count: number): string {
  const SLICE = 8192;
  const codes = new Uint16Array(Math.min(count, SLICE));
  const parts: string[] = [];
  for (let from = 0; from < count; from += SLICE) {
    const length = Math.min(SLICE, count - from);
    for (let i = 0; i < length; i++) codes[i] = text.charCodeAt(kept[from + i]!);
    parts.push(String.fromCharCode.apply(null, codes.subarray(0, length) as unknown as number[]));
  }
  return parts.join("");
}

/**
 * A regex source made case-insensitive by spelling each ASCII letter as a class ("av" → "[aA][vV]"),
 * for use without the `i` flag. With `u`, V8 compiles an `i` pattern with Unicode case folding,
 * which for the month and weekday alternations cost ≈ 10 ms of a conversion's start-up.
 * Escapes (`\p{L}`, `\u00a0`, `\k<name>`), group names and lookbehinds are copied as they are.
 * @example caseless("(?<m>av)[a-c]") // "(?<m>[aA][vV])[a-cA-C]"
 */
export function caseless(source: string): string {
  let out = "";
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const char = source[i]!;
    if (char === "\\") {
      const next = source[i + 1] ?? "";
      let end = i + 2;
      if ("pPk".includes(next) || (next === "u" && source[i + 2] === "{")) {
        end = source.indexOf(next === "k" ? ">" : "}", i) + 1;
      } else if (next === "u") {
        end = i + 6;
      } else if (next === "x") {
        end = i + 4;
      }
      out += source.slice(i, end);
      i = end - 1;
      continue;
    }
    if (!inClass && source.startsWith("(?<", i) && source[i + 3] !== "=" && source[i + 3] !== "!") {
      const end = source.indexOf(">", i) + 1;
      out += source.slice(i, end);
      i = end - 1;
      continue;
    }
    if (char === "[") inClass = true;
    else if (char === "]") inClass = false;
    const lower = char.toLowerCase();
    const upper = char.toUpperCase();
    if (!/^[a-zA-Z]$/.test(char)) {
      out += char;
    } else if (inClass) {
      // A range (a-c) gains its other-case twin (A-C); a single letter gains its other case.
      if (source[i + 1] === "-" && /^[a-zA-Z]$/.test(source[i + 2] ?? "")) {
        const to = source[i + 2]!;
        out += `${lower}-${to.toLowerCase()}${upper}-${to.toUpperCase()}`;
        i += 2;
      } else {
        out += lower + upper;
      }
    } else {
      out += `[${lower}${upper}]`;
    }
  }
  return out;
}

/**
 * A regex alternation (no group) of short phrases, longest first: a space in a phrase matches up to
 * two spaces or none ("O. S." matches "O.S."), and everything else is literal.
 * @example new RegExp(`^(?:${phrases(["г.", "года"])})$`, "u").test("года") // true
 */
export function phrases(rows: readonly string[]): string {
  return [...rows]
    .sort((a, b) => b.length - a.length)
    .map((row) =>
      row
        .split(" ")
        .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
        .join("[\\s\\u00a0]{0,2}"),
    )
    .join("|");
}

/**
 * A regex alternation (no group) of literal strings, grouped by their first character so that a
 * failing test costs one look at each character rather than one try of every string.
 * @example byFirstCharacter(["jan", "jul", "av"]) // "a(?:v)|j(?:an|ul)"
 */
export function byFirstCharacter(strings: readonly string[]): string {
  const groups = new Map<string, string[]>();
  for (const string of strings) {
    const first = String.fromCodePoint(string.codePointAt(0)!);
    const list = groups.get(first) ?? [];
    list.push(phrases([string.slice(first.length)]));
    groups.set(first, list);
  }
  return [...groups.keys()]
    .sort()
    .map(
      (first) =>
        `${phrases([first])}(?:${groups
          .get(first)!
          .sort((a, b) => b.length - a.length)
          .join("|")})`,
    )
    .join("|");
}
