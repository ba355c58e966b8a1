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
      "ro: 'a.c.' (of this year) after the date is no word between it and the holiday",
      "Comunitatea sărbătorește luni, 10 septembrie a.c., Roș Hașana.",
      "consistent",
      [{ iso: "2029-09-10", hebrew: "1 Tishrei 5790", verdict: "match", weekday: "ok" }],
    ],
    [
      "ro: the evening word before a year-less date first picks the year of that eve",
      "Evreii sărbătoresc, în seara zilei de 9 septembrie a.c., Roș Hașana, Anul Nou.",
      "consistent",
      [{ iso: "2029-09-09", hebrew: "1 Tishrei 5790", verdict: "match-after-sunset" }],
    ],
    [
      "ro: 'a.c.' after a concert's date makes no Hebrew date (negative control)",
      "Concertul are loc pe 10 septembrie a.c., la filarmonică.",
      "unchecked",
      [],
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

describe("cs and sk: 'bol' / 'byl' / 'bude' joins a holiday to its day, 'v roku' gives the day its year", () => {
  it.each<Row>([
    [
      "sk: the second day of Rosh Hashanah 5749, its year after 'v roku'",
      "Roš Hašana bol naposledy 13. septembra v roku 1988.",
      "consistent",
      [{ iso: "1988-09-13", hebrew: "2 Tishrei 5749", verdict: "match" }],
    ],
    [
      "cs: Yom Kippur 5791 'bude letos' on its day, 'v roce'",
      "Jom kipur bude letos 7. října v roce 2030.",
      "consistent",
      [{ iso: "2030-10-07", hebrew: "10 Tishrei 5791", verdict: "match" }],
    ],
    [
      "cs: five days early is the page's mistake",
      "Jom kipur bude letos 2. října 2030.",
      "inconsistent",
      [{ iso: "2030-10-02", hebrew: "10 Tishrei 5791", verdict: "mismatch" }],
    ],
    [
      "sk: a concert that 'bol' on a day is no Hebrew date (negative control)",
      "Koncert bol 13. septembra v roku 1988.",
      "unchecked",
      [],
    ],
  ])("%s", (_, text, verdict, pairs) => {
    expectPairs(text, verdict, pairs);
  });
});

describe("hu: the date opens the sentence, the verb, then the holiday ('április 22-én kezdődik a Pészach')", () => {
  it.each<Row>([
    [
      "hu: 'kezdődik a' between the date and the holiday joins them",
      "Csütörtökön, április 22-én kezdődik a Pészach.",
      "consistent",
      [{ iso: "2027-04-22", hebrew: "15 Nisan 5787", verdict: "match", weekday: "ok" }],
    ],
    [
      "hu: 'napnyugtakor' (at sunset) after the date makes it the evening that begins the holiday",
      "Szerdán, április 21-én napnyugtakor veszi kezdetét a Pészach.",
      "consistent",
      [{ iso: "2027-04-21", hebrew: "15 Nisan 5787", verdict: "match-after-sunset", weekday: "ok" }],
    ],
    [
      "hu: a concert at sunset is no Hebrew date (negative control)",
      "Április 21-én napnyugtakor kezdődik a koncert.",
      "unchecked",
      [],
    ],
    [
      "hu: a second clause before the holiday joins nothing (negative control)",
      "Április 22-én kezdődik a tanév, a Pészach után.",
      "unchecked",
      [],
    ],
  ])("%s", (_, text, verdict, pairs) => {
    expectPairs(text, verdict, pairs);
  });
});

describe("ro: 'care corespunde datei de', 'adică' and 'după calendarul evreiesc' between two dates", () => {
  it.each<Row>([
    [
      "ro: 'which corresponds to the date of' joins the Hebrew date to the civil one",
      "Ziua de 15 Nisan, care corespunde datei de 11 aprilie 2017.",
      "consistent",
      [{ iso: "2017-04-11", hebrew: "15 Nisan 5777", verdict: "match" }],
    ],
    [
      "ro: the calendar's gloss and 'adică' (that is)",
      "Ziua de 15 Nisan după calendarul evreiesc, adică 11 aprilie 2017.",
      "consistent",
      [{ iso: "2017-04-11", hebrew: "15 Nisan 5777", verdict: "match" }],
    ],
    [
      "ro: a day early is the page's mistake",
      "Sărbătoarea începe la 15 Nisan 5777, care corespunde datei de 10 aprilie 2017.",
      "inconsistent",
      [{ iso: "2017-04-10", hebrew: "15 Nisan 5777", verdict: "mismatch" }],
    ],
    [
      "ro: 'adică' after a concert's date makes no Hebrew date (negative control)",
      "Concertul are loc pe 11 aprilie 2017, adică marțea viitoare.",
      "unchecked",
      [],
    ],
  ])("%s", (_, text, verdict, pairs) => {
    expectPairs(text, verdict, pairs);
  });
});
