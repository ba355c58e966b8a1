import { describe, expect, it } from "vitest";
import { checkDocument } from "../../src/check/checkDocument.js";
import { statesDatesAreDays } from "../../src/check/rules/datesAreDays.js";
import { glossGap } from "../../src/read/refiners/glossGap.js";
import { type ExpectedPair, expectPairs, REFERENCE } from "./fixtures.js";

// A holiday's name with its gloss before the date, and a page that says its dates are the days
// (the holiday began the evening before): each row checked against ICU (expectPairs), with the
// finding codes it must raise.

type Row = [string, string, string, ExpectedPair[], string[]];

function expectRow(text: string, verdict: string, pairs: ExpectedPair[], codes: string[]): void {
  expectPairs(text, verdict, pairs);
  const report = checkDocument(text, { reference: REFERENCE });
  expect(report.findings.map((finding) => finding.code)).toEqual(codes);
}

describe("a holiday's gloss between its name and the date joins them", () => {
  it.each<Row>([
    [
      "a translation in brackets and a colon",
      "Shavuot (Feast of Weeks): June 12, 2024",
      "consistent",
      [{ iso: "2024-06-12", hebrew: "6 Sivan 5784", verdict: "match" }],
      [],
    ],
    [
      "a translation after a slash, in capitals",
      "SUKKOT / BOOTHS Oct 17, 2024",
      "consistent",
      [{ iso: "2024-10-17", hebrew: "15 Tishrei 5785", verdict: "match" }],
      [],
    ],
    [
      "the gloss with the day one week off",
      "PURIM / LOTS Mar 31, 2024",
      "inconsistent",
      [{ iso: "2024-03-31", hebrew: "14 Adar II 5784", verdict: "mismatch" }],
      ["pair-mismatch"],
    ],
  ])("%s", (_name, text, verdict, pairs, codes) => expectRow(text, verdict, pairs, codes));

  it("reads only a short gloss of words, with nothing but separators after it", () => {
    expect(glossGap(" (Feast of Weeks): ")?.kind).toBe("separator");
    expect(glossGap(" / LOTS ")?.kind).toBe("separator");
    expect(glossGap(" (8 nights) ")).toBeUndefined();
    expect(glossGap(" (Feast of Weeks) begins on ")).toBeUndefined();
    expect(glossGap(" / the festival of weeks that follows ")).toBeUndefined();
    expect(glossGap(" (Feast of Weeks)\n")).toBeUndefined();
  });
});

describe("a page that says its holidays begin the evening before the dates shown", () => {
  it.each<Row>([
    [
      "the day itself, under the note",
      "HANUKKAH Dec 26, 2024 (starts evening prior)",
      "consistent",
      [{ iso: "2024-12-26", hebrew: "25 Kislev 5785", verdict: "match" }],
      [],
    ],
    [
      "the evening given as the day, under the note",
      "HANUKKAH Dec 25, 2024 (starts evening prior)",
      "inconsistent",
      [{ iso: "2024-12-25", hebrew: "25 Kislev 5785", verdict: "mismatch" }],
      ["pair-mismatch"],
    ],
    [
      "the same line without the note may show the eve",
      "HANUKKAH Dec 25, 2024",
      "consistent",
      [{ iso: "2024-12-25", hebrew: "25 Kislev 5785", verdict: "match-after-sunset" }],
      [],
    ],
    [
      "a calendar's note above its first row",
      "All holidays begin at sundown on the evening before the date shown.\n\nYom Kippur October 11, 2024",
      "inconsistent",
      [{ iso: "2024-10-11", hebrew: "10 Tishrei 5785", verdict: "mismatch" }],
      ["pair-mismatch"],
    ],
  ])("%s", (_name, text, verdict, pairs, codes) => expectRow(text, verdict, pairs, codes));

  it("is a note about the dates, not an evening with its own date", () => {
    expect(statesDatesAreDays("Holidays begin the evening before the date noted; school is closed.")).toBe(
      true,
    );
    expect(
      statesDatesAreDays("Jewish holidays begin at sunset of the day before the first date shown below."),
    ).toBe(true);
    expect(statesDatesAreDays("Passover begins the evening before, on April 22, 2024.")).toBe(false);
    expect(statesDatesAreDays("Passover begins the evening before April 23.")).toBe(false);
    expect(statesDatesAreDays("The seder is held the evening before the first day.")).toBe(false);
  });
});
