import { describe, expect, it } from "vitest";
import { type CheckOptions, checkDocument } from "../../src/check/checkDocument.js";
import { renderDocument } from "../../src/cli/renderDocument.js";

const REFERENCE = "2026-11-24";

function render(text: string, options: CheckOptions = {}): string[] {
  return renderDocument("page.txt", checkDocument(text, { reference: REFERENCE, ...options })).split("\n");
}

describe("renderDocument: pairs", () => {
  it("a match with a right weekday, its explanation and what was inferred", () => {
    expect(render("Sunday, July 22nd | 10 Av 5778")).toEqual([
      "page.txt: consistent",
      '  line 1: pair "Sunday, July 22nd" + "10 Av 5778": match, Sunday ok',
      "    10 Av 5778 is 2018-07-22.",
      '    inferred year 2018: from the Hebrew date beside it, "10 Av 5778"',
      "",
    ]);
  });

  it("no weekday written: nothing said about it", () => {
    expect(render("July 22, 2018 | 10 Av 5778")[1]).toBe(
      '  line 1: pair "July 22, 2018" + "10 Av 5778": match',
    );
  });

  it("a wrong weekday, with the right one", () => {
    expect(render("Monday, July 22, 2018 | 10 Av 5778")[1]).toBe(
      '  line 1: pair "Monday, July 22, 2018" + "10 Av 5778": match, weekday wrong (Sunday, not Monday)',
    );
  });

  it("a mismatch gives its signed offset", () => {
    const later = render("July 22, 2018 | 12 Av 5778");
    expect(later[0]).toBe("page.txt: inconsistent");
    expect(later[1]).toBe('  line 1: pair "July 22, 2018" + "12 Av 5778": mismatch by +2 day(s)');
    expect(later[2]).toBe("    12 Av 5778 is 2 days after 2018-07-22.");
    expect(render("July 22, 2018 | 8 Av 5778")[1]).toBe(
      '  line 1: pair "July 22, 2018" + "8 Av 5778": mismatch by -2 day(s)',
    );
  });

  it("an invalid pair: no offset, and its problem listed once", () => {
    expect(render("February 30, 2015 | 10 Av 5778")).toEqual([
      "page.txt: inconsistent",
      '  line 1: pair "February 30, 2015" + "10 Av 5778": invalid',
      "    One of the dates names no real day.",
      '  line 1: problem "February 30, 2015": February 2015 has 28 days; there is no day 30',
      "",
    ]);
  });

  it("a mismatch's reason is its explanation, not repeated as a finding line", () => {
    const lines = render("July 22, 2018 | 12 Av 5778");
    expect(lines.filter((line) => line.includes("pair-mismatch"))).toEqual([]);
  });
});

describe("renderDocument: timestamps", () => {
  it("without a masthead, no distance", () => {
    expect(render("posted December 13, 2015 2:27 pm")[1]).toBe(
      '  line 1: timestamp "December 13, 2015 2:27 pm": 2015-12-13 14:27 = 1 Tevet 5776',
    );
  });

  it("on the masthead's day, after sunset", () => {
    const lines = render("Sunday, July 22nd | 10 Av 5778\n\nposted July 22, 2018 9:15 PM", {
      location: "Jerusalem",
    });
    expect(lines).toContain(
      '  line 3: timestamp "July 22, 2018 9:15 PM": 2018-07-22 21:15 = 11 Av 5778 (after sunset), the masthead\'s day',
    );
  });

  it("days before the masthead (plural)", () => {
    expect(render("Sunday, July 22nd | 10 Av 5778\n\nDecember 13, 2015 2:27 pm")).toContain(
      '  line 3: timestamp "December 13, 2015 2:27 pm": 2015-12-13 14:27 = 1 Tevet 5776, 952 days before the masthead',
    );
  });

  it("one day after the masthead (singular), with the finding's code and message", () => {
    const lines = render("Sunday, July 22nd | 10 Av 5778\n\nposted July 23, 2018 9:15 AM");
    expect(lines[0]).toBe("page.txt: inconsistent");
    expect(lines).toContain(
      '  line 3: timestamp "July 23, 2018 9:15 AM": 2018-07-23 09:15 = 11 Av 5778, 1 day after the masthead',
    );
    expect(lines).toContain(
      "  line 3: timestamp-after-masthead: the timestamp 2018-07-23 is 1 day(s) after the masthead date 2018-07-22: a page cannot be rendered before its article was written",
    );
  });
});

describe("renderDocument: other dates", () => {
  it("a lone date with its day in both calendars", () => {
    expect(render("see 03/04/2018")[1]).toBe('  line 1: date "03/04/2018": 2018-03-04 = 17 Adar 5778');
  });

  it("a page without dates is one line", () => {
    expect(render("nothing here")).toEqual(["page.txt: no-dates", ""]);
  });
});

describe("renderDocument: the order of the text", () => {
  it("lists what it found by line and position, not grouped by kind", () => {
    const page = [
      "Posted December 13, 2015 2:27 pm",
      "",
      "the words of 40 Av 5778 were lost",
      "",
      "see the note written on 2018-07-01 about it",
      "",
      "12 Av 5778 | Sunday, July 22nd",
      "",
      "Updated July 23, 2018 10:00 am, as the editor said",
    ].join("\n");
    const found = render(page).filter((line) => /^ {2}line /.test(line));
    expect(found.map((line) => /^ {2}line (\d+): (\w+)/.exec(line)!.slice(1).join(" "))).toEqual([
      "1 timestamp",
      "3 problem",
      "5 date",
      "7 pair",
      "9 timestamp",
      "9 timestamp",
    ]);
    // A pair whose Hebrew date comes first stands where that date does, its dates in the text's order.
    expect(found[3]).toContain('pair "12 Av 5778" + "Sunday, July 22nd"');
    // The timestamp's finding follows it, with its code.
    expect(found[5]).toContain("line 9: timestamp-after-masthead:");
  });
});
