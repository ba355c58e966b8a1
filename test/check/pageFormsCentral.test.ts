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

describe("ro: a civil span first, then who celebrates the holiday ('evreii … sărbătoresc Pesah')", () => {
  it.each<Row>([
    [
      "ro: Pesach 5790 from its eve to its eighth day",
      "Între 17 și 25 aprilie 2030, evreii din toată lumea sărbătoresc Pesah.",
      "consistent",
      [
        { iso: "2030-04-17", hebrew: "15 Nisan 5790", verdict: "match-after-sunset" },
        { iso: "2030-04-25", hebrew: "22 Nisan 5790", verdict: "match" },
      ],
    ],
    [
      "ro: two days before the holiday is the page's mistake",
      "Pe 16 aprilie 2030, evreii sărbătoresc Paștele evreiesc.",
      "inconsistent",
      [{ iso: "2030-04-16", hebrew: "15 Nisan 5790", verdict: "mismatch" }],
    ],
    [
      "ro: friends who celebrate another day do not join the holiday named later (negative control)",
      "Pe 16 aprilie 2030, prietenii mei sărbătoresc ziua lui Ion, apoi Pesah.",
      "unchecked",
      [],
    ],
  ])("%s", (_, text, verdict, pairs) => {
    expectPairs(text, verdict, pairs);
  });
});
