import { describe, it } from "vitest";
import { type ExpectedPair, expectPairs } from "./fixtures.js";

// Forms of Russian, Ukrainian, Polish, Czech and Slovak pages that the held-out batch 2026-12-02p
// (test/pages) showed the reader missing, written here with other days, years and words. Every match
// is checked against ICU (expectPairs).

type Row = [string, string, string, ExpectedPair[]];

describe("Tu BiShvat in Cyrillic and in Polish and Czech letters", () => {
  it.each<Row>([
    [
      "ru: the holiday with its civil day and the year before it",
      "В 2024 году Ту би-Шват выпадает на 25 января.",
      "consistent",
      [{ iso: "2024-01-25", hebrew: "15 Sh'vat 5784", verdict: "match" }],
    ],
    [
      "ru: the same sentence a day late",
      "В 2024 году Ту би-Шват выпадает на 26 января.",
      "inconsistent",
      [{ iso: "2024-01-26", hebrew: "15 Sh'vat 5784", verdict: "mismatch" }],
    ],
    [
      "uk: the holiday and a Hebrew day in words of the month in brackets",
      "У 2027 році Ту бі-Шват припадає на 23 січня (15 число місяця шват).",
      "consistent",
      [{ iso: "2027-01-23", hebrew: "15 Sh'vat 5787", verdict: "match" }],
    ],
    [
      "pl: Tu bi-Szwat with the year before it",
      "W 2024 roku Tu bi-Szwat przypada 25 stycznia.",
      "consistent",
      [{ iso: "2024-01-25", hebrew: "15 Sh'vat 5784", verdict: "match" }],
    ],
    [
      "cs: Tu bi-švat with the year after the name",
      "Tu bi-švat v roce 2023 připadá na 6. února.",
      "consistent",
      [{ iso: "2023-02-06", hebrew: "15 Sh'vat 5783", verdict: "match" }],
    ],
    ["ru: the name alone is no date of the page", "Ту би-Шват — Новый год деревьев.", "no-dates", []],
  ])("%s", (_name, text, verdict, pairs) => {
    expectPairs(text, verdict, pairs);
  });
});

describe("a Hebrew day written as 'N число месяца X'", () => {
  it.each<Row>([
    [
      "ru: the nominative 'число' before the month, in brackets after the civil day",
      "В 2024 году праздник выпадает на 25 января (15 число месяца шват).",
      "consistent",
      [{ iso: "2024-01-25", hebrew: "15 Sh'vat 5784", verdict: "match" }],
    ],
    [
      "ru: the same with the civil day a day late",
      "В 2024 году праздник выпадает на 26 января (15 число месяца шват).",
      "inconsistent",
      [{ iso: "2024-01-26", hebrew: "15 Sh'vat 5784", verdict: "mismatch" }],
    ],
  ])("%s", (_name, text, verdict, pairs) => {
    expectPairs(text, verdict, pairs);
  });
});

describe("a civil date first, then 'is kept' and the holiday's name", () => {
  it.each<Row>([
    [
      "ru: 'отмечается' after the date",
      "25 января 2024 года отмечается Ту би-Шват.",
      "consistent",
      [{ iso: "2024-01-25", hebrew: "15 Sh'vat 5784", verdict: "match" }],
    ],
    [
      "ru: the same two days late",
      "27 января 2024 года отмечается Ту би-Шват.",
      "inconsistent",
      [{ iso: "2024-01-27", hebrew: "15 Sh'vat 5784", verdict: "mismatch" }],
    ],
  ])("%s", (_name, text, verdict, pairs) => {
    expectPairs(text, verdict, pairs);
  });
});

describe("Hebrew months after a day in the Czech genitive", () => {
  it.each<Row>([
    [
      "cs: 'avu' after a spaced civil date, a bio's death",
      "Zemřel ve Vilně 9. 8. 1940, 5. avu 5700.",
      "consistent",
      [{ iso: "1940-08-09", hebrew: "5 Av 5700", verdict: "match" }],
    ],
    [
      "cs: the same a day late",
      "Zemřel ve Vilně 10. 8. 1940, 5. avu 5700.",
      "inconsistent",
      [{ iso: "1940-08-10", hebrew: "5 Av 5700", verdict: "mismatch" }],
    ],
    [
      "cs: 'tamuzu' before the civil date in brackets",
      "Narodil se 17. tamuzu 5680 (3. 7. 1920).",
      "consistent",
      [{ iso: "1920-07-03", hebrew: "17 Tamuz 5680", verdict: "match" }],
    ],
  ])("%s", (_name, text, verdict, pairs) => {
    expectPairs(text, verdict, pairs);
  });
});

describe("a civil date with a space after each dot beside a Hebrew date", () => {
  it.each<Row>([
    [
      "cs: a birth year, then the death's civil and Hebrew dates in one bracket",
      "rabi Chaim Ozer (1863 – 9. 8. 1940, 5. Av 5700)",
      "consistent",
      [{ iso: "1940-08-09", hebrew: "5 Av 5700", verdict: "match" }],
    ],
    [
      "cs: the same bracket with the civil day a week late",
      "rabi Chaim Ozer (1863 – 16. 8. 1940, 5. Av 5700)",
      "inconsistent",
      [{ iso: "1940-08-16", hebrew: "5 Av 5700", verdict: "mismatch" }],
    ],
    ["cs: a list's numbering is no date", "V seznamu: 1. 2. 3. 4.", "no-dates", []],
  ])("%s", (_name, text, verdict, pairs) => {
    expectPairs(text, verdict, pairs);
  });
});

describe("a holiday's name, then 'from' and its civil span (ru 'с', uk 'з')", () => {
  it.each<Row>([
    [
      "ru: Pesach from its eve to its eighth day",
      "В 2027 году евреи отмечают Песах с 21 апреля по 29 апреля.",
      "consistent",
      [
        { iso: "2027-04-21", hebrew: "15 Nisan 5787", verdict: "match-after-sunset" },
        { iso: "2027-04-29", hebrew: "22 Nisan 5787", verdict: "match" },
      ],
    ],
    [
      "ru: the same span a day too long",
      "В 2027 году евреи отмечают Песах с 21 апреля по 30 апреля.",
      "inconsistent",
      [
        { iso: "2027-04-21", hebrew: "15 Nisan 5787", verdict: "match-after-sunset" },
        { iso: "2027-04-30", hebrew: "22 Nisan 5787", verdict: "mismatch" },
      ],
    ],
    [
      "uk: Chanukah with 'з … по …'",
      "У 2026 році євреї відзначають Хануку з 4 грудня по 12 грудня.",
      "consistent",
      [
        { iso: "2026-12-04", hebrew: "25 Kislev 5787", verdict: "match-after-sunset" },
        { iso: "2026-12-12", hebrew: "2 Tevet 5787", verdict: "match" },
      ],
    ],
    [
      "ru: 'с наступлением' is still read whole, as an evening",
      "Хануку празднуют 14 декабря 2025 года с наступлением 25-го дня месяца кислев.",
      "consistent",
      [{ iso: "2025-12-14", hebrew: "25 Kislev 5786", verdict: "match-after-sunset" }],
    ],
  ])("%s", (_name, text, verdict, pairs) => {
    expectPairs(text, verdict, pairs);
  });
});
