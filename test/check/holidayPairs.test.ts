import { HDate } from "@hebcal/core";
import { describe, expect, it } from "vitest";
import { checkDocument } from "../../src/check/checkDocument.js";

// Holiday names written beside Gregorian dates, judged as pairs. The day of each holiday is taken
// from @hebcal/core here (its public index), not from the code under test.

const REFERENCE = "2026-12-01";
const check = (text: string) => checkDocument(text, { reference: REFERENCE });

/** The ISO civil day of a Hebrew date, by @hebcal/core. */
function isoOf(day: number, month: string, year: number): string {
  return new HDate(day, month, year).greg().toISOString().slice(0, 10);
}

describe("checkDocument: holiday names beside Gregorian dates", () => {
  it("matches Purim 5787 with 23 March 2027", () => {
    expect(isoOf(14, "Adar II", 5787)).toBe("2027-03-23");
    const report = check("Purim 5787 | March 23, 2027");
    expect(report.verdict).toBe("consistent");
    expect(report.pairs.map((pair) => [pair.verdict, pair.gregorian.iso, pair.hebrew.canonical])).toEqual([
      ["match", "2027-03-23", "14 Adar II 5787"],
    ]);
  });

  it("takes a name's year from the date beside it", () => {
    expect(isoOf(9, "Av", 5786)).toBe("2026-07-23");
    const report = check("Tisha B'Av | July 23, 2026");
    expect(report.pairs.map((pair) => pair.verdict)).toEqual(["match"]);
    expect(report.pairs[0]?.inferred.map((inference) => inference.value)).toEqual([5786]);
  });

  it("matches a holiday's eve with after-sunset, and a day of a name of several days", () => {
    // Chanukah 5787 begins at sunset on 4 December 2026; its second day is 6 December.
    expect(isoOf(25, "Kislev", 5787)).toBe("2026-12-05");
    expect(check("Chanukah 5787 | December 4, 2026").pairs[0]?.verdict).toBe("match-after-sunset");
    expect(check("Chanukah 5787 | December 6, 2026").pairs[0]?.verdict).toBe("match");
    expect(check("Erev Pesach 2027 | April 21, 2027").pairs[0]?.verdict).toBe("match");
  });

  it("matches a fast on the day it was kept, and calls the calendar date beside it a moved fast", () => {
    // 9 Av 5779 was a Shabbat (10 August 2019); the fast was kept on Sunday, 10 Av.
    expect(new HDate(9, "Av", 5779).getDay()).toBe(6);
    expect(isoOf(10, "Av", 5779)).toBe("2019-08-11");
    expect(check("Sunday, August 11, 2019: Tisha B'Av").verdict).toBe("consistent");
    const moved = check("Tisha B'Av 5779 | August 10, 2019");
    expect(moved.verdict).toBe("inconsistent");
    expect(
      moved.pairs.map((pair) => [pair.verdict, pair.offsetDays, pair.hints.map((hint) => hint.code)]),
    ).toEqual([["mismatch", 1, ["fast-moved"]]]);
    // 13 Adar II 5784 was a Shabbat (23 March 2024): Ta'anit Esther was kept on Thursday, 11 Adar II.
    expect(isoOf(11, "Adar II", 5784)).toBe("2024-03-21");
    const esther = check("Ta'anit Esther 5784 | March 23, 2024");
    expect(
      esther.pairs.map((pair) => [pair.verdict, pair.offsetDays, pair.hints.map((hint) => hint.code)]),
    ).toEqual([["mismatch", -2, ["fast-moved"]]]);
    expect(check("Ta'anit Esther 5784 | March 21, 2024").pairs[0]?.verdict).toBe("match");
  });

  it("reads the prophet's names of the fasts and Yom HaShoah's official name in Hebrew script", () => {
    // 17 Tammuz 5727 was Tuesday, 25 July 1967; 27 Nisan 5787 is Tuesday, 4 May 2027.
    expect(isoOf(17, "Tamuz", 5727)).toBe("1967-07-25");
    expect(check(`יום ג', צום הרביעי, תשכ"ז [25 ביולי 1967]`).verdict).toBe("consistent");
    expect(check(`יום ג', צום הרביעי, תשכ"ז [26 ביולי 1967]`).verdict).toBe("inconsistent");
    expect(isoOf(27, "Nisan", 5787)).toBe("2027-05-04");
    // Its name begins with Yom HaZikaron's (4 Iyar), which must not win.
    const shoah = check(`יום הזיכרון לשואה ולגבורה תשפ"ז: 4.5.2027`);
    expect(shoah.pairs.map((pair) => [pair.verdict, pair.hebrew.canonical])).toEqual([
      ["match", "27 Nisan 5787"],
    ]);
  });

  it("reads an Erev name beside an evening as the evening of the Erev's own civil day", () => {
    // Erev Rosh Hashanah 5785 is 29 Elul 5784, Wednesday, 2 October 2024; Rosh Hashanah began that evening.
    expect(isoOf(29, "Elul", 5784)).toBe("2024-10-02");
    const own = check("Erev Rosh Hashanah: Wednesday evening, October 2, 2024");
    expect(own.pairs.map((pair) => [pair.verdict, pair.hints.length])).toEqual([["match", 0]]);
    expect(check("Erev Rosh Hashanah: Tuesday evening, October 1, 2024").pairs[0]?.verdict).toBe(
      "match-after-sunset",
    );
    const late = check("Erev Rosh Hashanah: Thursday evening, October 3, 2024");
    expect(late.verdict).toBe("inconsistent");
    expect(late.pairs[0]?.offsetDays).toBe(-1);
    // Without the Erev, the evening's date is the day before the holiday: its own day is a daytime date.
    const daytime = check("Rosh Hashanah 5785: Thursday evening, October 3, 2024");
    expect(daytime.pairs.map((pair) => [pair.verdict, pair.hints.map((hint) => hint.code)])).toEqual([
      ["mismatch", ["evening-daytime-date"]],
    ]);
  });

  it("holds a fast kept from dawn to its own day: the evening before it is a mismatch with its hint", () => {
    // 13 Adar II 5787 is Monday, 22 March 2027; 3 Tishrei 5787 is Monday, 14 September 2026.
    expect(isoOf(13, "Adar II", 5787)).toBe("2027-03-22");
    expect(isoOf(3, "Tishrei", 5787)).toBe("2026-09-14");
    expect(check("Ta'anit Esther 5787: Monday, March 22, 2027").verdict).toBe("consistent");
    for (const text of [
      "Ta'anit Esther 5787: Sunday, March 21, 2027",
      "Fast of Gedaliah: Sunday, September 13, 2026",
    ]) {
      const report = check(text);
      expect(report.verdict).toBe("inconsistent");
      expect(
        report.pairs.map((pair) => [pair.verdict, pair.offsetDays, pair.hints.map((hint) => hint.code)]),
      ).toEqual([["mismatch", 1, ["fast-at-dawn"]]]);
    }
    // A page that says the civil date is the evening is read as the evening that begins the day.
    expect(check("Ta'anit Esther 5787: Sunday evening, March 21, 2027").pairs[0]?.verdict).toBe(
      "match-after-sunset",
    );
    // Tisha B'Av begins at sunset, so its evening before stays a match after sunset.
    expect(isoOf(9, "Av", 5787)).toBe("2027-08-12");
    expect(check("Tisha B'Av 5787 | August 11, 2027").pairs[0]?.verdict).toBe("match-after-sunset");
  });

  it("matches a moved fast whose page says it begins on the evening of its calendar date", () => {
    // 10 Av 5779 (the fast kept) began at nightfall on Saturday, 10 August 2019.
    const report = check("Tisha B'Av 5779 begins at nightfall on August 10, 2019.");
    expect(report.verdict).toBe("consistent");
    expect(report.pairs.map((pair) => [pair.verdict, pair.hebrew.canonical])).toEqual([
      ["match-after-sunset", "10 Av 5779"],
    ]);
  });

  it("calls a wrong day a mismatch without a fast-moved hint", () => {
    const report = check("Purim 5787 | March 25, 2027");
    expect(report.verdict).toBe("inconsistent");
    expect(report.pairs[0]?.hints.map((hint) => hint.code)).not.toContain("fast-moved");
  });

  it("lets a bare name near a date stand as a date of its own, never making a page inconsistent", () => {
    const report = check("We ate in the sukkah all of Succos. Posted in 2026.");
    expect(report.verdict).not.toBe("inconsistent");
    expect(report.dates.map((date) => [date.text, date.iso])).toEqual([
      ["Succos", isoOf(15, "Tishrei", 5787)],
    ]);
  });

  it("reads no bare name on a page without a date written with numbers", () => {
    const report = check("We ate in the sukkah all of Succos.");
    expect(report.verdict).toBe("no-dates");
    expect(report.dates).toEqual([]);
  });

  it("reads the Israel schedule when asked", () => {
    // Shavuot 5787 is 6 Sivan (11 June 2027); the diaspora keeps 7 Sivan too.
    expect(isoOf(7, "Sivan", 5787)).toBe("2027-06-12");
    expect(check("Shavuot 5787 | June 12, 2027").pairs[0]?.verdict).toBe("match");
    const israel = checkDocument("Shavuot 5787 | June 12, 2027", { reference: REFERENCE, israel: true });
    expect(israel.pairs.map((pair) => [pair.verdict, pair.offsetDays])).toEqual([["mismatch", -1]]);
  });
});
