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
