import { describe, expect, it } from "vitest";
import { checkDocument } from "../../src/check/checkDocument.js";
import { pipeCellGap } from "../../src/read/refiners/pipeCellGap.js";
import { type ExpectedPair, expectPairs, REFERENCE } from "./fixtures.js";

// A masthead cell: the Hebrew date with its weekday and the week's portion, a pipe, then the
// civil date (a timestamp): each row checked against ICU (expectPairs), with its finding codes.

type Row = [string, string, string, ExpectedPair[], string[]];

describe("the rest of a masthead cell, closed by a pipe, joins its date to the next cell's", () => {
  it.each<Row>([
    [
      "a Russian masthead with a timestamp after the pipe",
      "Новости общины. 3 Ияра 5785 г., четверг, Тазриа | 2025-05-01 09:30",
      "consistent",
      [{ iso: "2025-05-01", hebrew: "3 Iyyar 5785", verdict: "match" }],
      [],
    ],
    [
      "an English masthead with the weekday and portion",
      "12 Kislev 5786, Wednesday, Vayishlach | 2025-12-02",
      "consistent",
      [{ iso: "2025-12-02", hebrew: "12 Kislev 5786", verdict: "match" }],
      [],
    ],
    [
      "the cell's civil date one day off",
      "12 Kislev 5786, Wednesday, Vayishlach | 2025-12-03",
      "inconsistent",
      [{ iso: "2025-12-03", hebrew: "12 Kislev 5786", verdict: "mismatch" }],
      ["pair-mismatch"],
    ],
  ])("%s", (_name, text, verdict, pairs, codes) => {
    expectPairs(text, verdict, pairs);
    const report = checkDocument(text, { reference: REFERENCE });
    expect(report.findings.map((finding) => finding.code)).toEqual(codes);
  });

  it("reads only a comma-led run of words that a pipe ends", () => {
    expect(pipeCellGap(", шестой день недели Мецора | ")?.kind).toBe("separator");
    expect(pipeCellGap(" and later | ")).toBeUndefined();
    expect(pipeCellGap(", in 12 places | ")).toBeUndefined();
    expect(pipeCellGap(", Tuesday\n| ")).toBeUndefined();
    expect(pipeCellGap(", Tuesday, Vayishlach ")).toBeUndefined();
  });
});
