import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  holidayNameExtractor,
  holidayNameHebrewExtractor,
  holidayScanWork,
} from "../../../src/read/extractors/holidayName.js";
import { HOLIDAY_NAMES_HEBREW, HOLIDAY_NAMES_LATIN } from "../../../src/read/lexicon/holidays.js";
import { PLAIN_ADAR } from "../../../src/read/lexicon.js";
import type { Candidate, StatedFields } from "../../../src/read/mention.js";

function extract(text: string): Candidate[] {
  return /[\u05d0-\u05ea]/.test(text)
    ? holidayNameHebrewExtractor.extract(text, {})
    : holidayNameExtractor.extract(text, {});
}

/** [the span's text, what it states] of each candidate. */
function read(text: string): Array<[string, StatedFields]> {
  return extract(text).map((candidate) => [text.slice(candidate.start, candidate.end), candidate.stated]);
}

// Phrasings as pages write them (seen on synagogue calendars, almanacs and news pages, reworded).
const CASES: Array<[string, string, StatedFields]> = [
  ["Purim 5787", "Purim 5787", { holiday: "purim", year: 5787 }],
  ["Erev Yom Kippur 5787", "Erev Yom Kippur 5787", { holiday: "yom-kippur", holidayErev: true, year: 5787 }],
  ["Pesach 2027", "Pesach 2027", { holiday: "pesach", civilYear: 2027 }],
  // Portuguese spellings of Chanukah.
  ["O Chanucá de 2027 começa", "Chanucá", { holiday: "chanukah" }],
  ["Hanuká 5788", "Hanuká 5788", { holiday: "chanukah", year: 5788 }],
  [
    "Erev Pesach 2027 falls on a Wednesday",
    "Erev Pesach 2027",
    { holiday: "pesach", holidayErev: true, civilYear: 2027 },
  ],
  [
    "On the eve of Rosh Hashanah, candles are lit",
    "the eve of Rosh Hashanah",
    { holiday: "rosh-hashanah", holidayErev: true },
  ],
  ["falls on the Eve of Shavuot: Tuesday", "the Eve of Shavuot", { holiday: "shavuot", holidayErev: true }],
  ["Rosh Ha’Shanah 5786", "Rosh Ha’Shanah 5786", { holiday: "rosh-hashanah", year: 5786 }],
  ["Tisha B'Av | July 23, 2026", "Tisha B'Av", { holiday: "tisha-bav" }],
  ["Tisha B’Av 5787 begins at sundown", "Tisha B’Av 5787", { holiday: "tisha-bav", year: 5787 }],
  ["Tishah be'Av, the ninth of the month", "Tishah be'Av", { holiday: "tisha-bav" }],
  ["TISHA B'AV 5779", "TISHA B'AV 5779", { holiday: "tisha-bav", year: 5779 }],
  ["Sunday, August 11, 2019: Tisha b'Av", "Tisha b'Av", { holiday: "tisha-bav" }],
  ["Saturday, July 21 Erev Tisha B'Av", "Erev Tisha B'Av", { holiday: "tisha-bav", holidayErev: true }],
  ["Chanukah: 3 Candles", "Chanukah: 3 Candles", { holiday: "chanukah", holidayCandle: 3 }],
  [
    "light the 3rd candle of Chanukah tonight",
    "the 3rd candle of Chanukah",
    { holiday: "chanukah", holidayCandle: 3 },
  ],
  [
    "on the second night of Hanukkah 2026",
    "the second night of Hanukkah 2026",
    { holiday: "chanukah", holidayCandle: 2, civilYear: 2026 },
  ],
  ["Chanukah: 8th Day", "Chanukah: 8th Day", { holiday: "chanukah", holidayDay: 8 }],
  ["Rosh Hashanah, 1st Day", "Rosh Hashanah, 1st Day", { holiday: "rosh-hashanah", holidayDay: 1 }],
  ["Rosh Hashanah, 2d Day", "Rosh Hashanah, 2d Day", { holiday: "rosh-hashanah", holidayDay: 2 }],
  ["Roch Hachana, 2e jour", "Roch Hachana, 2e jour", { holiday: "rosh-hashanah", holidayDay: 2 }],
  ["In the Jewish Year 5765, Chanukkah begins at sunset", "Chanukkah", { holiday: "chanukah" }],
  [
    "2nd day of Rosh Hashanah 5787",
    "2nd day of Rosh Hashanah 5787",
    { holiday: "rosh-hashanah", holidayDay: 2, year: 5787 },
  ],
  ["Rosh HaShanah 5787", "Rosh HaShanah 5787", { holiday: "rosh-hashanah", year: 5787 }],
  ["Rosh Hashana II", "Rosh Hashana II", { holiday: "rosh-hashanah", holidayDay: 2 }],
  ["Pesach VII 5787", "Pesach VII 5787", { holiday: "pesach", holidayDay: 7, year: 5787 }],
  ["Passover 2027 Day 2", "Passover 2027", { holiday: "pesach", civilYear: 2027 }],
  [
    "the last days of Pesach 5787",
    "the last days of Pesach 5787",
    { holiday: "pesach", holidayPart: "last", year: 5787 },
  ],
  ["The first days of Passover", "The first days of Passover", { holiday: "pesach", holidayPart: "first" }],
  ["Passover Eve 2027", "Passover Eve 2027", { holiday: "pesach", holidayErev: true, civilYear: 2027 }],
  // A listing's eve in brackets after the name (pt, es); other words in brackets are no eve.
  ["Sexta, 2 de Outubro - Sucot (véspera)", "Sucot (véspera)", { holiday: "sukkot", holidayErev: true }],
  ["Pesaj (víspera)", "Pesaj (víspera)", { holiday: "pesach", holidayErev: true }],
  ["Sucot (festa das cabanas)", "Sucot", { holiday: "sukkot" }],
  [
    "Rosh Chodesh Tevet 5787",
    "Rosh Chodesh Tevet 5787",
    { holiday: "rosh-chodesh", holidayMonth: 10, year: 5787 },
  ],
  ["Rosh Chodesh Adar II", "Rosh Chodesh Adar II", { holiday: "rosh-chodesh", holidayMonth: 13 }],
  // Spanish and Portuguese spellings.
  ["Simjat Torá 5786", "Simjat Torá 5786", { holiday: "simchat-torah", year: 5786 }],
  ["Quarta - Dia de Jerusalém", "Dia de Jerusalém", { holiday: "yom-yerushalayim" }],
  ["Hoy es Rosh Jodesh Tevet", "Rosh Jodesh Tevet", { holiday: "rosh-chodesh", holidayMonth: 10 }],
  [
    "Rosh Chôdesh Nissan 5788",
    "Rosh Chôdesh Nissan 5788",
    { holiday: "rosh-chodesh", holidayMonth: 1, year: 5788 },
  ],
  ["Rosh Chodesh Adar", "Rosh Chodesh Adar", { holiday: "rosh-chodesh", holidayMonth: PLAIN_ADAR }],
  ["Kol Nidre 5787", "Kol Nidre 5787", { holiday: "kol-nidre", year: 5787 }],
  ["First Seder Night 5787", "First Seder Night 5787", { holiday: "first-seder", year: 5787 }],
  ["Second Seder", "Second Seder", { holiday: "second-seder" }],
  ["Shmini Atzeres and Simchas Torah", "Shmini Atzeres", { holiday: "shemini-atzeret" }],
  ["Yom Ha'atzmaut 5786", "Yom Ha'atzmaut 5786", { holiday: "yom-haatzmaut", year: 5786 }],
  ["Ta'anit Esther, 5784", "Ta'anit Esther, 5784", { holiday: "taanit-esther", year: 5784 }],
  ["Fast of Gedaliah", "Fast of Gedaliah", { holiday: "tzom-gedaliah" }],
  ["Shiva Asar B'Tammuz 5787", "Shiva Asar B'Tammuz 5787", { holiday: "tzom-tammuz", year: 5787 }],
  ["(Lag BaOmer)", "Lag BaOmer", { holiday: "lag-baomer" }],
  ["Jerusalem Day", "Jerusalem Day", { holiday: "yom-yerushalayim" }],
  ["Feast of Tabernacles", "Feast of Tabernacles", { holiday: "sukkot" }],
  ["erev Pesach", "erev Pesach", { holiday: "pesach", holidayErev: true }],
  // A weekday just before a name with its year is the holiday's stated day; without a year it is left.
  [
    "this past Saturday, Yom Kippur 5772",
    "Saturday, Yom Kippur 5772",
    { holiday: "yom-kippur", year: 5772, weekday: 6 },
  ],
  ["on Sunday, Purim", "Purim", { holiday: "purim" }],
  // In lower case a name is read when a year follows it.
  ["purim 5787", "purim 5787", { holiday: "purim", year: 5787 }],
  ["tisha b'av 5787", "tisha b'av 5787", { holiday: "tisha-bav", year: 5787 }],
  ["erev pesach 2027", "erev pesach 2027", { holiday: "pesach", holidayErev: true, civilYear: 2027 }],
  ["passover eve 2027", "passover eve 2027", { holiday: "pesach", holidayErev: true, civilYear: 2027 }],
  // Hebrew script.
  ["ערב פסח", "ערב פסח", { holiday: "pesach", holidayErev: true }],
  ["בערב פסח תשפ״ז", "בערב פסח תשפ״ז", { holiday: "pesach", holidayErev: true, year: 5787 }],
  ["ל״ג בעומר תשפ״ז", "ל״ג בעומר תשפ״ז", { holiday: "lag-baomer", year: 5787 }],
  [`ל"ג בעומר`, `ל"ג בעומר`, { holiday: "lag-baomer" }],
  ["פורים שמח", "פורים", { holiday: "purim" }],
  ["חג הפסח 5787", "הפסח 5787", { holiday: "pesach", year: 5787 }],
  [
    "ראש חודש אדר ב׳ תשפ״ז",
    "ראש חודש אדר ב׳ תשפ״ז",
    { holiday: "rosh-chodesh", holidayMonth: 13, year: 5787 },
  ],
  ["יום הזיכרון ויום העצמאות", "יום הזיכרון", { holiday: "yom-hazikaron" }],
  // "in the year" between a name and its year; a word after it that is no year is left out.
  ["נפגשנו בחנוכה בשנת תש״ח", "בחנוכה בשנת תש״ח", { holiday: "chanukah", year: 5708 }],
  ["חג שבועות שנת 1990", "שבועות שנת 1990", { holiday: "shavuot", civilYear: 1990 }],
  ["בפורים בשנת הבצורת", "בפורים", { holiday: "purim" }],
  ["תשעה באב ה׳תשפ״ז", "תשעה באב ה׳תשפ״ז", { holiday: "tisha-bav", year: 5787 }],
  ["פֶּסַח", "פֶּסַח", { holiday: "pesach" }],
  // Other languages (zeraim.it, beitkrakow.org, allanshere.com, aci-caen.org, aci65.blogspot.com).
  ["sarà Rosh ha Shanà, il Capodanno", "Rosh ha Shanà", { holiday: "rosh-hashanah" }],
  ["с наступлением Рош ха-Шана вечером", "Рош ха-Шана", { holiday: "rosh-hashanah" }],
  ["Tikkun Leil Szawuot 5781/2021", "Szawuot 5781", { holiday: "shavuot", year: 5781 }],
  ["Das Passahfest 2007 beginnt", "Passahfest 2007", { holiday: "pesach", civilYear: 2007 }],
  [
    "24-25 DECEMBRE : ROCH 'HODECH TEVETH",
    "ROCH 'HODECH TEVETH",
    { holiday: "rosh-chodesh", holidayMonth: 10 },
  ],
  ["Roch 'Hodech Tévèt aura lieu", "Roch 'Hodech Tévèt", { holiday: "rosh-chodesh", holidayMonth: 10 }],
  // Names in Cyrillic (in their cases), Greek, and the other languages' own words (pages of the
  // batch 2026-12-01f, reworded around the names).
  ["празднование Песаха начнется в среду", "Песаха", { holiday: "pesach" }],
  ["иудеи отмечают Хануку", "Хануку", { holiday: "chanukah" }],
  ["свято – Песах.", "Песах", { holiday: "pesach" }],
  ["ξεκινά ο εορτασμός του Πέσαχ", "Πέσαχ", { holiday: "pesach" }],
  ["Pêssach começa ao pôr do sol", "Pêssach", { holiday: "pesach" }],
  ["Der Versöhnungstag beginnt am Freitagabend", "Versöhnungstag", { holiday: "yom-kippur" }],
  ["Este año el Día del Perdón comienza", "Día del Perdón", { holiday: "yom-kippur" }],
  ["Érev Tishá BeAv comienza", "Érev Tishá BeAv", { holiday: "tisha-bav", holidayErev: true }],
  ["el ayuno de Tish’a BeAb comenzará", "Tish’a BeAb", { holiday: "tisha-bav" }],
  ["celebrano Rosh Hashanah, il Capodanno ebraico", "Rosh Hashanah", { holiday: "rosh-hashanah" }],
  ["il Capodanno ebraico 5784", "Capodanno ebraico 5784", { holiday: "rosh-hashanah", year: 5784 }],
  ["dauert Sukkot, das Laubhüttenfest, acht Tage", "Sukkot", { holiday: "sukkot" }],
  ["ELŐTTÜNK Chanuka december 6", "Chanuka", { holiday: "chanukah" }],
  ["цьогоріч Рош га-Шана відзначатимуть", "Рош га-Шана", { holiday: "rosh-hashanah" }],
  [
    "Rosh Hhodesh Tevet 5782",
    "Rosh Hhodesh Tevet 5782",
    { holiday: "rosh-chodesh", holidayMonth: 10, year: 5782 },
  ],
];

describe("holidayNameExtractor: real phrasings", () => {
  it.each(CASES)("%s", (text, span, stated) => {
    const found = read(text);
    expect(found[0]).toEqual([span, stated]);
  });

  it("takes a year on the next line only when it ends that line (a row's year is the row's)", () => {
    expect(read("Chanukah\n5787\n")[0]).toEqual(["Chanukah\n5787", { holiday: "chanukah", year: 5787 }]);
    expect(read("Lag BaOmer\n2022 19 May Thu Lag BaOmer")[0]).toEqual([
      "Lag BaOmer",
      { holiday: "lag-baomer" },
    ]);
    expect(read("Lag BaOmer 2022 19 May")[0]).toEqual([
      "Lag BaOmer 2022",
      { holiday: "lag-baomer", civilYear: 2022 },
    ]);
  });

  it("reads two names of one line, in order", () => {
    expect(read("Yom HaZikaron and Yom HaAtzmaut 5787").map(([, stated]) => stated.holiday)).toEqual([
      "yom-hazikaron",
      "yom-haatzmaut",
    ]);
  });

  it("takes a year across one line break, not across a blank line (the next paragraph's)", () => {
    expect(read("Purim\n5787")).toEqual([["Purim\n5787", { holiday: "purim", year: 5787 }]]);
    // (The row's year under it stands for that year's holiday: holidayRows.ts.)
    expect(read("Yom Kipur\n\n2017: 30 de setembro")).toEqual([
      ["Yom Kipur", { holiday: "yom-kippur" }],
      ["2017", { holiday: "yom-kippur", civilYear: 2017 }],
    ]);
  });

  it("leaves the next line's year to its row when more of the row follows it", () => {
    expect(read("2019 23 May Thu Lag BaOmer\n2018 3 May Thu Lag BaOmer")).toEqual([
      ["Lag BaOmer", { holiday: "lag-baomer" }],
      ["Lag BaOmer", { holiday: "lag-baomer" }],
    ]);
    expect(read("Lag BaOmer\n2019 \nnext")).toEqual([
      ["Lag BaOmer\n2019", { holiday: "lag-baomer", civilYear: 2019 }],
    ]);
  });

  it("leaves a number after a name that is no year out of the span", () => {
    expect(read("Purim 12345")).toEqual([["Purim", { holiday: "purim" }]]);
    expect(read("פורים תשעתשעתשע״ט")).toEqual([["פורים", { holiday: "purim" }]]);
  });
});

// Inputs that hold no holiday name.
const NOTHING: string[] = [
  "Purimspiel 2027",
  "a Purimish mood",
  "the pesachdik kitchen",
  "Pesachim 2027",
  "Tuesday, Yomtov",
  "pesach", // lower case and no year
  "Israel", // the first word of a name, alone
  "Fast of the Firstborn",
  "Tisha",
  "Rosh Chodesh Avalon",
  "the third night of Purim",
  "on the eve of the war",
  "Песахов", // a case ending the table does not list is another word
  "Ханукальный светильник",
  "Versöhnungstage des Jahres",
  "סוכותיים",
  "לפסחא",
  "ראש חודש",
  "",
];

describe("holidayNameExtractor: inputs that must yield nothing", () => {
  it.each(NOTHING)("%j", (text) => {
    expect(read(text)).toEqual([]);
  });
});

describe("holidayNameExtractor: every spelling of the lexicon", () => {
  const latin = Object.entries(HOLIDAY_NAMES_LATIN).flatMap(([key, spellings]) =>
    spellings.map((spelling) => [key, spelling] as const),
  );
  const hebrew = Object.entries(HOLIDAY_NAMES_HEBREW)
    .filter(([key]) => key !== "rosh-chodesh")
    .flatMap(([key, spellings]) => spellings.map((spelling) => [key, spelling] as const));
  const capitalized = (spelling: string, style: number): string =>
    style === 0
      ? spelling.replace(/(^|[\s-])(\p{L})/gu, (_, space, letter) => space + letter.toUpperCase())
      : style === 1
        ? spelling.toUpperCase()
        : spelling[0]!.toUpperCase() + spelling.slice(1);

  it("reads each English-letter spelling back to its key, capitalized any way, with or without a year", () => {
    const rows = latin.filter(([key]) => key !== "rosh-chodesh");
    fc.assert(
      fc.property(
        fc.constantFrom(...rows),
        fc.integer({ min: 0, max: 2 }),
        fc.option(fc.integer({ min: 5700, max: 5800 }), { nil: undefined }),
        ([key, spelling], style, year) => {
          const text = `on ${capitalized(spelling, style)}${year === undefined ? "" : ` ${year}`}.`;
          const found = read(text);
          expect(found).toHaveLength(1);
          expect(found[0]![1].holiday).toBe(key);
          expect(found[0]![1].year).toBe(year);
        },
      ),
      { numRuns: 400 },
    );
  });

  it("reads each spelling in lower case when a year follows", () => {
    for (const [key, spelling] of latin.filter(([k]) => k !== "rosh-chodesh")) {
      expect(
        read(`${spelling} 5787`).map(([, stated]) => stated),
        spelling,
      ).toEqual([{ holiday: key, year: 5787 }]);
    }
  });

  it("reads each Hebrew spelling back to its key, with a prefix letter or ערב and a year", () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...hebrew),
        fc.constantFrom("", "ב", "ו", "ל", "ערב ", "בערב "),
        fc.constantFrom("", " תשפ״ז", " 5787"),
        ([key, spelling], prefix, year) => {
          const found = read(`היום ${prefix}${spelling}${year}.`);
          expect(found).toHaveLength(1);
          expect(found[0]![1].holiday).toBe(key);
          expect(found[0]![1].holidayErev === true).toBe(prefix.includes("ערב"));
          expect(found[0]![1].year).toBe(year === "" ? undefined : 5787);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe("holidayNameExtractor: work is bounded by the text", () => {
  // Counted, not timed: the sticky pattern is tried a bounded number of times per anchor, and the
  // anchors are words the scan finds once each.
  const inputs = [
    "Erev Erev Erev Erev ",
    "the first day of the first day of ",
    "Purim Purim Pesach ",
    "Yom Yom Rosh Rosh ",
    "pesach 2027 pesach 2027 ",
    "Tisha Tisha b'av 5787 ",
    "Israel Jerusalem Fast Tu ",
  ];
  it.each(inputs)("%j repeated", (unit) => {
    const counts = [100, 1000].map((times) => {
      holidayNameExtractor.extract(unit.repeat(times), {});
      return { ...holidayScanWork };
    });
    const [small, large] = counts as [typeof holidayScanWork, typeof holidayScanWork];
    expect(large.anchors).toBeLessThanOrEqual(10 * small.anchors + 10);
    expect(large.attempts).toBeLessThanOrEqual(10 * small.attempts + 10);
    // At most one anchor per word, and a bounded number of tries per anchor.
    const words = unit.trim().split(/\s+/).length * 1000;
    expect(large.anchors).toBeLessThanOrEqual(words);
    expect(large.attempts).toBeLessThanOrEqual(12 * words);
  });
});
