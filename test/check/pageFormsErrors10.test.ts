import { describe, expect, it } from "vitest";
import { checkDocument } from "../../src/check/checkDocument.js";
import { type ExpectedPair, expectPairs, REFERENCE } from "./fixtures.js";

// Forms behind real site errors the reader did not catch (test/pages), as other pages write them, in
// other days and words: an inconsistent row, its consistent twin, and a control that must stay as it
// was. Every match is checked against ICU (expectPairs).

type Row = [string, string, string, ExpectedPair[], string[]];

function expectRow(text: string, verdict: string, pairs: ExpectedPair[], codes: string[]): void {
  expectPairs(text, verdict, pairs);
  const report = checkDocument(text, { reference: REFERENCE });
  expect(report.findings.map((finding) => finding.code)).toEqual(codes);
}

describe("a holiday row whose weekday fits only years away keeps the year of the page's other rows", () => {
  it.each<Row>([
    [
      "a year-less schedule with one weekday written wrong",
      "Sunday, April 13 | Pesach, first day\nWednesday, May 16 | Lag BaOmer\nMonday, June 2 | Shavuot",
      "inconsistent",
      [
        { iso: "2025-04-13", hebrew: "15 Nisan 5785", verdict: "match", weekday: "ok" },
        { iso: "2025-05-16", hebrew: "18 Iyyar 5785", verdict: "match", weekday: "mismatch" },
        { iso: "2025-06-02", hebrew: "6 Sivan 5785", verdict: "match", weekday: "ok" },
      ],
      ["weekday-mismatch"],
    ],
    [
      "the same schedule with the right weekday",
      "Sunday, April 13 | Pesach, first day\nFriday, May 16 | Lag BaOmer\nMonday, June 2 | Shavuot",
      "consistent",
      [
        { iso: "2025-04-13", hebrew: "15 Nisan 5785", verdict: "match", weekday: "ok" },
        { iso: "2025-05-16", hebrew: "18 Iyyar 5785", verdict: "match", weekday: "ok" },
        { iso: "2025-06-02", hebrew: "6 Sivan 5785", verdict: "match", weekday: "ok" },
      ],
      [],
    ],
    [
      "a row alone has no other rows: it keeps the nearest year its weekday fits (its eve here)",
      "Wednesday, May 16 | Lag BaOmer",
      "consistent",
      [{ iso: "2063-05-16", hebrew: "18 Iyyar 5823", verdict: "match-after-sunset", weekday: "ok" }],
      [],
    ],
  ])("%s", (_name, text, verdict, pairs, codes) => {
    expectRow(text, verdict, pairs, codes);
  });
});

describe("a New Year takes the Hebrew year its paragraph names as the one it opens", () => {
  const opening = "On 2 October 2024 the congregation will mark the beginning of the year";
  const holiday = "Rosh Hashanah starts on the evening of 2 October.";
  it.each<Row>([
    [
      "the year typed with two digits swapped",
      `${opening} 5875. ${holiday}`,
      "inconsistent",
      [{ iso: "2024-10-02", hebrew: "1 Tishrei 5875", verdict: "mismatch" }],
      ["pair-mismatch"],
    ],
    [
      "the year typed right",
      `${opening} 5785. ${holiday}`,
      "consistent",
      [{ iso: "2024-10-02", hebrew: "1 Tishrei 5785", verdict: "match-after-sunset" }],
      [],
    ],
    [
      "a year named in another paragraph is not the holiday's",
      `${opening} 5875.\n\n${holiday}`,
      "consistent",
      [{ iso: "2024-10-02", hebrew: "1 Tishrei 5785", verdict: "match-after-sunset" }],
      [],
    ],
  ])("%s", (_name, text, verdict, pairs, codes) => {
    expectRow(text, verdict, pairs, codes);
  });
});
