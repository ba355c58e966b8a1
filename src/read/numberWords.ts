import { CARDINALS, HEBREW_LETTER_NAMES, LETTER_DAY_WORDS, ORDINALS, SCALES } from "./lexicon/numberWords.js";

// Reads the numbers dates write in words: a day as an ordinal ("ninth", "twenty-third", "twenty
// third"), a year as cardinals ("five thousand seven hundred and eighty-seven"), and a day as
// Hebrew letter names ("Yud Tes" = 19, "Chof Beis" = 22, "Chai" = 18).

// Maps, not the tables' objects: a word such as "constructor" must not find Object's own keys.
const ORDINAL_VALUES = new Map(Object.entries(ORDINALS));
const CARDINAL_VALUES = new Map(Object.entries(CARDINALS));
const SCALE_VALUES = new Map(Object.entries(SCALES));
const LETTER_VALUES = new Map<string, number>();
for (const [value, names] of Object.entries(HEBREW_LETTER_NAMES))
  for (const name of names) LETTER_VALUES.set(name, Number(value));
const LETTER_WORDS = new Map<string, number>();
for (const [value, words] of Object.entries(LETTER_DAY_WORDS))
  for (const word of words) LETTER_WORDS.set(word, Number(value));

/** The words of a phrase, lower case, split at spaces and hyphens. */
function wordsOf(phrase: string): string[] {
  return phrase
    .toLowerCase()
    .split(/[\s\u00a0-]+/u)
    .filter(Boolean);
}

/**
 * The day (1–31) an ordinal written in words names, or undefined.
 * @example dayFromOrdinalWords("twenty-third") // 23
 */
export function dayFromOrdinalWords(phrase: string): number | undefined {
  const words = wordsOf(phrase);
  if (words.length === 1) return ORDINAL_VALUES.get(words[0]!);
  if (words.length !== 2) return undefined;
  const tens = CARDINAL_VALUES.get(words[0]!);
  const unit = ORDINAL_VALUES.get(words[1]!);
  if ((tens !== 20 && tens !== 30) || unit === undefined || unit > 9) return undefined;
  const day = tens + unit;
  return day <= 31 ? day : undefined;
}

/** Whether a word is an ordinal word of a day ("ninth", "twentieth"). */
export function isOrdinalWord(word: string): boolean {
  return ORDINAL_VALUES.has(word.toLowerCase());
}

/**
 * A whole number written in cardinal words, or undefined when any word is not one or they do not
 * make a number as English writes it ("seven thousand five" is 7005; "five seven" is no number).
 * @example numberFromWords("five thousand seven hundred and eighty-seven") // 5787
 */
export function numberFromWords(phrase: string): number | undefined {
  let total = 0;
  let current = 0;
  /** The last word was a unit or a ten: what may follow it is limited. */
  let last: "none" | "unit" | "ten" | "hundred" | "thousand" | "and" = "none";
  for (const word of wordsOf(phrase)) {
    if (word === "and") {
      if (last !== "hundred" && last !== "thousand") return undefined;
      last = "and";
      continue;
    }
    const scale = SCALE_VALUES.get(word);
    if (scale !== undefined) {
      if (last !== "unit" && last !== "ten") return undefined;
      if (scale === 100) {
        if (current >= 100) return undefined;
        current *= 100;
        last = "hundred";
      } else {
        if (total > 0) return undefined;
        total = current * 1000;
        current = 0;
        last = "thousand";
      }
      continue;
    }
    const value = CARDINAL_VALUES.get(word);
    if (value === undefined) return undefined;
    // "eighty-seven" is a ten then a unit; "seven eighty" or "twenty thirty" is no number.
    if (last === "unit" || (last === "ten" && (value >= 10 || current % 10 !== 0))) return undefined;
    current += value;
    last = value >= 20 ? "ten" : "unit";
  }
  if (last === "none" || last === "and") return undefined;
  return total + current;
}

/**
 * The day (1–30) Hebrew letter names stand for, as gematriya writes it (tens before units: "Yud
 * Tes" = 19, "Tes Vov" = 15, "Chof Beis" = 22), "Chai" (18) or "Tu B'" (15), or undefined.
 * @example dayFromLetterNames("Yud Tes") // 19
 */
export function dayFromLetterNames(phrase: string): number | undefined {
  const folded = phrase
    .toLowerCase()
    .replace(/[\u2019\u2018\u02bc`]/g, "'")
    .replace(/[\s\u00a0-]+/g, " ");
  const word = LETTER_WORDS.get(folded.trim());
  if (word !== undefined) return word;
  const values = folded
    .split(" ")
    .filter(Boolean)
    .map((name) => LETTER_VALUES.get(name));
  if (values.length === 0 || values.length > 2 || values.some((value) => value === undefined))
    return undefined;
  const [first, second] = values as number[];
  if (second === undefined) return first;
  // Tens, then a unit; 15 and 16 are written 9 + 6 and 9 + 7 (Tes Vov, Tes Zayin).
  const fifteenOrSixteen = first === 9 && (second === 6 || second === 7);
  if (!fifteenOrSixteen && (first! < 10 || second >= 10)) return undefined;
  const day = first! + second;
  return day <= 30 ? day : undefined;
}

/** Every letter name and day word, longest first, for patterns (spaces as in the rows). */
export const LETTER_NAME_SPELLINGS: readonly string[] = [
  ...LETTER_VALUES.keys(),
  ...LETTER_WORDS.keys(),
].sort((a, b) => b.length - a.length);

/** ", in the year", "in the year", ", " before a year (the year's word is needed before words). */
const YEAR_INTRO =
  /,?[\s\u00a0]{1,3}(?:[iI][nN][\s\u00a0]{1,3})?(?:[tT][hH][eE][\s\u00a0]{1,3})?(?<word>[yY][eE][aA][rR][\s\u00a0]{1,3})?/y;
const YEAR_DIGITS = /(?<year>\d{4,5})(?![\p{L}\p{N}])/uy;
/** Up to a dozen words of letters, the most a year in words takes. */
const YEAR_WORDS = /[A-Za-z]+(?:(?:[\s\u00a0]{1,3}|-)[A-Za-z]+){0,11}/y;

/**
 * The year written after offset `at` in digits (", 5787", " in the year 5787") or in words after
 * "year" (" in the year five thousand seven hundred and eighty-seven"), and where it ends.
 * @example readYearAfter("Iyar, in the year 5787", 4) // {year: 5787, end: 22}
 */
export function readYearAfter(text: string, at: number): { year: number; end: number } | undefined {
  YEAR_INTRO.lastIndex = at;
  const intro = YEAR_INTRO.exec(text);
  if (intro === null || intro[0].length === 0) return undefined;
  const from = at + intro[0].length;
  YEAR_DIGITS.lastIndex = from;
  const digits = YEAR_DIGITS.exec(text);
  if (digits !== null) return { year: Number(digits.groups!.year), end: YEAR_DIGITS.lastIndex };
  if (intro.groups!.word === undefined) return undefined;
  YEAR_WORDS.lastIndex = from;
  const words = YEAR_WORDS.exec(text);
  if (words === null) return undefined;
  // The longest run of words that is a number ("… eighty-seven since the creation").
  const pieces = words[0].split(/(?<=[A-Za-z])(?=[\s\u00a0-])/);
  for (let count = pieces.length; count > 0; count--) {
    const phrase = pieces.slice(0, count).join("");
    const year = numberFromWords(phrase);
    if (year !== undefined) return { year, end: from + phrase.length };
  }
  return undefined;
}
