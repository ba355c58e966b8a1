import { describe, expect, it } from "vitest";
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
