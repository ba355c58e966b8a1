import { describe, expect, it } from "vitest";
import { checkDocument } from "../../src/check/checkDocument.js";
import { type ExpectedPair, expectPairs, REFERENCE } from "./fixtures.js";

// Forms of the held-out batch 2026-12-01k (test/pages) that this round reads, written here with other
// days and words so that the batch stays held out. Every match is checked against ICU (expectPairs).

type Row = [string, string, string, ExpectedPair[]];

describe("a list row's label after its date and a colon stays on its row", () => {
  it.each<Row>([
    [
      "a label the words before it do not join to its date does not take the next row's date",
      "Passover 2027\nSunday April 25:  Fourth day Pesach\nWednesday April 28: Seventh day of Passover\nThursday April 29: Eighth day of Passover",
      "consistent",
      [
        { iso: "2027-04-25", hebrew: "18 Nisan 5787", verdict: "match", weekday: "ok" },
        { iso: "2027-04-28", hebrew: "21 Nisan 5787", verdict: "match", weekday: "ok" },
        { iso: "2027-04-29", hebrew: "22 Nisan 5787", verdict: "match", weekday: "ok" },
      ],
    ],
    [
      "the next row's own label still pairs with its date",
      "Thursday April 22: First day of Passover 2027\nThursday April 29: Eighth day of Passover",
      "consistent",
      [
        { iso: "2027-04-22", hebrew: "15 Nisan 5787", verdict: "match", weekday: "ok" },
        { iso: "2027-04-29", hebrew: "22 Nisan 5787", verdict: "match", weekday: "ok" },
      ],
    ],
  ])("%s", (_, text, verdict, pairs) => {
    expectPairs(text, verdict, pairs);
  });

  it("a name on a line of its own, with no date before it on that line, still labels the date under it", () => {
    const report = checkDocument("Shavuot\nFriday, June 11, 2027", { reference: REFERENCE });
    expect(report.pairs.map((p) => p.hebrew.canonical)).toEqual(["6 Sivan 5787"]);
  });
});

describe("an 'and' that begins a named day's own clause does not join it to the date before", () => {
  it.each<Row>([
    [
      "the clause's own date is the holiday's, read as its evening",
      "The Fast of Esther 2027 is held on March 22, 2027, and Purim is celebrated Monday evening March 22 and the next day.",
      "consistent",
      [
        { iso: "2027-03-22", hebrew: "13 Adar II 5787", verdict: "match" },
        { iso: "2027-03-22", hebrew: "14 Adar II 5787", verdict: "match-after-sunset", weekday: "ok" },
      ],
    ],
    [
      "with no clause of its own, the name still takes the date 'and' joins it to",
      "On March 23, 2027 and Purim.",
      "consistent",
      [{ iso: "2027-03-23", hebrew: "14 Adar II 5787", verdict: "match" }],
    ],
  ])("%s", (_, text, verdict, pairs) => {
    expectPairs(text, verdict, pairs);
  });
});

describe("more ways a holiday's clause says the day it lasts until", () => {
  it.each<Row>([
    [
      "'and ends in the evening on'",
      "Shavuot begins at sundown on Thursday, June 10, 2027 and ends in the evening on Saturday, June 12, 2027.",
      "consistent",
      [
        { iso: "2027-06-10", hebrew: "6 Sivan 5787", verdict: "match-after-sunset", weekday: "ok" },
        { iso: "2027-06-12", hebrew: "7 Sivan 5787", verdict: "match", weekday: "ok" },
      ],
    ],
    [
      "'and conclude at sundown on', a plural verb after a long subject",
      "In 2027, Passover will begin at sundown on Wednesday, April 21, and conclude at sundown on Thursday, April 29.",
      "consistent",
      [
        { iso: "2027-04-21", hebrew: "15 Nisan 5787", verdict: "match-after-sunset", weekday: "ok" },
        { iso: "2027-04-29", hebrew: "22 Nisan 5787", verdict: "match", weekday: "ok" },
      ],
    ],
    [
      "'and will conclude on' with a last day that is wrong is the page's mistake",
      "In 2027, Hanukkah will begin on Monday, December 13th and will conclude on Monday, December 20th.",
      "inconsistent",
      [
        { iso: "2027-12-13", hebrew: "25 Kislev 5788", verdict: "mismatch", weekday: "ok" },
        { iso: "2027-12-20", hebrew: "2 Tevet 5788", verdict: "mismatch", weekday: "ok" },
      ],
    ],
  ])("%s", (_, text, verdict, pairs) => {
    expectPairs(text, verdict, pairs);
  });
});

describe("a short dotted date with a one-digit month right after a Hebrew day and month", () => {
  it.each<Row>([
    [
      "after the month, a space between",
      'ערב ראש השנה: יום שישי, כ"ט באלול 1.10.27',
      "consistent",
      [{ iso: "2027-10-01", hebrew: "29 Elul 5787", verdict: "match", weekday: "ok" }],
    ],
    [
      "after the month and a comma",
      'ל"ג בעומר: יום שלישי, י"ח באייר, 25.5.27',
      "consistent",
      [{ iso: "2027-05-25", hebrew: "18 Iyyar 5787", verdict: "match", weekday: "ok" }],
    ],
  ])("%s", (_, text, verdict, pairs) => {
    expectPairs(text, verdict, pairs);
  });

  it("a holiday and a year before it, or a version number, still leave it unread", () => {
    for (const text of ["פסח תשפז 22.4.27", "גרסה 1.2.14 של התוכנה"]) {
      expect(checkDocument(text, { reference: REFERENCE }).pairs).toEqual([]);
    }
  });
});
