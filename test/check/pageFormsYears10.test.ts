import { describe, expect, it } from "vitest";
import { checkDocument } from "../../src/index.js";
import { type ExpectedPair, expectPairs, REFERENCE } from "./fixtures.js";

// Pairs whose year was inferred wrongly though the page gives it (corpus rows of every language),
// written here with other days, years and words. Every match is checked against ICU (expectPairs);
// each row also says where the year came from (`inferred`).

type Row = [string, string, string, ExpectedPair[], string];

/** The notes of the years inferred for the page's pairs, in reading order. */
function yearNotes(text: string): string[] {
  return checkDocument(text, { reference: REFERENCE }).pairs.flatMap((pair) =>
    pair.inferred.filter((inference) => inference.field === "year").map((inference) => inference.note),
  );
}

describe("a civil year the prose writes beside a year-less date", () => {
  it.each<Row>([
    [
      "en: 'on May 1-2 in 2028' gives the range its year after it (5 Iyar 5788 moved to a Monday night)",
      "Here we will observe Yom HaAtzmaut on May 1-2 in 2028 (the 5th day of Iyar).",
      "consistent",
      [
        { iso: "2028-05-01", hebrew: "6 Iyyar 5788", verdict: "match-after-sunset" },
        { iso: "2028-05-02", hebrew: "6 Iyyar 5788", verdict: "match" },
      ],
      "the year 2028, written in the sentence right after it",
    ],
    [
      "el: 'για το 2028 αρχίζει τη Δευτέρα 10 Απριλίου' is the eve of Pesach 5788",
      "Ο εορτασμός του Πέσαχ για το 2028 αρχίζει τη Δευτέρα 10 Απριλίου.",
      "consistent",
      [{ iso: "2028-04-10", hebrew: "15 Nisan 5788", verdict: "match-after-sunset", weekday: "ok" }],
      "the year 2028, written in the sentence before it",
    ],
    [
      "el: the same sentence a week late is the page's mistake in 2028, not a fit found in 2032",
      "Ο εορτασμός του Πέσαχ για το 2028 αρχίζει τη Δευτέρα 17 Απριλίου.",
      "inconsistent",
      [{ iso: "2028-04-17", hebrew: "15 Nisan 5788", verdict: "mismatch", weekday: "ok" }],
      "the year 2028, written in the sentence before it",
    ],
    [
      "pt: an infobox row 'data de 2029 Pôr do sol, 19 de maio' is the eve of Shavuot 5789",
      "Começa o 6º dia de Sivan\nEncontro 6 Sivan\ndata de 2029 Pôr do sol, 19 de maio –\nanoitecer, 21 de maio",
      "consistent",
      [{ iso: "2029-05-19", hebrew: "6 Sivan 5789", verdict: "match-after-sunset" }],
      "the year 2029, written in the sentence before it",
    ],
  ])("%s", (_, text, verdict, pairs, note) => {
    expectPairs(text, verdict, pairs);
    expect(yearNotes(text)).toContain(note);
  });

  it("a year that opens the next sentence is not the date's ('14 de maio. Em 2030, …')", () => {
    const text = "O Lag BaOmer cai a 14 de maio. Em 2030, a fogueira muda de lugar.";
    const report = checkDocument(text, { reference: REFERENCE });
    expect(report.pairs.map((pair) => pair.gregorian.iso)).not.toContain("2030-05-14");
    expect(yearNotes(text).join(" ")).not.toContain("2030");
  });

  it("a word and a number that is no year after the date lend nothing ('May 1 in 12 rooms')", () => {
    const text = "Here we will observe Yom HaAtzmaut on May 1 in 12 rooms of the school.";
    expect(yearNotes(text).join(" ")).not.toContain("written in the sentence");
  });
});

describe("a Hebrew year in letters that ends the page's title (a school's table)", () => {
  const rows = (title: string) =>
    `${title}\nחזרה ללימודים |\nכ"ו תשרי |\n16 באוקטובר |\nכנס הורים |\nח טבת |\n26 בדצמבר |\nצום |\nי' טבת |\n30 בדצמבר |`;

  it("holds every row to 5789: the row two days off is a mismatch in 5789, not a fit in 5786", () => {
    const text = rows('לוח חופשות לשנת הלימודים תשפ"ט');
    expectPairs(text, "inconsistent", [
      { iso: "2028-10-16", hebrew: "26 Tishrei 5789", verdict: "match" },
      { iso: "2028-12-26", hebrew: "8 Tevet 5789", verdict: "match" },
      { iso: "2028-12-30", hebrew: "10 Tevet 5789", verdict: "mismatch" },
    ]);
    expect(yearNotes(text)).toContain('the year 5789 the page names ("תשפ"ט")');
  });

  it("without the title's year the same rows are read where their days agree (control)", () => {
    const text = rows("לוח חופשות");
    const report = checkDocument(text, { reference: REFERENCE });
    expect(report.verdict).toBe("consistent");
    expect(report.pairs.find((pair) => pair.hebrew.day === 10)?.hebrew.canonical).toBe("10 Tevet 5786");
  });

  it("a word in quotes that ends the title is no year (control)", () => {
    const text = rows('לוח חופשות של בי"ס');
    expect(yearNotes(text).join(" ")).not.toContain("the page names");
  });
});

describe("a holiday of the next sentence is not the date's partner through its opening article", () => {
  it("'… at nightfall of Sunday December 2. The Chanukah lights …' pairs the first Chanukah, in 5779", () => {
    const text =
      "Mark your calendars! Chanukah begins this year at nightfall of Sunday December 2. The Chanukah lights are kindled after sunset.";
    expectPairs(text, "consistent", [
      { iso: "2018-12-02", hebrew: "25 Kislev 5779", verdict: "match-after-sunset", weekday: "ok" },
    ]);
    expect(yearNotes(text)[0]).toContain("the date, its weekday and the holiday agree");
  });

  it("the same sentence with 2029 written is a day late: the page's mismatch", () => {
    expectPairs(
      "Mark your calendars! Chanukah 2029 begins at nightfall of Sunday December 2. The Chanukah lights are kindled after sunset.",
      "inconsistent",
      [{ iso: "2029-12-02", hebrew: "25 Kislev 5790", verdict: "mismatch", weekday: "ok" }],
    );
  });

  it("a date whose sentence names no holiday stays alone (control)", () => {
    const report = checkDocument("We meet on Sunday December 2. The Chanukah party follows.", {
      reference: REFERENCE,
    });
    expect(report.pairs).toEqual([]);
  });
});
