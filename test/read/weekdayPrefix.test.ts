import { describe, expect, it } from "vitest";
import { checkDocument } from "../../src/index.js";
import { gregorianTextExtractor } from "../../src/read/extractors/gregorianText.js";
import { hebrewLatinExtractor } from "../../src/read/extractors/hebrewLatin.js";
import { hebrewScriptExtractor } from "../../src/read/extractors/hebrewScript.js";
import { numericExtractor } from "../../src/read/extractors/numeric.js";
import { unknownMonthExtractor } from "../../src/read/extractors/unknownMonth.js";
import type { Extractor, StatedFields } from "../../src/read/mention.js";
import { parseDates } from "../../src/read/parseDates.js";
import { takeWeekdayBefore, weekdayAt, weekdayBefore } from "../../src/read/weekdayPrefix.js";

// The readers' patterns begin with the date, and a weekday (or "the") before it is looked for
// behind the match (src/read/weekdayPrefix.ts). These are the readings the patterns gave when they
// began with an optional weekday themselves, recorded from that version: every one must stay.

const EXTRACTORS: Record<string, Extractor> = {
  gregorianTextExtractor,
  numericExtractor,
  hebrewLatinExtractor,
  unknownMonthExtractor,
  hebrewScriptExtractor,
};

// [text, every candidate as [the text it spans, what it states]]
const READINGS: Record<string, Array<[string, Array<[string, StatedFields]>]>> = {
  gregorianTextExtractor: [
    ["Sunday, July 22, 2018", [["Sunday, July 22, 2018", { month: 7, day: 22, year: 2018, weekday: 0 }]]],
    ["Sun. 22 Jul 2018", [["Sun. 22 Jul 2018", { month: 7, day: 22, year: 2018, weekday: 0 }]]],
    ["Thursday the 3rd of March", [["Thursday the 3rd of March", { month: 3, day: 3, weekday: 4 }]]],
    ["Thursday, the 3rd of March", [["Thursday, the 3rd of March", { month: 3, day: 3, weekday: 4 }]]],
    ["the 3rd of March", [["3rd of March", { month: 3, day: 3 }]]],
    ["sun July 22", [["July 22", { month: 7, day: 22 }]]],
    ["we wed 22 June", [["22 June", { month: 6, day: 22 }]]],
    ["Sat 22 June", [["Sat 22 June", { month: 6, day: 22, weekday: 6 }]]],
    ["Sunday\nJuly 22", [["Sunday\nJuly 22", { month: 7, day: 22, weekday: 0 }]]],
    // The weekday stands alone on its line, the date on the next non-blank one: a date widget.
    ["Sunday\n\nJuly 22", [["Sunday\n\nJuly 22", { month: 7, day: 22, weekday: 0 }]]],
    ["on Sunday\n\nJuly 22", [["July 22", { month: 7, day: 22 }]]],
    ["Sunday  \n  July 22", [["Sunday  \n  July 22", { month: 7, day: 22, weekday: 0 }]]],
    ["Sunday    July 22", [["July 22", { month: 7, day: 22 }]]],
    // A widget's bullet or bar after a weekday that begins its line, as a header's dash; not in prose.
    ["Sunday • July 22, 2018", [["Sunday • July 22, 2018", { month: 7, day: 22, year: 2018, weekday: 0 }]]],
    ["Sunday | July 22, 2018", [["Sunday | July 22, 2018", { month: 7, day: 22, year: 2018, weekday: 0 }]]],
    ["we met on Sunday | July 22, 2018", [["July 22, 2018", { month: 7, day: 22, year: 2018 }]]],
    [
      "on Wednesday, Dec.13, 2015",
      [["Wednesday, Dec.13, 2015", { month: 12, day: 13, year: 2015, weekday: 3 }]],
    ],
    [
      "July 22 Sunday July 23",
      [
        ["July 22", { month: 7, day: 22 }],
        ["Sunday July 23", { month: 7, day: 23, weekday: 0 }],
      ],
    ],
    [
      "Sunday July 22 Monday July 23",
      [
        ["Sunday July 22", { month: 7, day: 22, weekday: 0 }],
        ["Monday July 23", { month: 7, day: 23, weekday: 1 }],
      ],
    ],
    ["xSunday July 22", [["July 22", { month: 7, day: 22 }]]],
    [
      "Sunday July 22nd and Sun July 29th",
      [
        ["Sunday July 22nd", { month: 7, day: 22, weekday: 0 }],
        ["Sun July 29th", { month: 7, day: 29, weekday: 0 }],
      ],
    ],
  ],
  numericExtractor: [
    // A table's weekday cell: a Hebrew ordinal without יום, alone on the line above the date, indented
    // as a page's cells come; in a sentence the same word is "fourth", no weekday.
    ["רביעי\n30.4.2025", [["רביעי\n30.4.2025", { month: 4, day: 30, year: 2025, weekday: 3 }]]],
    ["    רביעי\n    30.4.2025", [["רביעי\n    30.4.2025", { month: 4, day: 30, year: 2025, weekday: 3 }]]],
    ["הפרק רביעי\n30.4.2025", [["30.4.2025", { month: 4, day: 30, year: 2025 }]]],
    ["רביעי 30.4.2025", [["30.4.2025", { month: 4, day: 30, year: 2025 }]]],
    ["רביעי, 30.4.2025", [["30.4.2025", { month: 4, day: 30, year: 2025 }]]],
    [
      "Thu, 10/19/2017 2:27 pm",
      [
        [
          "Thu, 10/19/2017 2:27 pm",
          { month: 10, day: 19, year: 2017, weekday: 4, time: { hour: 14, minute: 27, second: 0 } },
        ],
      ],
    ],
    ["wed 3/4/2020", [["3/4/2020", { month: 3, day: 4, year: 2020 }]]],
    ["Wed. 3/4/2020", [["Wed. 3/4/2020", { month: 3, day: 4, year: 2020, weekday: 3 }]]],
    ["Sunday\n22.11.2014", [["Sunday\n22.11.2014", { month: 11, day: 22, year: 2014, weekday: 0 }]]],
    [
      "3/4/2020 Sun 3/5/2020",
      [
        ["3/4/2020", { month: 3, day: 4, year: 2020 }],
        ["Sun 3/5/2020", { month: 3, day: 5, year: 2020, weekday: 0 }],
      ],
    ],
  ],
  hebrewLatinExtractor: [
    ["Sunday, 10 Av 5778", [["Sunday, 10 Av 5778", { day: 10, month: 5, year: 5778, weekday: 0 }]]],
    ["Sun. 10 Av 5778", [["Sun. 10 Av 5778", { day: 10, month: 5, year: 5778, weekday: 0 }]]],
    ["Sunday the 10th of Av", [["Sunday the 10th of Av", { day: 10, month: 5, weekday: 0 }]]],
    ["Sunday Av 10", [["Sunday Av 10", { day: 10, month: 5, weekday: 0 }]]],
    ["sun Av 10", [["Av 10", { day: 10, month: 5 }]]],
    ["Mon Sunday Av 10", [["Sunday Av 10", { day: 10, month: 5, weekday: 0 }]]],
    ["Sun Mon Av 10", [["Mon Av 10", { day: 10, month: 5, weekday: 1 }]]],
    ["Friday, Av 15", [["Friday, Av 15", { day: 15, month: 5, weekday: 5 }]]],
    ["the the 10 Av", [["the 10 Av", { day: 10, month: 5 }]]],
    [
      "10 Av, the 11 Av 5778",
      [
        ["10 Av", { day: 10, month: 5 }],
        ["the 11 Av 5778", { day: 11, month: 5, year: 5778 }],
      ],
    ],
    ["visit Av 10", [["Av 10", { day: 10, month: 5 }]]],
    [
      "Sunday Menachem Av 10, 5778",
      [["Sunday Menachem Av 10, 5778", { day: 10, month: 5, year: 5778, weekday: 0 }]],
    ],
  ],
  unknownMonthExtractor: [
    ["Sunday Avv 10, 5778", [["Avv 10, 5778", { day: 10, year: 5778 }]]],
    ["10 Avv 5778", [["10 Avv 5778", { day: 10, year: 5778 }]]],
    ["on Tishrie 3, 5785", [["Tishrie 3, 5785", { day: 3, year: 5785 }]]],
  ],
  hebrewScriptExtractor: [
    ["יום א׳, י׳ באב תשע״ח", [["יום א׳, י׳ באב תשע״ח", { day: 10, month: 5, year: 5778, weekday: 0 }]]],
    ["ביום א׳, י׳ באב", [["ביום א׳, י׳ באב", { day: 10, month: 5, weekday: 0 }]]],
    ["כל באב", []],
    ["שבת, ט״ו בשבט", [["שבת, ט״ו בשבט", { day: 15, month: 11, weekday: 6 }]]],
  ],
};

describe("a weekday before a date joins its mention as it did when the patterns began with it", () => {
  for (const [name, cases] of Object.entries(READINGS)) {
    it.each(cases)(`${name} reads %j`, (text, expected) => {
      const candidates = EXTRACTORS[name]!.extract(text, { referenceYear: 2024 });
      expect(candidates.map((c) => [text.slice(c.start, c.end), c.stated])).toEqual(expected);
    });
  }
});

describe("weekdays through the whole pipeline", () => {
  it("a weekday at the start of the text, and one after a line break", () => {
    const { mentions } = parseDates("Sunday, July 22nd | 10 Av 5778\nMon. 23 Jul 2018", {
      reference: "2018-08-01",
    });
    expect(mentions.map((m) => [m.text, m.weekday])).toEqual([
      ["Sunday, July 22nd", "Sunday"],
      ["10 Av 5778", undefined],
      ["Mon. 23 Jul 2018", "Monday"],
    ]);
  });

  it.each([
    ["am Montag, den 2. April 2007", "Montag, den 2. April 2007"],
    // The dative after "am" or "entspricht": "Dienstag, dem 1. Dezember".
    ["entspricht Dienstag, dem 1. Dezember 2026.", "Dienstag, dem 1. Dezember 2026"],
  ])("German writes the article between weekday and date: %j", (text, spanned) => {
    const [mention] = parseDates(text, { reference: "2026-12-01" }).mentions;
    expect([mention?.text, mention?.weekday]).toEqual([
      spanned,
      spanned.startsWith("M") ? "Monday" : "Tuesday",
    ]);
  });

  it("a weekday after 'entspricht' is judged: 1 December 2026 is a Tuesday", () => {
    const text = (weekday: string) => `Der 21. Kislew 5787 entspricht ${weekday}, dem 1. Dezember 2026.`;
    expect(checkDocument(text("Dienstag"), { reference: "2026-12-01" }).verdict).toBe("consistent");
    expect(checkDocument(text("Mittwoch"), { reference: "2026-12-01" }).verdict).toBe("inconsistent");
  });

  it.each([
    // "עד יום חמישי,ב' בטבת התשפ"ה" (a school's holiday table): the comma glued to both words.
    ["עד יום חמישי,ב' בטבת תשפ״ה", "יום חמישי,ב' בטבת תשפ״ה", "Thursday"],
    ["Thursday,November 12, 2026", "Thursday,November 12, 2026", "Thursday"],
    ["word,November 12, 2026", "November 12, 2026", undefined],
    [",November 12, 2026", "November 12, 2026", undefined],
  ])("a weekday glued to its date by a comma: %j", (text, spanned, weekday) => {
    const [mention] = parseDates(text, { reference: "2026-12-01" }).mentions;
    expect([mention?.text, mention?.weekday]).toEqual([spanned, weekday]);
  });

  it("a weekday in lower case that is an English word stays outside the mention", () => {
    const mentions = parseDates("the sun 22 June and we wed 3/4/2020", { reference: "2020-01-01" }).mentions;
    expect(mentions.map((m) => [m.text, m.weekday])).toEqual([
      ["22 June", undefined],
      ["3/4/2020", undefined],
    ]);
  });
});

describe("weekdayBefore and weekdayAt", () => {
  it("finds the weekday that ends where the date starts", () => {
    expect(weekdayBefore("on Sunday, July 22", 11, 0, false)).toEqual({
      weekday: "Sunday",
      start: 3,
      word: { weekday: 0 },
    });
    expect(weekdayBefore("Thursday the 3rd", 13, 0, true)).toMatchObject({ weekday: "Thursday", start: 0 });
    expect(weekdayBefore("Thursday the 3rd", 13, 0, false)).toBeUndefined();
  });

  it("takes no weekday that begins before the search did, or inside a word", () => {
    expect(weekdayBefore("on Sunday, July 22", 11, 4, false)).toBeUndefined();
    expect(weekdayBefore("xSunday July 22", 8, 0, false)).toBeUndefined();
    // A weekday alone on its line joins the date on the next non-blank line; in a sentence it does not.
    expect(weekdayBefore("Sunday\n\nJuly 22", 8, 0, false)).toMatchObject({ weekday: "Sunday", start: 0 });
    expect(weekdayBefore("we met on Sunday\n\nJuly 22", 18, 0, false)).toBeUndefined();
  });

  it("takes a weekday whose date follows in brackets, and nothing else before a bracket", () => {
    expect(weekdayBefore("this coming Monday (September 22)", 20, 0, false)).toMatchObject({
      weekday: "Monday",
      start: 12,
    });
    expect(weekdayBefore("Sonntag (22. September)", 9, 0, false)).toMatchObject({ start: 0 });
    expect(weekdayBefore("the note (September 22)", 10, 0, false)).toBeUndefined();
    expect(weekdayBefore("(September 22)", 1, 0, false)).toBeUndefined();
  });

  it("weekdayAt reads a weekday and the space after it", () => {
    expect(weekdayAt("Sunday, 10 Av", 0)).toEqual({ weekday: "Sunday", word: { weekday: 0 }, end: 8 });
    expect(weekdayAt("Sundays 10 Av", 0)).toBeUndefined();
  });
});

describe("takeWeekdayBefore", () => {
  it("states the weekday and gives where the mention starts (the documented example)", () => {
    const stated: StatedFields = {};
    expect(takeWeekdayBefore("on Sunday, July 22", 11, 0, stated)).toBe(3);
    expect(stated.weekday).toBe(0);
  });

  it("leaves the start and the fields alone when no weekday stands there", () => {
    const stated: StatedFields = {};
    expect(takeWeekdayBefore("on the day July 22", 11, 0, stated)).toBe(11);
    expect(stated).toEqual({});
  });
});

describe("a space before the weekday's comma", () => {
  it("takes the weekday as a page spaced it ('domingo , 25 de setembro')", () => {
    const stated: StatedFields = {};
    expect(takeWeekdayBefore("domingo , 25 de setembro de 2022", 10, 0, stated)).toBe(0);
    expect(stated.weekday).toBe(0);
  });

  it("still needs a weekday word before the comma", () => {
    const stated: StatedFields = {};
    expect(takeWeekdayBefore("word , 22 July 2018", 7, 0, stated)).toBe(7);
    expect(stated).toEqual({});
  });
});

describe("weekdayBefore: a Torah portion between the weekday and the date", () => {
  it("keeps the weekday over a portion it does not know, the date's span taking both", () => {
    const text = "Shabbat Parashat Zachor, 7 Adar";
    expect(weekdayBefore(text, text.indexOf("7"), 0, false)).toMatchObject({
      start: 0,
      word: { weekday: 6 },
    });
  });

  it("keeps the weekday over a known portion, but the date begins where it is written (the portion is a date too)", () => {
    const text = "Shabbos Parshas Noach, October 25";
    const at = text.indexOf("October");
    expect(weekdayBefore(text, at, 0, false)).toMatchObject({ start: at, word: { weekday: 6 } });
  });
});
