import { describe, expect, it } from "vitest";
import { dayRangeExtractor } from "../../src/read/extractors/dayRange.js";
import { type ExpectedPair, expectPairs } from "./fixtures.js";

// Forms of the held-out batch 2026-12-02n of real-page snippets (test/pages) that its round of fixes
// reads, written here in other words and with other days, so that the batch stays held out. Every
// match is checked against ICU (expectPairs).

type Row = [string, string, string, ExpectedPair[]];

describe("forms of the held-out batch 2026-12-02n", () => {
  it.each<Row>([
    [
      "an infobox row whose year runs into its label and whose span ends on the next line",
      "Chanukka\n2027 DatumSonnenuntergang, 24. Dezember -\nEinbruch der Dunkelheit, 1. Januar",
      "consistent",
      [
        { iso: "2027-12-24", hebrew: "25 Kislev 5788", verdict: "match-after-sunset" },
        { iso: "2028-01-01", hebrew: "2 Tevet 5788", verdict: "match" },
      ],
    ],
    [
      "the same row a day late is the page's mistake, caught at its last day",
      "Chanukka\n2027 DatumSonnenuntergang, 25. Dezember -\nEinbruch der Dunkelheit, 2. Januar",
      "inconsistent",
      [{ iso: "2028-01-02", hebrew: "2 Tevet 5788", verdict: "mismatch" }],
    ],
    [
      "rows whose label stands before a year glued to the evening's word",
      "Chanukka\nDatum 2027Sonnenuntergang, 24. Dezember\nDatum 2028Sonnenuntergang, 12. Dezember",
      "consistent",
      [
        { iso: "2027-12-24", hebrew: "25 Kislev 5788", verdict: "match-after-sunset" },
        { iso: "2028-12-12", hebrew: "25 Kislev 5789", verdict: "match-after-sunset" },
      ],
    ],
    [
      "Czech: the year glued to 'západ slunce', the span ending at the next sunset",
      "Roš ha-šana\nRok 2027západ slunce 1. října – západ slunce 3. října",
      "consistent",
      [
        { iso: "2027-10-01", hebrew: "1 Tishrei 5788", verdict: "match-after-sunset" },
        { iso: "2027-10-03", hebrew: "2 Tishrei 5788", verdict: "match" },
      ],
    ],
    [
      "Czech: no cell's mark after the year, the span ending at dusk ('soumrak')",
      "Pesach\nRok 2027 západ slunce 21. dubna – soumrak 29. dubna",
      "consistent",
      [
        { iso: "2027-04-21", hebrew: "15 Nisan 5787", verdict: "match-after-sunset" },
        { iso: "2027-04-29", hebrew: "22 Nisan 5787", verdict: "match" },
      ],
    ],
    [
      "Romanian 'Apus' and 'căderea nopții', the row broken after its dash",
      "Shavuot\ndata 2028 Apus, 30 mai –\ncăderea nopții, 1 iunie",
      "consistent",
      [
        { iso: "2028-05-30", hebrew: "6 Sivan 5788", verdict: "match-after-sunset" },
        { iso: "2028-06-01", hebrew: "7 Sivan 5788", verdict: "match" },
      ],
    ],
    [
      "Polish 'wieczór' at both ends of a table cell",
      "Purim\nW 2028 | wieczór 11 marca - wieczór 12 marca |",
      "consistent",
      [
        { iso: "2028-03-11", hebrew: "14 Adar 5788", verdict: "match-after-sunset" },
        { iso: "2028-03-12", hebrew: "14 Adar 5788", verdict: "match" },
      ],
    ],
    [
      "German date first, then 'beginnt' and the festival",
      "Am 21. April 2027 beginnt das jüdische Fest Pessach.",
      "consistent",
      [{ iso: "2027-04-21", hebrew: "15 Nisan 5787", verdict: "match-after-sunset" }],
    ],
    [
      "Romanian date first, then 'începe' and the festival",
      "Astăzi, 4 decembrie 2026, începe Hanuka.",
      "consistent",
      [{ iso: "2026-12-04", hebrew: "25 Kislev 5787", verdict: "match-after-sunset" }],
    ],
    [
      "a line of prose under a holiday's name is no row, whatever year it names",
      "Chanukka\nIm Jahr 2027 wohnten wir in Berlin, am 3. Mai zogen wir um.",
      "unchecked",
      [],
    ],
  ])("%s", (_, text, verdict, pairs) => {
    expectPairs(text, verdict, pairs);
  });
});

describe("a range joined by a word after its first day's month", () => {
  // The extractor's cheap test for a page with no dash took only "29 au 8"; with "septembre"
  // between, the range was read only on a page that had a dash somewhere else.
  const spans = (text: string): number[][] =>
    dayRangeExtractor.extract(text, {}).map((candidate) => [candidate.start, candidate.end]);
  it("reads 'du … septembre au … octobre …' whether or not a dash stands elsewhere", () => {
    const range = "Les fêtes seront célébrées du 25 septembre au 4 octobre 2027.";
    expect(spans(range).length).toBeGreaterThan(0);
    expect(spans(range)).toEqual(spans(`Soukot - ${range}`).map(([start, end]) => [start! - 9, end! - 9]));
  });
  it("still reads no range in two numbers a word apart that no join word joins", () => {
    expect(spans("Nous étions 25 personnes et 4 enfants.")).toEqual([]);
  });
});
