import { describe, expect, it } from "vitest";
import { LEAN_NOTE, unreadNote } from "../../build/leanUnreadNote.js";
import {
  hungarianDayWordsExtractor as dayWordsStandIn,
  hungarianMonthFirstExtractor as standIn,
} from "../../build/noOtherLanguages.js";
import { hungarianDayWordsExtractor } from "../../src/read/extractors/hungarianDayWords.js";
import { hungarianMonthFirstExtractor } from "../../src/read/extractors/hungarianMonthFirst.js";
import { unreadNote as fullNote } from "../../src/read/unreadNote.js";

// The lean browser build's stand-ins (tsup.config.ts, englishHebrewOnly); test/browserBundle.test.ts
// checks the built entries.

describe("the lean build's stand-ins", () => {
  it("for the Hungarian reader: its name, and nothing found", () => {
    expect(standIn.name).toBe(hungarianMonthFirstExtractor.name);
    expect(hungarianMonthFirstExtractor.extract("Szeptember 15-én", {}).length).toBe(1);
    expect(standIn.extract("Szeptember 15-én", {})).toEqual([]);
    expect(dayWordsStandIn.name).toBe(hungarianDayWordsExtractor.name);
    expect(hungarianDayWordsExtractor.extract("Kiszlév hó hetedikén", {}).length).toBe(1);
    expect(dayWordsStandIn.extract("Kiszlév hó hetedikén", {})).toEqual([]);
  });

  it("for the note on an unread text: only where the text has letters", () => {
    expect(unreadNote("22 juillet 2018")).toBe(LEAN_NOTE);
    expect(unreadNote("22 июля")).toBe(LEAN_NOTE);
    expect(unreadNote("2018-13-45")).toBe("");
    expect(LEAN_NOTE).toContain("hebrew-date-check/full");
    expect(fullNote("22 juillet 2018")).toBe("");
  });
});

describe("the lean build's stand-ins for the readers of named days", () => {
  it("keep each reader's and step's name, and find nothing", async () => {
    const standIns = await import("../../build/noNamedDays.js");
    const real = {
      ...(await import("../../src/read/extractors/holidayName.js")),
      ...(await import("../../src/read/extractors/parashahName.js")),
      ...(await import("../../src/read/extractors/hebrewDayWords.js")),
      ...(await import("../../src/read/extractors/gregorianDayWords.js")),
      ...(await import("../../src/read/extractors/hebrewLetterDay.js")),
      ...(await import("../../src/read/refiners/holidaySpan.js")),
      ...(await import("../../src/read/refiners/holidayYearOfPair.js")),
    };
    const readers = [
      ["holidayNameExtractor", "Purim 5787"],
      ["holidayNameHebrewExtractor", "פורים תשפ״ז"],
      ["parashahNameExtractor", "Shabbat Parashat Noach 5787"],
      ["hebrewDayWordsExtractor", "the ninth of Av 5778"],
      ["gregorianDayWordsExtractor", "the fourth of July, 2018"],
      ["gregorianDayFirstWordsExtractor", "the fourth of July, 2018"],
      ["gregorianMonthFirstWordsExtractor", "July the fourth, 2018"],
      ["hebrewLetterDayExtractor", "Gimmel Tammuz 5784"],
    ] as const;
    for (const [name, text] of readers) {
      expect(standIns[name].name).toBe(real[name].name);
      expect(
        real[name].extract(text, { numericOrder: "auto", referenceYear: 2026 }).length,
        text,
      ).toBeGreaterThan(0);
      expect(standIns[name].extract(text, { numericOrder: "auto", referenceYear: 2026 })).toEqual([]);
    }
    expect(standIns.holidaySpan.name).toBe(real.holidaySpan.name);
    expect(standIns.holidayYearOfPair.name).toBe(real.holidayYearOfPair.name);
    // With no holiday mention there is nothing for them to change.
    const context = { mentions: [], partners: [] } as never;
    expect(standIns.holidaySpan.refine(context)).toBeUndefined();
    expect(standIns.holidayYearOfPair.refine(context)).toBeUndefined();
    expect(standIns.isOrdinalWord("ninth")).toBe(false);
    expect(standIns.LETTER_NAME_SPELLINGS).toEqual([]);
    // The stretches of the days in words: none, and no letter-named day's first letters.
    const { wordRegions, LETTER_DAY_FIRSTS } = await import("../../src/read/wordRegions.js");
    expect(wordRegions("see the ninth of Av", [])).toEqual([[0, 19]]);
    expect(standIns.wordRegions("see the ninth of Av", [])).toEqual([]);
    expect(LETTER_DAY_FIRSTS.size).toBeGreaterThan(0);
    expect(standIns.LETTER_DAY_FIRSTS.size).toBe(0);
    const { monthWordsIn } = await import("../../src/read/monthWordsIn.js");
    expect(monthWordsIn("the ninth of Av and the fourth of July, 2018")).toEqual({
      hebrew: true,
      gregorian: true,
      gregorianAndDigit: true,
    });
    expect(standIns.monthWordsIn("the ninth of Av")).toEqual({
      hebrew: false,
      gregorian: false,
      gregorianAndDigit: false,
    });
  });

  it("say so if a holiday's calendar is ever asked for, which only a holiday mention can do", async () => {
    const standIns = await import("../../build/noNamedDays.js");
    for (const call of [
      standIns.settleHoliday,
      standIns.holidayYearNear,
      standIns.holidayYearInCivilYear,
      standIns.holidayDayNumbers,
      standIns.preferPartnersDay,
    ])
      expect(() => call()).toThrow(/no holiday names/);
  });
});

describe("the lean build's stand-ins for the speed gates", () => {
  it("let every reader run everywhere: a month may stand anywhere, the Hebrew stretch is the whole text", async () => {
    const standIns = await import("../../build/noSpeedGates.js");
    const gates = await import("../../src/read/monthNearDay.js");
    const { hebrewStretch } = await import("../../src/read/hebrewStretch.js");
    // Where the real gates rule a reader out, the stand-ins let it run (it then finds nothing there).
    expect(gates.gregorianMonthAt("on 3 x", 3)).toBe(false);
    expect(standIns.gregorianMonthAt("on 3 x", 3)).toBe(true);
    expect(gates.hebrewMonthNearDay("page 10 of 12", [5, 7], 0)).toBe(false);
    expect(standIns.hebrewMonthNearDay("page 10 of 12", [5, 7], 0)).toBe(true);
    expect(gates.gregorianMonthNearDay("page 10 of 12", [5, 7], 0)).toBe(false);
    expect(standIns.gregorianMonthNearDay("page 10 of 12", [5, 7], 0)).toBe(true);
    const page = `${"x ".repeat(400)}י׳ באב תשע״ח`;
    expect(hebrewStretch(page)![0]).toBeGreaterThan(0);
    expect(standIns.hebrewStretch(page)).toEqual([0, page.length]);
    expect(standIns.hebrewStretch("no Hebrew here")).toBeUndefined();
  });
});
