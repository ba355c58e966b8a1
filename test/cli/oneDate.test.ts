import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { weekdayIndexOf } from "../../src/calendars/dayNumber.js";
import { dayNumberToGregorian, gregorianToDayNumber } from "../../src/calendars/gregorian.js";
import { dayNumberToHebrew, hebrewToDayNumber } from "../../src/calendars/hebrew.js";
import { run } from "../../src/cli/main.js";
import { answerOneDate } from "../../src/cli/oneDate.js";
import { oneDateSamples, oneDateShapes } from "../../src/cli/oneDateShapes.js";
import { oneDateTable } from "../../src/cli/oneDateTable.js";
import { findPackedShapes } from "../../src/cli/packedShapes.js";
import { LEXICON } from "../../src/read/lexicon.js";
import { forgetShapes, shapeHash } from "../../src/read/readingShapes.js";
import { fakeIo } from "../support/fakeIo.js";

/** What the full CLI prints for ARGV, read by the reader itself (no shape it learned before). */
async function fullCli(argv: string[]) {
  forgetShapes();
  const { io, out } = fakeIo();
  const code = await run(argv, io);
  return { code, ...out };
}

const SHAPES = oneDateShapes();
const HASHES = new Set(SHAPES.map(([hash]) => hash));

describe("the table of one-date shapes", () => {
  it("holds the shape of the doc comment's example", () => {
    const [shape] = findPackedShapes(oneDateTable(), shapeHash("10 Av 5778"));
    expect(shape?.month).toBe(5);
    expect(shape?.calendar).toBe("hebrew");
    expect(SHAPES.find(([hash]) => hash === shapeHash("10 Av 5778"))?.[1].month).toBe(5);
  });

  it("holds only shapes that infer nothing and warn of nothing, which the quick answer passes on", () => {
    expect(SHAPES.filter(([, shape]) => shape.inferred.length + shape.warnings.length > 0)).toEqual([]);
  });

  it("packs every shape in ASCII, each found again by its hash", () => {
    const table = oneDateTable();
    expect(/^[\x00-\x7f]*$/.test(table)).toBe(true);
    for (const [hash, shape] of SHAPES) expect(findPackedShapes(table, hash)).toContainEqual(shape);
    expect(oneDateTable()).toBe(table);
  });

  it("has learned a shape for nearly every sample, and only the samples' shapes", () => {
    const samples = oneDateSamples();
    const sampleHashes = new Set(samples.map((sample) => shapeHash(sample)));
    // (A weekday's name is a free place of a shape: one shape serves the seven of them.)
    expect(SHAPES.length).toBeGreaterThan(900);
    expect([...HASHES].every((hash) => sampleHashes.has(hash))).toBe(true);
    // The samples the reader does not learn: forms it reads otherwise ("May." is not an abbreviation).
    expect(samples.filter((sample) => !HASHES.has(shapeHash(sample))).length).toBeLessThan(
      samples.length / 20,
    );
  });

  it("answers nearly every sample, each exactly as the full CLI does", async () => {
    const samples = oneDateSamples();
    let answered = 0;
    for (const sample of samples) {
      const quick = answerOneDate([sample]);
      if (!HASHES.has(shapeHash(sample))) expect(quick).toBeUndefined();
      if (quick === undefined) continue;
      answered++;
      expect({ sample, out: await fullCli([sample]) }).toEqual({
        sample,
        out: { code: 0, stdout: quick, stderr: "" },
      });
    }
    expect(answered).toBeGreaterThan(samples.length * 0.95);
  });
});

const title = (spelling: string) => spelling.replace(/(?<![\p{L}'])\p{L}/gu, (l) => l.toUpperCase());
const spellingsOf = (table: Readonly<Record<number, readonly string[]>>, month: number) =>
  (table[month] ?? []).flatMap((s) => [title(s), s, s.toUpperCase()]);

/** A date written in one of the forms people type, in either calendar, sometimes with a weekday. */
const writtenDate = fc
  .record({
    hebrew: fc.boolean(),
    offset: fc.integer({ min: 0, max: 146_000 }),
    form: fc.integer({ min: 0, max: 5 }),
    pick: fc.nat(),
    pad: fc.boolean(),
    weekdayShift: fc.integer({ min: -1, max: 1 }),
  })
  .map(({ hebrew, offset, form, pick, pad, weekdayShift }) => {
    const dayNumber = gregorianToDayNumber(1800, 1, 1) + offset;
    const date = hebrew ? dayNumberToHebrew(dayNumber) : dayNumberToGregorian(dayNumber);
    const table = hebrew ? LEXICON.hebrewMonthsLatin : LEXICON.gregorianMonths;
    const spellings = spellingsOf(table, date.month);
    const month = spellings[pick % spellings.length] ?? "Adar";
    const day = pad && date.day < 10 ? `0${date.day}` : String(date.day);
    const weekdays = LEXICON.weekdaysLatin[(weekdayIndexOf(dayNumber) + 7 + weekdayShift) % 7]!;
    const weekday = title(weekdays[pick % weekdays.length]!);
    const iso = `${date.year}-${String(date.month).padStart(2, "0")}-${day.padStart(2, "0")}`;
    return [
      `${day} ${month} ${date.year}`,
      `${month} ${day}, ${date.year}`,
      `${month} ${day} ${date.year}`,
      `${weekday}, ${month} ${day}, ${date.year}`,
      `${weekday}, ${day} ${month} ${date.year}`,
      iso,
    ][form]!;
  });

describe("answerOneDate", () => {
  it("answers as the full CLI does whenever it answers (random dates, forms and spellings)", async () => {
    let answered = 0;
    let declined = 0;
    await fc.assert(
      fc.asyncProperty(writtenDate, fc.boolean(), async (text, asWords) => {
        const argv = asWords ? text.split(" ") : [text];
        const quick = answerOneDate(argv);
        if (quick === undefined) {
          declined += 1;
          return;
        }
        answered += 1;
        expect(await fullCli(argv)).toEqual({ code: 0, stdout: quick, stderr: "" });
      }),
      { numRuns: 600 },
    );
    // Both kinds were met: the property is not about an empty set.
    expect(answered).toBeGreaterThan(80);
    expect(declined).toBeGreaterThan(100);
  });

  it("answers the Hebrew and Gregorian dates of the readme", () => {
    expect(answerOneDate(["10 Av 5778"])).toBe(
      "Gregorian: Sunday, 22 July 2018 (2018-07-22)\nHebrew:    10 Av 5778  י׳ אָב תשע״ח\nEvents:    Tish'a B'Av (observed)\n",
    );
    expect(answerOneDate(["July", "22,", "2018"])).toBe(answerOneDate(["10 Av 5778"]));
    expect(answerOneDate(["Sunday, 22 July 2018"])).toBe(answerOneDate(["10 Av 5778"]));
    expect(answerOneDate(["16 Av 5778"])).toContain("Events:    Shabbat Nachamu; Parashat Vaetchanan\n");
  });

  it.each([
    ["no date (today)", []],
    ["a command", ["cal", "7", "2018"]],
    ["a command word alone", ["check"]],
    ["an option", ["--json", "10 Av 5778"]],
    ["a short option", ["-s", "2018-07-22"]],
    ["standard input", ["-"]],
    ["the end of options", ["--", "10 Av 5778"]],
    ["nothing but spaces", ["  "]],
    ["a date without a year", ["10 Av"]],
    ["a shape not in the table", ["10 av 5778"]],
    ["a year of another century", ["10 Av 6778"]],
    ["a day its month does not have", ["30 Kislev 5784"]],
    ["a day past any month", ["40 Av 5778"]],
    ["Adar, whose meaning depends on the year", ["10 Adar 5784"]],
    ["a weekday the date contradicts", ["Monday, July 22, 2018"]],
    ["a date in Hebrew script", ["י׳ אב תשע״ח"]],
  ])("declines %s", (_name, argv) => {
    expect(answerOneDate(argv)).toBeUndefined();
  });

  it("declines what the full CLI refuses or warns about, which it then says", async () => {
    for (const argv of [["30 Kislev 5784"], ["Monday, July 22, 2018"], ["40 Av 5778"]]) {
      expect(answerOneDate(argv)).toBeUndefined();
      const full = await fullCli(argv);
      expect(full.code === 2 || full.stdout.includes("Note:")).toBe(true);
    }
  });

  it("answers a day that exists only in some years of a shape: 30 Cheshvan 5779, not 5778", () => {
    expect(hebrewToDayNumber(5779, 8, 30)).toBe(gregorianToDayNumber(2018, 11, 8));
    expect(answerOneDate(["30 Cheshvan 5779"])).toContain("(2018-11-08)");
    expect(answerOneDate(["30 Cheshvan 5778"])).toBeUndefined();
  });
});
