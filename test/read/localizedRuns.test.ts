import { readdirSync, readFileSync } from "node:fs";
import fc from "fast-check";
import { afterEach, describe, expect, it, vi } from "vitest";
import { localizedTextExtractor } from "../../src/read/extractors/localizedText.js";
import { BEFORE_MONTH } from "../../src/read/lexicon/dateWords.js";
import { allMonthSpellings } from "../../src/read/lexicon/languageMonths.js";
import { mayLeadLocalizedDate } from "../../src/read/localizedRuns.js";
import { parseDates } from "../../src/read/parseDates.js";
import { textAnchors } from "../../src/read/textAnchors.js";

const OPTIONS = { numericOrder: "auto" as const, referenceYear: 2026 };

/** The runs of a text that the test lets through. */
function leading(text: string): number[] {
  const runs = textAnchors(text).digitRuns;
  const out: number[] = [];
  for (let run = 0; run < runs.length; run += 2)
    if (mayLeadLocalizedDate(text, runs, run)) out.push(runs[run]!);
  return out;
}

/** Whether every date the reader finds in `text` holds a run the test lets through. */
function noDateLost(text: string): boolean {
  const runs = textAnchors(text).digitRuns;
  for (const found of localizedTextExtractor.extract(text, OPTIONS)) {
    let held = false;
    for (let run = 0; run < runs.length && !held; run += 2)
      held = runs[run]! >= found.start && runs[run]! < found.end && mayLeadLocalizedDate(text, runs, run);
    if (!held) return false;
  }
  return true;
}

const DIR = new URL("./extractors/localizedText/", import.meta.url);
const ROWS: string[] = readdirSync(DIR)
  .filter((name) => name.endsWith(".json"))
  .flatMap((name) =>
    (JSON.parse(readFileSync(new URL(name, DIR), "utf8")).rows as Array<{ text: string }>).map(
      (row) => row.text,
    ),
  );
const SNIPPETS: string[] = readFileSync(new URL("../pages/snippets.jsonl", import.meta.url), "utf8")
  .split("\n")
  .filter(Boolean)
  .map((line) => JSON.parse(line).text as string);

describe("mayLeadLocalizedDate", () => {
  it("@example", () => {
    expect(mayLeadLocalizedDate("22 июля 2018", [0, 2, 8, 12], 0)).toBe(true);
  });

  it.each([
    ["22 июля 2018", true],
    ["22. Juli 2018", true],
    ["1er Tichri 5779", true],
    ["1.º de agosto", true],
    ["10 de av de 5778", true],
    ["15 du mois de Nissan", true],
    ["22-го июля", true],
    ["7.září 2021", true],
    ["20ביולי 2012", true],
    ["ה-13 באוקטובר", true],
    ["10\u00a0ава 5778", true],
    ["1 ‘Heshvan 5780", true],
    ["2018. július 22.", true],
    ["22nd of July", true],
    // An English spelling after a plain day is the English readers' (the pattern takes it only
    // after a period or a phrase): "10 av" is let through no more.
    ["10 av", false],
    ["10. av", true],
    ["10 de av", true],
    ["250 people came", false],
    ["45% of them", false],
    ["$30 million", false],
    ["4,161 residents", false],
    ["1-9 in the final", false],
    ["12.5 percent", false],
    ["3 “final” words", false],
    ["4 of 54% left", false],
    ["2nd time", false],
    ["12abc", false],
    ["COVID19 ", false],
    ["10 avenue", false],
    ["2018 was a year", false],
    ["123 main", false],
    ["7", false],
    ["25 market once", false],
    ["4 school days", false],
    ["10 Sept. 2018", true],
    ["3 Adar II 5784", true],
  ])("%j: %s", (text, expected) => {
    expect(leading(text).length > 0).toBe(expected);
  });

  it("lets through every date the reader finds in its own rows and on the pages", () => {
    for (const text of [...ROWS, ...SNIPPETS]) expect(noDateLost(text), text).toBe(true);
  });

  it("lets through every date the reader finds in random text made of its words", () => {
    const spellings = allMonthSpellings().map((row) => row.spelling);
    const cased = fc
      .tuple(fc.constantFrom(...spellings), fc.constantFrom("as", "lower", "upper"))
      .map(([word, how]) =>
        how === "lower" ? word.toLowerCase() : how === "upper" ? word.toUpperCase() : word,
      );
    const option = (values: string[]) => fc.constantFrom("", ...values);
    const space = fc.constantFrom(" ", "  ", "\n", "\u00a0", "", " \n ", "\t");
    const dayFirst = fc
      .tuple(
        option(["on ", "le ", "x", "“", "ה-", "9"]),
        fc.integer({ min: 0, max: 99 }).map(String),
        option([".", "st", "nd", "th", "er", "re", "º", "-го", "טן", "a", "%"]),
        space,
        option(BEFORE_MONTH.map((phrase) => `${phrase} `)),
        option(["ב", "ל-", "'", "‘"]),
        cased,
        option([" 2018", " 5778", " de 2018", ", 2018", " г.", " года", "s"]),
      )
      .map((parts) => parts.join(""));
    const yearFirst = fc
      .tuple(
        option(["TÉ ", "x"]),
        fc.integer({ min: 100, max: 99999 }).map(String),
        option(["."]),
        space,
        cased,
        space,
        fc.integer({ min: 0, max: 40 }).map(String),
        option(["."]),
      )
      .map((parts) => parts.join(""));
    const texts = fc.sample(fc.oneof(dayFirst, yearFirst), { numRuns: 4000, seed: 13 });
    let withDates = 0;
    for (const text of texts) {
      if (localizedTextExtractor.extract(text, OPTIONS).length > 0) withDates++;
      expect(noDateLost(text), text).toBe(true);
    }
    // The property says something only where the reader finds dates.
    expect(withDates).toBeGreaterThan(400);
  });
});

describe("the localized reader on prose", () => {
  afterEach(() => vi.restoreAllMocks());

  it("is not run over English prose whose numbers begin no date of its own", () => {
    const extract = vi.spyOn(localizedTextExtractor, "extract");
    const text =
      "Of the 250 people who came, 45% stayed for 3 hours and paid $30 each; 4,161 did not. ".repeat(20);
    expect(parseDates(text, { reference: "2026-12-01" }).mentions).toEqual([]);
    expect(extract).not.toHaveBeenCalled();
  });

  it("is run where a day stands before a month of another language", () => {
    const extract = vi.spyOn(localizedTextExtractor, "extract");
    const text = "Of the 250 people who came, most were there on 22 июля 2018.";
    expect(parseDates(text, { reference: "2026-12-01" }).mentions.map((mention) => mention.text)).toEqual([
      "22 июля 2018",
    ]);
    expect(extract).toHaveBeenCalled();
  });
});
