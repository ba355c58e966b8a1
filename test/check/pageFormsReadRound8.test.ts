import { describe, it } from "vitest";
import { type ExpectedPair, expectPairs } from "./fixtures.js";

// Written forms of the real-page snippets (test/pages) whose dates were not read at all, written
// here with other days and words so that the corpus stays a test of the reader. Every match is
// checked against ICU (expectPairs).

type Row = [string, string, string, ExpectedPair[]];
const check = (_: string, text: string, verdict: string, pairs: ExpectedPair[]) =>
  expectPairs(text, verdict, pairs);

describe("a civil day and month in digits without a year, beside a Hebrew date", () => {
  it.each<Row>([
    [
      "he: 'D.M' after the Hebrew day and month, a comma between",
      'שינוי במועדי איסוף הגזם\nהאיסוף של יום שישי, כ"ט באלול, 11.9, יוקדם ליום חמישי.',
      "consistent",
      [{ iso: "2026-09-11", hebrew: "29 Elul 5786", verdict: "match", weekday: "ok" }],
    ],
    [
      "he: 'D-D.M' after a Hebrew range of two days",
      "בימי החג, ט'-י' בתשרי, 20-21.9, המשרדים סגורים.",
      "consistent",
      [
        { iso: "2026-09-20", hebrew: "9 Tishrei 5787", verdict: "match" },
        { iso: "2026-09-21", hebrew: "10 Tishrei 5787", verdict: "match" },
      ],
    ],
    [
      "he: 'D.M' before the Hebrew day and month",
      "האיסוף יתקיים ביום ראשון, 13.9, ב' בתשרי, בשעות הלילה.",
      "consistent",
      [{ iso: "2026-09-13", hebrew: "2 Tishrei 5787", verdict: "match", weekday: "ok" }],
    ],
    [
      "he: the weekday before 'D.M' is the civil day's, here the wrong one (the Hebrew year written)",
      "האיסוף יתקיים ביום שני, 13.9, ב' בתשרי תשפ\"ז, בשעות הלילה.",
      "inconsistent",
      [{ iso: "2026-09-13", hebrew: "2 Tishrei 5787", verdict: "match", weekday: "mismatch" }],
    ],
    [
      "he: 'D/MM' after a Hebrew day, month and year",
      "ההילולא תתקיים ביום שלישי ד' בשבט תשפ\"ז 12/01 בבית הכנסת.",
      "consistent",
      [{ iso: "2027-01-12", hebrew: "4 Sh'vat 5787", verdict: "match", weekday: "ok" }],
    ],
    [
      "he: a civil day one off, the Hebrew year written",
      "ההילולא תתקיים ד' בשבט תשפ\"ז 13/01 בבית הכנסת.",
      "inconsistent",
      [{ iso: "2027-01-13", hebrew: "4 Sh'vat 5787", verdict: "mismatch" }],
    ],
  ])("%s", check);

  it.each<[string, string, string]>([
    ["he: a time after a Hebrew date is no day ('19.05')", 'כ"ט באלול תשפ"ו 19.05 הדלקת נרות', "unchecked"],
    ["he: a number with no Hebrew date beside it", "המחיר עלה ב-5.9 אחוזים ביום ראשון", "no-dates"],
  ])("%s", (_, text, verdict) => {
    expectPairs(text, verdict, []);
  });
});

describe("days of a range with a month written in Hebrew script", () => {
  it.each<Row>([
    [
      "he: 'D - D בספטמבר YYYY' after a Hebrew range 'כ\"ט באלול … עד ב' בתשרי …'",
      'ערב ראש השנה ושני ימי החג, כ"ט באלול התשפ"ו עד ב\' בתשרי התשפ"ז, 11 - 13 בספטמבר 2026.',
      "consistent",
      [
        { iso: "2026-09-11", hebrew: "29 Elul 5786", verdict: "match" },
        { iso: "2026-09-13", hebrew: "2 Tishrei 5787", verdict: "match" },
      ],
    ],
    [
      "he: the same a day late",
      'ערב ראש השנה ושני ימי החג, כ"ט באלול התשפ"ו עד ב\' בתשרי התשפ"ז, 12 - 14 בספטמבר 2026.',
      "inconsistent",
      [
        { iso: "2026-09-12", hebrew: "29 Elul 5786", verdict: "mismatch" },
        { iso: "2026-09-14", hebrew: "2 Tishrei 5787", verdict: "mismatch" },
      ],
    ],
    [
      "he: 'D-D בספטמבר YYYY' written right to left, the first day last",
      "ערב החג ויום החג, ט'-י' בתשרי התשפ\"ז, 21-20 בספטמבר 2026.",
      "consistent",
      [
        { iso: "2026-09-20", hebrew: "9 Tishrei 5787", verdict: "match" },
        { iso: "2026-09-21", hebrew: "10 Tishrei 5787", verdict: "match" },
      ],
    ],
    [
      "he: the same glued to its month and a day late",
      "ערב החג ויום החג, ט'-י' בתשרי התשפ\"ז, 22-21בספטמבר 2026.",
      "inconsistent",
      [
        { iso: "2026-09-21", hebrew: "9 Tishrei 5787", verdict: "mismatch" },
        { iso: "2026-09-22", hebrew: "10 Tishrei 5787", verdict: "mismatch" },
      ],
    ],
    [
      "he: a short dotted date after a Hebrew date and two spaces",
      "שבועות: יום ו', ו'  בסיוון, 11.6.27",
      "consistent",
      [{ iso: "2027-06-11", hebrew: "6 Sivan 5787", verdict: "match", weekday: "ok" }],
    ],
  ])("%s", check);
});
