import { describe, expect, it } from "vitest";
import { hebrewLatinExtractor } from "../../../src/read/extractors/hebrewLatin.js";
import { LEXICON, PLAIN_ADAR } from "../../../src/read/lexicon.js";
import type { StatedFields } from "../../../src/read/mention.js";
import { selectCandidates } from "../../../src/read/refiners/selectCandidates.js";

function extract(text: string) {
  return hebrewLatinExtractor.extract(text, {});
}

/**
 * The one reading of a text, as [the text it spans, what it states]. The extractor may offer
 * overlapping readings ("Adar 2 5779" is also month-first "Adar 2"); the pipeline keeps the longest.
 */
function readOne(text: string): [string, StatedFields] {
  const candidates = selectCandidates(extract(text));
  expect(candidates, `candidates in ${JSON.stringify(text)}`).toHaveLength(1);
  const candidate = candidates[0]!;
  expect(candidate.calendar).toBe("hebrew");
  expect(candidate.extractor).toBe("hebrew-latin");
  return [text.slice(candidate.start, candidate.end), candidate.stated];
}

const AV_5778 = { day: 10, month: 5, year: 5778 };

// [text, the mention exactly as it stands in the text, what it states]. The dates with a year are
// checked against ICU in parseDates.test.ts; here only the reading of the words is checked.
const CASES: Array<[string, string, StatedFields]> = [
  // The seed page's masthead (examples/seed-page.txt).
  ["Sunday, July 22nd | 10 Av 5778", "10 Av 5778", AV_5778],
  ["10 Av 5778", "10 Av 5778", AV_5778],
  ["Av 10, 5778", "Av 10, 5778", AV_5778],
  ["10th of Av, 5778", "10th of Av, 5778", AV_5778],
  ["the 10th day of Av 5778", "the 10th day of Av 5778", AV_5778],
  ["10 AV 5778", "10 AV 5778", AV_5778],
  ["10 av 5778", "10 av 5778", AV_5778],
  ["10 Ab 5778", "10 Ab 5778", AV_5778],
  ["on 10 Av 5778.", "10 Av 5778", AV_5778],
  ["(10 Av 5778)", "10 Av 5778", AV_5778],
  ["10 Menachem-Av 5778", "10 Menachem-Av 5778", AV_5778],
  ["10 Menachem Av 5778", "10 Menachem Av 5778", AV_5778],
  ["10 Menachem - Av 5778", "10 Menachem - Av 5778", AV_5778],
  ["10 MenachemAv 5778", "10 MenachemAv 5778", AV_5778],
  ["10 Menahem Av 5778", "10 Menahem Av 5778", AV_5778],
  // A weekday before the date is stated (and is a clue to a missing year).
  ["Sunday, 10 Av 5778", "Sunday, 10 Av 5778", { ...AV_5778, weekday: 0 }],
  ["Sun. 10 Av 5778", "Sun. 10 Av 5778", { ...AV_5778, weekday: 0 }],
  ["Sunday the 10th of Av", "Sunday the 10th of Av", { day: 10, month: 5, weekday: 0 }],
  ["Friday, Av 15", "Friday, Av 15", { day: 15, month: 5, weekday: 5 }],
  // ...but "sun", "wed", "sat" in lower case are words.
  ["we wed 10 Av 5778", "10 Av 5778", AV_5778],
  // rabbicreditor.blogspot.com, 2014: a letter dated "4 Adar I,  5774 // February 4, 2014".
  ["4 Adar I,  5774 // February 4, 2014", "4 Adar I,  5774", { day: 4, month: 12, year: 5774 }],
  // ahavassholom.org, 2022: "my father’s yahrzeit, Adar 21, will be ..."
  ["my father’s yahrzeit, Adar 21, will", "Adar 21", { day: 21, month: PLAIN_ADAR, plainAdar: true }],
  // src/read/refiners/adjacency.ts: a letter's date and a bio's pair.
  ["13th of Shevat, 5722 … [January 18, 1962]", "13th of Shevat, 5722", { day: 13, month: 11, year: 5722 }],
  ["(1 Av 5600, 31 July 1840)", "1 Av 5600", { day: 1, month: 5, year: 5600 }],
  ["10 Sh'vat 5784", "10 Sh'vat 5784", { day: 10, month: 11, year: 5784 }],
  ["10 Sh’vat 5784", "10 Sh’vat 5784", { day: 10, month: 11, year: 5784 }],
  ["10 Ve'adar 5779", "10 Ve'adar 5779", { day: 10, month: 13, year: 5779 }],
  ["10 Ve’adar 5779", "10 Ve’adar 5779", { day: 10, month: 13, year: 5779 }],
  ["10 Ve‘Adar 5779", "10 Ve‘Adar 5779", { day: 10, month: 13, year: 5779 }],
  ["10 Mar Cheshvan 5778", "10 Mar Cheshvan 5778", { day: 10, month: 8, year: 5778 }],
  ["10 Mar-Cheshvan 5778", "10 Mar-Cheshvan 5778", { day: 10, month: 8, year: 5778 }],
  ["10 MarCheshvan 5778", "10 MarCheshvan 5778", { day: 10, month: 8, year: 5778 }],
  ["10 Mar  Cheshvan 5778", "10 Mar  Cheshvan 5778", { day: 10, month: 8, year: 5778 }],
  // Wikipedia / Encyclopaedia Judaica transliteration.
  ["10 Ḥeshvan 5778", "10 Ḥeshvan 5778", { day: 10, month: 8, year: 5778 }],
  ["10 Marḥeshvan 5778", "10 Marḥeshvan 5778", { day: 10, month: 8, year: 5778 }],
  ["10 Tevès 5778", "10 Tevès 5778", { day: 10, month: 10, year: 5778 }],
  ["10 Adar II 5779", "10 Adar II 5779", { day: 10, month: 13, year: 5779 }],
  ["10 Adar-II 5779", "10 Adar-II 5779", { day: 10, month: 13, year: 5779 }],
  ["Adar II 10, 5779", "Adar II 10, 5779", { day: 10, month: 13, year: 5779 }],
  ["10 Adar 1 5779", "10 Adar 1 5779", { day: 10, month: 12, year: 5779 }],
  ["10 Adar Rishon 5779", "10 Adar Rishon 5779", { day: 10, month: 12, year: 5779 }],
  ["14 Adar 5779", "14 Adar 5779", { day: 14, month: PLAIN_ADAR, plainAdar: true, year: 5779 }],
  ["Tishrei 1", "Tishrei 1", { day: 1, month: 7 }],
  ["the 15th of Nisan", "the 15th of Nisan", { day: 15, month: 1 }],
  ["Nisan 15th, 5784", "Nisan 15th, 5784", { day: 15, month: 1, year: 5784 }],
  // A day past the month's end is still read: validation reports it (day-out-of-range).
  ["40 Av 5778", "40 Av 5778", { day: 40, month: 5, year: 5778 }],
  // "Av" and "Ab" without a year only as a month is written, capitalized.
  ["Av 10", "Av 10", { day: 10, month: 5 }],
  ["10 Ab", "10 Ab", { day: 10, month: 5 }],
];

// Words before a number that cannot begin a month are passed over early (and offsets more than two
// words before a number are not tried): a month, a weekday or "the" beside them must still be read.
const AMONG_OTHER_WORDS: Array<[string, string[]]> = [
  ["price 10 and Av 10", ["Av 10"]],
  ["foo bar Av 10", ["Av 10"]],
  ["foo Av 10", ["Av 10"]],
  ["Sunday foo Av 10", ["Av 10"]],
  ["Sunday Av 10", ["Sunday Av 10"]],
  ["Sunday, Menachem Av 10, 5778", ["Sunday, Menachem Av 10, 5778"]],
  ["on Sunday the 10th day of Av 5778", ["Sunday the 10th day of Av 5778"]],
  ["page 3 of 10 Av 5778", ["10 Av 5778"]],
  ["room 12 Adar II 5779", ["12 Adar II 5779"]],
  ["rated 5 stars, Tishri 3", ["Tishri 3"]],
  ["Ḥeshvan 3, 5780", ["Ḥeshvan 3, 5780"]],
];

describe("hebrewLatinExtractor: real inputs", () => {
  it.each(AMONG_OTHER_WORDS)("in %j reads %j", (text, mentions) => {
    expect(selectCandidates(extract(text)).map((c) => text.slice(c.start, c.end))).toEqual(mentions);
  });

  it.each(CASES)("%s → %s", (text, mention, stated) => {
    expect(readOne(text)).toEqual([mention, stated]);
  });

  it.each([
    "Rosh Chodesh Sh’vat",
    "10 av",
    "av 10",
    "AV 12",
    "12 AB",
    "the 10th of ab",
    "AV equipment 10",
    "I have 10 ab workouts",
    "10 Avenue",
    "Avalon 10",
    "10 Avv 5778",
    "10 Aviv 5778",
    "Nisan 5778",
    "Adar I",
    "10Av 5778",
    "110 Av",
    "Av 100",
  ])("reads nothing in %j", (text) => {
    expect(extract(text)).toEqual([]);
  });
});

/** "menachem-av" → "Menachem-Av", "sh'vat" → "Sh'vat". */
function titleCase(spelling: string): string {
  return spelling.replace(
    /(^|[\s-])(\p{L})/gu,
    (_, before: string, letter: string) => before + letter.toUpperCase(),
  );
}

// Every spelling of the lexicon, in the forms text writes it, generated from the table itself.
const SPELLINGS = Object.entries(LEXICON.hebrewMonthsLatin).flatMap(([month, spellings]) =>
  spellings.flatMap((spelling) => {
    const variants = new Set([spelling, titleCase(spelling), spelling.toUpperCase()]);
    if (spelling.includes("'")) {
      variants.add(spelling.replace(/'/g, "\u2019"));
      variants.add(titleCase(spelling).replace(/'/g, "\u2019"));
    }
    return [...variants].map((written) => [written, Number(month)] as const);
  }),
);

describe("hebrewLatinExtractor: every spelling in the lexicon", () => {
  const forms: Array<[string, (month: string) => string]> = [
    ["day first", (month) => `12 ${month} 5779`],
    ["month first", (month) => `${month} 12, 5779`],
    ["ordinal", (month) => `12th of ${month}, 5779`],
    ["the …th day of", (month) => `the 12th day of ${month} 5779`],
  ];
  for (const [form, write] of forms) {
    it.each(SPELLINGS)(`${form}: %s`, (written, month) => {
      const date = write(written);
      const expected: StatedFields = { day: 12, month, year: 5779 };
      if (month === PLAIN_ADAR) expected.plainAdar = true;
      expect(readOne(`It was ${date}.`)).toEqual([date, expected]);
    });
  }

  // Without a year, two-letter names need a capital (see noDates.test.ts): only the longer ones here.
  it.each(SPELLINGS.filter(([written]) => written.length > 2))("no year: %s 12", (written, month) => {
    const [mention, stated] = readOne(`on ${written} 12 we`);
    expect(mention).toBe(`${written} 12`);
    expect(stated.month).toBe(month);
    expect(stated.year).toBeUndefined();
  });
});
