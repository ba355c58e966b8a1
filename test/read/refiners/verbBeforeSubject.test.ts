import { describe, expect, it } from "vitest";
import { checkDocument } from "../../../src/check/checkDocument.js";
import { verbBeforeSubjectJoin } from "../../../src/read/refiners/verbBeforeSubject.js";

// The verb of falling before the named day (German and Dutch word order). Days checked with ICU
// (Intl's Hebrew calendar): 10 Tishrei 5785 is 12 October 2024, 25 Kislev 5785 is 26 December 2024,
// 14 Adar 5785 is 14 March 2025.

const REFERENCE = "2026-12-01";
const pairsOf = (text: string) =>
  checkDocument(text, { reference: REFERENCE }).pairs.map((pair) => [
    pair.gregorian.iso,
    pair.hebrew.canonical,
    pair.verdict,
  ]);

describe("verbBeforeSubjectJoin", () => {
  it("joins a day that follows its verb to the date after the preposition", () => {
    const text = "Heuer fällt Purim auf den 3. März.";
    expect(
      verbBeforeSubjectJoin(text, { calendar: "hebrew", start: 12, end: 17 }, { start: 26, end: 34 }),
    ).toEqual({
      kind: "connector",
      text: " auf den ",
      phrase: "fällt … auf den",
    });
  });

  it("joins nothing without the verb, or from a civil date", () => {
    const text = "Wir bauen zu Purim auf den 3. März.";
    expect(
      verbBeforeSubjectJoin(text, { calendar: "hebrew", start: 13, end: 18 }, { start: 27, end: 35 }),
    ).toBeUndefined();
    const civil = "Heuer fällt der 3. März auf den 14. Adar.";
    expect(
      verbBeforeSubjectJoin(civil, { calendar: "gregorian", start: 16, end: 23 }, { start: 32, end: 40 }),
    ).toBeUndefined();
  });
});

describe("checkDocument: the verb of falling before the named day", () => {
  it.each([
    ["Im kommenden Herbst fällt Jom Kippur auf den 12. Oktober 2024.", "2024-10-12", "10 Tishrei 5785"],
    ["Dieses Jahr fiel der 10. Tischri 5785 auf den 12. Oktober 2024.", "2024-10-12", "10 Tishrei 5785"],
    ["Volgend jaar valt Chanoeka op 26 december 2024.", "2024-12-26", "25 Kislev 5785"],
  ])("%s", (text, iso, hebrew) => {
    expect(pairsOf(text)).toEqual([[iso, hebrew, "match"]]);
  });

  it("pairs no date a preposition leads to without the verb", () => {
    expect(pairsOf("Wir schmücken für Jom Kippur auf den 12. Oktober 2024 hin.")).toEqual([]);
  });

  it("catches a day the verb puts on the wrong date", () => {
    const report = checkDocument("In diesem Jahr fällt Purim auf den 16. März 2025.", {
      reference: REFERENCE,
    });
    expect(report.verdict).toBe("inconsistent");
    expect(report.pairs.map((pair) => pair.verdict)).toEqual(["mismatch"]);
  });
});
