import { describe, expect, it } from "vitest";
import { checkDocument } from "../../src/check/checkDocument.js";
import { type ExpectedPair, expectPairs, REFERENCE } from "./fixtures.js";

// Forms behind the corpus's largest groups of misses (test/pages), as other real pages write them,
// in other days and words. Every match is checked against ICU (expectPairs).

type Row = [string, string, string, ExpectedPair[]];

describe("Simchat Torah on Israel's day (22 Tishrei) or the diaspora's (23 Tishrei)", () => {
  it.each<Row>([
    // A list of Israel's days by year (cs.testamentdespoetes.be): Simchat Torah on Shemini Atzeret.
    [
      "cs: a row of Israel's list, with the Czech spelling",
      "Simchat Tóra 3. října 2026",
      "consistent",
      [{ iso: "2026-10-03", hebrew: "22 Tishrei 5787", verdict: "match" }],
    ],
    [
      "en: Israel's day beside the Hebrew year",
      "Simchat Torah 5787 | October 3, 2026",
      "consistent",
      [{ iso: "2026-10-03", hebrew: "22 Tishrei 5787", verdict: "match" }],
    ],
    [
      "en: the diaspora's day",
      "Simchat Torah 5787 | October 4, 2026",
      "consistent",
      [{ iso: "2026-10-04", hebrew: "23 Tishrei 5787", verdict: "match" }],
    ],
    // An evening names the diaspora's night: Simchat Torah begins as Shemini Atzeret ends.
    [
      "en: the evening that begins the diaspora's day",
      "Simchat Torah 5787: Saturday evening, October 3, 2026",
      "consistent",
      [{ iso: "2026-10-03", hebrew: "23 Tishrei 5787", verdict: "match-after-sunset", weekday: "ok" }],
    ],
    [
      "en: a verb of beginning at sundown",
      "Simchat Torah begins at sundown on October 3, 2026",
      "consistent",
      [{ iso: "2026-10-03", hebrew: "23 Tishrei 5787", verdict: "match-after-sunset" }],
    ],
    // A day that is neither stays a mismatch, measured from the diaspora's day.
    [
      "en: two days early",
      "Simchat Torah 5787 | October 2, 2026",
      "inconsistent",
      [{ iso: "2026-10-02", hebrew: "23 Tishrei 5787", verdict: "mismatch" }],
    ],
    [
      "sk: the Slovak genitive after 'v deň'",
      "v deň Simchat Tóry 5787 (4. októbra 2026)",
      "consistent",
      [{ iso: "2026-10-04", hebrew: "23 Tishrei 5787", verdict: "match" }],
    ],
  ])("%s", (_, text, verdict, pairs) => {
    expectPairs(text, verdict, pairs);
  });
});

describe("holiday names with the apostrophe where pages put it", () => {
  it.each<Row>([
    // "Yom HaAtzma'ut" (a synagogue's "Jewish Facts of Life"), "Yom Hasho’a", "Yom H’Shoah" (kolshalom.com).
    [
      "en: Yom HaAtzma'ut",
      "Yom HaAtzma'ut 5787 (May 12, 2027)",
      "consistent",
      [{ iso: "2027-05-12", hebrew: "5 Iyyar 5787", verdict: "match" }],
    ],
    [
      "en: Yom Hasho’a",
      "Yom Hasho’a 5787 | May 4, 2027",
      "consistent",
      [{ iso: "2027-05-04", hebrew: "27 Nisan 5787", verdict: "match" }],
    ],
    [
      "en: Yom H'Shoah, a day late",
      "Yom H'Shoah 5787 | May 5, 2027",
      "inconsistent",
      [{ iso: "2027-05-05", hebrew: "27 Nisan 5787", verdict: "mismatch" }],
    ],
  ])("%s", (_, text, verdict, pairs) => {
    expectPairs(text, verdict, pairs);
  });

  it("does not read a word that only begins like one", () => {
    const report = checkDocument("Yom Hashowcase | May 4, 2027", { reference: REFERENCE });
    expect(report.pairs).toEqual([]);
  });
});

describe("a weekday as a table row's last cell, and Czech and Slovak weekdays and evenings", () => {
  it.each<Row>([
    // "Simchat Tóra 24. října 2024 Čtvrtek" under "Dovolená datum Všední den" (cs.testamentdespoetes.be).
    [
      "cs: the row's weekday column, lower case",
      "Svátek datum Všední den\nSimchat Tóra 3. října 2026 sobota",
      "consistent",
      [{ iso: "2026-10-03", hebrew: "22 Tishrei 5787", verdict: "match", weekday: "ok" }],
    ],
    [
      "cs: a row whose weekday is wrong",
      "Svátek datum Všední den\nSimchat Tóra 3. října 2026 pátek",
      "inconsistent",
      [{ iso: "2026-10-03", hebrew: "22 Tishrei 5787", verdict: "match", weekday: "mismatch" }],
    ],
    [
      "en: a holiday list's row, its weekday last",
      "Holiday Date Day\nYom Kippur 5787 21 September 2026 Monday",
      "consistent",
      [{ iso: "2026-09-21", hebrew: "10 Tishrei 5787", verdict: "match", weekday: "ok" }],
    ],
    // "na nedeľu 9.9.2018 o.l. večer" (kehilazilina.sk): the Slovak weekday, the civil era, the evening.
    [
      "sk: the evening after a dotted date and the era's mark",
      "Roš ha-šana 5787 pripadne na piatok 11.9.2026 o.l. večer.",
      "consistent",
      [{ iso: "2026-09-11", hebrew: "1 Tishrei 5787", verdict: "match-after-sunset", weekday: "ok" }],
    ],
    [
      "de: 'abends' after a dotted date",
      "Chanukka 5787 beginnt am 4.12.2026 abends",
      "consistent",
      [{ iso: "2026-12-04", hebrew: "25 Kislev 5787", verdict: "match-after-sunset" }],
    ],
    [
      "sk: without the evening, the day after is a mismatch",
      "Roš ha-šana 5787 pripadne na piatok 11.9.2026.",
      "inconsistent",
      [{ iso: "2026-09-11", hebrew: "1 Tishrei 5787", verdict: "mismatch", weekday: "ok" }],
    ],
  ])("%s", (_, text, verdict, pairs) => {
    expectPairs(text, verdict, pairs);
  });

  it("takes no weekday from a short name ending a line of prose", () => {
    const report = checkDocument("Lag BaOmer 5787 is on 25 May 2027 Sat\nand more", { reference: REFERENCE });
    expect(report.pairs.map((pair) => pair.weekday.verdict)).toEqual(["none"]);
  });
});

describe("a gloss in brackets between a holiday and its clause's verb; a page's year found by a pair", () => {
  it.each<Row>([
    // "Yom Kippur (The Day of Atonement), the holiest day …, occurs on" (panim.org.il).
    [
      "en: a gloss in brackets before the verb",
      "Yom Kippur 5787 (the Day of Atonement) falls on Monday, September 21, 2026.",
      "consistent",
      [{ iso: "2026-09-21", hebrew: "10 Tishrei 5787", verdict: "match", weekday: "ok" }],
    ],
    // No year on the page: only 2016 has Shavuot on Sunday, 12 June, so Tu BiShvat's "Tuesday,
    // January 26" (a day late: 15 Shevat 5776 was Monday the 25th) is read in 2016, not in 2027,
    // the Tuesday 26 January nearest the reference day.
    [
      "en: a year-less page whose one fitting pair gives the other its year",
      "Tu BiShvat falls on Tuesday, January 26.\n\nShavuot falls on Sunday, June 12.",
      "inconsistent",
      [
        { iso: "2016-01-26", hebrew: "15 Sh'vat 5776", verdict: "mismatch", weekday: "ok" },
        { iso: "2016-06-12", hebrew: "6 Sivan 5776", verdict: "match", weekday: "ok" },
      ],
    ],
  ])("%s", (_, text, verdict, pairs) => {
    expectPairs(text, verdict, pairs);
  });
});

describe("an ordinal suffix set off by a space, as text from PDFs writes it", () => {
  it.each<Row>([
    // "occurs on the 10 th of Tishrei" (panim.org.il); "the 28 th of Sivan … Saturday, June 28 th".
    [
      "en: the Hebrew day's suffix apart",
      "Yom Kippur falls on the 10 th of Tishrei 5787, which is Monday, September 21 st, 2026.",
      "consistent",
      [{ iso: "2026-09-21", hebrew: "10 Tishrei 5787", verdict: "match", weekday: "ok" }],
    ],
    [
      "en: a yahrzeit's Hebrew date, and the civil day the page gives it, four days off",
      "His Hebrew date of death was the 2 nd of Tevet, and in 2026 that date fell on Wednesday, December 16 th.",
      "inconsistent",
      [{ iso: "2026-12-16", hebrew: "2 Tevet 5787", verdict: "mismatch", weekday: "ok" }],
    ],
  ])("%s", (_, text, verdict, pairs) => {
    expectPairs(text, verdict, pairs);
  });

  it("takes no word that only begins like a suffix", () => {
    const report = checkDocument("On June 28 that year, 2 Tevet 5787 was far off.", { reference: REFERENCE });
    expect(report.pairs).toEqual([]);
  });
});

describe("a weekday glued to its date by a comma", () => {
  it.each<Row>([
    [
      "he: a holiday table's cell",
      "מיום חמישי,ב' בכסלו תשפ״ז, 12.11.2026",
      "consistent",
      [{ iso: "2026-11-12", hebrew: "2 Kislev 5787", verdict: "match", weekday: "ok" }],
    ],
    [
      "he: the wrong weekday, glued",
      "יום שישי,ב' בכסלו תשפ״ז, 12.11.2026",
      "inconsistent",
      [{ iso: "2026-11-12", hebrew: "2 Kislev 5787", verdict: "match", weekday: "mismatch" }],
    ],
  ])("%s", (_, text, verdict, pairs) => {
    expectPairs(text, verdict, pairs);
  });
});
