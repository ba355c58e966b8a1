import { describe, expect, it } from "vitest";
import { checkDocument } from "../../src/check/checkDocument.js";
import { type ExpectedPair, expectPairs, REFERENCE } from "./fixtures.js";

// Forms of German and Dutch pages (test/pages) written here with other days and words, so that the
// snippets stay held out. Every match is checked against ICU (expectPairs).

type Row = [string, string, string, ExpectedPair[]];

describe("German 'Schabbat' before a Hebrew date is its weekday", () => {
  it.each([
    ["a Shabbat that is one", "Kalender\n\nSchabbat 27. Kislev 5785\n\nZeiten", "consistent"],
    ["a Shabbat that is a Sunday", "Kalender\n\nSchabbat 28. Kislev 5785\n\nZeiten", "inconsistent"],
  ])("%s", (_, text, verdict) => {
    expect(checkDocument(text, { reference: REFERENCE }).verdict).toBe(verdict);
  });
});

describe("dashed numeric dates, day first with a four-digit year (nl, pl)", () => {
  it.each<Row>([
    [
      "a dashed date beside its Hebrew date",
      "Erev Pesach: 14 Nisan 5785 / 12-04-2025",
      "consistent",
      [{ iso: "2025-04-12", hebrew: "14 Nisan 5785", verdict: "match" }],
    ],
    [
      "a dashed date a day off",
      "Erev Pesach: 14 Nisan 5785 / 13-04-2025",
      "inconsistent",
      [{ iso: "2025-04-13", hebrew: "14 Nisan 5785", verdict: "mismatch" }],
    ],
    ["month first, left unread", "Erev Pesach: 14 Nisan 5785 / 04-13-2025", "unchecked", []],
  ])("%s", (_, text, verdict, pairs) => {
    expectPairs(text, verdict, pairs);
  });
});

describe("a clause whose verb names the calendar and the year before its date", () => {
  it.each<Row>([
    [
      "de: the verb's small words name the calendar and the year",
      "Schawuot, das Wochenfest, fällt nach dem gregorianischen Kalender im Jahr 2025 auf den 2. Juni.",
      "consistent",
      [{ iso: "2025-06-02", hebrew: "6 Sivan 5785", verdict: "match" }],
    ],
    [
      "de: a subject too long to be the name's stays apart",
      "Schawuot, das Wochenfest der Gemeinden in aller Welt und in Berlin, fällt nach dem gregorianischen Kalender im Jahr 2025 auf den 2. Juni.",
      "unchecked",
      [],
    ],
  ])("%s", (_, text, verdict, pairs) => {
    expectPairs(text, verdict, pairs);
  });
});

describe("French infobox rows from 'coucher de soleil' to 'coucher de soleil'", () => {
  it.each<Row>([
    [
      "fr: a row of a year, sunset to sunset",
      "Roch Hachana | |\n---|---|\nType | Fête religieuse |\nDate 2011 | coucher de soleil, 28 septembre – coucher de soleil, 30 septembre |",
      "consistent",
      [
        { iso: "2011-09-28", hebrew: "1 Tishrei 5772", verdict: "match-after-sunset" },
        { iso: "2011-09-30", hebrew: "2 Tishrei 5772", verdict: "match" },
      ],
    ],
  ])("%s", (_, text, verdict, pairs) => {
    expectPairs(text, verdict, pairs);
  });
});
