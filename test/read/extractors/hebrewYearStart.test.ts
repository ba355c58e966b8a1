import { describe, expect, it } from "vitest";
import { hebrewYearStartExtractor } from "../../../src/read/extractors/hebrewYearStart.js";
import { expectPairs } from "../../check/fixtures.js";

/** [the span's text, its year, whether it says evening] of each candidate. */
function read(text: string): Array<[string, number | undefined, boolean]> {
  return hebrewYearStartExtractor
    .extract(text, {})
    .map((candidate) => [
      text.slice(candidate.start, candidate.end),
      candidate.stated.year,
      candidate.stated.evening === true,
    ]);
}

// Phrasings of real pages (avetour.cz, curtoconselho.com.pt, monitorulsv.ro, a blog), reworded.
describe("hebrewYearStartExtractor", () => {
  it.each<[string, string, number, boolean]>([
    ["v židovském se píše rok 5776 s počátkem 14. září", "5776 s počátkem", 5776, false],
    [
      "as comemorações do ano 5782 do calendário judaico iniciaram no pôr do sol do dia 06 de setembro",
      "5782 do calendário judaico iniciaram no pôr do sol do dia",
      5782,
      true,
    ],
    [
      "Actualul an evreiesc este 5784, care a început după apusul soarelui în data de 15 septembrie",
      "5784, care a început după apusul soarelui în data de",
      5784,
      true,
    ],
    ["Now it is the year 5769, which started on 28 September", "5769, which started on", 5769, false],
    // "today" before the day it names.
    [
      "O ano de 5787 do calendário judaico começa hoje, 12 de Setembro",
      "5787 do calendário judaico começa hoje,",
      5787,
      false,
    ],
  ])("%s", (text, span, year, evening) => {
    expect(read(text)).toEqual([[span, year, evening]]);
  });

  it.each([
    "In the year 5776 he wrote 3 books.",
    "rok 5776 s počátkem války a 1815 koncem",
    "The year 5769 began badly for the family, who in 2008 moved.",
    "10 Av 5778 began on July 22", // a date's year, after no word for "year"
    "the year 5787. It began on 12 September",
  ])("%j: nothing", (text) => {
    expect(read(text)).toEqual([]);
  });

  it("stands for the year's first day beside the civil date it began on (other days than the pages')", () => {
    expectPairs("Podle židovského kalendáře máme rok 5787 s počátkem 12. září 2026.", "consistent", [
      { iso: "2026-09-12", hebrew: "1 Tishrei 5787", verdict: "match" },
    ]);
    expectPairs(
      "Em 2026, as comemorações do ano 5787 iniciaram no pôr do sol do dia 11 de setembro.",
      "consistent",
      [{ iso: "2026-09-11", hebrew: "1 Tishrei 5787", verdict: "match-after-sunset" }],
    );
    expectPairs("It is now the year 5787, which started on 10 September 2026.", "inconsistent", [
      { iso: "2026-09-10", hebrew: "1 Tishrei 5787", verdict: "mismatch" },
    ]);
  });
});
