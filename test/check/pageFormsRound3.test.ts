import { describe, it } from "vitest";
import { type ExpectedPair, expectPairs } from "./fixtures.js";

// Forms the held-out batches of real-page snippets showed that the third round of the reader reads
// (test/pages), written here with other days so that the batches stay held out. Every match is checked against
// ICU and @hebcal/core (hebrewOf).

type Expected = ExpectedPair;

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
    expectPairs(text, verdict, pairs);
  });
});
