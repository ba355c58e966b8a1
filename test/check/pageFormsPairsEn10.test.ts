import { describe, expect, it } from "vitest";
import { checkDocument } from "../../src/check/checkDocument.js";
import { type ExpectedPair, expectPairs, REFERENCE } from "./fixtures.js";

// English pages whose verdict was wrong though both calendars were there: an event listing's
// holiday title over its span with hours, and a month typed with a lower-case l for the capital I.
// Other days and words than the corpus rows; every match is checked against ICU (expectPairs).

type Row = [string, string, string, ExpectedPair[]];

describe("an event listing: a holiday title over its civil span on a line of its own", () => {
  it.each<Row>([
    [
      "the span's hours and a word after the name in the title do not keep them apart",
      "Purim Carnival at the Shul\n\nMarch 2, 2026 @ 6:00 PM – March 3, 2026 @ 9:00 PM\n\nCostumes welcome.",
      "consistent",
      [
        { iso: "2026-03-02", hebrew: "14 Adar 5786", verdict: "match-after-sunset" },
        { iso: "2026-03-03", hebrew: "14 Adar 5786", verdict: "match" },
      ],
    ],
    [
      "a title with the name glossed in brackets, the span right under it",
      "Tu BiShvat (Tu B'Shvat)\nFebruary 1, 2026 @ 5:00 pm - February 2, 2026 @ 6:00 pm\n\nA seder of fruits.",
      "consistent",
      [
        { iso: "2026-02-01", hebrew: "15 Sh'vat 5786", verdict: "match-after-sunset" },
        { iso: "2026-02-02", hebrew: "15 Sh'vat 5786", verdict: "match" },
      ],
    ],
    [
      "a listing four days after the holiday is the page's mistake",
      "Lag BaOmer: Bonfire Night\n\n20 May 2025 @ 7:00 PM – 21 May 2025 @ 10:00 PM",
      "inconsistent",
      [{ iso: "2025-05-20", hebrew: "18 Iyyar 5785", verdict: "mismatch" }],
    ],
  ])("%s", (_, text, verdict, pairs) => {
    expectPairs(text, verdict, pairs);
  });

  it("reports the late listing as a pair that does not match", () => {
    const report = checkDocument(
      "Lag BaOmer: Bonfire Night\n\n20 May 2025 @ 7:00 PM – 21 May 2025 @ 10:00 PM",
      {
        reference: REFERENCE,
      },
    );
    expect(report.findings.map((finding) => finding.code)).toEqual(["pair-mismatch"]);
  });

  it.each<[string, string]>([
    [
      "a paragraph of the article between the title and the span",
      "Purim\n\nThe story of Esther is read aloud and children come in costume.\n\nMarch 10, 2026 @ 6:00 PM – March 11, 2026 @ 9:00 PM",
    ],
    [
      "the holiday inside a sentence, not a title",
      "We will read the Megillah on Purim.\n\nMarch 10, 2026 – March 11, 2026",
    ],
    ["a title naming two holidays", "Lag BaOmer and Shavuot\n\nMay 15, 2025 – May 16, 2025"],
    [
      "words on the span's line",
      "Purim Carnival\n\nDoors open March 10, 2026 @ 6:00 PM – March 11, 2026 @ 9:00 PM for all.",
    ],
  ])("does not pair: %s", (_, text) => {
    const report = checkDocument(text, { reference: REFERENCE });
    expect(report.pairs).toEqual([]);
    expect(report.verdict).toBe("unchecked");
  });
});

describe("'Lyar' for Iyar", () => {
  it.each<Row>([
    [
      "the day in brackets after the misspelt month",
      "Lag BaOmer fell on 18 Lyar (16th May 2025) this year.",
      "consistent",
      [{ iso: "2025-05-16", hebrew: "18 Iyyar 5785", verdict: "match" }],
    ],
    [
      "a day late in the bracket is caught",
      "Lag BaOmer fell on 18 Lyar (17th May 2025) this year.",
      "inconsistent",
      [{ iso: "2025-05-17", hebrew: "18 Iyyar 5785", verdict: "mismatch" }],
    ],
  ])("%s", (_, text, verdict, pairs) => {
    expectPairs(text, verdict, pairs);
  });
});
