import { describe, expect, it } from "vitest";
import { checkDocument } from "../../src/check/checkDocument.js";
import { hebrewOf, REFERENCE } from "./fixtures.js";

// Forms the held-out batches of real-page snippets showed that the third round of the reader reads
// (test/pages), written here with other days so that the batches stay held out. Every match is checked against
// ICU and @hebcal/core (hebrewOf).

interface Expected {
  iso: string;
  hebrew: string;
  verdict: string;
  weekday?: string;
}

function nextDay(iso: string): string {
  return new Date(Date.parse(`${iso}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
}

type Row = [string, string, string, Expected[]];

describe("forms of the third round", () => {
  it.each<Row>([
    [
      "French: a holiday that begins on a date written with its evening after it",
      "En 2025, Hanoukka commencera le 14 décembre au coucher du soleil.",
      "consistent",
      [{ iso: "2025-12-14", hebrew: "25 Kislev 5786", verdict: "match-after-sunset" }],
    ],
    [
      "French: 'au soir' after the civil date, a capitalized Hebrew month after it",
      "Roch Hachana 5786 commence le lundi 22 septembre 2025 au soir (1er Tichri).",
      "consistent",
      [{ iso: "2025-09-22", hebrew: "1 Tishrei 5786", verdict: "match-after-sunset", weekday: "ok" }],
    ],
    [
      "Hungarian: month first, the day with a case ending, the Hebrew day with a period",
      "2025. október 2-án (Tisri 10.)",
      "consistent",
      [{ iso: "2025-10-02", hebrew: "10 Tishrei 5786", verdict: "match" }],
    ],
    [
      "Hungarian: the weekday and its evening after the date, the holiday after a verb",
      "Október 1-jén, szerda este köszönt be Jom kipur, a böjt napja.",
      "consistent",
      [{ iso: "2025-10-01", hebrew: "10 Tishrei 5786", verdict: "match-after-sunset", weekday: "ok" }],
    ],
    [
      "Hungarian: year first, the weekday after the date",
      "2025. október 2., csütörtök – 5786. tisri 10.",
      "consistent",
      [{ iso: "2025-10-02", hebrew: "10 Tishrei 5786", verdict: "match", weekday: "ok" }],
    ],
    [
      "a day glued to its month",
      "Parashat Bereshit 5786 / 18October 2025 / 26 Tishrei 5786",
      "consistent",
      [{ iso: "2025-10-18", hebrew: "26 Tishrei 5786", verdict: "match" }],
    ],
  ])("%s", (_, text, verdict, pairs) => {
    const report = checkDocument(text, { reference: REFERENCE });
    expect(
      report.pairs.map((p) => ({
        iso: p.gregorian.iso,
        hebrew: p.hebrew.canonical,
        verdict: p.verdict,
        weekday: p.weekday.verdict,
      })),
    ).toEqual(pairs.map((p) => ({ weekday: "none", ...p })));
    for (const pair of report.pairs) {
      if (!pair.verdict.startsWith("match")) continue;
      const iso = pair.gregorian.iso!;
      const truth = hebrewOf(pair.verdict === "match-after-sunset" ? nextDay(iso) : iso);
      expect({ year: pair.hebrew.year, month: pair.hebrew.month, day: pair.hebrew.day }).toEqual({
        year: truth.year,
        month: truth.month,
        day: truth.day,
      });
    }
    expect(report.verdict).toBe(verdict);
  });
});
