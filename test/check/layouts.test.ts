import { describe, expect, it } from "vitest";
import { checkDocument } from "../../src/check/checkDocument.js";
import { standsAlone } from "../../src/read/refiners/blocks.js";
import { expectPairs, hebrewOf, REFERENCE } from "./fixtures.js";

// Pages lay a pair out in many ways: one line, a block of short lines, prose joined by a phrase, a
// range. Each row says what the page claims and what a careful reader concludes. Every expected
// pair is checked against ICU and @hebcal/core (hebrewOf) in the same test, so a row cannot carry a
// wrong date.

describe("blocks of short lines pair", () => {
  it.each([
    [
      "a date widget, one piece a line with blank lines between",
      "Today is\n\n2 Kislev 5787\n\nNovember 12, 2026\n",
      [{ iso: "2026-11-12", hebrew: "2 Kislev 5787", verdict: "match" }],
    ],
    [
      "a blog's date header, the post's title, then the Hebrew date",
      "November 12, 2026\nThoughts on the week's portion\n2 Kislev 5787\n\nThe post begins here.",
      [{ iso: "2026-11-12", hebrew: "2 Kislev 5787", verdict: "match" }],
    ],
    [
      "a letter: its Hebrew date, its place, the civil date in brackets",
      "ב״ה\nב׳ בכסלו תשפ״ז\nירושלים\n(12.11.2026)\n\nDear friend,",
      [{ iso: "2026-11-12", hebrew: "2 Kislev 5787", verdict: "match" }],
    ],
    [
      "a widget with a label line between",
      "Hebrew date:\n25 Kislev 5787\nCivil date:\nDecember 5, 2026",
      [{ iso: "2026-12-05", hebrew: "25 Kislev 5787", verdict: "match" }],
    ],
  ])("%s", (_, text, pairs) => expectPairs(text, "consistent", pairs));

  it("a block that is wrong is caught: the Hebrew date a day early", () => {
    expectPairs("Today is\n\n1 Kislev 5787\n\nNovember 12, 2026", "inconsistent", [
      { iso: "2026-11-12", hebrew: "1 Kislev 5787", verdict: "mismatch" },
    ]);
  });
});

describe("dates in running prose do not pair across sentences or paragraphs", () => {
  it.each([
    [
      "two paragraphs of an article",
      "The committee first met on November 12, 2026, in the town hall, and it adjourned after a long debate about the budget.\n\nLater that winter, on 25 Kislev 5787, the community lit the first candle together in the square.",
    ],
    [
      "two sentences on one line",
      "The fund was founded on November 12, 2026 by three families. Its first grant was given on 25 Kislev 5787 to the school.",
    ],
    [
      "two short lines that are each a sentence",
      "the words of 10 Av 5778 were lost\n\nsee the note written on 2018-07-01 about it",
    ],
    [
      "a short line under a paragraph",
      "The museum opened its new wing on November 12, 2026 after years of work by many volunteers from the area.\n25 Kislev 5787",
    ],
  ])("%s", (_, text) => {
    const report = checkDocument(text, { reference: REFERENCE });
    expect(report.pairs).toEqual([]);
    expect(report.verdict).toBe("unchecked");
  });
});

describe("connector phrases join a pair in prose", () => {
  it.each([
    ["10 Av 5778, which falls on Sunday, July 22, 2018", "2018-07-22", "10 Av 5778", "ok"],
    ["the 10th of Av 5778, corresponding to July 22, 2018", "2018-07-22", "10 Av 5778", "none"],
    ["Purim, 14 Adar II 5787, falls this year on March 23, 2027", "2027-03-23", "14 Adar II 5787", "none"],
    ["2 Kislev 5787 coincides with November 12, 2026", "2026-11-12", "2 Kislev 5787", "none"],
    ["25 Kislev 5787, i.e. December 5, 2026", "2026-12-05", "25 Kislev 5787", "none"],
    ["י׳ באב תשע״ח שחל ב-22.7.2018", "2018-07-22", "10 Av 5778", "none"],
    ["כ״ה בכסלו תשפ״ז, 5.12.2026 למניינם", "2026-12-05", "25 Kislev 5787", "none"],
  ])("%s", (text, iso, hebrew, weekday) => {
    expectPairs(text, "consistent", [{ iso, hebrew, verdict: "match", weekday }]);
  });

  it("an evening phrase: the civil date is the evening before the Hebrew day", () => {
    expectPairs("25 Kislev 5787 (beginning in the evening of December 4, 2026)", "consistent", [
      { iso: "2026-12-04", hebrew: "25 Kislev 5787", verdict: "match-after-sunset" },
    ]);
    expectPairs("Chanukah, 25 Kislev 5787, begins at sundown on December 4, 2026", "consistent", [
      { iso: "2026-12-04", hebrew: "25 Kislev 5787", verdict: "match-after-sunset" },
    ]);
  });

  it("the daytime date under an evening phrase is a mismatch, with its hint", () => {
    const report = checkDocument("25 Kislev 5787 (beginning in the evening of December 5, 2026)", {
      reference: REFERENCE,
    });
    expect(report.pairs[0]).toMatchObject({ verdict: "mismatch", offsetDays: 0 });
    expect(report.pairs[0]?.hints.map((h) => h.code)).toContain("evening-daytime-date");
    expect(report.findings.map((f) => f.code)).toEqual(["pair-mismatch"]);
  });

  it("words that are not a connector keep two dates apart", () => {
    const report = checkDocument("November 12, 2026 was published long before 25 Kislev 5787", {
      reference: REFERENCE,
    });
    expect(report.pairs).toEqual([]);
  });
});

describe("ranges: both ends read, end paired with end", () => {
  it.each([
    [
      "June 11–12, 2027 | 6–7 Sivan 5787",
      [
        { iso: "2027-06-11", hebrew: "6 Sivan 5787", verdict: "match" },
        { iso: "2027-06-12", hebrew: "7 Sivan 5787", verdict: "match" },
      ],
    ],
    [
      "Rosh Chodesh Kislev: 30 Cheshvan – 1 Kislev 5787 (November 10-11, 2026)",
      [
        { iso: "2026-11-10", hebrew: "30 Cheshvan 5787", verdict: "match" },
        { iso: "2026-11-11", hebrew: "1 Kislev 5787", verdict: "match" },
      ],
    ],
    [
      "Chanukah 5787: 25 Kislev 5787 | December 5–12, 2026",
      [{ iso: "2026-12-05", hebrew: "25 Kislev 5787", verdict: "match" }],
    ],
    [
      "the last day: 2 Tevet 5787 | December 5–12, 2026",
      [{ iso: "2026-12-12", hebrew: "2 Tevet 5787", verdict: "match" }],
    ],
  ])("%s", (text, pairs) => expectPairs(text, "consistent", pairs));

  it("reads the ends of ranges written once", () => {
    const report = checkDocument("October 31-November 1, 2026; December 28 – January 3, 2027", {
      reference: REFERENCE,
    });
    expect(report.ranges.map((r) => [r.from.iso, r.to.iso])).toEqual([
      ["2026-10-31", "2026-11-01"],
      ["2026-12-28", "2027-01-03"],
    ]);
    expect(report.problems).toEqual([]);
  });

  it("a range that ends before it begins is a finding", () => {
    const report = checkDocument("8 Cheshvan 5787 - 25 Tishrei 5787", { reference: REFERENCE });
    expect(report.findings.map((f) => f.code)).toEqual(["range-reversed"]);
    expect(report.verdict).toBe("inconsistent");
  });
});

describe("evenings", () => {
  it("English 'Friday night' names the civil day whose evening it is", () => {
    const report = checkDocument("Friday night, 25 Kislev 5787 (December 4, 2026)", { reference: REFERENCE });
    expect(report.pairs[0]).toMatchObject({ verdict: "match-after-sunset", offsetDays: 1 });
  });
});

describe("no year on either side", () => {
  it("takes the year in which both dates and the weekday agree, nearest the reference, and says so", () => {
    const report = checkDocument("Thursday, April 22 | 15 Nisan", { reference: REFERENCE });
    const [pair] = report.pairs;
    expect(pair).toMatchObject({ verdict: "match", weekday: { verdict: "ok" } });
    expect(pair?.gregorian.iso).toBe("2027-04-22");
    expect(hebrewOf("2027-04-22").text).toBe("15 Nisan 5787");
    expect(pair?.inferred.map((i) => i.note).join(" ")).toMatch(/weekday agree/);
  });

  it("never calls a pair a mismatch because each year was guessed on its own", () => {
    // 15 Nisan fell on April 22 in 2027 but the reference (2026-11-24) is nearer April 22, 2026.
    const report = checkDocument("April 22 | 15 Nisan", { reference: REFERENCE });
    expect(report.pairs[0]?.verdict).toBe("match");
    expect(report.verdict).toBe("consistent");
  });
});

describe("a year given elsewhere on the page", () => {
  it("fills in year-less dates near it", () => {
    const report = checkDocument(
      "Kislev 5787 calendar\n\nDecember 5, 2026: 25 Kislev 5787\n\nThe next: 2 Tevet",
      {
        reference: "2030-01-01",
      },
    );
    const last = report.dates.at(-1);
    expect(last?.hebrew).toBe("2 Tevet 5787");
  });
});

describe("the trace says which step set which field", () => {
  it("names the refiners", () => {
    const report = checkDocument("Sunday, July 22nd | 10 Av 5778", { reference: REFERENCE, explain: true });
    expect(report.trace?.map((entry) => `${entry.step} ${entry.field}`)).toEqual([
      "pairs kind",
      "year-from-partner year",
    ]);
  });

  it("is left out unless asked for", () => {
    expect(checkDocument("Sunday, July 22nd | 10 Av", { reference: REFERENCE }).trace).toBeUndefined();
  });
});

describe("damage from PDFs and OCR", () => {
  it.each([
    [
      "Marchesh-\nvan 10, 5779 | October 19, 2018",
      "2018-10-19",
      "10 Cheshvan 5779",
      "Marchesh-\nvan 10, 5779",
    ],
    ["Decem- ber 13, 2015 | 1 Tevet 5776", "2015-12-13", "1 Tevet 5776", "Decem- ber 13, 2015"],
    ["Decem\u00adber 13, 2015 | 1 Tevet 5776", "2015-12-13", "1 Tevet 5776", "Decem\u00adber 13, 2015"],
    ["July 21rd, 2018 | 9 Av 5778", "2018-07-21", "9 Av 5778", "July 21rd, 2018"],
    ["Av 2th, 5778 | July 14, 2018", "2018-07-14", "2 Av 5778", "Av 2th, 5778"],
  ])("%j", (text, iso, hebrew, firstText) => {
    expectPairs(text, "consistent", [{ iso, hebrew, verdict: "match" }]);
    // Spans point into the text as given, damage and all.
    expect(
      checkDocument(text, { reference: REFERENCE }).pairs[0]?.[
        iso === "2018-10-19" || iso === "2018-07-14" ? "hebrew" : "gregorian"
      ].text,
    ).toBe(firstText);
  });

  it("a hyphen between two words that make no month is left alone", () => {
    const report = checkDocument("a well- known day: Decem- ber 13, 2015", { reference: REFERENCE });
    expect(report.dates.map((d) => [d.text, d.iso])).toEqual([["Decem- ber 13, 2015", "2015-12-13"]]);
  });
});

describe("the day after, without an evening said", () => {
  it("a masthead may show the Hebrew day that began at sunset", () => {
    expect(hebrewOf("2018-07-23").text).toBe("11 Av 5778");
    const report = checkDocument("Sunday, July 22nd | 11 Av 5778", { reference: REFERENCE });
    expect(report.pairs[0]).toMatchObject({ verdict: "match-after-sunset", offsetDays: 1 });
    expect(report.verdict).toBe("consistent");
  });

  it("a phrase that says one day is a mismatch a day late, with its hint", () => {
    expect(hebrewOf("2026-07-23").text).toBe("9 Av 5786");
    const report = checkDocument("The fast ends on the 10th of Av 5786, corresponding to July 23, 2026.", {
      reference: REFERENCE,
    });
    expect(report.pairs[0]).toMatchObject({ verdict: "mismatch", offsetDays: 1 });
    expect(report.pairs[0]?.hints.map((h) => h.code)).toContain("evening-not-marked");
    expect(report.verdict).toBe("inconsistent");
  });

  it("a list's later lines and a range state days, not evenings", () => {
    const list = checkDocument("Sunday, July 22, 2018 · 10 Av 5778\nMonday, July 23, 2018 · 12 Av 5778", {
      reference: REFERENCE,
    });
    expect(list.pairs.map((p) => p.verdict)).toEqual(["match", "mismatch"]);
    const range = checkDocument("June 10–11, 2027 | 6–7 Sivan 5787", { reference: REFERENCE });
    expect(range.pairs.map((p) => [p.verdict, p.offsetDays])).toEqual([
      ["mismatch", 1],
      ["mismatch", 1],
    ]);
  });
});

describe("a Hebrew year beside a Gregorian year only", () => {
  it.each([
    ["ה'תשפ\"ז (2026)", 5787, 2026, "match"],
    ["תשפ״ז (2027)", 5787, 2027, "match"],
    ["5787 / 2026", 5787, 2026, "match"],
    ["2026 – ה׳תשפ״ז", 5787, 2026, "match"],
    ["תשפ״ז (2025)", 5787, 2025, "mismatch"],
  ])("%s", (text, hebrewYear, gregorianYear, verdict) => {
    const report = checkDocument(`Printed in Jerusalem, ${text}`, { reference: REFERENCE });
    expect(report.years.map((y) => [y.hebrewYear, y.gregorianYear, y.verdict])).toEqual([
      [hebrewYear, gregorianYear, verdict],
    ]);
    expect(report.verdict).toBe(verdict === "match" ? "consistent" : "inconsistent");
    // A second source: the Hebrew year's first day (1 Tishrei) falls in the Gregorian year before its last.
    expect(hebrewOf(`${hebrewYear - 3761}-12-01`).year).toBe(hebrewYear);
  });

  it("a year that is part of a date is not read again as a year pair", () => {
    const report = checkDocument("כ״ה בכסלו תשפ״ז (2026)", { reference: REFERENCE });
    expect(report.years).toEqual([]);
  });

  it.each([
    ["חנוכה שנת תשפ״ז – 2026", 2026, "match"],
    ["חנוכה תשפ״ז – 2024", 2024, "mismatch"],
  ])(
    "a holiday's name with its year in letters still pairs that year: %s",
    (text, gregorianYear, verdict) => {
      const report = checkDocument(text, { reference: REFERENCE });
      expect(report.years.map((y) => [y.hebrewYear, y.gregorianYear, y.verdict])).toEqual([
        [5787, gregorianYear, verdict],
      ]);
    },
  );

  it("a holiday's name with its year in digits keeps the year to itself", () => {
    expect(checkDocument("Pesach 5787 (2027)", { reference: REFERENCE }).years).toEqual([]);
  });
});

describe("ranges in Hebrew script", () => {
  it.each([
    ["ו׳–ז׳ בסיון תשפ״ז | 11–12 June 2027", ["2027-06-11", "2027-06-12"]],
    ["חנוכה: מכ״ה בכסלו עד ב׳ בטבת תשפ״ז (5–12.12.2026)", ["2026-12-05", "2026-12-12"]],
  ])("%s", (text, isos) => {
    const report = checkDocument(text, { reference: REFERENCE });
    expect(report.ranges).toHaveLength(report.pairs.length === 2 ? 2 : 1);
    expect(report.ranges[0]?.calendar).toBe("hebrew");
    for (const [i, iso] of isos.entries()) {
      const range = report.ranges[0]!;
      const end = i === 0 ? range.from : range.to;
      expect(end.hebrew).toBe(hebrewOf(iso).text.replace("Heshvan", "Cheshvan"));
    }
  });
});

describe("connectors in the other languages of the pages", () => {
  it.each([
    ["le 15 Nissan 5674 tombait le 11 avril 1914", "1914-04-11", "15 Nisan 5674"],
    ["25 Kislev 5787, c'est-à-dire le 5 décembre 2026", "2026-12-05", "25 Kislev 5787"],
    ["der 25. Kislew 5787 entspricht dem 5. Dezember 2026", "2026-12-05", "25 Kislev 5787"],
    ["25 кислева 5787 года приходится на 5 декабря 2026 года", "2026-12-05", "25 Kislev 5787"],
    ["el 25 de Kislev de 5787, que corresponde al 5 de diciembre de 2026", "2026-12-05", "25 Kislev 5787"],
  ])("%s", (text, iso, hebrew) => expectPairs(text, "consistent", [{ iso, hebrew, verdict: "match" }]));

  it("an ordinal dot is no sentence break: a German widget pairs", () => {
    expectPairs(
      "Heute ist:\n\nMittwoch\n\n\n25. Dezember\n2024\n\n\n24. Kislew\nAM 5785\n[aktualisieren]",
      "consistent",
      [{ iso: "2024-12-25", hebrew: "24 Kislev 5785", verdict: "match", weekday: "ok" }],
    );
  });

  it("a phone number is no pair of years", () => {
    expect(checkDocument("Call 5778-1234 for details", { reference: REFERENCE }).verdict).toBe("no-dates");
  });
});

describe("holiday names beside dates written out", () => {
  it("the dates written out pair; the holiday name before them stays a name", () => {
    const report = checkDocument("Shavuot: June 11–12, 2027 · 6–7 Sivan 5787", { reference: REFERENCE });
    expect(report.pairs.map((p) => [p.gregorian.iso, p.hebrew.canonical, p.verdict])).toEqual([
      ["2027-06-11", "6 Sivan 5787", "match"],
      ["2027-06-12", "7 Sivan 5787", "match"],
    ]);
  });

  it("a holiday without a year in a title does not pair with a dateline by layout", () => {
    const report = checkDocument(
      "What is Purim?\n\nMarch 8, 2019, by the editors\n\nPurim is the most joyous day.",
      {
        reference: REFERENCE,
      },
    );
    expect(report.pairs).toEqual([]);
    expect(report.verdict).not.toBe("inconsistent");
  });

  it.each([
    "Tuesday, March 5, 2030\n\nHoliday almanac\n\nPurim (Feast of Lots)\nPurim falls on the fourteenth of Adar, a month after this post; the scroll of Esther is read twice.",
    "dinsdag 5 maart 2030\n\nFeestdagen\n\nPoeriem\n\nPoeriem valt op 14 Adar, het lotenfeest van het boek Esther, en wordt met verkleedpartijen gevierd.",
  ])("a holiday titling the prose that names it again is no partner of the dateline above: %j", (text) => {
    const report = checkDocument(text, { reference: REFERENCE });
    expect(report.pairs).toEqual([]);
    expect(report.verdict).not.toBe("inconsistent");
  });

  it("a holiday under a dateline still pairs when no prose names it after", () => {
    const report = checkDocument("Tuesday, March 19, 2030\n\nPurim\n\nShabbat Zachor next week.", {
      reference: REFERENCE,
    });
    expect(report.pairs.map((pair) => [pair.gregorian.iso, pair.hebrew.canonical])).toEqual([
      ["2030-03-19", "14 Adar II 5790"],
    ]);
  });
});

describe("bios and burial records in Hebrew script", () => {
  it.each([
    ['נפטר בכ"ה כסלו תש"ח (8.12.47), והובא לקבורה', "1947-12-08", "25 Kislev 5708"],
    ["נולד בכ״ו באדר ב׳ תרע״ג (4.4.1913) בווילנה.", "1913-04-04", "26 Adar II 5673"],
    ["נפל בקרב\nבי' באייר תש\"ח , 19/5/1948", "1948-05-19", "10 Iyyar 5708"],
  ])("%s", (text, iso, hebrew) => {
    expectPairs(text, "consistent", [{ iso, hebrew, verdict: "match" }]);
  });

  it("a two-digit year takes its century from the Hebrew date beside it, and says so", () => {
    // Near the reference (2026) "27" would be 2027; 25 Kislev 5688 is 1927-12-19.
    expect(hebrewOf("1927-12-19").text).toBe("25 Kislev 5688");
    const report = checkDocument('נפטר בכ"ה כסלו תרפ"ח (19.12.27)', { reference: REFERENCE });
    expect(report.pairs[0]).toMatchObject({ verdict: "match", gregorian: { iso: "1927-12-19" } });
    expect(report.pairs[0]?.inferred.map((i) => i.note).join(" ")).toMatch(
      /century of a two-digit year, from the Hebrew date/,
    );
  });
});

describe("evenings in other languages", () => {
  it("a French calendar's 'samedi soir' is Saturday's evening: the Hebrew day after matches", () => {
    expect(hebrewOf("2016-09-11").text).toBe("8 Elul 5776");
    const report = checkDocument("Birkat Halevana à partir de samedi soir 8 Eloul (10.9.16)", {
      reference: REFERENCE,
    });
    expect(report.pairs[0]).toMatchObject({ verdict: "match-after-sunset", weekday: { verdict: "ok" } });
    expect(report.pairs[0]?.evening).toBeDefined();
  });

  it("'mardi soir' on a Monday's date is a wrong weekday", () => {
    const report = checkDocument("à partir de mardi soir 3 Eloul (5.9.16).", { reference: REFERENCE });
    expect(report.findings.map((f) => f.code)).toContain("weekday-mismatch");
  });
});

describe("holiday names beside a date, in prose and in blocks", () => {
  it("a dash before a holiday name is no range, and the block's dates pair across it", () => {
    const text =
      "Today is\n\nYom Shabbat, 26 Kislev, 5784 - 2nd day of Chanukkah\n\nSaturday, December 09, 2023";
    const report = checkDocument(text, { reference: REFERENCE });
    expect(report.ranges).toEqual([]);
    expect(
      report.pairs.map((p) => [p.hebrew.canonical, p.gregorian.iso, p.verdict, p.weekday.verdict]),
    ).toEqual([["26 Kislev 5784", "2023-12-09", "match", "ok"]]);
    expect(hebrewOf("2023-12-09").text).toBe("26 Kislev 5784");
  });

  it.each([
    ["23.3.2027", "match"],
    ["27.3.2027", "mismatch"],
  ])(
    'a Hebrew holiday\'s name, "in the year" and its year pairs with the date beside it: %s',
    (date, verdict) => {
      const report = checkDocument(`ביקרנו שם בפורים בשנת תשפ״ז (${date}) עם המשפחה.`, {
        reference: REFERENCE,
      });
      expect(report.pairs.map((p) => [p.hebrew.canonical, p.verdict])).toEqual([
        ["14 Adar II 5787", verdict],
      ]);
      expect(hebrewOf("2027-03-23").text).toBe("14 Adar II 5787");
    },
  );

  it.each([
    ["Tuesday", "consistent", []],
    ["Sunday", "inconsistent", ["weekday-mismatch"]],
  ])("a weekday before a holiday's name and year is checked: %s, Purim 5787", (weekday, verdict, codes) => {
    const report = checkDocument(`We met on ${weekday}, Purim 5787, at the hall.`, { reference: REFERENCE });
    expect(report.verdict).toBe(verdict);
    expect(report.findings.map((f) => f.code)).toEqual(codes);
    // 14 Adar II 5787 is 2027-03-23, a Tuesday.
    expect(hebrewOf("2027-03-23").text).toBe("14 Adar II 5787");
    expect(new Date("2027-03-23T12:00:00Z").getUTCDay()).toBe(2);
  });

  it("a page that only names holidays, with no date, has no dates", () => {
    // Far from any date written with numbers, a holiday name is not a mention of the page.
    const report = checkDocument("Today is the first day of Rosh Hashanah, the Jewish New Year.", {
      reference: REFERENCE,
    });
    expect(report.verdict).toBe("no-dates");
    expect(report.dates).toHaveLength(0);
  });
});

describe("a holiday name standing alone in a widget", () => {
  it("pairs with the day's date above it, taking the day of Rosh Chodesh that date names", () => {
    const text = "Friday, November 21, 2025\n\nHalachic Times (Zmanim)\nRosh Chodesh Kislev\nJewish History";
    const report = checkDocument(text, { reference: REFERENCE });
    expect(
      report.pairs.map((p) => [p.gregorian.iso, p.hebrew.canonical, p.verdict, p.weekday.verdict]),
    ).toEqual([["2025-11-21", "1 Kislev 5786", "match", "ok"]]);
    expect(hebrewOf("2025-11-21").text).toBe("1 Kislev 5786");
  });

  it("standsAlone says whether nothing but punctuation shares the line (the documented example)", () => {
    expect(standsAlone("Today\nRosh Chodesh Kislev\n", { start: 6, end: 25 })).toBe(true);
    expect(standsAlone("What is Purim?", { start: 8, end: 13 })).toBe(false);
  });
});
