import { describe, expect, it } from "vitest";
import { checkDocument } from "../../src/index.js";
import { type ExpectedPair, expectPairs } from "./fixtures.js";

// Forms of Catalan, Portuguese and Spanish pages read in the thirteenth round, in other words and on
// other days than the corpus rows, consistent and inconsistent. Every match is checked against ICU
// (expectPairs).

type Row = [string, string, string, ExpectedPair[]];

describe("Catalan, Portuguese and Spanish forms of the thirteenth round", () => {
  it.each<Row>([
    [
      "Catalan 'tixrí' with its year, beside the civil day",
      "Aquest any el segon dia és el 2 de tixrí de 5788, el 3 d'octubre de 2027.",
      "consistent",
      [{ iso: "2027-10-03", hebrew: "2 Tishrei 5788", verdict: "match" }],
    ],
    [
      "Catalan 'tixri' two days off is a mismatch",
      "Aquest any el segon dia és el 2 de tixri de 5788, el 5 d'octubre de 2027.",
      "inconsistent",
      [{ iso: "2027-10-05", hebrew: "2 Tishrei 5788", verdict: "mismatch" }],
    ],
    [
      "Portuguese 'dia do mês de' between an ordinal day and the month",
      "O jejum cai no 10º dia do mês de Tishrei de 5788 (11 de outubro de 2027).",
      "consistent",
      [{ iso: "2027-10-11", hebrew: "10 Tishrei 5788", verdict: "match" }],
    ],
    [
      "Portuguese 'dia do mês hebraico de' two days early is a mismatch",
      "O jejum cai no 10º dia do mês hebraico de Tishrei de 5788 (9 de outubro de 2027).",
      "inconsistent",
      [{ iso: "2027-10-09", hebrew: "10 Tishrei 5788", verdict: "mismatch" }],
    ],
    [
      "Spanish 'día del mes hebreo de' before the month",
      "La fiesta de los árboles es el 15 día del mes hebreo de Shevat de 5788: el 12 de febrero de 2028.",
      "consistent",
      [{ iso: "2028-02-12", hebrew: "15 Sh'vat 5788", verdict: "match" }],
    ],
  ])("%s", (_, text, verdict, pairs) => {
    expectPairs(text, verdict, pairs);
  });

  it("reads no Hebrew month in running prose's 'dia do mês de' before a civil month", () => {
    const report = checkDocument("No 5º dia do mês de maio de 2027 houve uma reunião.", {
      reference: "2026-12-01",
    });
    expect(report.pairs).toEqual([]);
    expect(report.verdict).toBe("unchecked");
  });
});
