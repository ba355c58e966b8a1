import { describe, expect, it } from "vitest";
import { checkDocument } from "../../src/index.js";
import { type ExpectedPair, expectPairs, REFERENCE } from "./fixtures.js";

// Forms of Catalan pages (held-out batch 2026-12-02v), written here with other days, years and
// words: the months after "de" and elided onto "d'", the weekdays, "a la nit" after a date, the
// verbs and the holiday names. Every match is checked against ICU (expectPairs).

type Row = [string, string, string, ExpectedPair[]];

describe("Catalan dates beside a holiday", () => {
  it.each<Row>([
    [
      "a month after 'de': Roix ha-Xanà 5789 on 21 September 2028",
      "El Roix ha-Xanà serà el 21 de setembre de 2028.",
      "consistent",
      [{ iso: "2028-09-21", hebrew: "1 Tishrei 5789", verdict: "match" }],
    ],
    [
      "Péssah put on its eve without an evening word is the page's mistake",
      "El Péssah serà el 21 d'abril de 2027.",
      "inconsistent",
      [{ iso: "2027-04-21", hebrew: "15 Nisan 5787", verdict: "mismatch" }],
    ],
    [
      "a month elided onto d': Péssah from its eve to its last day",
      "Enguany la celebració del Péssah serà del 21 al 29 d'abril de 2027.",
      "consistent",
      [
        { iso: "2027-04-21", hebrew: "15 Nisan 5787", verdict: "match-after-sunset" },
        { iso: "2027-04-29", hebrew: "22 Nisan 5787", verdict: "match" },
      ],
    ],
    [
      "'a la vigília del' is the evening the holiday begins",
      "El Roix ha-Xanà enguany s'ha iniciat a la vigília del 20 de setembre de 2028.",
      "consistent",
      [{ iso: "2028-09-20", hebrew: "1 Tishrei 5789", verdict: "match-after-sunset" }],
    ],
    [
      "'s'ha iniciat' is a verb of beginning: the day before is the holiday's eve",
      "El Roix ha-Xanà s'ha iniciat el 20 de setembre de 2028.",
      "consistent",
      [{ iso: "2028-09-20", hebrew: "1 Tishrei 5789", verdict: "match-after-sunset" }],
    ],
    [
      "'serà' is not: the day before is a day early",
      "El Roix ha-Xanà serà el 20 de setembre de 2028.",
      "inconsistent",
      [{ iso: "2028-09-20", hebrew: "1 Tishrei 5789", verdict: "mismatch" }],
    ],
  ])("%s", (_, text, verdict, pairs) => expectPairs(text, verdict, pairs));
});

describe("Catalan month and weekday words", () => {
  it.each<[string, string, string]>([
    ["gener", "el 3 de gener de 2029", "2029-01-03"],
    ["març", "el 14 de març de 2029", "2029-03-14"],
    ["d'agost, with a typographic apostrophe", "el 9 d’agost de 2029", "2029-08-09"],
    ["d'octubre", "l'1 d'octubre de 2029", "2029-10-01"],
    ["desembre", "el 25 de desembre de 2029", "2029-12-25"],
  ])("%s", (_, text, iso) => {
    const report = checkDocument(`La reunió és ${text}.`, { reference: REFERENCE });
    expect(report.dates.map((date) => date.iso)).toContain(iso);
  });

  it("a weekday written before its date is checked: dijous 22 d'abril de 2027 is a Thursday", () => {
    const report = checkDocument("El Péssah comença el dijous 22 d'abril de 2027.", { reference: REFERENCE });
    expect(report.pairs.map((pair) => [pair.gregorian.iso, pair.weekday.verdict])).toEqual([
      ["2027-04-22", "ok"],
    ]);
  });

  it("a wrong weekday is found: divendres 22 d'abril de 2027 was a Thursday", () => {
    const report = checkDocument("El Péssah comença el divendres 22 d'abril de 2027.", {
      reference: REFERENCE,
    });
    expect(report.pairs.map((pair) => [pair.gregorian.iso, pair.weekday.verdict])).toEqual([
      ["2027-04-22", "mismatch"],
    ]);
  });
});

describe("a Romanian date before 'are loc' and its holiday, a French converter's example", () => {
  it.each<Row>([
    [
      "ro: 'pe data de 2 octombrie 2027, are loc Roș Hașana'",
      "Anul acesta, pe data de 2 octombrie 2027, are loc Roș Hașana.",
      "consistent",
      [{ iso: "2027-10-02", hebrew: "1 Tishrei 5788", verdict: "match" }],
    ],
    [
      "ro: the new year put on its eve with no evening word is a day early",
      "Anul acesta, pe data de 1 octombrie 2027, are loc Noul An Evreiesc 5788.",
      "inconsistent",
      [{ iso: "2027-10-01", hebrew: "1 Tishrei 5788", verdict: "mismatch" }],
    ],
    [
      "fr: 'pourrait correspondre au' joins a civil date to its Hebrew date",
      "Une naissance le 12 mars 2015 pourrait correspondre au 21 Adar 5775.",
      "consistent",
      [{ iso: "2015-03-12", hebrew: "21 Adar 5775", verdict: "match" }],
    ],
    [
      "fr: the same with a wrong Hebrew day",
      "Une naissance le 12 mars 2015 pourrait correspondre au 23 Adar 5775.",
      "inconsistent",
      [{ iso: "2015-03-12", hebrew: "23 Adar 5775", verdict: "mismatch" }],
    ],
  ])("%s", (_, text, verdict, pairs) => expectPairs(text, verdict, pairs));
});
