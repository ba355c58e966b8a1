import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkDocument } from "../../src/index.js";
import { gregorianTextExtractor } from "../../src/read/extractors/gregorianText.js";
import { hebrewYearStartExtractor } from "../../src/read/extractors/hebrewYearStart.js";
import { hungarianMonthFirstExtractor } from "../../src/read/extractors/hungarianMonthFirst.js";
import { localizedTextExtractor } from "../../src/read/extractors/localizedText.js";
import { unknownMonthExtractor } from "../../src/read/extractors/unknownMonth.js";
import { LEXICON } from "../../src/read/lexicon.js";
import type { Extractor } from "../../src/read/mention.js";
import { textAnchors } from "../../src/read/textAnchors.js";
import { readWork, resetWork } from "../../src/read/workCounter.js";
import { holdsSomeRun } from "./extractors/runShapes.js";

// The gates that keep a reader from the stretches of prose whose numbers begin no date of its own:
// each must still let through every run a reading of its holds, and now says no to the numbers of
// English prose that passed before (a score, a count with a comma, a year at a sentence's end, the
// end of a telephone number, a word that merely begins as a month does).

/** Whether every reading of the extractor in the text holds a run its gate lets through. */
function everyReadingHeld(extractor: Extractor, text: string): boolean {
  const runs = textAnchors(text, true).digitRuns;
  return extractor.extract(text, {}).every((candidate) => {
    for (let run = 0; run < runs.length; run += 2)
      if (
        runs[run]! >= candidate.start &&
        runs[run]! < candidate.end &&
        extractor.mayHoldRun!(text, runs, run)
      )
        return true;
    return false;
  });
}

/** Words and marks Hungarian dates and English prose with numbers are made of here. */
const HUNGARIAN_PIECES = [
  "szeptember",
  "Szeptember",
  "május",
  "október",
  "Ádár",
  "Tisri",
  "xszeptember",
  "may",
  "May",
  "water",
  "a",
  "15",
  "3",
  "150",
  "2021",
  "-én",
  "én",
  "-ig",
  "re",
  "-",
  ".",
  ",",
  " ",
  "  ",
  "\u00a0",
  "kedd",
  "vasárnap",
];

describe("hungarianMonthFirstExtractor's gate", () => {
  it.each([
    "water 13,298, hundred",
    "tree 2-1 eye",
    "door run fine 68, day",
    "xszeptember 15-én",
    "in may 2-1 and then",
    "on May 3. Then",
  ])("lets no run of %j through", (text) => {
    expect(holdsSomeRun(hungarianMonthFirstExtractor, text)).toBe(false);
  });

  it.each(["Szeptember 15-én", "május 1-jén", "2021. szeptember 15-én", "október 01.", "May 3-án"])(
    "lets the day of %j through",
    (text) => {
      expect(holdsSomeRun(hungarianMonthFirstExtractor, text)).toBe(true);
    },
  );

  it("lets through the run of everything the reader reads, in text made of its words", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...HUNGARIAN_PIECES), { maxLength: 16 }), (pieces) => {
        const text = pieces.join("");
        expect(everyReadingHeld(hungarianMonthFirstExtractor, text)).toBe(true);
      }),
      { numRuns: 4000 },
    );
  });
});

describe("the other gates", () => {
  it("a localized year's period needs a month word after it", () => {
    expect(holdsSomeRun(localizedTextExtractor, "a fine house in 1995. Next door")).toBe(false);
    expect(holdsSomeRun(localizedTextExtractor, "kedd, 2018. július 22.")).toBe(true);
  });

  it("a Hebrew-era year ends no telephone number", () => {
    expect(holdsSomeRun(unknownMonthExtractor, "call (555) 686-7198 today")).toBe(false);
    expect(holdsSomeRun(unknownMonthExtractor, "on 10 Avv 5778")).toBe(true);
    expect(holdsSomeRun(hebrewYearStartExtractor, "call 626-5252 on 3 May")).toBe(false);
    expect(holdsSomeRun(hebrewYearStartExtractor, "the year 5769, which started on 28 September")).toBe(true);
  });

  it("a Gregorian month is a whole word", () => {
    expect(holdsSomeRun(gregorianTextExtractor, "the market 12 of them decide")).toBe(false);
    expect(holdsSomeRun(gregorianTextExtractor, "the Mar 12 meeting")).toBe(true);
    expect(holdsSomeRun(gregorianTextExtractor, "on 12 march")).toBe(true);
    expect(holdsSomeRun(gregorianTextExtractor, "Sept.12")).toBe(true);
  });

  it("every Gregorian spelling is ASCII letters, which the whole-word test hashes", () => {
    for (const spelling of Object.values(LEXICON.gregorianMonths).flat())
      expect(spelling).toMatch(/^[a-z]{3,}$/);
  });
});

describe("prose with numbers that are no date", () => {
  // A page of my own: counts, scores, sums, years at sentences' ends, telephone numbers.
  const prose = [
    "Masthead line with no date at all, then the story.",
    "The council counted 13,298 votes, and the vote went 2-1 in the end. Water rose 68, then fell.",
    "A tree grew near the market in 1995. Call (555) 686-7198 or 626-5252 for the 4-9 schedule.",
    "Some 12,500 people came; the score was 3-1, then 4-2, and the hall seats 1,200.",
  ].join("\n\n");

  it("hands no stretch around its digits to a reader", () => {
    resetWork();
    const report = checkDocument(prose, { reference: "2026-12-01" });
    // Only the holiday names' windows around the years read anything; before the gates, the
    // Hungarian, localized and unknown-month readers were each run over stretches of it.
    expect(readWork().extractorChars).toBe(readWork().holidayChars);
    expect(report.verdict).toBe("no-dates");
  });
});
