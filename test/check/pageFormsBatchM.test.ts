import { describe, expect, it } from "vitest";
import { checkDocument } from "../../src/check/checkDocument.js";
import { isQuotedTitle } from "../../src/read/quotedTitle.js";
import { saysThisYear } from "../../src/read/refiners/thisYearBefore.js";
import { type ExpectedPair, expectPairs, REFERENCE } from "./fixtures.js";

// Forms of the held-out batch 2026-12-02m (test/pages) that this round reads, written here with other
// days and words so that the batch stays held out. Every match is checked against ICU (expectPairs).

type Row = [string, string, string, ExpectedPair[]];

describe("'which falls on the Jewish calendar as' joins a civil date to the Hebrew date after it", () => {
  it.each<Row>([
    [
      "a month-first Hebrew date after the phrase",
      "The meeting was held on March 3, 2027, which falls on the Jewish calendar as Adar I 24, 5787.",
      "consistent",
      [{ iso: "2027-03-03", hebrew: "24 Adar I 5787", verdict: "match" }],
    ],
    [
      "a day off is caught",
      "The meeting was held on March 4, 2027, which falls on the Hebrew calendar as Adar I 24, 5787.",
      "inconsistent",
      [{ iso: "2027-03-04", hebrew: "24 Adar I 5787", verdict: "mismatch" }],
    ],
  ])("%s", (_, text, verdict, pairs) => {
    expectPairs(text, verdict, pairs);
  });
});

describe("International Holocaust Remembrance Day is not Yom HaShoah", () => {
  it("the United Nations' day in January names no Hebrew date", () => {
    const report = checkDocument(
      "Schools keep International Holocaust Remembrance Day on January 27, 2028, the day Auschwitz was freed.",
      { reference: REFERENCE },
    );
    expect(report.pairs).toEqual([]);
    expect(report.verdict).not.toBe("inconsistent");
  });

  it.each<Row>([
    [
      "the same words without 'International' still name 27 Nisan",
      "In 2027 Holocaust Remembrance Day is on May 4, 2027.",
      "consistent",
      [{ iso: "2027-05-04", hebrew: "27 Nisan 5787", verdict: "match" }],
    ],
  ])("%s", (_, text, verdict, pairs) => {
    expectPairs(text, verdict, pairs);
  });
});

describe("a named day in quotation marks on a line of its own is a title, not the date's day", () => {
  it("a letter's quoted subject does not take the date of its heading", () => {
    const report = checkDocument('Note from Dan (4 March 2027)\n"Purim"\nWe read the megillah that week.', {
      reference: REFERENCE,
    });
    expect(report.pairs).toEqual([]);
    expect(report.verdict).not.toBe("inconsistent");
  });

  it.each<Row>([
    [
      "without quotes the name under a date still labels it",
      "Tuesday, March 23, 2027\nPurim",
      "consistent",
      [{ iso: "2027-03-23", hebrew: "14 Adar II 5787", verdict: "match", weekday: "ok" }],
    ],
    [
      "an unquoted label under a date a day off is still caught",
      "Wednesday, March 24, 2027\nPurim",
      "inconsistent",
      [{ iso: "2027-03-24", hebrew: "14 Adar II 5787", verdict: "mismatch", weekday: "ok" }],
    ],
  ])("%s", (_, text, verdict, pairs) => {
    expectPairs(text, verdict, pairs);
  });

  it.each<[string, number, number, boolean]>([
    ['"Purim"', 1, 6, true],
    ["\u201cPurim\u201d.", 1, 6, true],
    ["Purim", 0, 5, false],
    ['We said "Purim" twice', 9, 14, false],
    ['"Purim 2027" is near', 1, 11, false],
  ])("isQuotedTitle(%j)", (text, start, end, quoted) => {
    expect(isQuotedTitle(text, start, end)).toBe(quoted);
  });
});

describe("the clause to a holiday's last day: 'ends in the evening of', 'till the evening of', a sundown first", () => {
  it.each<Row>([
    [
      "'and ends in the evening of' names the last day",
      "Shavuot 2027 will begin in the evening of Thursday, June 10 and ends in the evening of Saturday, June 12.",
      "consistent",
      [
        { iso: "2027-06-10", hebrew: "6 Sivan 5787", verdict: "match-after-sunset", weekday: "ok" },
        { iso: "2027-06-12", hebrew: "7 Sivan 5787", verdict: "match", weekday: "ok" },
      ],
    ],
    [
      "a last day one too many is caught",
      "Shavuot 2027 will begin in the evening of Thursday, June 10 and ends in the evening of Sunday, June 13.",
      "inconsistent",
      [
        { iso: "2027-06-10", hebrew: "6 Sivan 5787", verdict: "match-after-sunset", weekday: "ok" },
        { iso: "2027-06-13", hebrew: "7 Sivan 5787", verdict: "mismatch", weekday: "ok" },
      ],
    ],
    [
      "'and will go on till the evening of' across the new civil year",
      "In 2027, Chanukah will be celebrated from the evening of Friday, December 24 and will go on till the evening of Saturday, January 1, 2028.",
      "consistent",
      [
        { iso: "2027-12-24", hebrew: "25 Kislev 5788", verdict: "match-after-sunset", weekday: "ok" },
        { iso: "2028-01-01", hebrew: "2 Tevet 5788", verdict: "match", weekday: "ok" },
      ],
    ],
    [
      "the first date's own sundown before 'and ends'",
      "Yom Kippur begins Oct. 10, 2027 at sundown and ends Oct. 11.",
      "consistent",
      [
        { iso: "2027-10-10", hebrew: "10 Tishrei 5788", verdict: "match-after-sunset" },
        { iso: "2027-10-11", hebrew: "10 Tishrei 5788", verdict: "match" },
      ],
    ],
    [
      "a Yizkor list's SH'MINI ATZERET with a curly apostrophe",
      "SH\u2019MINI ATZERET / SATURDAY, OCTOBER 23, 2027",
      "consistent",
      [{ iso: "2027-10-23", hebrew: "22 Tishrei 5788", verdict: "match", weekday: "ok" }],
    ],
  ])("%s", (_, text, verdict, pairs) => {
    expectPairs(text, verdict, pairs);
  });
});

describe("a sentence that opens with 'this year' gives a year-less holiday date the page's year", () => {
  it.each<Row>([
    [
      "a holiday that fits the date only years away is the page's mistake in its own year",
      "Newsletter, August 5, 2027\n\nThis year, Rosh Hashanah is Sept. 30.",
      "inconsistent",
      [{ iso: "2027-09-30", hebrew: "1 Tishrei 5788", verdict: "mismatch" }],
    ],
    [
      "the right day in the page's year",
      "Newsletter, August 5, 2027\n\nThis year, Rosh Hashanah is Oct. 2.",
      "consistent",
      [{ iso: "2027-10-02", hebrew: "1 Tishrei 5788", verdict: "match" }],
    ],
  ])("%s", (_, text, verdict, pairs) => {
    expectPairs(text, verdict, pairs);
  });

  it.each<[string, number, boolean]>([
    ["It is late.\nThis year, Purim is March 23.", 24, true],
    ["This year, Purim is March 23.", 11, true],
    ["Last year, Purim was March 7.", 11, false],
    ["This yearbook says Purim is March 23.", 20, false],
  ])("saysThisYear(%j, %i)", (text, at, says) => {
    expect(saysThisYear(text, at)).toBe(says);
  });
});

describe("a named day with a gloss after a dash, under a date, is a post's title", () => {
  it("the date above it is the post's, not the holiday's", () => {
    const report = checkDocument(
      "Saturday, February 5, 2028\nTU BISHVAT - New Year of the trees\nThe post explains the day and its fruits.",
      { reference: REFERENCE },
    );
    expect(report.pairs).toEqual([]);
    expect(report.verdict).not.toBe("inconsistent");
  });

  it.each<Row>([
    [
      "a label standing alone under its date still pairs",
      "Saturday, February 12, 2028\nTu BiShvat",
      "consistent",
      [{ iso: "2028-02-12", hebrew: "15 Sh'vat 5788", verdict: "match", weekday: "ok" }],
    ],
  ])("%s", (_, text, verdict, pairs) => {
    expectPairs(text, verdict, pairs);
  });
});
