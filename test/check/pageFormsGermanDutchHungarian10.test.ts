import { describe, expect, it } from "vitest";
import { checkDocument } from "../../src/index.js";
import { type ExpectedPair, expectPairs } from "./fixtures.js";

// Forms of German, Dutch and Hungarian pages that the round after the held-out batch 2026-12-02o reads,
// in other words and on other days than the corpus rows, consistent and inconsistent. Every match is
// checked against ICU (expectPairs).

type Row = [string, string, string, ExpectedPair[]];

describe("German, Dutch and Hungarian forms after the batch 2026-12-02o", () => {
  it.each<Row>([
    [
      "German 'Tischrej', a weekday before the civil date",
      "Montag, 4. Oktober 2027 · 3. Tischrej 5788",
      "consistent",
      [{ iso: "2027-10-04", hebrew: "3 Tishrei 5788", verdict: "match", weekday: "ok" }],
    ],
    [
      "German 'Tischrei' two days after the civil date is a mismatch (one day could be its evening)",
      "Samstag, 2. Oktober 2027 · 3. Tischrei 5788",
      "inconsistent",
      [{ iso: "2027-10-02", hebrew: "3 Tishrei 5788", verdict: "mismatch", weekday: "ok" }],
    ],
    [
      "the compound 'Pessachfest' after a date that begins it: its eve",
      "Am 10. April 2028 beginnt das jüdische Pessachfest.",
      "consistent",
      [{ iso: "2028-04-10", hebrew: "15 Nisan 5788", verdict: "match-after-sunset" }],
    ],
    [
      "'Pesachfest' said to begin a week early",
      "Das Pesachfest beginnt am 4. April 2028.",
      "inconsistent",
      [{ iso: "2028-04-04", hebrew: "15 Nisan 5788", verdict: "mismatch" }],
    ],
    [
      "'fand … statt' over the eve and the day of a one-day holiday",
      "Purim fand vom 11. bis 12. März 2028 statt.",
      "consistent",
      [
        { iso: "2028-03-11", hebrew: "14 Adar 5788", verdict: "match-after-sunset" },
        { iso: "2028-03-12", hebrew: "14 Adar 5788", verdict: "match" },
      ],
    ],
    [
      "'findet … statt' with the year between the verb and the day",
      "Schawuot findet 2029 am 20. Mai statt.",
      "consistent",
      [{ iso: "2029-05-20", hebrew: "6 Sivan 5789", verdict: "match" }],
    ],
    [
      "'fällt nach dem gregorianischen Kalender im Jahr … auf den'",
      "Rosch ha-Schana fällt nach dem gregorianischen Kalender im Jahr 2028 auf den 21. September.",
      "consistent",
      [{ iso: "2028-09-21", hebrew: "1 Tishrei 5789", verdict: "match" }],
    ],
    [
      "Hungarian 'hó' between the Hebrew month and its day",
      "2028. október 2. (Tisri hó 12.)",
      "consistent",
      [{ iso: "2028-10-02", hebrew: "12 Tishrei 5789", verdict: "match" }],
    ],
    [
      "the same a day late is a mismatch",
      "2028. október 3. (Tisri hó 12.)",
      "inconsistent",
      [{ iso: "2028-10-03", hebrew: "12 Tishrei 5789", verdict: "mismatch" }],
    ],
    [
      "Hungarian 'hava' between the month and its day",
      "2028. december 28. – Tévét hava 10.",
      "consistent",
      [{ iso: "2028-12-28", hebrew: "10 Tevet 5789", verdict: "match" }],
    ],
    [
      "the fast 'Assarah b'Tevet' with its year, beside its civil day",
      "Assarah b'Tevet 5789: 2028. december 28.",
      "consistent",
      [{ iso: "2028-12-28", hebrew: "10 Tevet 5789", verdict: "match" }],
    ],
    [
      "a year just before 'am' and the day is that day's year: the evening begins the next Hebrew day",
      "Dieser Tag ist der 14. Adar, er beginnt 2028 am 11. März bei Sonnenuntergang.",
      "consistent",
      [{ iso: "2028-03-11", hebrew: "14 Adar 5788", verdict: "match-after-sunset" }],
    ],
    [
      "the same year and evening under the day before is a mismatch, not a pair moved to a year that fits",
      "Dieser Tag ist der 13. Adar, er beginnt 2028 am 11. März bei Sonnenuntergang.",
      "inconsistent",
      [{ iso: "2028-03-11", hebrew: "13 Adar 5788", verdict: "mismatch" }],
    ],
    [
      "a holiday's name in German quotation marks is read as its name",
      "Das Fest „Purim“ beginnt am Abend des 11. März 2028.",
      "consistent",
      [{ iso: "2028-03-11", hebrew: "14 Adar 5788", verdict: "match-after-sunset" }],
    ],
    [
      "in guillemets too, and a week early it is a mismatch",
      "Das Fest »Purim« beginnt am 4. März 2028.",
      "inconsistent",
      [{ iso: "2028-03-04", hebrew: "14 Adar 5788", verdict: "mismatch" }],
    ],
    [
      "Dutch 'Poeriem' on a weekday's evening",
      "Poeriem begint op zaterdagavond 11 maart 2028.",
      "consistent",
      [{ iso: "2028-03-11", hebrew: "14 Adar 5788", verdict: "match-after-sunset", weekday: "ok" }],
    ],
    [
      "'Poerim' said to fall a week late",
      "Poerim valt op 19 maart 2028.",
      "inconsistent",
      [{ iso: "2028-03-19", hebrew: "14 Adar 5788", verdict: "mismatch" }],
    ],
    [
      "Dutch date first, then 'begint' and the holiday: its eve",
      "Op zaterdagavond 11 maart 2028 begint Poeriem.",
      "consistent",
      [{ iso: "2028-03-11", hebrew: "14 Adar 5788", verdict: "match-after-sunset", weekday: "ok" }],
    ],
    [
      "the same order eleven days early is a mismatch",
      "Op woensdag 1 maart 2028 begint Poeriem.",
      "inconsistent",
      [{ iso: "2028-03-01", hebrew: "14 Adar 5788", verdict: "mismatch", weekday: "ok" }],
    ],
    [
      "Austrian 'Tischre' beside 'heuer am' and its civil day",
      "Am 10. Tischre, heuer am 11. Oktober 2027, folgt Jom Kippur.",
      "consistent",
      [{ iso: "2027-10-11", hebrew: "10 Tishrei 5788", verdict: "match" }],
    ],
    [
      "the same a day late is a mismatch",
      "Am 10. Tischre, heuer am 12. Oktober 2027, folgt Jom Kippur.",
      "inconsistent",
      [{ iso: "2027-10-12", hebrew: "10 Tishrei 5788", verdict: "mismatch" }],
    ],
  ])("%s", (_, text, verdict, pairs) => {
    expectPairs(text, verdict, pairs);
  });

  it("reads no Hebrew date in 'hó' that follows no month's name (snow, in Hungarian)", () => {
    const report = checkDocument("Esett a hó 10 percig, majd 2028. október 2-án kisütött a nap.", {
      reference: "2026-12-01",
    });
    expect(report.pairs).toEqual([]);
    expect(report.verdict).toBe("unchecked");
  });
});
