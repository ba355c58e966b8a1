import { describe, expect, it } from "vitest";
import { checkDocument } from "../../src/check/checkDocument.js";
import { joinGap } from "../../src/read/refiners/joins.js";
import { type ExpectedPair, expectPairs, REFERENCE } from "./fixtures.js";

// Forms of the held-out batch 2026-12-01e of real-page snippets (test/pages) that the sixth round
// reads, written here with other days so that the batch stays held out. Every match is checked
// against ICU (expectPairs).

type Row = [string, string, string, ExpectedPair[]];

describe("forms of the held-out batch 2026-12-01e", () => {
  it.each<Row>([
    [
      "a date named in one sentence and given in the next, which points back to it",
      "Today on the Jewish calendar is the 12th of Nisan, 5785. This date corresponds to April 10, 2025 on the Gregorian calendar.",
      "consistent",
      [{ iso: "2025-04-10", hebrew: "12 Nisan 5785", verdict: "match" }],
    ],
    [
      "the same, a day off",
      "Today on the Jewish calendar is the 12th of Nisan, 5785. This date corresponds to April 12, 2025.",
      "inconsistent",
      [{ iso: "2025-04-12", hebrew: "12 Nisan 5785", verdict: "mismatch" }],
    ],
    [
      "a civil date that 'marks' a holiday's day",
      "December 15, 2025 marks the first day of Chanukah.",
      "consistent",
      [{ iso: "2025-12-15", hebrew: "25 Kislev 5786", verdict: "match" }],
    ],
    [
      "the evening of its first candle taken for the first day",
      "[November 28, 2021] marks the first day of Hanukkah, the festival of lights.",
      "inconsistent",
      [{ iso: "2021-11-28", hebrew: "25 Kislev 5782", verdict: "mismatch" }],
    ],
  ])("%s", (_, text, verdict, pairs) => {
    expectPairs(text, verdict, pairs);
  });

  it("keeps two sentences apart when the second does not point back", () => {
    expect(joinGap(". The next day ")).toBeUndefined();
    expect(joinGap(". This date corresponds to ")).toMatchObject({
      kind: "connector",
      phrase: "corresponds to",
    });
  });

  it("reads a schedule's time on an evening as no timestamp of the page", () => {
    const text =
      "Fri, December 5 2025\n15 Kislev 5786\nCandle Lighting : 4:12pm |\n\nHavdalah\nMotzei Shabbat, Dec 6, 5:20pm |";
    const report = checkDocument(text, { reference: REFERENCE });
    expect(report.verdict).toBe("consistent");
    expect(report.timestamps).toEqual([]);
    expect(report.findings.map((found) => found.code)).not.toContain("timestamp-after-masthead");
    // The same time on no evening, its year written, is the moment an article was written, a day
    // after the masthead (a year-less one is a guess, and is not judged).
    const stamped = checkDocument(text.replace("Motzei Shabbat, Dec 6,", "Saturday, Dec 6, 2025,"), {
      reference: REFERENCE,
    });
    expect(stamped.findings.map((found) => found.code)).toContain("timestamp-after-masthead");
  });
});
