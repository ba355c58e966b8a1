import { describe, it } from "vitest";
import { type ExpectedPair, expectPairs } from "./fixtures.js";

// Forms of Romanian, Hungarian and other Central and Eastern European pages, written here with other
// days, years and words. Every match is checked against ICU (expectPairs).

type Row = [string, string, string, ExpectedPair[]];

describe("ro: a holiday's evening, 'din seara de' / 'în seara zilei de', and 'este pe'", () => {
  it.each<Row>([
    [
      "ro: the holiday's name, a comma, then the evening that begins it",
      "Evreii sărbătoresc Anul Nou, Roș Hașana, din seara de 9 septembrie 2029.",
      "consistent",
      [{ iso: "2029-09-09", hebrew: "1 Tishrei 5790", verdict: "match-after-sunset" }],
    ],
    [
      "ro: the evening of the first day itself is a day late",
      "Comunitatea aniversează Roș Hașana, în seara zilei de 10 septembrie 2029.",
      "inconsistent",
      [{ iso: "2029-09-10", hebrew: "1 Tishrei 5790", verdict: "mismatch" }],
    ],
    [
      "ro: 'care în acest an este pe' joins the holiday to its day",
      "Paștele evreiesc, sărbătoare care în acest an este pe 18 aprilie 2030, adună comunitatea.",
      "consistent",
      [{ iso: "2030-04-18", hebrew: "15 Nisan 5790", verdict: "match" }],
    ],
    [
      "ro: a concert 'este pe' a day is no Hebrew date (negative control)",
      "Concertul de la filarmonică este pe 18 aprilie 2030.",
      "unchecked",
      [],
    ],
  ])("%s", (_, text, verdict, pairs) => {
    expectPairs(text, verdict, pairs);
  });
});
