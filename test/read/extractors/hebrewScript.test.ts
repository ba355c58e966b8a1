import { describe, expect, it } from "vitest";
import { hebrewScriptExtractor } from "../../../src/read/extractors/hebrewScript.js";
import { LEXICON, PLAIN_ADAR } from "../../../src/read/lexicon.js";
import type { StatedFields } from "../../../src/read/mention.js";
import { selectCandidates } from "../../../src/read/refiners/selectCandidates.js";

function extract(text: string) {
  return hebrewScriptExtractor.extract(text, {});
}

/** The one reading of a text (after the pipeline's overlap selection), as [its span's text, what it states]. */
function readOne(text: string): [string, StatedFields] {
  const candidates = selectCandidates(extract(text));
  expect(candidates, `candidates in ${JSON.stringify(text)}`).toHaveLength(1);
  const candidate = candidates[0]!;
  expect(candidate.calendar).toBe("hebrew");
  expect(candidate.extractor).toBe("hebrew-script");
  return [text.slice(candidate.start, candidate.end), candidate.stated];
}

const AV_5778 = { day: 10, month: 5, year: 5778 };
const RLM = "\u200f";
const LRM = "\u200e";

// [text, the mention exactly as it stands in the text, what it states]. Dates with a year are
// checked against ICU in parseDates.test.ts.
const CASES: Array<[string, string, StatedFields]> = [
  ["י׳ באב תשע״ח", "י׳ באב תשע״ח", AV_5778],
  [`י' באב ה'תשע"ח`, `י' באב ה'תשע"ח`, AV_5778],
  ["י׳ באב ה׳תשע״ח.", "י׳ באב ה׳תשע״ח", AV_5778],
  ["י’ באב תשע”ח", "י’ באב תשע”ח", AV_5778],
  ["י\\' באב תשע\\\"ח", "י\\' באב תשע\\\"ח", AV_5778],
  ["י׳ במנחם אב תשע״ח", "י׳ במנחם אב תשע״ח", AV_5778],
  ["י׳ ב-אב תשע״ח", "י׳ ב-אב תשע״ח", AV_5778],
  ["10 באב 5778", "10 באב 5778", AV_5778],
  ["נפטר 10 באב 5778 בירושלים", "10 באב 5778", AV_5778],
  [`ט"ו בשבט התשפ"ד`, `ט"ו בשבט התשפ"ד`, { day: 15, month: 11, year: 5784 }],
  [`ט''ו בשבט תשפ"ד`, `ט''ו בשבט תשפ"ד`, { day: 15, month: 11, year: 5784 }],
  ["טו בשבט תשפ״ד", "טו בשבט תשפ״ד", { day: 15, month: 11, year: 5784 }],
  ["ט״ז בשבט", "ט״ז בשבט", { day: 16, month: 11 }],
  // The gershayim typed a letter early or late: with the thousands written, still the year.
  [`י"ד אדר א' ה'תש"פד`, `י"ד אדר א' ה'תש"פד`, { day: 14, month: 12, year: 5784 }],
  [`כ"ה כסלו ה'ת"שפז`, `כ"ה כסלו ה'ת"שפז`, { day: 25, month: 9, year: 5787 }],
  // Weekdays (Sunday = 0), with or without the ב of "on".
  ["יום א׳, י׳ באב תשע״ח", "יום א׳, י׳ באב תשע״ח", { ...AV_5778, weekday: 0 }],
  ["יום א' י' באב תשע\"ח", "יום א' י' באב תשע\"ח", { ...AV_5778, weekday: 0 }],
  ["יום ראשון י׳ באב תשע״ח", "יום ראשון י׳ באב תשע״ח", { ...AV_5778, weekday: 0 }],
  ["ביום א׳, י׳ באב תשע״ח נפטר", "ביום א׳, י׳ באב תשע״ח", { ...AV_5778, weekday: 0 }],
  ["יום שבת, א׳ בתשרי תשפ״ה", "יום שבת, א׳ בתשרי תשפ״ה", { day: 1, month: 7, year: 5785, weekday: 6 }],
  ["שבת קודש א׳ בתשרי תשפ״ה", "שבת קודש א׳ בתשרי תשפ״ה", { day: 1, month: 7, year: 5785, weekday: 6 }],
  ["בשבת, ט׳ באב", "בשבת, ט׳ באב", { day: 9, month: 5, weekday: 6 }],
  // Words before the weekday that look like a day and a month ("חודש שבט") do not take it away.
  ["ראש חודש שבט, יום שני, א׳ בשבט", "יום שני, א׳ בשבט", { day: 1, month: 11, weekday: 1 }],
  // A rejected match's "year" may be the next date's day ("דראש אדר, ל׳" is no date; "ל׳ שבט" is).
  ["א׳ דראש אדר, ל׳ שבט (19.2.15)", "ל׳ שבט", { day: 30, month: 11 }],
  ["יום ה׳ באב", "ה׳ באב", { day: 5, month: 5 }],
  // Niqqud is ignored, and the span still covers it.
  ["י׳ בְּאָב תשע״ח", "י׳ בְּאָב תשע״ח", AV_5778],
  ["יוֹם א׳, י׳ בְּאָב תשע״ח", "יוֹם א׳, י׳ בְּאָב תשע״ח", { ...AV_5778, weekday: 0 }],
  [`כ"ט בחֶשְׁוָן תשפ"ד`, `כ"ט בחֶשְׁוָן תשפ"ד`, { day: 29, month: 8, year: 5784 }],
  // Bidi marks inside a date are ignored and stay inside its span.
  [`י׳ ${RLM}באב${RLM} תשע״ח`, `י׳ ${RLM}באב${RLM} תשע״ח`, AV_5778],
  [`${LRM}10 ${RLM}באב 5778 |`, `10 ${RLM}באב 5778`, AV_5778],
  // The months of a leap year.
  ["א׳ אדר א׳ תשפ״ד", "א׳ אדר א׳ תשפ״ד", { day: 1, month: 12, year: 5784 }],
  ["א׳ באדר ב׳ תשפ״ד", "א׳ באדר ב׳ תשפ״ד", { day: 1, month: 13, year: 5784 }],
  ["א' באדר ב' תשפ\"ד", "א' באדר ב' תשפ\"ד", { day: 1, month: 13, year: 5784 }],
  ["ל׳ באדר ראשון תשפ״ד", "ל׳ באדר ראשון תשפ״ד", { day: 30, month: 12, year: 5784 }],
  ["א׳ באדר שני תשפ״ד", "א׳ באדר שני תשפ״ד", { day: 1, month: 13, year: 5784 }],
  ["י״ד באדר תשפ״ד", "י״ד באדר תשפ״ד", { day: 14, month: PLAIN_ADAR, plainAdar: true, year: 5784 }],
  ["כ״ט במר חשון תשפ״ד", "כ״ט במר חשון תשפ״ד", { day: 29, month: 8, year: 5784 }],
  // A year that is not a well-formed numeral is not a year: the date ends at its month.
  ["י׳ באב תשעח׳", "י׳ באב", { day: 10, month: 5 }],
  ["י׳ באב תתשע״ח", "י׳ באב", { day: 10, month: 5 }],
  // A day past 30, in digits or a marked numeral, is read so validation can report it.
  ["31 באב 5778", "31 באב 5778", { day: 31, month: 5, year: 5778 }],
  ["ל״א באב תשע״ח", "ל״א באב תשע״ח", { day: 31, month: 5, year: 5778 }],
];

describe("hebrewScriptExtractor: real inputs", () => {
  it.each(CASES)("%s → %s", (text, mention, stated) => {
    expect(readOne(text)).toEqual([mention, stated]);
  });

  it("a date after a right-to-left mark starts after the mark", () => {
    const text = `${RLM}י׳ באב תשע״ח${RLM}`;
    const [candidate] = extract(text);
    expect(candidate?.start).toBe(1);
    // The trailing mark may or may not be inside the span; the letters are.
    expect(text.slice(candidate!.start, candidate!.end).replace(RLM, "")).toBe("י׳ באב תשע״ח");
    expect(candidate?.stated).toEqual(AV_5778);
  });

  it.each([
    "י״ה באב",
    "יה באב",
    "יו באב תשע״ח",
    "לא באב תשע״ח",
    "כל באב",
    "באב",
    "אב",
    "כ״ב",
    "י׳ אביב",
    "י׳ באבא",
    "תשע״ח",
    "ההה באב",
  ])("reads nothing in %j", (text) => {
    expect(extract(text)).toEqual([]);
  });
});

describe("hebrewScriptExtractor: what follows a date is a year only when it can be one", () => {
  it.each<[string, string, StatedFields]>([
    // The next day's numeral and the Omer's count are no years (5002, 5013).
    ["א׳ כסלו, ב׳ דראש חודש", "א׳ כסלו", { day: 1, month: 9 }],
    ["כ״ח ניסן, י״ג לעומר", "כ״ח ניסן", { day: 28, month: 1 }],
    // Two letters beginning with ת, the thousands written, or three letters are.
    ["י׳ באב ת״ש", "י׳ באב ת״ש", { day: 10, month: 5, year: 5700 }],
    ["א׳ תשרי ה׳א׳", "א׳ תשרי ה׳א׳", { day: 1, month: 7, year: 5001 }],
    ["י׳ באב תש״ח", "י׳ באב תש״ח", { day: 10, month: 5, year: 5708 }],
    // "ט״ו. שבט": the day with a full stop.
    ["ט״ו. שבט ה׳תשפ״ה", "ט״ו. שבט ה׳תשפ״ה", { day: 15, month: 11, year: 5785 }],
  ])("%s", (text, mention, stated) => {
    expect(readOne(text)).toEqual([mention, stated]);
  });
});

describe("hebrewScriptExtractor: a date in quotation marks", () => {
  // Hebrew prose quotes a date as a title or a heading; the marks are the ones a numeral's own
  // geresh and gershayim are typed with, so they are told apart by where they stand.
  it.each<[string, string, StatedFields]>([
    ["“י׳ באב תשע״ח”", "י׳ באב תשע״ח", AV_5778],
    [`"כ״ה בכסלו תשפ״ז"`, "כ״ה בכסלו תשפ״ז", { day: 25, month: 9, year: 5787 }],
    ["״ט״ו בשבט תשפ״ו״", "ט״ו בשבט תשפ״ו", { day: 15, month: 11, year: 5786 }],
    [`„י' באב ה'תשע"ח“`, `י' באב ה'תשע"ח`, AV_5778],
    ["“ג׳ בתמוז”", "ג׳ בתמוז", { day: 3, month: 4 }],
    // The year's own gershayim stays the year's: nothing after it is cut.
    [`י׳ באב תשע"ח`, `י׳ באב תשע"ח`, AV_5778],
  ])("%s", (text, mention, stated) => {
    expect(readOne(text)).toEqual([mention, stated]);
  });
});

// Every month spelling of the lexicon, with and without the ב prefix, generated from the table.
const SPELLINGS = Object.entries(LEXICON.hebrewMonthsHebrew).flatMap(([month, spellings]) =>
  spellings.map((spelling) => [spelling, Number(month)] as const),
);

describe("hebrewScriptExtractor: every month spelling in the lexicon", () => {
  const forms: Array<[string, (month: string) => string, StatedFields]> = [
    ["bare", (month) => `י״ב ${month} תשע״ט`, { day: 12, year: 5779 }],
    ["with ב", (month) => `י״ב ב${month} תשע״ט`, { day: 12, year: 5779 }],
    ["with ב and ה׳", (month) => `י״ב ב${month} ה׳תשע״ט`, { day: 12, year: 5779 }],
    ["with ב, no year", (month) => `י״ב ב${month}`, { day: 12 }],
    ["digits", (month) => `12 ב${month} 5779`, { day: 12, year: 5779 }],
  ];
  for (const [form, write, fields] of forms) {
    it.each(SPELLINGS)(`${form}: %s`, (spelling, month) => {
      const date = write(spelling);
      const expected: StatedFields = { ...fields, month };
      if (month === PLAIN_ADAR) expected.plainAdar = true;
      expect(readOne(`ביום ${date}, `)).toEqual([date, expected]);
    });
  }
});
