import { describe, expect, it } from "vitest";
import { checkDocument } from "../../src/index.js";
import { type ExpectedPair, expectPairs, REFERENCE } from "./fixtures.js";

// Forms of Portuguese, Spanish and Romanian pages (held-out batch 2026-12-02r and the older corpus
// rows of these languages), written here with other days, years and words. Every match is checked
// against ICU (expectPairs).

type Row = [string, string, string, ExpectedPair[]];

describe("a year-less range on a page that names its Hebrew year elsewhere", () => {
  it.each<[string, string, [string, string]]>([
    [
      "es: 9 September 2029 is still 5789, yet the range's first end stays in the last end's year",
      "Para la comunidad será el año 5790.\n\nEl encuentro de la congregación cae del 9 al 11 de septiembre.",
      ["2029-09-09", "2029-09-11"],
    ],
    [
      "pt: a range over 1 Tishrei 5792 (18 September 2031)",
      "No calendário judaico começa o ano 5792.\n\nO retiro vai de 17 a 19 de setembro.",
      ["2031-09-17", "2031-09-19"],
    ],
    [
      "ro: 'între 9 și 11 septembrie' under 'Anul 5790'",
      "Anul 5790 începe curând.\n\nÎntâlnirea are loc între 9 și 11 septembrie.",
      ["2029-09-09", "2029-09-11"],
    ],
    [
      "es: a civil year written at the range's end is its own (control)",
      "Para la comunidad será el año 5790.\n\nEl encuentro cae del 9 al 11 de septiembre de 2030.",
      ["2030-09-09", "2030-09-11"],
    ],
  ])("%s", (_, text, [from, to]) => {
    const report = checkDocument(text, { reference: REFERENCE });
    expect(report.findings.map((finding) => finding.code)).not.toContain("range-reversed");
    expect(report.ranges.map((range) => [range.from.iso, range.to.iso])).toEqual([[from, to]]);
    expect(report.verdict).toBe("unchecked");
  });
});

describe("a holiday joined to its evening by a future verb (pt 'será celebrado entre', es 'arranca')", () => {
  it.each<Row>([
    [
      "pt: Purim 5790 (a leap year: 14 Adar II) from the sunset of 18 March 2030",
      "Em 2030, Purim será celebrado entre o pôr do sol do dia 18 de março e o pôr do sol do dia 20 de março.",
      "consistent",
      [{ iso: "2030-03-18", hebrew: "14 Adar II 5790", verdict: "match-after-sunset" }],
    ],
    [
      "pt: the same sentence a day early is the page's mistake",
      "Em 2030, Purim será celebrado entre o pôr do sol do dia 17 de março e o pôr do sol do dia 19 de março.",
      "inconsistent",
      [{ iso: "2030-03-17", hebrew: "14 Adar II 5790", verdict: "mismatch" }],
    ],
    [
      "es: 'arranca el domingo … al atardecer' is the evening before 1 Tishrei 5790",
      "Rosh Hashaná 5790 arranca el domingo 9 de septiembre al atardecer.",
      "consistent",
      [{ iso: "2029-09-09", hebrew: "1 Tishrei 5790", verdict: "match-after-sunset", weekday: "ok" }],
    ],
    [
      "es: a Saturday evening is a day too early",
      "Rosh Hashaná 5790 arranca el sábado 8 de septiembre al atardecer.",
      "inconsistent",
      [{ iso: "2029-09-08", hebrew: "1 Tishrei 5790", verdict: "mismatch", weekday: "ok" }],
    ],
  ])("%s", (_, text, verdict, pairs) => {
    expectPairs(text, verdict, pairs);
  });
});

describe("Romanian names of the New Year and of Pesach, and 'din seara de … până pe …'", () => {
  it.each<Row>([
    [
      "ro: 'Noul An Evreiesc 5790' on the evening of 9 September 2029",
      "Noul An Evreiesc 5790 începe în seara de 9 septembrie.",
      "consistent",
      [{ iso: "2029-09-09", hebrew: "1 Tishrei 5790", verdict: "match-after-sunset" }],
    ],
    [
      "ro: the genitive 'Anului Nou ebraic' beside its day",
      "Sărbătoarea Anului Nou ebraic, 10 septembrie 2029.",
      "consistent",
      [{ iso: "2029-09-10", hebrew: "1 Tishrei 5790", verdict: "match" }],
    ],
    [
      "ro: 'Paștele evreiesc' begins on the evening before 15 Nisan",
      "Paștele evreiesc 5790 începe în seara de 17 aprilie.",
      "consistent",
      [{ iso: "2030-04-17", hebrew: "15 Nisan 5790", verdict: "match-after-sunset" }],
    ],
    [
      "ro: the evening of 15 Nisan itself is a day late",
      "Paștele evreiesc 5790 începe în seara de 18 aprilie.",
      "inconsistent",
      [{ iso: "2030-04-18", hebrew: "15 Nisan 5790", verdict: "mismatch" }],
    ],
    [
      "ro: a span from an evening to the holiday's last day",
      "Anul nou evreiesc se sărbătorește din seara de 9 septembrie până pe 11 septembrie 2029.",
      "consistent",
      [
        { iso: "2029-09-09", hebrew: "1 Tishrei 5790", verdict: "match-after-sunset" },
        { iso: "2029-09-11", hebrew: "2 Tishrei 5790", verdict: "match" },
      ],
    ],
    [
      "ro: the civil New Year is no Hebrew date (negative control)",
      "Anul nou a fost sărbătorit pe 1 ianuarie 2029.",
      "unchecked",
      [],
    ],
  ])("%s", (_, text, verdict, pairs) => {
    expectPairs(text, verdict, pairs);
  });
});

describe("a civil date first, then the future verb and the holiday (es 'celebrará', pt 'comemorará')", () => {
  it.each<Row>([
    [
      "es: Yom Kippur 5790 on Wednesday 19 September 2029",
      "El miércoles 19 de septiembre de 2029 la comunidad celebrará Iom Kipur.",
      "consistent",
      [{ iso: "2029-09-19", hebrew: "10 Tishrei 5790", verdict: "match", weekday: "ok" }],
    ],
    [
      "es: the day after is the page's mistake",
      "El jueves 20 de septiembre de 2029 la comunidad celebrará Iom Kipur.",
      "inconsistent",
      [{ iso: "2029-09-20", hebrew: "10 Tishrei 5790", verdict: "mismatch", weekday: "ok" }],
    ],
    [
      "pt: 'No dia … a comunidade comemorará o Yom Kipur'",
      "No dia 19 de setembro de 2029 a comunidade comemorará o Yom Kipur.",
      "consistent",
      [{ iso: "2029-09-19", hebrew: "10 Tishrei 5790", verdict: "match" }],
    ],
  ])("%s", (_, text, verdict, pairs) => {
    expectPairs(text, verdict, pairs);
  });
});
