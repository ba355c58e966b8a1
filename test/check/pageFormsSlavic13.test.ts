import { describe, it } from "vitest";
import { type ExpectedPair, expectPairs } from "./fixtures.js";

// Russian and Ukrainian forms of the thirteenth round, in words of our own and with other days.
// Every match is checked against ICU (expectPairs).

type Row = [string, string, string, ExpectedPair[]];

describe("Russian and Ukrainian forms of the thirteenth round", () => {
  it.each<Row>([
    [
      "Ukrainian impersonal 'they keep' after the name and its gloss, a range from the eve",
      "Песах, свято свободи, у 2027 році відзначають 21-29 квітня.",
      "consistent",
      [
        { iso: "2027-04-21", hebrew: "15 Nisan 5787", verdict: "match-after-sunset" },
        { iso: "2027-04-29", hebrew: "22 Nisan 5787", verdict: "match" },
      ],
    ],
    [
      "Russian impersonal 'they celebrate' before 'from … to'",
      "Хануку в 2026 году празднуют с 4 по 12 декабря.",
      "consistent",
      [
        { iso: "2026-12-04", hebrew: "25 Kislev 5787", verdict: "match-after-sunset" },
        { iso: "2026-12-12", hebrew: "2 Tevet 5787", verdict: "match" },
      ],
    ],
    [
      "Russian 'of the Jewish month' between the day and its month",
      "Ханука начинается 25-го числа еврейского месяца кислева, то есть 5 декабря 2026 года.",
      "consistent",
      [{ iso: "2026-12-05", hebrew: "25 Kislev 5787", verdict: "match" }],
    ],
    [
      "Ukrainian 'of the Jewish month' between the day and its month",
      "Пурим святкують 14 числа єврейського місяця адар II, що відповідає 23 березня 2027 року.",
      "consistent",
      [{ iso: "2027-03-23", hebrew: "14 Adar II 5787", verdict: "match" }],
    ],
    [
      "the verb in another sentence than the name joins nothing",
      "Песах празднуют всей семьёй. В 2027 году отпуск начнут 3 мая.",
      "unchecked",
      [],
    ],
  ])("%s", (_title, text, verdict, pairs) => {
    expectPairs(text, verdict, pairs);
  });
});
