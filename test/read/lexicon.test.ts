import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  CANONICAL_HEBREW_MONTH,
  GREGORIAN_MONTH_PATTERN,
  gregorianMonthFromName,
  groupedAlternation,
  HEBREW_MONTH_HEBREW_ANCHOR,
  HEBREW_MONTH_HEBREW_PATTERN,
  hebrewMonthFromName,
  hebrewMonthOfWords,
  LEXICON,
  mayStartHebrewMonth,
  normalizeWord,
  PLAIN_ADAR,
  suggestGregorianMonths,
  suggestHebrewMonths,
  WEEKDAY_HEBREW_PATTERN,
  WEEKDAY_LATIN_PATTERN,
  weekdayFromName,
} from "../../src/read/lexicon.js";

type Table = Record<number, readonly string[]>;

function entries(table: Table): Array<[string, number]> {
  return Object.entries(table).flatMap(([key, spellings]) =>
    spellings.map((s) => [s, Number(key)] as [string, number]),
  );
}

/** Whether a pattern source matches the whole of a word. */
function matchesWhole(source: string, word: string, flags = "iu"): boolean {
  return new RegExp(`^(?:${source})$`, flags).test(word);
}

describe("Hebrew month names in English letters", () => {
  const all = entries(LEXICON.hebrewMonthsLatin);

  it.each(all)("%s → %i", (spelling, month) => {
    expect(hebrewMonthFromName(spelling)).toBe(month);
    expect(hebrewMonthFromName(spelling.toUpperCase())).toBe(month);
    expect(hebrewMonthFromName(spelling.replace(/'/g, "\u2019"))).toBe(month);
  });

  it("no spelling names two months", () => {
    const seen = new Map<string, number>();
    for (const [spelling, month] of all) {
      const key = normalizeWord(spelling);
      expect(seen.get(key) ?? month, key).toBe(month);
      seen.set(key, month);
    }
  });

  it("covers every month of the year, plain Adar included", () => {
    expect(new Set(all.map(([, month]) => month))).toEqual(
      new Set([PLAIN_ADAR, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13]),
    );
  });

  it.each([
    ["Menachem-Av", 5],
    ["Menachem Av", 5],
    ["MenachemAv", 5],
    ["Menachem - Av", 5],
    ["Mar-Cheshvan", 8],
    ["MarCheshvan", 8],
    ["Ḥeshvan", 8],
    ["Marḥeshvan", 8],
    ["Adar-II", 13],
    ["Adar  II", 13],
    ["Ve’adar", 13],
    ["Ve-Adar", 13],
    ["Sh’vat", 11],
    ["TEVÈS", 10],
    ["Adar", PLAIN_ADAR],
    ["Adar Aleph", 12],
    ["Adar Beis", 13],
  ])("%s → %i", (written, month) => {
    expect(hebrewMonthFromName(written)).toBe(month);
  });

  it.each(["Avv", "Adari", "Avenue", "July", "", "a", "Menachem"])("%j is no Hebrew month", (word) => {
    expect(hebrewMonthFromName(word)).toBeUndefined();
  });

  it.each(Object.entries(CANONICAL_HEBREW_MONTH))(
    "the canonical name of %i, %s, reads back",
    (month, name) => {
      expect(hebrewMonthFromName(name)).toBe(Number(month));
    },
  );
});

describe("mayStartHebrewMonth", () => {
  it("is true of every spelling, as written in any case or with accents", () => {
    for (const [spelling] of entries(LEXICON.hebrewMonthsLatin)) {
      expect(mayStartHebrewMonth(spelling), spelling).toBe(true);
      expect(mayStartHebrewMonth(spelling.toUpperCase()), spelling).toBe(true);
    }
    expect(mayStartHebrewMonth("Ḥeshvan")).toBe(true);
    expect(mayStartHebrewMonth("élan")).toBe(true);
    expect(mayStartHebrewMonth("Ḥ")).toBe(false);
  });

  it("is false of words no month begins like, ASCII or not", () => {
    for (const word of ["price", "Room", "x", "", "Zoë", "Ñu", "10"])
      expect(mayStartHebrewMonth(word), word).toBe(false);
  });
});

describe("Hebrew month names in Hebrew script", () => {
  it.each(entries(LEXICON.hebrewMonthsHebrew))("%s → %i", (spelling, month) => {
    expect(hebrewMonthFromName(spelling)).toBe(month);
    expect(matchesWhole(HEBREW_MONTH_HEBREW_PATTERN, spelling, "u")).toBe(true);
  });

  it.each([
    ["מנחם-אב", 5],
    ["מר-חשוון", 8],
    ["אדר ב׳", 13],
    ["אדר א'", 12],
  ])("%s → %i", (written, month) => {
    expect(hebrewMonthFromName(written)).toBe(month);
  });
});

describe("Gregorian months and weekdays", () => {
  it.each(entries(LEXICON.gregorianMonths))("%s → %i", (spelling, month) => {
    expect(gregorianMonthFromName(spelling)).toBe(month);
    expect(gregorianMonthFromName(`${spelling.toUpperCase()}.`)).toBe(month);
    expect(matchesWhole(GREGORIAN_MONTH_PATTERN, spelling)).toBe(true);
  });

  it.each(entries(LEXICON.weekdaysLatin))("%s → weekday %i", (spelling, weekday) => {
    expect(weekdayFromName(spelling)).toBe(weekday);
    expect(matchesWhole(WEEKDAY_LATIN_PATTERN, spelling)).toBe(true);
  });

  it.each(entries(LEXICON.weekdaysHebrew))("%s → weekday %i", (spelling, weekday) => {
    expect(weekdayFromName(spelling)).toBe(weekday);
    expect(matchesWhole(WEEKDAY_HEBREW_PATTERN, spelling, "u")).toBe(true);
  });

  it("every weekday is named in both scripts, Sunday = 0", () => {
    expect(Object.keys(LEXICON.weekdaysLatin).map(Number)).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(Object.keys(LEXICON.weekdaysHebrew).map(Number)).toEqual([0, 1, 2, 3, 4, 5, 6]);
    expect(weekdayFromName("Sunday")).toBe(new Date(Date.UTC(2018, 6, 22)).getUTCDay());
  });
});

describe("normalizeWord", () => {
  it.each([
    ["Sh’vat", "sh'vat"],
    ["Sh‘vat", "sh'vat"],
    ["Shʼvat", "sh'vat"],
    ["Ḥeshvan", "heshvan"],
    ["TEVÈS", "teves"],
    ["  Menachem   Av ", "menachem av"],
    ["Menachem-Av", "menachem av"],
    ["Adar - II", "adar ii"],
    ["Adar\u00a0II", "adar ii"],
    ["Sept.", "sept"],
    ["Dec.", "dec"],
    ["", ""],
  ])("%j → %j", (word, folded) => {
    expect(normalizeWord(word)).toBe(folded);
  });
});

describe("suggestHebrewMonths", () => {
  it.each([
    ["Avv", "Av"],
    ["Kislve", "Kislev"],
    ["Shevatt", "Sh'vat"],
    ["Tishrai", "Tishrei"],
    ["Nisann", "Nisan"],
    ["Elull", "Elul"],
  ])("%s → contains %s", (word, name) => {
    expect(suggestHebrewMonths(word)).toContain(name);
  });

  it.each(["Tishrey", "Av", "Marcheshvan", "Sh’vat", "ADAR II", "Teveth."])(
    "a known spelling, %s, needs no suggestion",
    (word) => {
      expect(suggestHebrewMonths(word)).toEqual([]);
    },
  );

  it.each(["Foo", "apples", "Sunday", "Avenue", "x", ""])("%j is near no month", (word) => {
    expect(suggestHebrewMonths(word)).toEqual([]);
  });

  it("names each month once, nearest first", () => {
    const suggestions = suggestHebrewMonths("Adarr");
    expect(suggestions[0]).toBe("Adar");
    expect(new Set(suggestions).size).toBe(suggestions.length);
  });
});

describe("suggestGregorianMonths", () => {
  it.each([
    ["Febuary", "February"],
    ["Feburary", "February"],
    ["Decmber", "December"],
    ["Septmber", "September"],
    ["Agust", "August"],
    ["Janury", "January"],
    ["Novemebr", "November"],
    ["Ocotber", "October"],
  ])("%s → contains %s", (word, name) => {
    expect(suggestGregorianMonths(word)).toContain(name);
  });

  it.each(["February", "Sept.", "DECEMBER", "Mai", "Mary", "Jane", "Marc", "apples", "Sunday", ""])(
    "%j needs no suggestion (a month already, or too short or too far to be one)",
    (word) => {
      expect(suggestGregorianMonths(word)).toEqual([]);
    },
  );

  it("suggests the month for any one letter dropped from a name of six letters or more", () => {
    const names = ["January", "February", "August", "September", "October", "November", "December"];
    fc.assert(
      fc.property(fc.constantFrom(...names), fc.nat(), (name, at) => {
        const cut = at % name.length;
        const typo = name.slice(0, cut) + name.slice(cut + 1);
        expect(suggestGregorianMonths(typo)).toContain(name);
      }),
    );
  });
});

describe("hebrewMonthOfWords", () => {
  it("reads two words when they name a month, else the first alone (the documented example)", () => {
    expect(hebrewMonthOfWords({ month: "Adar II", first: "Adar", second: "II" })?.month).toBe(13);
    expect(hebrewMonthOfWords({ month: "Av the", first: "Av", second: "the" })).toEqual({
      month: 5,
      text: "Av",
    });
    expect(hebrewMonthOfWords({ month: "apples", first: "apples" })).toBeUndefined();
  });
});

describe("groupedAlternation", () => {
  it("groups spellings by their first character (the documented example)", () => {
    expect(groupedAlternation({ 1: ["ab", "ac"], 2: ["b"] })).toBe("a(?:b|c)|b(?:)");
  });

  it("finds a month name at the same offsets as the plain alternation", () => {
    const offsets = (source: string, text: string) =>
      [...text.matchAll(new RegExp(`(?:${source})(?![\\u05d0-\\u05ea])`, "gu"))].map((m) => m.index);
    const text = "ט״ו בשבט, י׳ באב, כ״ה בכסלו, א׳ באדר ב׳, ל׳ במרחשוון, בניסן, אבא, מר חשוון, שבטים";
    const grouped = offsets(HEBREW_MONTH_HEBREW_ANCHOR, text);
    expect(grouped.length).toBeGreaterThan(6);
    expect(grouped).toEqual(offsets(HEBREW_MONTH_HEBREW_PATTERN, text));
  });
});
