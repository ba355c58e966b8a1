import { describe, expect, it } from "vitest";
import { parseDates } from "../../../src/index.js";
import { hungarianMonthFirstExtractor } from "../../../src/read/extractors/hungarianMonthFirst.js";
import type { StatedFields } from "../../../src/read/mention.js";
import { expectNothingReadWithoutItsRun, holdsSomeRun } from "./runShapes.js";

function extract(text: string) {
  return hungarianMonthFirstExtractor.extract(text, {});
}

// [text, the mention exactly as it stands, what it states]
const CASES: Array<[string, string, StatedFields]> = [
  [
    "Szeptember 15-én, szerda este köszönt be",
    "Szeptember 15-én, szerda este",
    { month: 9, day: 15, weekday: 3, evening: true, weekdayNames: "civil" },
  ],
  ["Szeptember 13án, péntek", "Szeptember 13án, péntek", { month: 9, day: 13, weekday: 5 }],
  ["Szeptember 13án, a böjt", "Szeptember 13án", { month: 9, day: 13 }],
  ["b’Tevet január 10-re esik", "január 10-re", { month: 1, day: 10 }],
  ["május 1-jén", "május 1-jén", { month: 5, day: 1 }],
  ["október 20-ig tart", "október 20-ig", { month: 10, day: 20 }],
  ["a 2021. szeptember 15-én", "2021. szeptember 15-én", { year: 2021, month: 9, day: 15 }],
  ["október 01. 10.02 kedd", "október 01.", { month: 10, day: 1 }],
  ["november 3-án", "november 3-án", { month: 11, day: 3 }],
  // A Hebrew month in Hungarian; a year before it is no civil year of its own.
  ["Tisri 10-én", "Tisri 10-én", { month: 7, day: 10 }],
  ["5778. Ádár 14-én", "Ádár 14-én", { month: 0, day: 14, plainAdar: true }],
  // A weekday that opens the sentence, before the month: "on Wednesday, 17 April".
  ["Szerda, április 17-én este", "Szerda, április 17-én", { month: 4, day: 17, weekday: 3 }],
  ["hétfő április 10-én", "hétfő április 10-én", { month: 4, day: 10, weekday: 1 }],
  // "on Saturday", with its case ending.
  ["Szombaton, szeptember 16-án", "Szombaton, szeptember 16-án", { month: 9, day: 16, weekday: 6 }],
  // A bare comma is enough before a weekday: a blog's "az idén október 3, vasárnap este".
  [
    "az idén október 3, vasárnap este",
    "október 3, vasárnap este",
    { month: 10, day: 3, weekday: 0, evening: true, weekdayNames: "civil" },
  ],
];

describe("hungarianMonthFirstExtractor", () => {
  it.each(CASES)("reads %j", (text, span, stated) => {
    const [found, ...rest] = extract(text);
    expect(rest).toEqual([]);
    expect(text.slice(found!.start, found!.end)).toBe(span);
    expect(found!.stated).toEqual(stated);
  });

  it("leaves the weekday after a date to that date, not to the next one", () => {
    const found = extract("május 3., kedd, május 4.");
    expect(found.map((c) => c.stated)).toEqual([
      { month: 5, day: 3, weekday: 2 },
      { month: 5, day: 4 },
    ]);
  });

  it.each([
    "in May 3. people",
    "May 3. was a Sunday",
    "10 people 15-én",
    "xszeptember 15-én",
    "szept. 15-én",
    "szeptember 15",
    "szeptember 15.5",
    "15-én",
    // A comma without a weekday after it, and an English month's comma (the English readers' date).
    "szeptember 15, a böjt",
    "May 3, Sunday",
  ])("reads nothing in %j", (text) => {
    expect(extract(text)).toEqual([]);
  });

  it("leaves an English month with a period to the English readers", () => {
    const mentions = parseDates("on May 3. Then", { reference: "2026-12-01" }).mentions;
    expect(mentions.map((m) => m.extractor)).toEqual(["gregorian-text"]);
  });
});

describe("hungarianMonthFirstExtractor.mayHoldRun", () => {
  it.each(CASES)("%s holds the run of its day", (text) => {
    expect(holdsSomeRun(hungarianMonthFirstExtractor, text)).toBe(true);
  });
  it.each(["Szeptember 15 én", "Szeptember 150-én", "Szeptember,15-én", "in May 3 people"])(
    "%s holds none",
    (text) => {
      expect(holdsSomeRun(hungarianMonthFirstExtractor, text)).toBe(false);
    },
  );
  it("nothing is read in a text without its run", () => {
    expectNothingReadWithoutItsRun(hungarianMonthFirstExtractor);
  });
});
