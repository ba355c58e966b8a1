import { describe, expect, it } from "vitest";
import { checkDocument } from "../../src/check/checkDocument.js";
import { type ExpectedPair, expectPairs, REFERENCE } from "./fixtures.js";

// Forms of the held-out batches of real-page snippets (test/pages) that the fifth round reads,
// written here with other days so that the batches stay held out. Every match is checked against
// ICU (expectPairs).

type Row = [string, string, string, ExpectedPair[]];

describe("forms of the fifth round", () => {
  it.each<Row>([
    [
      "a luach's month heading over the civil days of its first and last day",
      "Kislev 5786\n21 de Novembro de 2025 a 20 de Dezembro de 2025\n\nRosh Chôdesh",
      "consistent",
      [
        { iso: "2025-11-21", hebrew: "1 Kislev 5786", verdict: "match" },
        { iso: "2025-12-20", hebrew: "30 Kislev 5786", verdict: "match" },
      ],
    ],
    [
      "a Hebrew year and 'runs from … to …' its first and last civil day",
      "The Jewish year 5785 runs from 3 October 2024 to 22 September 2025.",
      "consistent",
      [
        { iso: "2024-10-03", hebrew: "1 Tishrei 5785", verdict: "match" },
        { iso: "2025-09-22", hebrew: "29 Elul 5785", verdict: "match" },
      ],
    ],
    [
      "a year's span that ends a day late: the last end is a mistake",
      "Hun jaar 5785 loopt van 3 oktober 2024 tot 23 september 2025.",
      "inconsistent",
      [
        { iso: "2024-10-03", hebrew: "1 Tishrei 5785", verdict: "match" },
        { iso: "2025-09-23", hebrew: "29 Elul 5785", verdict: "mismatch" },
      ],
    ],
    [
      "a schedule's 'Yom Tov' label between the holiday and its year-less date",
      "Sukkos Schedule 2025/5786\n\nEREV SUKKOS, MONDAY, OCTOBER 6\n  • Candle lighting: 6:21 PM\n\nSUKKOS, YOM TOV, TUESDAY, OCTOBER 7\n  • Shacharis: 9:00 AM",
      "consistent",
      [
        { iso: "2025-10-06", hebrew: "14 Tishrei 5786", verdict: "match", weekday: "ok" },
        { iso: "2025-10-07", hebrew: "15 Tishrei 5786", verdict: "match", weekday: "ok" },
      ],
    ],
  ])("%s", (_, text, verdict, pairs) => {
    expectPairs(text, verdict, pairs);
  });

  it("a Hebrew month named in prose, with a civil span on the next line, is no heading", () => {
    const report = checkDocument("He wrote it in Kislev 5786.\n21 November 2025 - 20 December 2025", {
      reference: REFERENCE,
    });
    expect(report.pairs).toEqual([]);
  });
});
