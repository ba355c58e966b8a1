// Input generators for the fuzzers: pure garbage, token soup built from the words dates are made of,
// mutations of real date strings, and arbitrary JS values for convertDate. Every generator is a
// fast-check arbitrary, so a failing input shrinks to a small one.

import fc from "fast-check";
import { DateTime } from "luxon";

/** Real date strings, in every form the library reads, plus near misses. */
export const SEEDS: readonly string[] = [
  "10 Av 5778",
  "Sunday, July 22nd | 10 Av 5778",
  "י׳ באב תשע״ח",
  "יום א׳, י' באב ה'תשע\"ח",
  "יום א׳, י׳ באב תשע״ח",
  "December 13, 2015 2:27 pm",
  "2018-07-22T14:30:00+03:00",
  "10/19/2017",
  "Adar II 5784",
  "30 Cheshvan 5779",
  "30 Cheshvan 5778",
  "ט״ו בשבט",
  'ט"ו בשבט התשפ"ד',
  "Av 10, 5778",
  "10th of Av, 5778",
  "the 10th day of Av 5778",
  "10 AV 5778",
  "13 December 2015",
  "Dec. 13, 2015",
  "Jun. 26 ’12",
  "-003760-09-07",
  "+275760-09-13",
  "Sun, 22 Jul 2018 14:30:00 +0000",
  "22.11.2014",
  "3/4/2020",
  "1 Adar I 5784",
  "1 Adar II 5778",
  "30 Adar 5784",
  "14 Adar 5785",
  "Tishrei 1, 2024",
  "1 Tishrei 1",
  "29 Elul 9999",
  "9999-12-31",
  "0000-01-01",
  "40 Av 5778",
  "30 February 2020",
  "10 Avv 5778",
  "Monday, March 11, 2024 | 1 Adar I 5784",
  "Sunday, July 22nd | 10 Av 5778\n\nDecember 13, 2015 2:27 pm",
  "Friday, 25 December 1789 (O.S.) | 9 Tevet 5550",
  "July 4, 1776 O.S.",
  "כ״ט באדר א׳ תשפ״ד",
  "א' באדר ב' ה'תשפ\"ד",
  "ל׳ בחשון תשע״ט",
  'ר"ח אייר',
  "Menachem Av 9, 5785",
  "Rosh Chodesh Kislev 5786",
  "15 Sh'vat 5784",
  "15 Shevat 5784 / January 25, 2024",
  "Tuesday 2024-01-25 • ט״ו בשבט תשפ״ד",
  "2024-03-24T23:59:59.999Z",
  "12:00 am, 1 January 2000",
];

// Pieces that are inserted, substituted, or strung together.
const CONTROL = [..."\u0000\u0001\u0007\b\t\n\u000b\f\r\u000e\u001b\u001f\u007f\u0085\u2028\u2029"];
const BIDI = [..."\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"];
const ZERO_WIDTH = [..."\u200b\u200c\u200d\ufeff\u00ad\u2060\u034f"];
const NIQQUD = [
  ..."\u05b0\u05b1\u05b2\u05b3\u05b4\u05b5\u05b6\u05b7\u05b8\u05b9\u05ba\u05bb\u05bc\u05bd\u05bf\u05c1\u05c2\u05c4\u05c5\u05c7\u0591\u0596\u05a5\u05ae",
];
const HEBREW_MARKS = [..."׳״'\"`’‘“”״׳\u05be־"];
const HEBREW_LETTERS = [..."אבגדהוזחטיכךלמםנןסעפףצץקרשת"];
const SPACES = ["\u00a0", "\u2009", "\u202f", "\u3000", "  ", "\t", "\r\n", "\n", "\r", "\n\n", "\r\n\r\n"];
const PUNCTUATION = [..."|/•·-–—‐−,…()[]{}.:;!?#@&*+=<>~^%$\\_"];
const DIGIT_SCRIPTS = [0xff10, 0x0660, 0x06f0, 0x0966, 0x09e6, 0x1d7ce, 0x2080, 0x2460];
const LONE_SURROGATES = ["\ud800", "\udbff", "\udc00", "\udfff", "\ud83d", "\ude00"];
const ASTRAL = ["😀", "𝟏𝟎", "𐤀", "\u{10ffff}", "👨‍👩‍👧"];

const OBJECT_WORDS = [
  "__proto__",
  "constructor",
  "toString",
  "valueOf",
  "hasOwnProperty",
  "prototype",
  "__defineGetter__",
  "isPrototypeOf",
  "undefined",
  "null",
  "NaN",
  "Infinity",
  "-Infinity",
  "$&",
  "$1",
  "$<year>",
  "%s",
  "\\u0000",
];

const DATE_WORDS = [
  "Av",
  "AV",
  "av",
  "Ab",
  "Adar",
  "Adar I",
  "Adar II",
  "Adar 2",
  "Adar Sheni",
  "Veadar",
  "Nisan",
  "Iyyar",
  "Sivan",
  "Tammuz",
  "Elul",
  "Tishrei",
  "Cheshvan",
  "Marcheshvan",
  "Kislev",
  "Tevet",
  "Sh'vat",
  "Shevat",
  "Menachem Av",
  "July",
  "Jul.",
  "December",
  "Dec.",
  "February",
  "Feb",
  "May",
  "Sunday",
  "Sun",
  "Saturday",
  "Shabbat",
  "of",
  "the",
  "day",
  "th",
  "st",
  "nd",
  "rd",
  "pm",
  "am",
  "p.m.",
  "O.S.",
  "N.S.",
  "GMT",
  "UTC",
  "Z",
  "T",
  "+03:00",
  "-0500",
  "יום",
  "א׳",
  "ב",
  "באב",
  "אב",
  "באדר",
  "אדר א׳",
  "אדר ב׳",
  "בחשון",
  "מרחשון",
  "תשרי",
  "בשבט",
  "תשע״ח",
  "ה'תשע\"ח",
  "התשפ״ד",
  "תשע״",
  "ט״ו",
  'ט"ז',
  "י״ה",
  "ל׳",
  "כ״ט",
  "ה׳",
];

const NUMBERS = [
  "0",
  "00",
  "1",
  "01",
  "9",
  "10",
  "12",
  "13",
  "22",
  "29",
  "30",
  "31",
  "32",
  "99",
  "100",
  "999",
  "1000",
  "2018",
  "2999",
  "3000",
  "5778",
  "5784",
  "9999",
  "10000",
  "-3760",
  "275760",
  "99999999999999999999",
  "1e309",
  "0x10",
  "1_000",
  "9007199254740993",
  "１０",
  "٢٠١٨",
];

const SEPARATORS = [
  " ",
  " ",
  " ",
  ", ",
  " | ",
  " / ",
  " • ",
  " - ",
  "\n",
  "\r\n",
  "(",
  ")",
  "-",
  ":",
  ".",
  "/",
];

function digitsIn(script: number): (text: string) => string {
  return (text) => text.replace(/[0-9]/g, (digit) => String.fromCodePoint(script + Number(digit)));
}

const pick = <T>(items: readonly T[]): fc.Arbitrary<T> => fc.constantFrom(...items);

/** One odd character: control, direction mark, zero-width, niqqud, lone surrogate, any code point. */
const oddChar: fc.Arbitrary<string> = fc.oneof(
  pick(CONTROL),
  pick(BIDI),
  pick(ZERO_WIDTH),
  pick(NIQQUD),
  pick(HEBREW_MARKS),
  pick(HEBREW_LETTERS),
  pick(SPACES),
  pick(PUNCTUATION),
  pick(LONE_SURROGATES),
  pick(ASTRAL),
  fc
    .integer({ min: 0, max: 9 })
    .chain((digit) => pick(DIGIT_SCRIPTS.map((s) => String.fromCodePoint(s + digit)))),
  fc.string({ unit: "binary", minLength: 1, maxLength: 1 }),
);

/** A piece to insert: an odd character, a word, a number, or a run of digits. */
const piece: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: oddChar },
  { weight: 2, arbitrary: pick(DATE_WORDS) },
  { weight: 2, arbitrary: pick(NUMBERS) },
  { weight: 1, arbitrary: pick(OBJECT_WORDS) },
  { weight: 1, arbitrary: fc.integer({ min: 5, max: 400 }).map((n) => "9".repeat(n)) },
  { weight: 1, arbitrary: pick(SEEDS) },
);

/** Garbage: any code points, control characters, lone surrogates, odd characters strung together. */
export const garbage: fc.Arbitrary<string> = fc.oneof(
  fc.string({ maxLength: 80 }),
  fc.string({ unit: "binary", maxLength: 80 }),
  fc.string({ unit: "binary-ascii", maxLength: 80 }),
  fc.string({ unit: "grapheme", maxLength: 40 }),
  fc.string({ unit: oddChar, maxLength: 60 }),
  fc.string({ unit: fc.oneof(oddChar, fc.string({ unit: "grapheme-ascii", maxLength: 1 })), maxLength: 60 }),
);

/** Token soup: date words, numbers, marks and separators in random order. */
export const tokenSoup: fc.Arbitrary<string> = fc
  .array(
    fc.oneof(
      { weight: 4, arbitrary: pick(DATE_WORDS) },
      { weight: 4, arbitrary: pick(NUMBERS) },
      { weight: 4, arbitrary: pick(SEPARATORS) },
      { weight: 2, arbitrary: oddChar },
      { weight: 1, arbitrary: pick(OBJECT_WORDS) },
      { weight: 1, arbitrary: pick(SEEDS) },
    ),
    { minLength: 1, maxLength: 24 },
  )
  .map((tokens) => tokens.join(""));

type Mutation =
  | { op: "insert"; at: number; text: string }
  | { op: "delete"; at: number; length: number }
  | { op: "replace"; at: number; length: number; text: string }
  | { op: "duplicate"; at: number; length: number; times: number }
  | { op: "splice"; at: number; other: string; from: number }
  | { op: "truncate"; at: number }
  | { op: "dropGershayim" }
  | { op: "asciiGershayim"; double: string; single: string }
  | { op: "niqqudEverywhere"; mark: string; every: number }
  | { op: "marksBetween"; mark: string }
  | { op: "wrap"; before: string; after: string }
  | { op: "digits"; script: number }
  | { op: "crlf" }
  | { op: "case"; upper: boolean }
  | { op: "repeat"; times: number; separator: string };

const at = fc.nat({ max: 10_000 });

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  { weight: 6, arbitrary: fc.record({ op: fc.constant("insert" as const), at, text: piece }) },
  {
    weight: 3,
    arbitrary: fc.record({ op: fc.constant("delete" as const), at, length: fc.integer({ min: 1, max: 6 }) }),
  },
  {
    weight: 4,
    arbitrary: fc.record({
      op: fc.constant("replace" as const),
      at,
      length: fc.integer({ min: 1, max: 4 }),
      text: piece,
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      op: fc.constant("duplicate" as const),
      at,
      length: fc.integer({ min: 1, max: 12 }),
      times: fc.integer({ min: 1, max: 8 }),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({ op: fc.constant("splice" as const), at, other: pick(SEEDS), from: at }),
  },
  { weight: 1, arbitrary: fc.record({ op: fc.constant("truncate" as const), at }) },
  { weight: 1, arbitrary: fc.constant({ op: "dropGershayim" as const }) },
  {
    weight: 1,
    arbitrary: fc.record({
      op: fc.constant("asciiGershayim" as const),
      double: pick(['"', "''", "״", "“", "”", "'", ""]),
      single: pick(["'", "׳", "’", "`", ""]),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      op: fc.constant("niqqudEverywhere" as const),
      mark: pick(NIQQUD),
      every: fc.integer({ min: 1, max: 3 }),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      op: fc.constant("marksBetween" as const),
      mark: fc.oneof(pick(BIDI), pick(ZERO_WIDTH), pick(CONTROL)),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      op: fc.constant("wrap" as const),
      before: fc.oneof(pick(BIDI), pick(OBJECT_WORDS), pick(SPACES)),
      after: fc.oneof(pick(BIDI), pick(OBJECT_WORDS), pick(SPACES)),
    }),
  },
  { weight: 1, arbitrary: fc.record({ op: fc.constant("digits" as const), script: pick(DIGIT_SCRIPTS) }) },
  { weight: 1, arbitrary: fc.constant({ op: "crlf" as const }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant("case" as const), upper: fc.boolean() }) },
  {
    weight: 1,
    arbitrary: fc.record({
      op: fc.constant("repeat" as const),
      times: fc.oneof(fc.integer({ min: 2, max: 20 }), fc.integer({ min: 50, max: 400 })),
      separator: pick(SEPARATORS),
    }),
  },
);

/** Longest text a mutation may build; beyond it, mutations that grow the text are skipped. */
export const MAX_MUTATED_LENGTH = 10_000;

export function applyMutation(text: string, m: Mutation): string {
  const position = (n: number) => (text.length === 0 ? 0 : n % (text.length + 1));
  switch (m.op) {
    case "insert": {
      const i = position(m.at);
      return text.slice(0, i) + m.text + text.slice(i);
    }
    case "delete": {
      const i = position(m.at);
      return text.slice(0, i) + text.slice(i + m.length);
    }
    case "replace": {
      const i = position(m.at);
      return text.slice(0, i) + m.text + text.slice(i + m.length);
    }
    case "duplicate": {
      const i = position(m.at);
      const span = text.slice(i, i + m.length);
      return text.slice(0, i) + span.repeat(m.times + 1) + text.slice(i + m.length);
    }
    case "splice": {
      const i = position(m.at);
      return text.slice(0, i) + m.other.slice(m.from % (m.other.length + 1));
    }
    case "truncate":
      return text.slice(0, position(m.at));
    case "dropGershayim":
      return text.replace(/[״׳"']/g, "");
    case "asciiGershayim":
      return text.replace(/״/g, m.double).replace(/׳/g, m.single);
    case "niqqudEverywhere": {
      let out = "";
      let i = 0;
      for (const char of text) {
        out += char;
        if (i++ % m.every === 0) out += m.mark;
      }
      return out;
    }
    case "marksBetween":
      return [...text].join(m.mark);
    case "wrap":
      return m.before + text + m.after;
    case "digits":
      return digitsIn(m.script)(text);
    case "crlf":
      return text.includes("\n") ? text.replace(/\r?\n/g, "\r\n") : `${text}\r\n${text}\r\n`;
    case "case":
      return m.upper ? text.toUpperCase() : text.toLowerCase();
    case "repeat":
      return Array.from({ length: m.times }, () => text).join(m.separator);
  }
}

/** A real date string (or a few joined), mutated one to eight times. */
export const mutated: fc.Arbitrary<string> = fc
  .tuple(
    fc.oneof(
      { weight: 4, arbitrary: pick(SEEDS) },
      {
        weight: 1,
        arbitrary: fc
          .tuple(pick(SEEDS), pick(SEPARATORS), pick(SEEDS))
          .map(([a, separator, b]) => a + separator + b),
      },
    ),
    fc.array(mutation, { minLength: 1, maxLength: 8 }),
  )
  .map(([seed, mutations]) => {
    let text = seed;
    for (const m of mutations) {
      const next = applyMutation(text, m);
      if (next.length <= MAX_MUTATED_LENGTH || next.length <= text.length) text = next;
    }
    return text;
  });

/** Any string the fuzzer feeds the three functions. */
export const anyText: fc.Arbitrary<string> = fc.oneof(
  { weight: 2, arbitrary: garbage },
  { weight: 3, arbitrary: tokenSoup },
  { weight: 5, arbitrary: mutated },
);

// JS values for convertDate: numbers of every kind, BigInt, Symbol, Date, luxon DateTime, look-alikes
// of DateTime, arrays, and objects shaped like {calendar, year, month, day} with fields of wrong types.

const oddNumber = fc.oneof(
  fc.constantFrom(
    0,
    -0,
    1,
    -1,
    0.5,
    Number.NaN,
    Number.POSITIVE_INFINITY,
    Number.NEGATIVE_INFINITY,
    Number.MAX_VALUE,
    Number.MIN_VALUE,
    Number.MAX_SAFE_INTEGER,
    Number.MAX_SAFE_INTEGER + 2,
    Number.MIN_SAFE_INTEGER,
    1e21,
    1e300,
    -1e300,
    2 ** 31,
    2 ** 32,
    -(2 ** 31) - 1,
    5778,
    5784,
    2018,
    -3760,
    9999,
    10000,
    275760,
    12,
    13,
    14,
    29,
    30,
    31,
  ),
  fc.integer(),
  fc.integer({ min: -4000, max: 12000 }),
  fc.double(),
);

/** Field values of every type: the right type with odd values, and wrong types. */
const fieldValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 6, arbitrary: oddNumber },
  {
    weight: 2,
    arbitrary: fc.constantFrom("Av", "Adar", "Adar I", "Adar II", "July", "5778", "", " 10 ", "1e3"),
  },
  { weight: 1, arbitrary: pick(OBJECT_WORDS) },
  { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
  { weight: 1, arbitrary: fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }) },
  { weight: 1, arbitrary: fc.constantFrom(null, undefined, true, false) },
  { weight: 1, arbitrary: fc.string({ maxLength: 4 }).map((s) => Symbol(s)) },
  { weight: 1, arbitrary: fc.constantFrom([], [10], ["Av"], {}, new Date(0)) },
  { weight: 1, arbitrary: oddNumber.map((n) => Object.assign(Object.create(null), { n })) },
);

const calendarValue = fc.oneof(
  { weight: 8, arbitrary: fc.constantFrom("hebrew", "gregorian") },
  { weight: 1, arbitrary: fc.constantFrom("Hebrew", "julian", "", "__proto__", "constructor") },
  { weight: 1, arbitrary: fieldValue },
);

/** Objects shaped like FieldsInput, each field right or wrong, sometimes with prototype-ish keys. */
const fieldsLike: fc.Arbitrary<unknown> = fc
  .tuple(
    calendarValue,
    fc.oneof({ weight: 3, arbitrary: oddNumber }, fieldValue),
    fc.oneof(
      { weight: 2, arbitrary: fc.integer({ min: -1, max: 15 }) },
      { weight: 2, arbitrary: fc.constantFrom("Av", "Adar", "Adar I", "Adar II", "Cheshvan", "July", "Feb") },
      { weight: 2, arbitrary: fieldValue },
    ),
    fc.oneof({ weight: 2, arbitrary: fc.integer({ min: -1, max: 32 }) }, fieldValue),
    fc.array(fc.tuple(pick(OBJECT_WORDS), fieldValue), { maxLength: 2 }),
    fc.boolean(),
  )
  .map(([calendar, year, month, day, extras, nullPrototype]) => {
    const object: Record<string, unknown> = nullPrototype ? Object.create(null) : {};
    for (const [key, value] of extras) {
      Object.defineProperty(object, key, { value, enumerable: true, writable: true, configurable: true });
    }
    Object.assign(object, { calendar, year, month, day });
    return object;
  });

/** Objects that look like a luxon DateTime to convertDate's duck test. */
const dateTimeLike: fc.Arbitrary<unknown> = fc
  .record({
    isLuxonDateTime: fc.constant(true),
    isValid: fc.oneof(fc.boolean(), fieldValue),
    invalidExplanation: fieldValue,
    invalidReason: fieldValue,
    year: fc.oneof(oddNumber, fieldValue),
    month: fc.oneof(fc.integer({ min: 0, max: 13 }), fieldValue),
    day: fc.oneof(fc.integer({ min: 0, max: 32 }), fieldValue),
    hour: fieldValue,
    minute: fieldValue,
    second: fieldValue,
    offset: fieldValue,
  })
  .map((object) => object as unknown);

/** Real Dates (any time value, valid or not) and real luxon DateTimes (any zone offset, valid or not). */
const realDates: fc.Arbitrary<unknown> = fc.oneof(
  fc.date({ noInvalidDate: false }),
  fc.constantFrom(8.64e15, -8.64e15, 0, -62_135_596_800_000, 253_402_300_800_000).map((ms) => new Date(ms)),
  fc
    .tuple(fc.integer({ min: -8.64e15, max: 8.64e15 }), fc.integer({ min: -14 * 60, max: 14 * 60 }))
    .map(([ms, offset]) =>
      DateTime.fromMillis(ms, { zone: `UTC${offset >= 0 ? "+" : "-"}${Math.abs(offset / 60) | 0}` }),
    ),
  fc.constant(DateTime.invalid("fuzzed")),
  // Passes `instanceof Date` but holds no time value.
  fc.constant(null).map(() => Object.create(Date.prototype) as unknown),
);

/** Any JS value convertDate might be handed. */
export const anyValue: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 5, arbitrary: fieldsLike },
  { weight: 1, arbitrary: dateTimeLike },
  { weight: 2, arbitrary: realDates },
  { weight: 1, arbitrary: fieldValue },
  {
    weight: 1,
    arbitrary: fc.anything({
      key: fc.oneof(
        pick(OBJECT_WORDS),
        pick(["calendar", "year", "month", "day", "isLuxonDateTime"]),
        fc.string(),
      ),
      withBigInt: true,
      withBoxedValues: true,
      withDate: true,
      withMap: true,
      withSet: true,
      withNullPrototype: true,
      withTypedArray: true,
      withSparseArray: true,
      withUnicodeString: true,
      maxDepth: 2,
    }),
  },
);
