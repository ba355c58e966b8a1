import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  EVENINGS_CIVIL,
  WEEKDAYS_HEBREW_MORE,
  WEEKDAYS_TRANSLITERATED,
} from "../../src/read/lexicon/weekdays.js";
import { CLDR_WEEKDAYS } from "../../src/read/lexicon/weekdays.languages.generated.js";
import { WEEKDAYS_BY_HAND } from "../../src/read/lexicon/weekdays.languages.js";
import { LEXICON } from "../../src/read/lexicon.js";
import { parseDates } from "../../src/read/parseDates.js";
import {
  foldWeekday,
  mayEndWeekdayPhrase,
  readWeekdayPhrase,
  stateWeekday,
  WEEKDAY_CONFLICTS,
  WEEKDAY_PHRASES,
} from "../../src/read/weekdayWords.js";

function rows(table: Record<number, readonly string[]>): Array<[string, number]> {
  return Object.entries(table).flatMap(([weekday, spellings]) =>
    spellings.map((spelling) => [spelling, Number(weekday)] as [string, number]),
  );
}

const CLDR_ROWS: Array<[string, number, boolean]> = Object.values(CLDR_WEEKDAYS).flatMap((names) => [
  ...names.long.map((name, weekday) => [name, weekday, false] as [string, number, boolean]),
  ...names.short.map((name, weekday) => [name, weekday, true] as [string, number, boolean]),
]);

/** Every spelling of the tables with its weekday. */
const SPELLINGS: Array<[string, number]> = [
  ...rows(LEXICON.weekdaysLatin),
  ...rows(LEXICON.weekdaysHebrew),
  ...rows(WEEKDAYS_HEBREW_MORE),
  ...rows(WEEKDAYS_TRANSLITERATED),
  ...rows(EVENINGS_CIVIL),
  ...rows(WEEKDAYS_BY_HAND),
  ...CLDR_ROWS.map(([name, weekday]) => [name, weekday] as [string, number]),
];

describe("foldWeekday", () => {
  it.each([
    ["Miércoles", "miercoles"],
    ["ΚΥΡΙΑΚΉ", "κυριακη"],
    ["Σάββατο", "σαββατο"],
    ["пʼятниця", "п'ятниця"],
    ["Yom  Sh’lishi", "yom sh'lishi"],
    ["ש״ק", "שק"],
    ['ש"ק', "שק"],
    ["יום א׳", "יום א'"],
    ["פֿרײַטיק", "פרײטיק"],
    ["segunda-feira", "segunda feira"],
    ["dim.", "dim"],
  ])("%j → %j", (phrase, folded) => {
    expect(foldWeekday(phrase)).toBe(folded);
  });
});

describe("the weekday lexicon", () => {
  it("has no spelling that two weekdays share", () => {
    expect(WEEKDAY_CONFLICTS).toEqual([]);
  });

  it.each(SPELLINGS)("%j → weekday %i", (spelling, weekday) => {
    expect(readWeekdayPhrase(spelling, true)?.weekday).toBe(weekday);
  });

  it.each(CLDR_ROWS.filter(([name]) => WEEKDAY_PHRASES.get(foldWeekday(name))?.needsMark))(
    "CLDR's short %j counts only with a mark after it",
    (name, weekday) => {
      expect(readWeekdayPhrase(name.replace(/\.$/, ""), false)).toBeUndefined();
      expect(readWeekdayPhrase(name, true)?.weekday).toBe(weekday);
    },
  );

  it.each<[string, number]>([
    ["Segunda", 1],
    ["terça", 2],
    ["Quarta", 3],
    ["quinta", 4],
    ["Sexta", 5],
  ])("Portuguese %j without its '-feira' counts only with a mark after it", (name, weekday) => {
    expect(readWeekdayPhrase(name, false)).toBeUndefined();
    expect(readWeekdayPhrase(name, true)?.weekday).toBe(weekday);
  });

  it.each([
    ["Friday night", { weekday: 5, evening: true, weekdayNames: "civil" }],
    ["thursday evening", { weekday: 4, evening: true, weekdayNames: "civil" }],
    ["Saturday eve", { weekday: 6, evening: true, weekdayNames: "civil" }],
    ["Thursday after nightfall", { weekday: 4, evening: true, weekdayNames: "civil" }],
    ["Motzei Shabbos", { weekday: 6, evening: true, weekdayNames: "civil" }],
    ["Motza’sh", { weekday: 6, evening: true, weekdayNames: "civil" }],
    ["מוצ״ש", { weekday: 6, evening: true, weekdayNames: "civil" }],
    ["ליל שבת", { weekday: 6, evening: true, weekdayNames: "hebrew-day" }],
    ["ליל ו׳", { weekday: 5, evening: true, weekdayNames: "hebrew-day" }],
    ["אור ליום ה׳", { weekday: 4, evening: true, weekdayNames: "hebrew-day" }],
    ["Leil Shabbos", { weekday: 6, evening: true, weekdayNames: "hebrew-day" }],
    ["ערב שבת", { weekday: 5 }],
    ["Erev Shabbos", { weekday: 5 }],
  ])("%j is %o", (phrase, word) => {
    expect(readWeekdayPhrase(phrase, false)).toEqual(word);
  });

  it.each(["ליל ערב שבת", "Erev Shabbos night", "the fifth day", "Shabbat Shalom", "Sundays"])(
    "%j is no weekday",
    (phrase) => {
      expect(readWeekdayPhrase(phrase, true)).toBeUndefined();
    },
  );

  it("stateWeekday records an evening and which day it names", () => {
    expect(stateWeekday({}, { weekday: 5, evening: true, weekdayNames: "civil" })).toEqual({
      weekday: 5,
      evening: true,
      weekdayNames: "civil",
    });
    expect(stateWeekday({ day: 1 }, { weekday: 0 })).toEqual({ day: 1, weekday: 0 });
  });

  it("a word that ends no phrase is ruled out before any phrase is looked up", () => {
    expect(mayEndWeekdayPhrase("night")).toBe(true);
    expect(mayEndWeekdayPhrase("SHABBOS")).toBe(true);
    expect(mayEndWeekdayPhrase("ΚΥΡΙΑΚΉ")).toBe(true);
    expect(mayEndWeekdayPhrase("on")).toBe(false);
    expect(mayEndWeekdayPhrase("נפטר")).toBe(false);
  });
});

/** A spelling as a page may case it: as written, lower, upper, or each word capitalized. */
function cased(spelling: string, casing: number): string {
  if (casing === 1) return spelling.toLowerCase();
  if (casing === 2) return spelling.toUpperCase();
  if (casing === 3)
    return spelling.replace(/(^|\s)(\p{L})/gu, (_all, space, letter) => space + letter.toUpperCase());
  return spelling;
}

describe("the bare Hebrew ordinals and the named Shabbatot", () => {
  it("reads a bare ordinal only as a line of its own", () => {
    expect(readWeekdayPhrase("רביעי", false)).toBeUndefined();
    expect(readWeekdayPhrase("רביעי", true)).toBeUndefined();
    expect(readWeekdayPhrase("רביעי", false, true)?.weekday).toBe(3);
    // With יום it is a weekday anywhere.
    expect(readWeekdayPhrase("יום רביעי", false)?.weekday).toBe(3);
  });
  it("reads a named Shabbat in English letters as Saturday, not in Hebrew script", () => {
    expect(readWeekdayPhrase("Shabbat Shuva", false)?.weekday).toBe(6);
    expect(readWeekdayPhrase("Shabbos HaGadol", false)?.weekday).toBe(6);
    expect(readWeekdayPhrase("שבת פרה", false)).toBeUndefined();
  });
});

describe("property: every spelling, in any case, reads back to its weekday before a date", () => {
  it('in a whole reading ("<spelling>, 22.07.2018")', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...SPELLINGS),
        fc.integer({ min: 0, max: 3 }),
        ([spelling, weekday], casing) => {
          // Lower-case sun/sat/wed are English words, not weekdays.
          fc.pre(!["sun", "sat", "wed"].includes(cased(spelling, casing)));
          const written = cased(spelling, casing).replace(/\.$/, "");
          const text = `${written}, 22.07.2018`;
          const mention = parseDates(text, { reference: "2026-11-24", numericOrder: "dmy" }).mentions[0];
          expect(mention?.stated.weekday, text).toBe(weekday);
          expect(mention?.start, text).toBe(0);
        },
      ),
      { numRuns: 400 },
    );
  });
});
