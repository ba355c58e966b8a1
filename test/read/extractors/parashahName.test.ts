import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parashahNameExtractor, parashahScanWork } from "../../../src/read/extractors/parashahName.js";
import {
  DOUBLED_PORTIONS,
  TORAH_PORTIONS_HEBREW,
  TORAH_PORTIONS_LATIN,
} from "../../../src/read/lexicon/torahPortions.js";
import type { StatedFields } from "../../../src/read/mention.js";

const OPTIONS = { numericOrder: "auto" as const, referenceYear: 2026 };

/** [the span's text, what it states] of each candidate. */
function read(text: string): Array<[string, StatedFields]> {
  return parashahNameExtractor
    .extract(text, OPTIONS)
    .map((candidate) => [text.slice(candidate.start, candidate.end), candidate.stated]);
}

const portion = (parashah: number, more: StatedFields = {}): StatedFields => ({
  holiday: "parashah",
  parashah,
  ...more,
});

// Forms of shul bulletins, yeshiva letters and Hebrew mastheads, reworded.
const CASES: Array<[string, string, StatedFields]> = [
  ["Shabbos Parshas Vayeshev 5787", "Shabbos Parshas Vayeshev 5787", portion(8, { year: 5787, weekday: 6 })],
  [
    "Shabbat Parashat Vayeshev 5787",
    "Shabbat Parashat Vayeshev 5787",
    portion(8, { year: 5787, weekday: 6 }),
  ],
  ["This week: Parshas Vayeishev.", "Parshas Vayeishev", portion(8)],
  ["Parashat Vayakhel-Pekudei", "Parashat Vayakhel-Pekudei", portion(-21)],
  ["PARSHAS MATOS - MASEI 5784", "PARSHAS MATOS - MASEI 5784", portion(-41, { year: 5784 })],
  ["Parshiyos Achrei Mos and Kedoshim", "Parshiyos Achrei Mos and Kedoshim", portion(-28)],
  ["Shabbos Parshas Noach, October 25, 2025", "Shabbos Parshas Noach", portion(1, { weekday: 6 })],
  ["Parsha: Lech Lecha\n\nOctober 24, 2026", "Parsha: Lech Lecha", portion(2)],
  [
    "Erev Shabbos Parshas Ki Seitzei 5786",
    "Erev Shabbos Parshas Ki Seitzei 5786",
    portion(48, { year: 5786, weekday: 5, parashahWeekday: 5 }),
  ],
  [
    "Sunday, Parshas Bechukosai 2026",
    "Sunday, Parshas Bechukosai 2026",
    portion(32, { civilYear: 2026, weekday: 0, parashahWeekday: 0 }),
  ],
  ["Parashas Beha'aloscha", "Parashas Beha'aloscha", portion(35)],
  ["Sedra: Va'eschanan", "Sedra: Va'eschanan", portion(44)],
  // Spellings without the apostrophes of a row: "Haazinu" is "Ha'azinu", "Shoftim" "Shof'tim".
  ["Parshas Haazinu", "Parshas Haazinu", portion(52)],
  ["Parashat Shoftim", "Parashat Shoftim", portion(47)],
  ["שבת פרשת וישב תשפ״ז", "שבת פרשת וישב תשפ״ז", portion(8, { year: 5787, weekday: 6 })],
  ["ש״ק פרשת נח", "ש״ק פרשת נח", portion(1, { weekday: 6 })],
  [
    "יום ד׳ לפרשת וישב תשפ״ז",
    "יום ד׳ לפרשת וישב תשפ״ז",
    portion(8, { year: 5787, weekday: 3, parashahWeekday: 3 }),
  ],
  ["יום ב׳ לסדר ויחי", "יום ב׳ לסדר ויחי", portion(11, { weekday: 1, parashahWeekday: 1 })],
  ["ערב שבת קודש פרשת האזינו", "ערב שבת קודש פרשת האזינו", portion(52, { weekday: 5, parashahWeekday: 5 })],
  ["שבת פרשת ויקהל-פקודי", "שבת פרשת ויקהל-פקודי", portion(-21, { weekday: 6 })],
  ["פרשת אחרי מות - קדושים ה׳תשפ״ו", "פרשת אחרי מות - קדושים ה׳תשפ״ו", portion(-28, { year: 5786 })],
  ["פָּרָשַׁת נֹחַ", "פָּרָשַׁת נֹחַ", portion(1)],
  // An evening is no day of the portion's week: it stays outside, for the weekday readers.
  ["Motzei Shabbos Parshas Noach", "Parshas Noach", portion(1)],
  // The day of the Hebrew date after the portion is no year.
  ["שבת פרשת בא, ו׳ שבט (1.2.2020)", "שבת פרשת בא", portion(14, { weekday: 6 })],
  ["פרשת מטות מסעי א' באב תשע\"ב", "פרשת מטות מסעי", portion(-41)],
  // "השבוע" ("this week") after a name is no year: a year in letters needs its gershayim.
  ["פרשת בא השבוע", "פרשת בא", portion(14)],
];

describe("parashahNameExtractor", () => {
  it.each(CASES)("%j reads %j", (text, span, stated) => {
    expect(read(text)).toEqual([[span, stated]]);
  });

  it.each([
    "We read Noach this week",
    "Bo and see",
    "a parsha sheet",
    "Parshas Noach and Lech Lecha", // two portions that are never read together
    "Parshas Vezos", // no portion
    "שבת שלום",
    "comparsha Noach",
    "מפרשת נח",
  ])("reads nothing in %j", (text) => {
    expect(read(text)).toEqual([]);
  });

  it("reads two portions of one text in order", () => {
    expect(read("Parshas Noach 5786 … Parshas Bereishis 5787").map(([span]) => span)).toEqual([
      "Parshas Noach 5786",
      "Parshas Bereishis 5787",
    ]);
  });

  it("reads every spelling back to its portion, in English letters and in Hebrew script, any case", () => {
    const rows = [
      ...Object.entries(TORAH_PORTIONS_LATIN).flatMap(([key, spellings]) =>
        spellings.map((spelling) => [Number(key), `Parshas ${spelling}`] as const),
      ),
      ...Object.entries(TORAH_PORTIONS_LATIN).flatMap(([key, spellings]) =>
        spellings.map((spelling) => [Number(key), `PARASHAT ${spelling.toUpperCase()}`] as const),
      ),
      ...Object.entries(TORAH_PORTIONS_HEBREW).flatMap(([key, spellings]) =>
        spellings.map((spelling) => [Number(key), `פרשת ${spelling}`] as const),
      ),
    ];
    fc.assert(
      fc.property(fc.constantFrom(...rows), ([key, text]) => {
        expect(read(text)).toEqual([[text, portion(key)]]);
      }),
      { numRuns: rows.length },
    );
  });

  it("reads every doubled reading from any spellings of its halves", () => {
    for (const first of DOUBLED_PORTIONS) {
      for (const a of TORAH_PORTIONS_LATIN[first]!)
        for (const b of TORAH_PORTIONS_LATIN[first + 1]!)
          expect(read(`Parashat ${a}-${b}`)).toEqual([[`Parashat ${a}-${b}`, portion(-first)]]);
      for (const a of TORAH_PORTIONS_HEBREW[first]!)
        for (const b of TORAH_PORTIONS_HEBREW[first + 1]!)
          expect(read(`פרשת ${a}-${b}`)).toEqual([[`פרשת ${a}-${b}`, portion(-first)]]);
    }
  });

  it("tries its pattern only at the words that may say 'portion', a bounded number of times", () => {
    const prose = "Compare the parts of the sedan, said Sid; parents paraded. ".repeat(200);
    read(prose);
    expect(parashahScanWork.attempts).toBe(0);
    const portions = "Parshas Noach, then Parshas Lech Lecha. ".repeat(100);
    expect(read(portions)).toHaveLength(200);
    expect(parashahScanWork.attempts).toBe(200);
  });
});
