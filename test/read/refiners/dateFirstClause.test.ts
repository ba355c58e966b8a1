import { describe, expect, it } from "vitest";
import { checkDocument } from "../../../src/check/checkDocument.js";
import { dateFirstClauseGap } from "../../../src/read/refiners/dateFirstClause.js";

describe("dateFirstClauseGap: a civil date, then the clause that names its day", () => {
  it("@example", () => {
    expect(dateFirstClauseGap(", Jews observe the fast of ")).toMatchObject({
      phrase: "jews observe the fast of",
    });
    expect(dateFirstClauseGap(". The school celebrates ")).toBeUndefined();
  });

  it.each([
    [", евреи соблюдают пост ", "евреи соблюдают пост"],
    [" евреи всего мира начнут отмечать праздник ", "евреи всего мира начнут отмечать праздник"],
    [" si celebra ", "si celebra"],
    [" on fête ", "on fête"],
    [" מציינים את ", "מציינים את"],
    [", we will celebrate ", "we will celebrate"],
    [", many families celebrate the feast of ", "many families celebrate the feast of"],
    [" вечером начинается ", "вечером начинается"],
    [" року ввечері розпочинається свято ", "року ввечері розпочинається свято"],
    [" wieczorem rozpoczyna się ", "wieczorem rozpoczyna się"],
  ])("joins %j", (gap, phrase) => {
    expect(dateFirstClauseGap(gap)).toEqual({ kind: "connector", text: gap, phrase });
  });

  it.each([
    ["a line break", ",\nJews observe the fast of "],
    ["a past tense", " the school celebrated "],
    ["a number in the subject", ", 300 children celebrate "],
    ["a comma inside the subject", ", we rested, and then we celebrate "],
    ["a subject too long", `, ${"the people of the town ".repeat(2)}celebrate `],
    ["no verb of keeping", ", the school opens for "],
  ])("does not join across %s", (_, gap) => {
    expect(dateFirstClauseGap(gap)).toBeUndefined();
  });
});

// ru, uk and pl "begins" after the date: the evening the day begins, or its first day (15 Nisan 5785
// is 13 April 2025).
describe("checkDocument: a civil date, then a verb of beginning and the holiday", () => {
  const pairsOf = (text: string) =>
    checkDocument(text, { reference: "2026-12-01" }).pairs.map((pair) => [
      pair.gregorian.iso,
      pair.hebrew.canonical,
      pair.verdict,
    ]);
  it.each([
    ["12 апреля 2025 года вечером начинается Песах.", "2025-04-12", "match-after-sunset"],
    ["13 апреля 2025 года начинается Песах.", "2025-04-13", "match"],
    ["11 апреля 2025 года начинается Песах.", "2025-04-11", "mismatch"],
    ["12 квітня 2025 року ввечері розпочинається свято Песах.", "2025-04-12", "match-after-sunset"],
    ["12 kwietnia 2025 wieczorem rozpoczyna się Pesach.", "2025-04-12", "match-after-sunset"],
    ["13 kwietnia 2025 wieczorem rozpoczyna się Pesach.", "2025-04-13", "mismatch"],
  ])("%s", (text, iso, verdict) => {
    expect(pairsOf(text)).toEqual([[iso, "15 Nisan 5785", verdict]]);
  });
});
