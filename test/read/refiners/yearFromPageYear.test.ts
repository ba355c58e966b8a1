import { describe, expect, it } from "vitest";
import { parseDates } from "../../../src/read/parseDates.js";

const REFERENCE = "2026-12-01";

/** The year of mention `index` and the step that gave it. */
function yearOf(text: string, index = 0): { year: number | undefined; from: string | undefined } {
  const reading = parseDates(text, { reference: REFERENCE, trace: true });
  const step = reading.trace?.find(
    (entry) => entry.field === "year" && "mention" in entry.target && entry.target.mention === index,
  )?.step;
  return { year: reading.mentions[index]!.date?.year, from: step };
}

describe("yearFromPageYear: a year the page names on its own gives its year-less dates theirs", () => {
  it.each([
    // The civil date under a Hebrew year is the one in that year, or its eve (ravenna24ore.it,
    // nunocanilho.pt, inocenteantropologo.blogspot.com, reworded).
    ["Começa hoje o ano 5774 da era judaica. O jejum cai no dia 14 de setembro.", 0, 2013],
    ["Para el calendario hebreo, el año 5778 empieza al ocaso.\n\nEl día: 20 de septiembre", 0, 2017],
    ["Hun jaar 5784 loopt ten einde.\n\nHet feest is op 12 januari.", 0, 2024],
    ["Le mois de Tichri 5785 commence.\n\nRéunion le 15 octobre.", 0, 2024],
    // Catalan elides the article before "any" (diariodemallorca.es, reworded).
    ["Segons la tradició, comença l'any 5780 del món. El dejuni cau el 10 de tixrí.", 0, 5780],
    ["Aquest mes obre l\u2019any jueu 5785.\n\nLa fira: 20 d'octubre", 0, 2024],
    // A civil year introduced by a word, for a Hebrew date.
    ["Il calendario per il 2023 è questo.\n\nIl digiuno: 9 Av", 0, 5783],
    ["The report appeared in 2025.\n\nRosh Hashanah is a holiday.", 0, 5786],
    // Hungarian's "in 2021" is a case ending on the year (perceptiohu.com, hegyvidekujsag.hu, reworded).
    ["A vásár 2019-ben lesz.\n\nA nap: október 12-én", 0, 2019],
    ["2021-ben | szeptember 6-án este", 0, 2021],
  ])("%j", (text, index, year) => {
    expect(yearOf(text, index)).toEqual({ year, from: "year-from-page-year" });
  });

  it.each([
    // A season of two civil years is the Hebrew year that begins in the first (pageYear.ts).
    ["Calendar 2008-2009\n\nThe fair is on 20 January.", 0, 2009],
    ["Schedule 2019/20\n\nThe fair is on 20 October.", 0, 2019],
    ["לוח חופשות 2019–2020\n\nהכנס: 9 Av", 0, 5780],
  ])("a season: %j", (text, index, year) => {
    expect(yearOf(text, index)).toEqual({ year, from: "year-from-page-year" });
  });

  it("takes the weekday's year nearest the page's year, not the reference day's", () => {
    const text = "Il calendario per il 2023 è questo:\n\n• giovedì 25 maggio: riunione";
    expect(yearOf(text)).toEqual({ year: 2023, from: "year-from-weekday" });
  });

  it.each([
    ["a number no word introduces", "There were 5778 guests.\n\nThe fair is on 20 September."],
    ["a year inside a date", "On 3 May 1990 it rained.\n\nThe fair is on 20 September, 1990 or later."],
    ["a street number", "Rua 5774, loja 2.\n\nO jejum cai no dia 14 de setembro."],
    ["two years that do not follow on", "The war, 1914-1918.\n\nThe fair is on 20 September."],
    ["a season inside a date's span", "On 3 May 1990-91 it rained.\n\nThe fair is on 20 September."],
  ])("not from %s", (_, text) => {
    const reading = parseDates(text, { reference: REFERENCE, trace: true });
    const steps = (reading.trace ?? []).map((entry) => entry.step);
    expect(steps).not.toContain("year-from-page-year");
  });

  it("takes no year from a Hungarian year with another case ending ('2019-ig', until 2019)", () => {
    expect(yearOf("A vásár 2019-ig tartott.\n\nA nap: október 12-én").from).not.toBe("year-from-page-year");
  });

  it("prefers a date the page states over a year it names", () => {
    const text = "Nel 2020 si parlava d'altro.\n\nOggi è il 3 maggio 2024.\n\nIl digiuno: 9 Av";
    const found = yearOf(text, 1);
    expect(found.year).toBe(5784);
    expect(found.from).not.toBe("year-from-page-year");
  });
});
