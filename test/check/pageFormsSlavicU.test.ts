import { describe, it } from "vitest";
import { type ExpectedPair, expectPairs } from "./fixtures.js";

// Forms that the held-out batch 2026-12-02u (Russian, Ukrainian, Polish, Czech, Slovak, Bulgarian)
// showed the reader missing, written here with other days, years and words. Every match is checked
// against ICU (expectPairs).

type Row = [string, string, string, ExpectedPair[]];

describe("Bulgarian month names (CLDR)", () => {
  it.each<Row>([
    [
      "bg: a civil date with a Bulgarian month and 'г.', the Hebrew date in brackets",
      "Рош Ашана: 3 октомври 2024 г. (1 тишри 5785)",
      "consistent",
      [{ iso: "2024-10-03", hebrew: "1 Tishrei 5785", verdict: "match" }],
    ],
    [
      "bg: the same line a day off is caught",
      "4 октомври 2024 г. (1 тишри 5785)",
      "inconsistent",
      [{ iso: "2024-10-04", hebrew: "1 Tishrei 5785", verdict: "mismatch" }],
    ],
    [
      "bg: a date line joined by a slash, the Hebrew month as CLDR spells it, capitalized",
      "13 март 2026 / 24 Адар 5786",
      "consistent",
      [{ iso: "2026-03-13", hebrew: "24 Adar 5786", verdict: "match" }],
    ],
    [
      "bg: a civil date with no Hebrew side pairs with nothing",
      "Срещата ще бъде на 9 февруари 2026 г. в София.",
      "unchecked",
      [],
    ],
  ])("%s", (_name, text, verdict, pairs) => {
    expectPairs(text, verdict, pairs);
  });
});
