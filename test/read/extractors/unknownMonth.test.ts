import { describe, expect, it } from "vitest";
import { unknownMonthExtractor } from "../../../src/read/extractors/unknownMonth.js";
import { expectNothingReadWithoutItsRun, holdsSomeRun } from "./runShapes.js";

function extract(text: string) {
  return unknownMonthExtractor.extract(text, {});
}

// [text, the mention as it stands in the text, its day and year, a suggestion it must contain]
const CASES: Array<[string, string, { day: number; year: number }, string]> = [
  ["10 Avv 5778", "10 Avv 5778", { day: 10, year: 5778 }, "Av"],
  ["10 AVV 5778", "10 AVV 5778", { day: 10, year: 5778 }, "Av"],
  ["Avv 10, 5778", "Avv 10, 5778", { day: 10, year: 5778 }, "Av"],
  ["10 Aw 5778", "10 Aw 5778", { day: 10, year: 5778 }, "Av"],
  ["on 10 Kislve 5778.", "10 Kislve 5778", { day: 10, year: 5778 }, "Kislev"],
  ["10 Shevatt 5784", "10 Shevatt 5784", { day: 10, year: 5784 }, "Sh'vat"],
  ["10th of Tishrai 5785", "10th of Tishrai 5785", { day: 10, year: 5785 }, "Tishrei"],
  ["10th of Nisann, 5784", "10th of Nisann, 5784", { day: 10, year: 5784 }, "Nisan"],
  ["10 Elull 5778", "10 Elull 5778", { day: 10, year: 5778 }, "Elul"],
  ["10 Tamuzz 5784", "10 Tamuzz 5784", { day: 10, year: 5784 }, "Tamuz"],
  ["Sivann 3 5784", "Sivann 3 5784", { day: 3, year: 5784 }, "Sivan"],
  ["10 Heshvon 5784", "10 Heshvon 5784", { day: 10, year: 5784 }, "Cheshvan"],
  ["10 Adarr 5784", "10 Adarr 5784", { day: 10, year: 5784 }, "Adar"],
];

describe("unknownMonthExtractor", () => {
  it.each(CASES)("%s → %s", (text, mention, stated, suggestion) => {
    const candidates = extract(text);
    expect(candidates).toHaveLength(1);
    const candidate = candidates[0]!;
    expect(text.slice(candidate.start, candidate.end)).toBe(mention);
    expect(candidate.stated).toEqual(stated);
    expect(candidate.calendar).toBe("hebrew");
    expect(candidate.extractor).toBe("unknown-month");
    expect(candidate.problem?.code).toBe("unknown-month");
    expect(candidate.problem?.suggestions).toContain(suggestion);
  });

  it("puts the nearest spelling first", () => {
    expect(extract("10 Adarr 5784")[0]?.problem?.suggestions?.[0]).toBe("Adar");
  });

  it.each([
    // Nothing near a month.
    "10 Foo 5778",
    "10 apples 5778",
    // Known months are the other extractors' business.
    "10 Av 5778",
    "10 Chesvan 5784",
    "10 July 2018",
    "10 Sept 2018",
    // No Hebrew-era year, or none at all.
    "10 Avv 2018",
    "10 Avv",
    "10 Avv 57780",
    // Short lower-case words are English words, not misspelt months.
    "10 at 5778",
    "sold 10 at 5000 each",
    "room 10 bar 5778",
  ])("reads nothing in %j", (text) => {
    expect(extract(text)).toEqual([]);
  });
});

describe("unknownMonthExtractor.mayHoldRun", () => {
  it.each(CASES)("%s holds the run of its year", (text) => {
    expect(holdsSomeRun(unknownMonthExtractor, text)).toBe(true);
  });
  it.each(["10 Avv 2018", "10 Avv 57780", "10 Avv 578"])("%s holds none", (text) => {
    expect(holdsSomeRun(unknownMonthExtractor, text)).toBe(false);
  });
  it("nothing is read in a text without its run", () => {
    expectNothingReadWithoutItsRun(unknownMonthExtractor);
  });
});
