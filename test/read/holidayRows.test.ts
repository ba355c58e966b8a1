import { describe, expect, it } from "vitest";
import { checkDocument } from "../../src/check/checkDocument.js";
import { hebrewScriptExtractor } from "../../src/read/extractors/hebrewScript.js";
import { holidayNameExtractor } from "../../src/read/extractors/holidayName.js";
import { dayRows, holidayRows } from "../../src/read/holidayRows.js";
import { rowGap } from "../../src/read/refiners/rowGap.js";

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

  it("reads rows under a heading that glosses its name in a few words before a dash", () => {
    expect(rowsOf("SUCOT La fiesta - Tishrei (otoño)\n\n2027: 16 al 22 de octubre")).toEqual([
      ["2027", { holiday: "sukkot", civilYear: 2027 }],
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

  it("reads a row whose label stands before its year, or whose year takes a case ending", () => {
    expect(rowsOf("Purim\nRok 2027: 23. března\nRok 2028: 12. března")).toEqual([
      ["2027", { holiday: "purim", civilYear: 2027 }],
      ["2028", { holiday: "purim", civilYear: 2028 }],
    ]);
    expect(rowsOf("Shavuot\nDate 2027 | 11 June\nNext Year (2028) 30th May")).toEqual([
      ["2027", { holiday: "shavuot", civilYear: 2027 }],
      ["2028", { holiday: "shavuot", civilYear: 2028 }],
    ]);
    expect(rowsOf("Sukkot\n2027-ben | október 16")).toEqual([
      ["2027", { holiday: "sukkot", civilYear: 2027 }],
    ]);
  });

  it("reads rows under an infobox's fields, more of them than of other lines", () => {
    const fields = "Type | Jewish |\n---|---|\nMeaning | the fast |\nObservances | prayer |\nAlso | none |";
    expect(rowsOf(`Yom Kippur | |\n${fields}\n2027 date | 11 October |`)).toEqual([
      ["2027", { holiday: "yom-kippur", civilYear: 2027 }],
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
    ["a word before a year that no mark closes", "Purim\nIn 2027 we met on 23 March"],
    ["a label before a year with words after it", "Purim\nRok 2027 a 23 lidí"],
    ["a heading with four words before its dash", "Purim is the happy day - Adar\n2027: 23 March"],
  ])("reads no rows under %s", (_, text) => {
    expect(rowsOf(text)).toEqual([]);
  });

  it("reads rows run into the line after the colon that introduces them", () => {
    expect(rowsOf("Le date di Purim nei prossimi anni: 2027: 23 marzo 2028: 12 marzo")).toEqual([
      ["2027", { holiday: "purim", civilYear: 2027 }],
      ["2028", { holiday: "purim", civilYear: 2028 }],
    ]);
    const report = checkDocument("Yom Kipur cai nestes anos: 2025: 1-2 de outubro 2026: 21 de setembro", {
      reference: REFERENCE,
    });
    expect(report.verdict).toBe("consistent");
    expect(report.pairs.map((pair) => [pair.gregorian.iso, pair.hebrew.canonical])).toContainEqual([
      "2026-09-21",
      "10 Tishrei 5787",
    ]);
  });

  it("finds a row run into the line whose date is a day off", () => {
    const report = checkDocument("Yom Kipur cai nestes anos: 2025: 2 de outubro 2026: 22 de setembro", {
      reference: REFERENCE,
    });
    expect(report.verdict).toBe("inconsistent");
  });

  it.each([
    ["a single row after the colon", "Purim in those years: 2027: 23 March, we met"],
    [
      "words between the colon and the first row",
      "Purim in those years: we met in 2027: 23 March 2028: 12 March",
    ],
    ["a date before the colon", "Purim on 5 March: 2027: 23 March 2028: 12 March"],
    ["a name with its own year", "Purim 2026: 2027: 23 March 2028: 12 March"],
  ])("reads no rows run into a line with %s", (_, text) => {
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

  it.each([
    [" date | Sunset, ", "connector", "Sunset"],
    [": západ slunce ", "connector", "západ slunce"],
    [" | Coucher du soleil, ", "connector", "Coucher du soleil"],
    ["-ben | ", "separator", undefined],
    [") ", "separator", undefined],
  ])("joins a row's year to its date across %j", (gap, kind, phrase) => {
    const evidence = rowGap(gap);
    expect(evidence?.kind).toBe(kind);
    expect(evidence?.kind === "connector" ? evidence.phrase : undefined).toBe(phrase);
  });

  it.each([" we met on ", " | Sunset was late that year, on ", " date | the day after "])(
    "joins no row's year across %j",
    (gap) => {
      expect(rowGap(gap)).toBeUndefined();
    },
  );
});

/** [the row year's text, what it states] of each row candidate under a Hebrew day's heading. */
function dayRowsOf(text: string): Array<[string, object]> {
  return dayRows(text, hebrewScriptExtractor.extract(text, {})).map((row) => [
    text.slice(row.start, row.end),
    row.stated,
  ]);
}

// A day's page: the day as its title, a lead, then what happened on it, a line a year.
const DAY_PAGE = [
  'י"ט בכסלו',
  'י"ט בכסלו הוא היום התשעה עשר בחודש כסלו.',
  "אירועים",
  "- ה'תקנ\"ט (27/11/1798 למניינם) - שחרור מן המאסר בפטרבורג.",
  "- ה'תשס\"ב (04/12/2001 למניינם) - כינוס.",
  "- ה'תש\"ט (21/12/1948 למניינם) - פטירת רב.",
].join("\n");

describe("dayRows: a Hebrew day named once above rows of years", () => {
  it("lends the title's day and month to every row's year", () => {
    expect(dayRowsOf(DAY_PAGE)).toEqual([
      ["ה'תקנ\"ט", { day: 19, month: 9, year: 5559 }],
      ["ה'תשס\"ב", { day: 19, month: 9, year: 5762 }],
      ["ה'תש\"ט", { day: 19, month: 9, year: 5709 }],
    ]);
  });

  it("reads a year without its thousands, and no year in brackets before its line's date", () => {
    expect(dayRowsOf('כ"ט בכסלו\n* תרס"ה (1.12.1899)\n(תשמ"א) 7.12.1980')).toEqual([
      ['תרס"ה', { day: 29, month: 9, year: 5665 }],
    ]);
  });

  it.each([
    ["a heading with its own year", 'י"ט בכסלו תשפ"ז\n- ה\'תקנ"ט (27/11/1798)'],
    ["a day inside a sentence", 'ביום י"ט בכסלו שוחרר\n- ה\'תקנ"ט (27/11/1798)'],
    ["a row with no number after its year", 'י"ט בכסלו\n- ה\'תקנ"ט - שחרור מן המאסר'],
    [
      "rows after too many other lines",
      'י"ט בכסלו\nשורה אחת\nשורה שנייה\nשורה שלישית\nשורה רביעית\n- ה\'תקנ"ט (27/11/1798)',
    ],
  ])("reads no rows under %s", (_, text) => {
    expect(dayRowsOf(text)).toEqual([]);
  });

  it("pairs each row's Hebrew date with the civil date in its brackets", () => {
    const report = checkDocument(DAY_PAGE, { reference: REFERENCE });
    expect(report.verdict).toBe("consistent");
    expect(report.pairs.map((pair) => [pair.gregorian.iso, pair.hebrew.canonical, pair.verdict])).toEqual([
      ["1798-11-27", "19 Kislev 5559", "match"],
      ["2001-12-04", "19 Kislev 5762", "match"],
      ["1948-12-21", "19 Kislev 5709", "match"],
    ]);
  });

  it("finds a row whose civil date is a day off", () => {
    const report = checkDocument(DAY_PAGE.replace("21/12/1948", "22/12/1948"), { reference: REFERENCE });
    expect(report.verdict).toBe("inconsistent");
    expect(report.pairs.map((pair) => [pair.gregorian.iso, pair.verdict, pair.offsetDays])).toContainEqual([
      "1948-12-22",
      "mismatch",
      -1,
    ]);
  });
});
