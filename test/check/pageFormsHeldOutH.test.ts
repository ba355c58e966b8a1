import { describe, expect, it } from "vitest";
import { checkDocument } from "../../src/check/checkDocument.js";
import { parseDates } from "../../src/read/parseDates.js";
import { clauseGap } from "../../src/read/refiners/clauseJoin.js";
import { dateFirstClauseGap } from "../../src/read/refiners/dateFirstClause.js";
import { type ExpectedPair, expectPairs, REFERENCE } from "./fixtures.js";

// Forms of the held-out batch 2026-12-01h of real-page snippets (test/pages) that its round of fixes
// reads, written here in other words and with other days, so that the batch stays held out. Every
// match is checked against ICU (expectPairs).

type Row = [string, string, string, ExpectedPair[]];

describe("forms of the held-out batch 2026-12-01h", () => {
  it.each<Row>([
    [
      "a holiday's span in Russian, from the evening before its first day to its last",
      "В 2026 году Ханука продлится с 4 по 12 декабря.",
      "consistent",
      [
        { iso: "2026-12-04", hebrew: "25 Kislev 5787", verdict: "match-after-sunset" },
        { iso: "2026-12-12", hebrew: "2 Tevet 5787", verdict: "match" },
      ],
    ],
    [
      "the same in Ukrainian, over two months",
      "Цього року Песах триватиме з 30 березня по 7 квітня 2029 року.",
      "consistent",
      [
        { iso: "2029-03-30", hebrew: "15 Nisan 5789", verdict: "match-after-sunset" },
        { iso: "2029-04-07", hebrew: "22 Nisan 5789", verdict: "match" },
      ],
    ],
    [
      "a Portuguese range joined by 'e', with 'de' before its month, the date first",
      "Entre os dias 11 e 13 de setembro de 2026, a comunidade celebra o Rosh Hashaná.",
      "consistent",
      [
        { iso: "2026-09-11", hebrew: "1 Tishrei 5787", verdict: "match-after-sunset" },
        { iso: "2026-09-13", hebrew: "2 Tishrei 5787", verdict: "match" },
      ],
    ],
    [
      "a Spanish 'del … al … de … de' after 'será'",
      "Rosh Hashaná será del 11 al 13 de septiembre de 2026.",
      "consistent",
      [
        { iso: "2026-09-11", hebrew: "1 Tishrei 5787", verdict: "match-after-sunset" },
        { iso: "2026-09-13", hebrew: "2 Tishrei 5787", verdict: "match" },
      ],
    ],
    [
      "'lasts' in German, its range with 'bis'",
      "Pessach 2028 dauert vom 10. bis 18. April.",
      "consistent",
      [
        { iso: "2028-04-10", hebrew: "15 Nisan 5788", verdict: "match-after-sunset" },
        { iso: "2028-04-18", hebrew: "22 Nisan 5788", verdict: "match" },
      ],
    ],
    [
      "'lasts' in Polish, 'od … do'",
      "Chanuka 2026 trwa od 4 do 12 grudnia.",
      "consistent",
      [
        { iso: "2026-12-04", hebrew: "25 Kislev 5787", verdict: "match-after-sunset" },
        { iso: "2026-12-12", hebrew: "2 Tevet 5787", verdict: "match" },
      ],
    ],
    [
      "a day-to-day range pairs both ends with both days",
      "Il 12 e 13 settembre 2026 sarà Rosh ha Shanà.",
      "consistent",
      [
        { iso: "2026-09-12", hebrew: "1 Tishrei 5787", verdict: "match" },
        { iso: "2026-09-13", hebrew: "2 Tishrei 5787", verdict: "match" },
      ],
    ],
    [
      "a French date first, then a verb of beginning: the evening",
      "Le 11 septembre 2026 commencera la fête de Roch Hachana.",
      "consistent",
      [{ iso: "2026-09-11", hebrew: "1 Tishrei 5787", verdict: "match-after-sunset" }],
    ],
    [
      "the same without a year: the page's year, at the eve, not a far year's first day",
      "Publié le 10 septembre 2026\n\nLe 11 septembre débutera Roch Hachana, le nouvel an juif.",
      "consistent",
      [{ iso: "2026-09-11", hebrew: "1 Tishrei 5787", verdict: "match-after-sunset" }],
    ],
    [
      "a Slovak date first, 'pripadol v tomto roku židovský sviatok'",
      "Na 21. septembra pripadol v tomto roku židovský sviatok Jom kippur 5787.",
      "consistent",
      [{ iso: "2026-09-21", hebrew: "10 Tishrei 5787", verdict: "match" }],
    ],
    [
      "a Czech 'spadá na'",
      "Jom kipur 2026 spadá na 21. září.",
      "consistent",
      [{ iso: "2026-09-21", hebrew: "10 Tishrei 5787", verdict: "match" }],
    ],
    [
      "a list of Hebrew and civil days with a slash under a Hebrew year only, one row a day off",
      "De data voor de feesten in 5787 zijn:\n1 Tisjri/12-13 september Rosj HaSjana\n10 Tisjri/21 september Jom Kippoer\n14 Nisan/21 april Sederavond\n21 Nisan/29 april Matsot, dag 7",
      "inconsistent",
      [
        { iso: "2026-09-12", hebrew: "1 Tishrei 5787", verdict: "match" },
        { iso: "2026-09-21", hebrew: "10 Tishrei 5787", verdict: "match" },
        { iso: "2027-04-21", hebrew: "14 Nisan 5787", verdict: "match" },
        { iso: "2027-04-29", hebrew: "21 Nisan 5787", verdict: "mismatch" },
      ],
    ],
    [
      "a table row of a Hebrew range beside a civil range, day first, end with end",
      "Dit jaar begint het Joodse nieuwe jaar (5787) op zaterdag 12 september.\n\nRosj Hasjana  Nieuwjaarsfeest  1-2 tisjri  12-13 september\nJom Kipoer  Grote Verzoendag  10 tisjri  21 september",
      "consistent",
      [
        { iso: "2026-09-12", hebrew: "1 Tishrei 5787", verdict: "match" },
        { iso: "2026-09-13", hebrew: "2 Tishrei 5787", verdict: "match" },
        { iso: "2026-09-21", hebrew: "10 Tishrei 5787", verdict: "match" },
      ],
    ],
    [
      "a month before a range's first day, with no day of its own, is that day's",
      "July 2 - 10 Av 5778",
      "inconsistent",
      [{ iso: "2018-07-02", hebrew: "10 Av 5778", verdict: "mismatch" }],
    ],
    [
      "'the Jewish Passover' as Ukrainian writes it, over a range",
      "Цього року Єврейська Паска припадає з 1 по 9 квітня 2026.",
      "consistent",
      [
        { iso: "2026-04-01", hebrew: "15 Nisan 5786", verdict: "match-after-sunset" },
        { iso: "2026-04-09", hebrew: "22 Nisan 5786", verdict: "match" },
      ],
    ],
    [
      "a bracketed name and 'se celebra desde el atardecer de'",
      "El Pésaj (Pascua Judía) se celebra desde el atardecer de este 1 de abril de 2026 hasta el anochecer del 9.",
      "consistent",
      [{ iso: "2026-04-01", hebrew: "15 Nisan 5786", verdict: "match-after-sunset" }],
    ],
    [
      "Lag Ba Omer with its words apart",
      "Lag Ba Omer 5787: 25 травня 2027",
      "consistent",
      [{ iso: "2027-05-25", hebrew: "18 Iyyar 5787", verdict: "match" }],
    ],
    [
      "'the Jewish New Year' in English, after a date-first 'will launch'",
      "The evening of September 11, 2026 will launch the Jewish New Year.",
      "consistent",
      [{ iso: "2026-09-11", hebrew: "1 Tishrei 5787", verdict: "match-after-sunset" }],
    ],
    [
      "'the Jewish New Year for Trees' is Tu BiShvat's",
      "Tu BiShvat, the Jewish New Year for Trees, begins on the evening of February 1, 2026.",
      "consistent",
      [{ iso: "2026-02-01", hebrew: "15 Sh'vat 5786", verdict: "match-after-sunset" }],
    ],
    [
      "Lag Beomer, with an e, beginning at sundown",
      "Lag Beomer 5787 begins at sundown on May 24, 2027.",
      "consistent",
      [{ iso: "2027-05-24", hebrew: "18 Iyyar 5787", verdict: "match-after-sunset" }],
    ],
    [
      "a heading's Hebrew year after a month and 'de' gives the year-less Hebrew date its year",
      "Abril de 2026 – Nisán / iyar de 5786\n\nEl 16 de nisán –3 de abril, este año– algunas comunidades celebran.",
      "consistent",
      [{ iso: "2026-04-03", hebrew: "16 Nisan 5786", verdict: "match" }],
    ],
    [
      "the same a day off",
      "Jom kipur 2026 spadá na 22. září.",
      "inconsistent",
      [{ iso: "2026-09-22", hebrew: "10 Tishrei 5787", verdict: "mismatch" }],
    ],
  ])("%s", (_, text, verdict, pairs) => {
    expectPairs(text, verdict, pairs);
  });

  it("finds a range that neither begins on the eve nor the first day, and ends after the last, inconsistent", () => {
    const text = "Entre os dias 12 e 14 de setembro de 2026, a comunidade celebra o Rosh Hashaná.";
    const report = checkDocument(text, { reference: REFERENCE });
    expect(report.verdict).toBe("inconsistent");
    expect(report.pairs.map((pair) => pair.verdict)).toContain("mismatch");
  });

  it("pairs a date-first clause over a gloss that a dash closes before the name", () => {
    // 15 Nisan 5786 is 2 April 2026, 14 Adar 5786 is 3 March 2026 (ICU).
    const pairs = (text: string) =>
      checkDocument(text, { reference: REFERENCE }).pairs.map((pair) => [
        pair.gregorian.iso,
        pair.hebrew.canonical,
        pair.verdict,
      ]);
    expect(
      pairs("1 квітня 2026 року ввечері розпочинається одне з найголовніших свят року – Песах."),
    ).toEqual([["2026-04-01", "15 Nisan 5786", "match-after-sunset"]]);
    expect(pairs("On March 3, 2026, Jews celebrate one of the merriest feasts of the year – Purim.")).toEqual(
      [["2026-03-03", "14 Adar 5786", "match"]],
    );
    // A date in brackets glosses the day before the bracket: the clause is not its.
    expect(
      pairs("15 нісана (2 квітня) ввечері розпочинається одне з найголовніших свят року – Песах."),
    ).toEqual([]);
  });

  it("pairs no clause across a sentence, nor a verb of another subject", () => {
    expect(dateFirstClauseGap(" commencera l'année scolaire. ")).toBeUndefined();
    expect(dateFirstClauseGap(" commencera la fête de ")).toMatchObject({ phrase: "commencera la fête de" });
    expect(clauseGap(" dauert vom ")).toMatchObject({ phrase: "dauert vom" });
    expect(clauseGap(" dauert 8 Tage vom ")).toBeUndefined();
    expectPairs(
      "Le 11 septembre 2026 commencera l'année scolaire. Roch Hachana est une fête.",
      "unchecked",
      [],
    );
  });

  it("reads ranges joined by the 'to' of other languages, and leaves a year that heads the next item", () => {
    const ends = (text: string) =>
      parseDates(text, { reference: REFERENCE })
        .mentions.filter((mention) => mention.extractor === "day-range")
        .map((mention) => mention.date);
    expect(ends("с 14 по 22 декабря 2025")).toEqual([
      { calendar: "gregorian", year: 2025, month: 12, day: 14 },
      { calendar: "gregorian", year: 2025, month: 12, day: 22 },
    ]);
    expect(ends("van 7 tot 9 oktober 2026").map((date) => date?.day)).toEqual([7, 9]);
    expect(ends("de 22 a 24 de setembro de 2025").map((date) => date?.year)).toEqual([2025, 2025]);
    // "2021:" heads the next row of a list run together: the first range is not 2021's.
    expect(ends("2020: 27-28 settembre 2021: 15-16 settembre").map((date) => date?.year)).not.toContain(
      undefined,
    );
    expect(ends("2020: 27-28 settembre 2021: 15-16 settembre")[1]?.year).toBe(2020);
  });
});
