import { describe, expect, it } from "vitest";
import { hungarianDayWordsExtractor } from "../../../src/read/extractors/hungarianDayWords.js";
import type { StatedFields } from "../../../src/read/mention.js";
import { parseDates } from "../../../src/read/parseDates.js";

function extract(text: string) {
  return hungarianDayWordsExtractor.extract(text, {});
}

// [text, the mention exactly as it stands, what it states]
const CASES: Array<[string, string, StatedFields]> = [
  // The ordinal with the possessive and a case ending (magyarzsido.hu, zsido.hu, or-zse.hu, reworded).
  ["az elöljáró Kiszlév hó hetedikén halt meg", "Kiszlév hó hetedikén", { month: 9, day: 7 }],
  ["ünnepeljük ádár hónap hetedikét", "ádár hónap hetedikét", { month: 0, day: 7, plainAdar: true }],
  ["niszán hónap tizenötödikétől tart", "niszán hónap tizenötödikétől", { month: 1, day: 15 }],
  ["Tisri hó elsején", "Tisri hó elsején", { month: 7, day: 1 }],
  ["Elul huszonkettedikéig", "Elul huszonkettedikéig", { month: 6, day: 22 }],
  ["Sebát harmincadika", "Sebát harmincadika", { month: 11, day: 30 }],
  // The bare ordinal and the word "day" (mizbtszentendre.hu, reworded).
  [
    "Tisri hónapjának a tizenötödik napjától",
    "Tisri hónapjának a tizenötödik napjától",
    { month: 7, day: 15 },
  ],
  // A civil month takes the same forms.
  ["március tizenötödikén", "március tizenötödikén", { month: 3, day: 15 }],
];

describe("hungarianDayWordsExtractor: a day in Hungarian ordinal words after its month", () => {
  it.each(CASES)("%j", (text, span, stated) => {
    const found = extract(text);
    expect(found).toHaveLength(1);
    expect(text.slice(found[0]!.start, found[0]!.end)).toBe(span);
    expect(found[0]!.stated).toEqual(stated);
  });

  it.each([
    // An ordinal without the day's endings is no day: "the seventh chapter", "the fifth book".
    "Kiszlév hetedik fejezete",
    "a hetedik könyv",
    // A word that is no month before the day's form.
    "a lány hetedikét ünnepli",
    // No day above 31.
    "Tisri harmincnegyedikén",
    "nothing here at all",
  ])("reads nothing in %j", (text) => {
    expect(extract(text)).toEqual([]);
  });

  it("gives a page's reading the Hebrew date", () => {
    const reading = parseDates("A tábla szerint Kiszlév hó hetedikén, 5658-ban hunyt el.", {
      reference: "2026-12-01",
    });
    expect(reading.mentions.map((mention) => mention.extractor)).toContain("hungarian-day-words");
  });

  // On a page it is read where holiday names are, near a date written with numbers: a day with no
  // partner to check stays unread, and prose without digits is not searched for it at all.
  it("reads a page's ordinal day only near a date with numbers", () => {
    const far = `Kiszlév hó hetedikén halt meg. ${"A közösség sokat dolgozott érte. ".repeat(6)}1897. december 1.`;
    const near = "Kiszlév hó hetedikén halt meg (1897. december 1.).";
    const extractors = (text: string) =>
      parseDates(text, { reference: "2026-12-01" }).mentions.map((mention) => mention.extractor);
    expect(extractors(far)).not.toContain("hungarian-day-words");
    expect(extractors(near)).toContain("hungarian-day-words");
  });
});
