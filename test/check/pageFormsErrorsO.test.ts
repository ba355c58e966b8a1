import { describe, expect, it } from "vitest";
import { checkDocument } from "../../src/check/checkDocument.js";
import { type ExpectedPair, expectPairs, REFERENCE } from "./fixtures.js";

// Forms behind real site errors the reader did not catch (test/pages), as other pages write them, in
// other days and words. Every match is checked against ICU (expectPairs).

type Row = [string, string, string, ExpectedPair[]];

describe("a bio's date, its verb and the other calendar's date in a bracketed gloss", () => {
  it.each<Row>([
    [
      "ru: born, by the Jewish calendar",
      "3 мая 1879 – родился (по еврейскому календарю 10 ияра 5639 года) в Витебске.",
      "consistent",
      [{ iso: "1879-05-03", hebrew: "10 Iyyar 5639", verdict: "match" }],
    ],
    [
      "ru: died, the Hebrew year a century off",
      "3 мая 1879 – скончался (по еврейскому календарю 10 ияра 5539 года).",
      "inconsistent",
      [{ iso: "1879-05-03", hebrew: "10 Iyyar 5539", verdict: "mismatch" }],
    ],
    [
      "ru: the gloss with no verb",
      "10 марта 1915 (по еврейскому календарю 24 адара 5675 года)",
      "consistent",
      [{ iso: "1915-03-10", hebrew: "24 Adar 5675", verdict: "match" }],
    ],
    [
      "en: born, according to the Hebrew calendar",
      "12 June 1890 – born (according to the Hebrew calendar 24 Sivan 5650) in Vilna",
      "consistent",
      [{ iso: "1890-06-12", hebrew: "24 Sivan 5650", verdict: "match" }],
    ],
    [
      "he: born, by the Hebrew calendar, a day off",
      "12 June 1890 – נולד (לפי הלוח העברי 25 Sivan 5650)",
      "inconsistent",
      [{ iso: "1890-06-12", hebrew: "25 Sivan 5650", verdict: "mismatch" }],
    ],
  ])("%s", (_name, text, verdict, pairs) => {
    expectPairs(text, verdict, pairs);
  });

  it("does not join a birth and a death: the verb alone is no gloss", () => {
    const report = checkDocument("born 3 May 1879, died 24 Adar 5675.", { reference: REFERENCE });
    expect(report.pairs).toEqual([]);
    expect(report.verdict).toBe("unchecked");
  });
});

describe("a dateline's place between a civil and a Hebrew date (Hebrew script)", () => {
  it.each<Row>([
    [
      "one word: in Haifa",
      "יום שישי ה-20 בנובמבר 2026 בחיפה, י' בכסלו התשפ\"ז",
      "consistent",
      [{ iso: "2026-11-20", hebrew: "10 Kislev 5787", verdict: "match", weekday: "ok" }],
    ],
    [
      "two words: in Tel Aviv, the Hebrew day two off",
      "ה-10 במרץ 2027 בתל אביב, ג' באדר ב' התשפ\"ז",
      "inconsistent",
      [{ iso: "2027-03-10", hebrew: "3 Adar II 5787", verdict: "mismatch" }],
    ],
  ])("%s", (_name, text, verdict, pairs) => {
    expectPairs(text, verdict, pairs);
  });

  it("leaves a time of day to the evening readers: 'in the evening' is no place", () => {
    const report = checkDocument("ה-20 בנובמבר 2026 בערב, י' בכסלו התשפ\"ז", { reference: REFERENCE });
    expect(report.pairs).toEqual([]);
  });

  it("wants the comma after the place: a phrase in running text is no dateline", () => {
    const report = checkDocument('ה-20 בנובמבר 2026 בחיפה נערך כנס וגם י"א בכסלו התשפ"ז', {
      reference: REFERENCE,
    });
    expect(report.pairs).toEqual([]);
  });
});
