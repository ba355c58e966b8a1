import { describe, expect, it } from "vitest";
import { checkDocument } from "../../src/check/checkDocument.js";
import { type ExpectedPair, expectPairs, REFERENCE } from "./fixtures.js";

// Forms behind real site errors the reader did not catch (test/pages), as other pages write them, in
// other days and words. Every match is checked against ICU (expectPairs).

type Row = [string, string, string, ExpectedPair[]];

describe("a pair inside a sentence that already named a civil day is no masthead", () => {
  it.each<Row>([
    [
      "he: a year's last day, written a day early after its first day",
      "שנת ה'ת\"ש החלה ביום א' בתשרי, אור ל-14 בספטמבר 1939, והסתיימה ביום כ\"ט באלול, 1 באוקטובר 1940.",
      "inconsistent",
      // "אור ל-14 בספטמבר" (the night before 14 September) pairs its first day too.
      [
        { iso: "1939-09-14", hebrew: "1 Tishrei 5700", verdict: "match" },
        { iso: "1940-10-01", hebrew: "29 Elul 5700", verdict: "mismatch" },
      ],
    ],
    [
      "he: the same sentence with the right last day",
      "שנת ה'ת\"ש החלה ביום א' בתשרי, אור ל-14 בספטמבר 1939, והסתיימה ביום כ\"ט באלול, 2 באוקטובר 1940.",
      "consistent",
      // "אור ל-14 בספטמבר" (the night before 14 September) pairs its first day too.
      [
        { iso: "1939-09-14", hebrew: "1 Tishrei 5700", verdict: "match" },
        { iso: "1940-10-02", hebrew: "29 Elul 5700", verdict: "match" },
      ],
    ],
    [
      "en: a letter's reply date a day early, after the date of the letter",
      "Our letter of 2 May 1940 was answered on 29 Elul 5700, 1 October 1940.",
      "inconsistent",
      [{ iso: "1940-10-01", hebrew: "29 Elul 5700", verdict: "mismatch" }],
    ],
    [
      "en: a masthead alone on its line may still show the day begun at sunset",
      "Tuesday, 1 October 1940 / 29 Elul 5700",
      "consistent",
      [{ iso: "1940-10-01", hebrew: "29 Elul 5700", verdict: "match-after-sunset", weekday: "ok" }],
    ],
    [
      "en: a civil date on an earlier line does not take the masthead's allowance",
      "Posted 3 March 1940\nTuesday, 1 October 1940 / 29 Elul 5700",
      "consistent",
      [{ iso: "1940-10-01", hebrew: "29 Elul 5700", verdict: "match-after-sunset", weekday: "ok" }],
    ],
  ])("%s", (_name, text, verdict, pairs) => {
    expectPairs(text, verdict, pairs);
  });
});

describe("a Hebrew letter's dated heading and the bracketed civil date on its last line", () => {
  const body =
    "\n\nלכבוד הרב החשוב,\n\nשלום וברכה! קראתי בעיון את דבריך על סדר הלימוד, ואשמח לשמוע עוד בהזדמנות הקרובה.\n\nבידידות,\nהכותב\n";
  it.each<Row>([
    [
      "the editor's civil date is the heading's day",
      `בס"ד, י"ב בשבט תשפ"ה, בני ברק${body}(10.2.2025)`,
      "consistent",
      [{ iso: "2025-02-10", hebrew: "12 Sh'vat 5785", verdict: "match" }],
    ],
    [
      "the editor's civil date is ten days early",
      `בס"ד, י"ב בשבט תשפ"ה, בני ברק${body}(31.1.2025)`,
      "inconsistent",
      [{ iso: "2025-01-31", hebrew: "12 Sh'vat 5785", verdict: "mismatch" }],
    ],
    [
      "a full stop after the bracket",
      `ב״ה, ג׳ באייר תשפ״ד${body}(11.5.2024).`,
      "consistent",
      [{ iso: "2024-05-11", hebrew: "3 Iyyar 5784", verdict: "match" }],
    ],
  ])("%s", (_name, text, verdict, pairs) => {
    expectPairs(text, verdict, pairs);
  });

  it("needs the blessing that opens a letter", () => {
    const report = checkDocument(`י"ב בשבט תשפ"ה, בני ברק${body}(31.1.2025)`, { reference: REFERENCE });
    expect(report.pairs).toEqual([]);
  });

  it("needs the civil date alone in brackets on the last line", () => {
    const report = checkDocument(`בס"ד, י"ב בשבט תשפ"ה, בני ברק${body}נשלח 31.1.2025`, {
      reference: REFERENCE,
    });
    expect(report.pairs).toEqual([]);
  });
});

describe("a Hebrew day written twice above its civil day was dated by hand, not rendered live", () => {
  it.each<Row>([
    [
      "Hebrew script, then letters, then the civil day before",
      'כ"ט אלול ה\' אלפים ת"ש\n29 Elul 5700\n1 October 1940',
      "inconsistent",
      [{ iso: "1940-10-01", hebrew: "29 Elul 5700", verdict: "mismatch" }],
    ],
    [
      "the same block with the right civil day",
      'כ"ט אלול ה\' אלפים ת"ש\n29 Elul 5700\n2 October 1940',
      "consistent",
      [{ iso: "1940-10-02", hebrew: "29 Elul 5700", verdict: "match" }],
    ],
    [
      "de: the civil day before, under the day written twice",
      "ג' באייר תשפ\"ד\n3. Ijar 5784\n10. Mai 2024",
      "inconsistent",
      [{ iso: "2024-05-10", hebrew: "3 Iyyar 5784", verdict: "mismatch" }],
    ],
    [
      "the second writing after the pair leaves the masthead's allowance",
      '1 October 1940\n29 Elul 5700\nכ"ט אלול ת"ש',
      "consistent",
      [{ iso: "1940-10-01", hebrew: "29 Elul 5700", verdict: "match-after-sunset", weekday: "none" }],
    ],
  ])("%s", (_name, text, verdict, pairs) => {
    expectPairs(text, verdict, pairs);
  });
});
