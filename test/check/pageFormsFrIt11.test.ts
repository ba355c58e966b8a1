import { describe, it } from "vitest";
import { type ExpectedPair, expectPairs } from "./fixtures.js";

// French and Italian forms of the second round on those languages, in other words and on other days
// than the corpus's snippets. Every match is checked against ICU (expectPairs).

type Row = [string, string, string, ExpectedPair[]];

describe("two days joined by a word, each with its article and weekday, or in capitals", () => {
  it.each<Row>([
    [
      "French 'le vendredi 7 et le samedi 8 juin': the second day keeps its article",
      "Chavouot aura lieu le vendredi 7 et le samedi 8 juin 2030.",
      "consistent",
      [
        { iso: "2030-06-07", hebrew: "6 Sivan 5790", verdict: "match", weekday: "ok" },
        { iso: "2030-06-08", hebrew: "7 Sivan 5790", verdict: "match", weekday: "ok" },
      ],
    ],
    [
      "an Italian heading in capitals joins its days with 'E'",
      "SHAVUOT: VENERDÌ 7 E SABATO 8 GIUGNO 2030",
      "consistent",
      [
        { iso: "2030-06-07", hebrew: "6 Sivan 5790", verdict: "match", weekday: "ok" },
        { iso: "2030-06-08", hebrew: "7 Sivan 5790", verdict: "match", weekday: "ok" },
      ],
    ],
    [
      // A day early would be the eve and the first day, which pages write too.
      "the same heading a day late is the page's mistake",
      "SHAVUOT: SABATO 8 E DOMENICA 9 GIUGNO 2030",
      "inconsistent",
      [
        { iso: "2030-06-08", hebrew: "6 Sivan 5790", verdict: "mismatch", weekday: "ok" },
        { iso: "2030-06-09", hebrew: "7 Sivan 5790", verdict: "mismatch", weekday: "ok" },
      ],
    ],
    [
      // Their weekdays are checked, and right: nothing else is.
      "two days so joined beside no holiday pair with nothing",
      "Le concert aura lieu le vendredi 7 et le samedi 8 juin 2030.",
      "consistent",
      [],
    ],
  ])("%s", (_, text, verdict, pairs) => {
    expectPairs(text, verdict, pairs);
  });
});
