import { describe, it } from "vitest";
import { type ExpectedPair, expectPairs } from "./fixtures.js";

// Forms that an unmerged branch read on the real-page snippets (test/pages), written here with
// other days and words: each row was tried on main first, and a reader was ported only where it
// failed. Every match is checked against ICU (expectPairs).

type Row = [string, string, string, ExpectedPair[]];

describe("a civil range beside a holiday's name", () => {
  it.each<Row>([
    [
      "en: the range spans the holiday: its first and last days pair",
      "Chanukah 5787: December 5 – December 12, 2026",
      "consistent",
      [
        { iso: "2026-12-05", hebrew: "25 Kislev 5787", verdict: "match" },
        { iso: "2026-12-12", hebrew: "2 Tevet 5787", verdict: "match" },
      ],
    ],
    [
      "it: the days first, then the holiday's name: its first day, not the one nearest",
      "Il 12 e 13 settembre 2026 sarà Rosh ha Shanà.",
      "consistent",
      [
        { iso: "2026-09-12", hebrew: "1 Tishrei 5787", verdict: "match" },
        { iso: "2026-09-13", hebrew: "2 Tishrei 5787", verdict: "match" },
      ],
    ],
    [
      "en: from the eve to the last day, one day longer than the holiday",
      "Rosh Hashanah 2026: September 11-13",
      "consistent",
      [
        { iso: "2026-09-11", hebrew: "1 Tishrei 5787", verdict: "match-after-sunset" },
        { iso: "2026-09-13", hebrew: "2 Tishrei 5787", verdict: "match" },
      ],
    ],
    [
      "en: a span from the eve that stops a day short: its end on the first day pairs, no evening",
      "Rosh Hashanah 2026: September 11-12",
      "consistent",
      [{ iso: "2026-09-12", hebrew: "1 Tishrei 5787", verdict: "match" }],
    ],
    [
      "en: a range that stops short of the holiday's last day pairs its first end only",
      "Pesach 5786 (April 2–3, 2026)",
      "consistent",
      [{ iso: "2026-04-02", hebrew: "15 Nisan 5786", verdict: "match" }],
    ],
    [
      "en: a range inside the holiday, not from its first day, keeps the end its day is nearest",
      "Pesach 5786 (April 8–9, 2026)",
      "consistent",
      [{ iso: "2026-04-09", hebrew: "22 Nisan 5786", verdict: "match" }],
    ],
  ])("%s", (_, text, verdict, pairs) => {
    expectPairs(text, verdict, pairs);
  });
});

describe("evening names and clause words", () => {
  it.each<Row>([
    [
      "en: Kol Nidre beside its evening",
      "Kol Nidre 5787: Sunday, September 20, 2026",
      "consistent",
      [{ iso: "2026-09-20", hebrew: "10 Tishrei 5787", verdict: "match-after-sunset", weekday: "ok" }],
    ],
    [
      "en: the third candle beside its evening",
      "3rd candle of Chanukah 5787 | Sunday, December 6, 2026",
      "consistent",
      [{ iso: "2026-12-06", hebrew: "27 Kislev 5787", verdict: "match-after-sunset", weekday: "ok" }],
    ],
    [
      "en: the first candle is lit on its evening",
      "The first candle of Chanukah 5787 is lit on Friday, December 4, 2026.",
      "consistent",
      [{ iso: "2026-12-04", hebrew: "25 Kislev 5787", verdict: "match-after-sunset", weekday: "ok" }],
    ],
    [
      "en: a daytime date under an evening's name",
      "Kol Nidre 5787: Monday, September 21, 2026",
      "inconsistent",
      [{ iso: "2026-09-21", hebrew: "10 Tishrei 5787", verdict: "mismatch", weekday: "ok" }],
    ],
    [
      "en: 'kicks off on', the first night of a holiday and its evening",
      "This year the first night of Chanukah kicks off on Friday, December 4, 2026.",
      "consistent",
      [{ iso: "2026-12-04", hebrew: "25 Kislev 5787", verdict: "match-after-sunset", weekday: "ok" }],
    ],
    [
      "de: 'beginnt in diesem Jahr am', an evening weekday glued to its word",
      "Rosch ha-Schana beginnt in diesem Jahr am Freitagabend (11. September 2026).",
      "consistent",
      [{ iso: "2026-09-11", hebrew: "1 Tishrei 5787", verdict: "match-after-sunset", weekday: "ok" }],
    ],
    [
      "en: no year anywhere, years of other events on the page: the reference's year",
      "Yom Kippur begins on Sunday evening, September 20, the first time since 1910 that the choir sings.",
      "consistent",
      [{ iso: "2026-09-20", hebrew: "10 Tishrei 5787", verdict: "match-after-sunset", weekday: "ok" }],
    ],
    [
      "en: an evening's name without a year, the page's years too far: the reference's nearest year",
      "The first night of Chanukah falls on Wednesday, December 25 this time, as it did in 1910 and 1921.",
      "consistent",
      [{ iso: "2024-12-25", hebrew: "25 Kislev 5785", verdict: "match-after-sunset", weekday: "ok" }],
    ],
  ])("%s", (_, text, verdict, pairs) => {
    expectPairs(text, verdict, pairs);
  });
});
