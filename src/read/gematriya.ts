/**
 * A strict reader and writer of Hebrew gematriya numerals as written in dates (`ט״ו`, `ה׳תשע״ח`).
 *
 * Strict means: a token that is not a well-formed numeral is `undefined`, never a guess. The reader
 * scans char codes against a lookup table, with no regexes and no allocation on the common path.
 */

/**
 * The characters that stand for a geresh (׳, which marks a single letter as a number), for use inside a regex character class.
 * @example
 * new RegExp(`^[${GERESH_CHARS}]$`).test("'") // true
 */
export const GERESH_CHARS = "\u05F3'\u2019\u2018\u00B4`";

/**
 * The single characters that stand for a gershayim (״, before the last letter of a number), for a regex character class; writers also type two ASCII apostrophes `''`, so a full pattern is `(?:[${GERSHAYIM_CHARS}]|'')`.
 * @example
 * new RegExp(`^ט(?:[${GERSHAYIM_CHARS}]|'')ו$`).test("ט”ו") // true
 */
export const GERSHAYIM_CHARS = '\u05F4"\u201D\u201C';

const ALEF = 0x05d0;
const TET = 0x05d8;
const QOF = 0x05e7;
const TAV = 0x05ea;
const APOSTROPHE = 0x27;

const NO_MARK = 0;
const GERESH = 1;
const GERSHAYIM = 2;

const GERESH_SIGN = "\u05F3";
const GERSHAYIM_SIGN = "\u05F4";

/** Char code of each mark → its kind; ASCII `'` is a geresh unless doubled (checked by the reader). */
const MARK_KIND: ReadonlyMap<number, number> = (() => {
  const kinds = new Map<number, number>();
  for (const ch of GERESH_CHARS) kinds.set(ch.charCodeAt(0), GERESH);
  for (const ch of GERSHAYIM_CHARS) kinds.set(ch.charCodeAt(0), GERSHAYIM);
  return kinds;
})();

const UNIT_LETTERS = "אבגדהוזחט";
const TEN_LETTERS = "יכלמנסעפצ";
const HUNDRED_LETTERS = "קרשת";

/**
 * Value of each code point from א to ת, indexed by `code - ALEF`. A final form (ך ם ן ף ץ) holds the
 * negated value of its base letter: it counts as 20…90 (not the rare 500…900 reading) and must end the word.
 */
const LETTER_VALUE: Int16Array = (() => {
  const table = new Int16Array(TAV - ALEF + 1);
  const put = (letters: string, scale: number): void => {
    for (let i = 0; i < letters.length; i++) table[letters.charCodeAt(i) - ALEF] = (i + 1) * scale;
  };
  put(UNIT_LETTERS, 1);
  put(TEN_LETTERS, 10);
  put(HUNDRED_LETTERS, 100);
  const finals = "ךםןףץ";
  const bases = "כמנפצ";
  for (let i = 0; i < finals.length; i++) {
    table[finals.charCodeAt(i) - ALEF] = -table[bases.charCodeAt(i) - ALEF]!;
  }
  return table;
})();

/** Hebrew points, cantillation and bidi controls: marks a writer may add that carry no numeric value. */
function isIgnorable(c: number): boolean {
  if (c >= 0x0591 && c <= 0x05c7) return c !== 0x05be && c !== 0x05c0 && c !== 0x05c3 && c !== 0x05c6;
  return c === 0x200e || c === 0x200f || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
}

/**
 * Removes Hebrew points, cantillation marks and bidi control characters, keeping letters and punctuation.
 * @example
 * stripNiqqud("\u200Fטָ״ו") // "ט״ו"
 */
export function stripNiqqud(s: string): string {
  let i = 0;
  while (i < s.length && !isIgnorable(s.charCodeAt(i))) i++;
  if (i === s.length) return s; // common case: nothing to strip, no allocation
  let out = s.slice(0, i);
  let from = i + 1;
  for (i = from; i < s.length; i++) {
    if (isIgnorable(s.charCodeAt(i))) {
      out += s.slice(from, i);
      from = i + 1;
    }
  }
  return out + s.slice(from);
}

/** Reads `s` from `start` to its end as a numeral 1–999; 0 when it is not a well-formed one. */
function readNumeral(s: string, start: number): number {
  let total = 0;
  let letters = 0;
  let mark = NO_MARK;
  let markAt = -1; // how many letters precede the mark
  // 0: only ת so far; 1: ק/ר/ש read; 2: a tens letter read; 3: a units letter read; 4: ט״ו/ט״ז read.
  let stage = 0;
  let taus = 0;
  let tens = 0;
  let units = 0;
  let ended = false; // a final form was read: it must be the last letter
  for (let i = start; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= ALEF && c <= TAV) {
      if (ended) return 0;
      let v = LETTER_VALUE[c - ALEF]!;
      if (v < 0) {
        ended = true;
        v = -v;
      }
      if (v >= 100) {
        if (stage !== 0) return 0;
        if (v === 400) {
          // ת repeats for 800 (תת); a third would pass 999.
          if (++taus > 2) return 0;
        } else {
          // תתק is 900; תתר would be 1000.
          if (taus === 2 && v > 100) return 0;
          stage = 1;
        }
      } else if (v >= 10) {
        if (stage > 1) return 0;
        stage = 2;
        tens = v;
      } else if (stage <= 2) {
        stage = 3;
        units = v;
      } else if (stage === 3 && units === 9 && tens === 0 && (v === 6 || v === 7)) {
        // 15 and 16 are written ט״ו and ט״ז, the only place two units letters meet.
        stage = 4;
      } else {
        return 0;
      }
      total += v;
      letters++;
    } else {
      const kind = MARK_KIND.get(c);
      if (kind === undefined || mark !== NO_MARK) return 0;
      if (c === APOSTROPHE && s.charCodeAt(i + 1) === APOSTROPHE) {
        mark = GERSHAYIM;
        i++;
      } else {
        mark = kind;
      }
      markAt = letters;
    }
  }
  // יה and יו spell divine names, so 15 and 16 (and 115, 215, …) are never written that way.
  if (tens === 10 && (units === 5 || units === 6)) return 0;
  if (mark === GERESH) return letters === 1 && markAt === 1 ? total : 0;
  if (mark === GERSHAYIM) return letters >= 2 && markAt === letters - 1 ? total : 0;
  return total;
}

/**
 * Reads a gematriya numeral 1–999 (`י׳`, `ט"ו`, `תשע״ח`, `תתק`), or `undefined` if the token is not exactly a well-formed one.
 * @example
 * parseGematriya("תשע״ח") // 778
 */
export function parseGematriya(token: string): number | undefined {
  const n = readNumeral(stripNiqqud(token), 0);
  return n > 0 ? n : undefined;
}

/**
 * Reads a Hebrew year with an optional thousands letter (`ה׳תשע״ח`, `התשע"ח`, `ד'תתקצ"ט`); without one the year is in the sixth millennium (`תשע״ח` → 5778).
 * @example
 * parseHebrewYear("ה׳תשע״ח") // 5778
 */
export function parseHebrewYear(token: string): number | undefined {
  const s = stripNiqqud(token);
  const whole = readNumeral(s, 0);
  if (whole > 0) return 5000 + whole;
  // Otherwise the first letter must be a thousands digit א–ט.
  const first = s.charCodeAt(0);
  if (!(first >= ALEF && first <= TET)) return undefined;
  const second = s.charCodeAt(1);
  let rest: number;
  if (MARK_KIND.get(second) === GERESH) {
    // ה׳תשע״ח: the geresh sets the thousands apart. In ה''… the second ' starts the rest, which then fails.
    rest = 2;
  } else if (second >= QOF && second <= TAV) {
    // התשע״ח: a units letter before a hundreds letter cannot belong to one descending numeral.
    rest = 1;
  } else {
    return undefined;
  }
  const n = readNumeral(s, rest);
  return n > 0 ? (first - ALEF + 1) * 1000 + n : undefined;
}

/**
 * Writes 1–9999 in gematriya with ׳/״ marks and ט״ו/ט״ז, putting any thousands digit before a geresh; throws a RangeError for other numbers and for whole thousands.
 * @example
 * toGematriya(5778) // "ה׳תשע״ח"
 */
export function toGematriya(n: number): string {
  // A whole thousand (ה׳) would read back as the number 5, so it has no rendering here.
  if (!Number.isInteger(n) || n < 1 || n > 9999 || n % 1000 === 0) {
    throw new RangeError(`toGematriya: expected an integer 1–9999 that is not a whole thousand, got ${n}`);
  }
  let rest = n % 1000;
  let letters = "";
  for (; rest >= 400; rest -= 400) letters += "ת";
  if (rest >= 100) {
    letters += HUNDRED_LETTERS.charAt(Math.floor(rest / 100) - 1);
    rest %= 100;
  }
  if (rest === 15 || rest === 16) {
    letters += `ט${UNIT_LETTERS.charAt(rest - 10)}`;
  } else {
    if (rest >= 10) letters += TEN_LETTERS.charAt(Math.floor(rest / 10) - 1);
    if (rest % 10 > 0) letters += UNIT_LETTERS.charAt((rest % 10) - 1);
  }
  const body =
    letters.length === 1 ? letters + GERESH_SIGN : letters.slice(0, -1) + GERSHAYIM_SIGN + letters.slice(-1);
  const thousands = Math.floor(n / 1000);
  return thousands > 0 ? UNIT_LETTERS.charAt(thousands - 1) + GERESH_SIGN + body : body;
}
