import { describe, expect, it } from "vitest";
import { checkDocument } from "../../src/check/checkDocument.js";
import { type ExpectedPair, expectPairs, REFERENCE } from "./fixtures.js";

// Year-less holiday rows on a page that names its own civil year: each row checked against ICU
// (expectPairs), with the finding codes it must raise.

type Row = [string, string, string, ExpectedPair[], string[]];

function expectRow(text: string, verdict: string, pairs: ExpectedPair[], codes: string[]): void {
  expectPairs(text, verdict, pairs);
  const report = checkDocument(text, { reference: REFERENCE });
  expect(report.findings.map((finding) => finding.code)).toEqual(codes);
}

describe("the one civil year a paragraph names is its year-less holiday rows' year", () => {
  it.each<Row>([
    [
      "uk: the year after its digits (рік), the day one early",
      "12 лютого відзначають Ту бі-Шват в Ізраїлі. Дата на 2025 рік.",
      "inconsistent",
      [{ iso: "2025-02-12", hebrew: "15 Sh'vat 5785", verdict: "mismatch" }],
      ["pair-mismatch"],
    ],
    [
      "uk: the same row on the right day",
      "13 лютого відзначають Ту бі-Шват в Ізраїлі. Дата на 2025 рік.",
      "consistent",
      [{ iso: "2025-02-13", hebrew: "15 Sh'vat 5785", verdict: "match" }],
      [],
    ],
    [
      "ru: the year word in the genitive, after the row",
      "Ту би-Шват: 4 февраля. Дата указана для 2026 года.",
      "inconsistent",
      [{ iso: "2026-02-04", hebrew: "15 Sh'vat 5786", verdict: "mismatch" }],
      ["pair-mismatch"],
    ],
  ])("%s", (_name, text, verdict, pairs, codes) => expectRow(text, verdict, pairs, codes));

  it("leaves a row to its own search when the page names several years", () => {
    const text =
      "This year, the first night of Hanukkah is Wednesday, December 25. It fell on that day in 1910, 1921, 1959 and 2005.";
    expectPairs(text, "consistent", [
      { iso: "2024-12-25", hebrew: "25 Kislev 5785", verdict: "match-after-sunset", weekday: "ok" },
    ]);
  });

  it("leaves a row to its own search when the year stands in another paragraph", () => {
    const text = "Календар на 2025 рік\n\nТу бі-Шват: 2 лютого";
    const report = checkDocument(text, { reference: REFERENCE });
    expect(report.pairs.map((pair) => [pair.gregorian.iso, pair.verdict])).toEqual([["2026-02-02", "match"]]);
  });
});

describe("'day of the month' between a day and its Hebrew month (cs, sk, de, uk)", () => {
  it.each<Row>([
    [
      "cs: '10. den měsíce Tišri' beside its civil day",
      "Jom kipur: 10. den měsíce Tišri 5785 (12. října 2024)",
      "consistent",
      [{ iso: "2024-10-12", hebrew: "10 Tishrei 5785", verdict: "match" }],
      [],
    ],
    [
      "de: '15. Tag des Monats Nisan' (the phrase's capital T) beside a day late",
      "Pessach: 15. Tag des Monats Nisan 5785 (14. April 2025)",
      "inconsistent",
      [{ iso: "2025-04-14", hebrew: "15 Nisan 5785", verdict: "mismatch" }],
      ["pair-mismatch"],
    ],
    [
      "sk: '15. deň hebrejského mesiaca nisan' after its evening",
      "Pesach začína večer 22. apríla 2024, 15. deň hebrejského mesiaca nisan.",
      "consistent",
      [{ iso: "2024-04-22", hebrew: "15 Nisan 5784", verdict: "match-after-sunset" }],
      [],
    ],
    [
      "cs: '15. den hebrejského měsíce nisan' beside a day late",
      "Pesach začíná 24. dubna 2024, 15. den hebrejského měsíce nisan.",
      "inconsistent",
      [{ iso: "2024-04-24", hebrew: "15 Nisan 5784", verdict: "mismatch" }],
      ["pair-mismatch"],
    ],
    [
      "uk: '15-й день місяця нісан' (the ordinal ending -й)",
      "15-й день місяця нісан 5785 року припадає на 13 квітня 2025 року.",
      "consistent",
      [{ iso: "2025-04-13", hebrew: "15 Nisan 5785", verdict: "match" }],
      [],
    ],
  ])("%s", (_name, text, verdict, pairs, codes) => expectRow(text, verdict, pairs, codes));

  it("reads no day before 'day of the month' and a word that is no month", () => {
    const report = checkDocument("Je to 10. den měsíce, kdy začíná škola, 12. října 2024.", {
      reference: REFERENCE,
    });
    expect(report.pairs).toEqual([]);
  });
});

describe("a day-early pair under the page's note that its dates are the days", () => {
  it("names the page's note, not a missing evening word, in the hint", () => {
    const report = checkDocument("HANUKKAH Dec 25, 2024 (starts evening prior)", { reference: REFERENCE });
    const hints = report.pairs[0]?.hints ?? [];
    expect(hints.map((hint) => hint.code)).toContain("evening-not-marked");
    expect(hints.find((hint) => hint.code === "evening-not-marked")?.message).toContain(
      "its dates are the days",
    );
  });

  it("keeps the plain hint where the page says nothing of its dates", () => {
    const report = checkDocument("Passover, 15 Nisan 5785, is April 12, 2025.", { reference: REFERENCE });
    const hint = report.pairs[0]?.hints.find((found) => found.code === "evening-not-marked");
    expect(hint?.message).toContain("the page says no evening");
  });
});
