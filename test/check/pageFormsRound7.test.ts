import { describe, it } from "vitest";
import { type ExpectedPair, expectPairs } from "./fixtures.js";

// Forms of the real-page snippets (test/pages) that the seventh round pairs, written here with other
// days and words so that the corpus stays a test of the reader. Every match is checked against ICU
// (expectPairs).

type Row = [string, string, string, ExpectedPair[]];

// An infobox copied as text: the holiday's name heads it, a few fields follow, then a row a year whose
// label holds the year and whose cell gives the evening the day begins.
const INFOBOX_FIELDS = "---|---|\nOfficial name | יום הכיפורים |\nType | Jewish |\nObservances | fasting |";

describe("rows of years under a holiday's infobox", () => {
  it.each<Row>([
    [
      "en: 'YYYY date | Sunset, D Month – nightfall, D Month', a Hebrew-script name among the fields",
      `Yom Kippur | |\n${INFOBOX_FIELDS}\n2025 date | Sunset, 1 October – nightfall, 2 October |\n2026 date | Sunset, 20 September – nightfall, 21 September |`,
      "consistent",
      [
        { iso: "2025-10-01", hebrew: "10 Tishrei 5786", verdict: "match-after-sunset" },
        // The span's last day, after "– nightfall," (refiners/rangeToEvening.ts).
        { iso: "2025-10-02", hebrew: "10 Tishrei 5786", verdict: "match" },
        { iso: "2026-09-20", hebrew: "10 Tishrei 5787", verdict: "match-after-sunset" },
        { iso: "2026-09-21", hebrew: "10 Tishrei 5787", verdict: "match" },
      ],
    ],
    [
      "en: a row's sunset a day late is a mistake of the page",
      `Yom Kippur | |\n${INFOBOX_FIELDS}\n2026 date | Sunset, 21 September – nightfall, 22 September |`,
      "inconsistent",
      [{ iso: "2026-09-21", hebrew: "10 Tishrei 5787", verdict: "mismatch" }],
    ],
    [
      "cs: 'Rok YYYY: západ slunce D. month', the label before the year",
      "Chanuka\nRok 2025: západ slunce 14. prosince – západ slunce 22. prosince\nRok 2026: západ slunce 4. prosince – západ slunce 12. prosince",
      "consistent",
      [
        { iso: "2025-12-14", hebrew: "25 Kislev 5786", verdict: "match-after-sunset" },
        { iso: "2025-12-22", hebrew: "2 Tevet 5786", verdict: "match" },
        { iso: "2026-12-04", hebrew: "25 Kislev 5787", verdict: "match-after-sunset" },
        { iso: "2026-12-12", hebrew: "2 Tevet 5787", verdict: "match" },
      ],
    ],
    [
      "fr: 'Date YYYY | Coucher du soleil, D mois'",
      "Pourim | |\nDate 2027 | Coucher du soleil, 22 mars |",
      "consistent",
      [{ iso: "2027-03-22", hebrew: "14 Adar II 5787", verdict: "match-after-sunset" }],
    ],
  ])("%s", (_, text, verdict, pairs) => {
    expectPairs(text, verdict, pairs);
  });
});

describe("a holiday's clause with a longer subject, and its evening at dusk", () => {
  it.each<Row>([
    [
      "en: a subject of 40 characters and 'will begin at sundown on' (a gap past 60 characters)",
      "Shavuot, the harvest festival of first fruits, will begin at sundown on Thursday, June 10, 2027.",
      "consistent",
      [{ iso: "2027-06-10", hebrew: "6 Sivan 5787", verdict: "match-after-sunset", weekday: "ok" }],
    ],
    [
      "en: 'begins at dusk on' and 'ends after nightfall on', the evening and the day",
      "Yom Kippur begins at dusk on Sunday, October 10, 2027, and ends after nightfall on Monday, October 11.",
      "consistent",
      [
        { iso: "2027-10-10", hebrew: "10 Tishrei 5788", verdict: "match-after-sunset", weekday: "ok" },
        { iso: "2027-10-11", hebrew: "10 Tishrei 5788", verdict: "match", weekday: "ok" },
      ],
    ],
    [
      "en: dusk on the holiday's own day is a mistake of the page",
      "Yom Kippur begins at dusk on Monday, October 11, 2027.",
      "inconsistent",
      [{ iso: "2027-10-11", hebrew: "10 Tishrei 5788", verdict: "mismatch", weekday: "ok" }],
    ],
  ])("%s", (_, text, verdict, pairs) => {
    expectPairs(text, verdict, pairs);
  });
});

// A day's page (the Hebrew Wikipedia's, a chassidic encyclopedia's): the day as its title, and a line
// a year with the civil date in brackets (test/read/holidayRows.test.ts has the reader's rows).
describe("rows of years under a Hebrew day's title", () => {
  it.each<Row>([
    [
      "he: 'ה'תשס\"ב (04/12/2001 למניינם)' under 'י\"ט בכסלו'",
      'י"ט בכסלו\nאירועים\n- ה\'תשס"ב (04/12/2001 למניינם) - כינוס.\n- ה\'תש"ט (21/12/1948 למניינם) - פטירה.',
      "consistent",
      [
        { iso: "2001-12-04", hebrew: "19 Kislev 5762", verdict: "match" },
        { iso: "1948-12-21", hebrew: "19 Kislev 5709", verdict: "match" },
      ],
    ],
    [
      "he: a row's civil date a day late is a mistake of the page",
      'י"ט בכסלו\nאירועים\n- ה\'תשס"ב (05/12/2001 למניינם) - כינוס.',
      "inconsistent",
      [{ iso: "2001-12-05", hebrew: "19 Kislev 5762", verdict: "mismatch" }],
    ],
  ])("%s", (_, text, verdict, pairs) => {
    expectPairs(text, verdict, pairs);
  });
});
