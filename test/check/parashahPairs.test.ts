import { HDate } from "@hebcal/core";
import { describe, expect, it } from "vitest";
import { checkDocument } from "../../src/check/checkDocument.js";
import { convertDate } from "../../src/convert/convertDate.js";
import { parseDates } from "../../src/read/parseDates.js";

// The week's Torah portion standing for a date, judged beside civil dates and converted alone. The
// Shabbatot are taken from @hebcal/core's own HDate here, not from the code under test.

const REFERENCE = "2026-12-01";
const check = (text: string, israel = false) => checkDocument(text, { reference: REFERENCE, israel });

/** The ISO civil day of a Hebrew date, by @hebcal/core. */
function isoOf(day: number, month: string, year: number): string {
  return new HDate(day, month, year).greg().toISOString().slice(0, 10);
}

describe("convertDate: a portion alone in the string", () => {
  it.each([
    // Vayeshev 5787 is read on 25 Kislev, Shabbat 5 December 2026.
    ["Shabbos Parshas Vayeshev 5787", "2026-12-05"],
    ["Shabbat Parashat Vayeshev 5787", "2026-12-05"],
    ["שבת פרשת וישב תשפ״ז", "2026-12-05"],
    // The Wednesday and the Friday of its week.
    ["יום ד׳ לפרשת וישב תשפ״ז", "2026-12-02"],
    ["Erev Shabbos Parshas Vayeshev 5787", "2026-12-04"],
    // Vayakhel and Pekudei are read together on 25 Adar 5786 (14 March 2026).
    ["Parashat Vayakhel-Pekudei 5786", "2026-03-14"],
    // A civil year: the Shabbat of that name within it.
    ["Parshas Noach 2025", "2025-10-25"],
  ])("%j is %s", (text, iso) => {
    expect(convertDate(text, { reference: REFERENCE }).gregorian.iso).toBe(iso);
  });

  it("checks the fixtures' days against @hebcal/core", () => {
    expect(isoOf(25, "Kislev", 5787)).toBe("2026-12-05");
    expect(new HDate(25, "Kislev", 5787).getDay()).toBe(6);
    expect(isoOf(25, "Adar", 5786)).toBe("2026-03-14");
    expect(isoOf(3, "Cheshvan", 5786)).toBe("2025-10-25");
  });

  it("takes a missing year from the reference, and says so", () => {
    const result = convertDate("Parshas Vayeishev", { reference: REFERENCE });
    expect(result.gregorian.iso).toBe("2026-12-05");
    expect(result.inferred.map((inference) => [inference.field, inference.from])).toEqual([
      ["year", "reference"],
    ]);
    // The Monday of the week of Vayechi 5787 (read on 16 Tevet, 26 December 2026).
    expect(isoOf(16, "Tevet", 5787)).toBe("2026-12-26");
    expect(convertDate("יום ב׳ לסדר ויחי", { reference: REFERENCE }).gregorian.iso).toBe("2026-12-21");
  });

  it("follows Israel's schedule with israel: Nasso 5786 is a week earlier there", () => {
    // The second day of Shavuot 5786 falls on a Shabbat outside Israel: Nasso waits a week.
    expect(isoOf(7, "Sivan", 5786)).toBe("2026-05-23");
    expect(isoOf(14, "Sivan", 5786)).toBe("2026-05-30");
    expect(convertDate("Parashat Nasso 5786", { reference: REFERENCE }).gregorian.iso).toBe("2026-05-30");
    expect(convertDate("Parashat Nasso 5786", { reference: REFERENCE, israel: true }).gregorian.iso).toBe(
      "2026-05-23",
    );
  });

  it("refuses a doubled reading in a year that reads its halves apart", () => {
    // 5787 is a leap year: Vayakhel and Pekudei are read on two Shabbatot.
    expect(() => convertDate("Parashat Vayakhel-Pekudei 5787", { reference: REFERENCE })).toThrow(
      expect.objectContaining({ code: "day-out-of-range" }),
    );
  });
});

describe("checkDocument: a portion beside a civil date", () => {
  it("matches the Shabbat of the portion, and the weekday written with it", () => {
    const report = check("Shabbos Parshas Noach, October 25, 2025");
    expect(report.verdict).toBe("consistent");
    expect(report.pairs.map((pair) => [pair.verdict, pair.weekday.verdict, pair.gregorian.iso])).toEqual([
      ["match", "ok", "2025-10-25"],
    ]);
  });

  it("matches a weekday of the portion's week with its civil day", () => {
    expect(check("יום ד׳ לפרשת וישב תשפ״ז (2.12.2026)").pairs.map((pair) => pair.verdict)).toEqual(["match"]);
    expect(check("Erev Shabbos Parshas Vayeshev, Friday, December 4, 2026").verdict).toBe("consistent");
  });

  it("reads a shul's notice and a letter's date line ('Erev Shabbat Parshat Vayakhel-Pekudey', 'יום א׳ פרשת שמות')", () => {
    // A congregation's notice of 20 March 2020 (Vayakhel-Pekudei 5780 was read on 21 March).
    expect(isoOf(25, "Adar", 5780)).toBe("2020-03-21");
    const notice = check("Erev Shabbat Parshat Vayakhel-Pekudey March 20, 2020");
    expect(notice.pairs.map((pair) => [pair.verdict, pair.gregorian.iso])).toEqual([["match", "2020-03-20"]]);
    // Shemot 5785 was read on 18 Tevet (18 January 2025): its Sunday is 12 Tevet.
    expect(isoOf(18, "Tevet", 5785)).toBe("2025-01-18");
    const letter = check("יום א' פרשת שמות תשפ\"ה\nJanuary 12 2025");
    expect(letter.pairs.map((pair) => [pair.verdict, pair.hebrew.canonical])).toEqual([
      ["match", "12 Tevet 5785"],
    ]);
  });

  it("calls a civil date of another week a mismatch, by its distance in days", () => {
    const report = check("Shabbos Parshas Noach 5786 | October 18, 2025");
    expect(report.verdict).toBe("inconsistent");
    expect(report.pairs.map((pair) => [pair.verdict, pair.offsetDays])).toEqual([["mismatch", 7]]);
  });

  it("calls a weekday that is not the civil date's, and a day outside the portion's week, mismatches", () => {
    // Tuesday of the week of Noach 5786 is 21 October 2025; 25 October is its Shabbat.
    const report = check("Tuesday, Parshas Noach, October 25, 2025");
    expect(report.verdict).toBe("inconsistent");
    expect(report.pairs.map((pair) => [pair.verdict, pair.offsetDays, pair.weekday.verdict])).toEqual([
      ["mismatch", -4, "mismatch"],
    ]);
    const hebrew = check("יום ד׳ לפרשת וישב תשפ״ז (5.12.2026)");
    expect(hebrew.verdict).toBe("inconsistent");
    expect(hebrew.pairs.map((pair) => [pair.verdict, pair.offsetDays])).toEqual([["mismatch", -3]]);
  });

  it("judges a portion beside its civil date on Israel's schedule when asked", () => {
    expect(check("Shabbat Parashat Nasso | May 23, 2026", true).verdict).toBe("consistent");
    expect(check("Shabbat Parashat Nasso | May 30, 2026", true).verdict).toBe("inconsistent");
    expect(check("Shabbat Parashat Nasso | May 30, 2026").verdict).toBe("consistent");
  });

  it("pairs a portion written without Shabbat or a weekday with no date: it names a week", () => {
    // A bulletin dated Wednesday of the week of Noach 5786 is not wrong.
    const midweek = check("Parashat Noach | Wednesday, October 22, 2025");
    expect(midweek.pairs).toEqual([]);
    expect(midweek.findings.map((f) => f.code)).not.toContain("pair-mismatch");
    expect(check("Parashat Noach 5786\nOctober 25, 2025").verdict).toBe("unchecked");
    // With its Shabbat named, the same portion is a day, and is judged.
    expect(check("Shabbat Parashat Noach, October 25, 2025").pairs.map((p) => p.verdict)).toEqual(["match"]);
  });

  it("reads a portion in prose only near a date: alone it is a name, not a date of the page", () => {
    const prose = "In Parshas Noach we read of the flood; next comes Parshas Lech Lecha. ".repeat(5);
    expect(parseDates(prose, { reference: REFERENCE }).mentions).toEqual([]);
    expect(check(prose).verdict).toBe("no-dates");
  });

  it("leaves a Hebrew date after the portion its own ('שבת פרשת בא, ו׳ שבט (1.2.2020)')", () => {
    const report = check("שבת פרשת בא, ו׳ שבט (1.2.2020)");
    expect(report.verdict).toBe("consistent");
    expect(report.pairs.map((pair) => [pair.verdict, pair.hebrew.canonical])).toEqual([
      ["match", "6 Sh'vat 5780"],
    ]);
  });
});
