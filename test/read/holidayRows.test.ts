import { describe, expect, it } from "vitest";
import { checkDocument } from "../../src/check/checkDocument.js";
import { holidayNameExtractor } from "../../src/read/extractors/holidayName.js";
import { holidayRows } from "../../src/read/holidayRows.js";

const REFERENCE = "2026-12-01";

/** [the row year's text, what it states] of each row candidate of a text. */
function rowsOf(text: string): Array<[string, object]> {
  return holidayRows(text, holidayNameExtractor.extract(text, {})).map((row) => [
    text.slice(row.start, row.end),
    row.stated,
  ]);
}

describe("holidayRows: a holiday named once above rows of years", () => {
  it("reads Hebrew and civil row years, with blank lines and an aside after the heading", () => {
    expect(
      rowsOf("Rosh Hashaná / Shana Tova\n\n5784 16 de setembro de 2023\n\n5785 3 de outubro de 2024"),
    ).toEqual([
      ["5784", { holiday: "rosh-hashanah", year: 5784 }],
      ["5785", { holiday: "rosh-hashanah", year: 5785 }],
    ]);
    expect(rowsOf("Yom Kipur\n\n2023: 25 de setembro\n2024: 12 de outubro")).toEqual([
      ["2023", { holiday: "yom-kippur", civilYear: 2023 }],
      ["2024", { holiday: "yom-kippur", civilYear: 2024 }],
    ]);
  });

  it("reads rows under a heading whose words say what the rows give", () => {
    expect(rowsOf("Purim, holiday — Dates by Year\nYear Date\n2027 March 23, 2027")).toEqual([
      ["2027", { holiday: "purim", civilYear: 2027 }],
    ]);
  });

  it("reads bulleted rows under a short line that introduces them with a colon", () => {
    expect(
      rowsOf("The coming dates of Purim are:\n- 2027: Tuesday, March 23\n- 2028: Sunday, March 12"),
    ).toEqual([
      ["2027", { holiday: "purim", civilYear: 2027 }],
      ["2028", { holiday: "purim", civilYear: 2028 }],
    ]);
  });

  it.each([
    [
      "an introducing line that holds a date",
      "Purim falls on March 23 in 2027, and later:\n- 2028: March 12",
    ],
    ["a line that ends without a colon", "The coming dates of Purim are these\n- 2027: Tuesday, March 23"],
    ["a heading with words that are no label's", "Purim begins at sundown\n2027: 22 March"],
    ["a name inside a sentence", "We keep Yom Kipur at home.\n2023: 25 de setembro"],
    ["a name with its own year", "Yom Kipur 2023\n2024: 12 de outubro"],
    [
      "a line that is no row",
      "Yom Kipur\nA day of fasting and prayer.\nAnother line.\nAnd one more.\nAnd a fourth.\n2023: 25 de setembro",
    ],
    ["a year with no date after it", "Yom Kipur\n2023: a quiet year"],
    ["a number that is no year", "Yom Kipur\n1234: 25 de setembro"],
  ])("reads no rows under %s", (_, text) => {
    expect(rowsOf(text)).toEqual([]);
  });

  it("pairs each row's holiday with its own row's date, never the row above", () => {
    const report = checkDocument(
      "Yom Kipur\n\n2023: 25 de setembro\n2024: 12 de outubro\n2025: 2 de outubro",
      {
        reference: REFERENCE,
      },
    );
    expect(report.verdict).toBe("consistent");
    expect(report.pairs.map((pair) => [pair.gregorian.iso, pair.hebrew.canonical, pair.verdict])).toEqual([
      ["2023-09-25", "10 Tishrei 5784", "match"],
      ["2024-10-12", "10 Tishrei 5785", "match"],
      ["2025-10-02", "10 Tishrei 5786", "match"],
    ]);
  });

  it("finds a row date days off its holiday", () => {
    const report = checkDocument("Rosh Hashaná\n5785 5 de outubro de 2024", { reference: REFERENCE });
    expect(report.verdict).toBe("inconsistent");
    // Nearest of its two days: 2 Tishrei 5785 was 4 October.
    expect(report.pairs[0]?.offsetDays).toBe(-1);
  });
});
