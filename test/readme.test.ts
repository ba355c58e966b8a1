import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { run } from "../src/cli/main.js";
import { checkDocument, checkPair, convertDate, DateError, parseDates } from "../src/index.js";
import { anniversaries, holidaysOf } from "../src/listings/index.js";
import { fakeIo } from "./support/fakeIo.js";

// The README's library examples, run as written: a claim there that stops being true fails here.
describe("README library examples", () => {
  it("convertDate", () => {
    expect(convertDate("10 Av 5778").gregorian.iso).toBe("2018-07-22");
    expect(convertDate({ calendar: "gregorian", year: 2018, month: 7, day: 22 }).hebrew.text).toBe(
      "10 Av 5778",
    );
    expect(convertDate({ calendar: "hebrew", year: 5778, month: "Av", day: 10 }).events).toEqual([
      "Tish'a B'Av (observed)",
    ]);
    expect(convertDate(new Date("2018-07-22T23:00:00Z"), { timeZone: "Asia/Jerusalem" }).gregorian.iso).toBe(
      "2018-07-23",
    );
    expect(convertDate("2018-07-22", { afterSunset: true }).hebrew.text).toBe("11 Av 5778");
    expect(() => convertDate("1 Adar II 5778")).toThrow(DateError);
    try {
      convertDate("1 Adar II 5778");
    } catch (error) {
      expect((error as DateError).code).toBe("not-a-leap-year");
    }
  });

  it("parseDates, checkPair, checkDocument", () => {
    expect(
      parseDates("Sunday, July 22nd | 10 Av 5778").mentions.map((m) => [m.text, m.date, m.inferred.length]),
    ).toEqual([
      ["Sunday, July 22nd", { calendar: "gregorian", year: 2018, month: 7, day: 22 }, 1],
      ["10 Av 5778", { calendar: "hebrew", year: 5778, month: 5, day: 10 }, 0],
    ]);
    expect(parseDates("Sunday, July 22nd | 10 Av 5778").groups).toEqual([
      { kind: "pair", gregorian: 0, hebrew: 1, evidence: { kind: "separator", text: " | " } },
    ]);
    expect(checkPair({ gregorian: "Sunday, July 22nd", hebrew: "10 Av 5778" }).verdict).toBe("match");
    expect(checkDocument("Purim 5787 | March 23, 2027").pairs[0]?.verdict).toBe("match");
    expect(
      checkDocument("Sunday, July 22nd | 10 Av 5778\n\nDecember 13, 2015 2:27 pm").timestamps[0]
        ?.daysFromMasthead,
    ).toBe(-952);
  });

  it("the JSON example matches a real conversion", () => {
    const readme = readFileSync(join(import.meta.dirname, "../README.md"), "utf8");
    const result = JSON.parse(JSON.stringify(convertDate("10 Av 5778")));
    for (const field of ["input", "gregorian", "hebrew", "events"] as const) {
      expect(readme).toContain(
        `"${field}": ${JSON.stringify(result[field], null, 1).replace(/\n\s*/g, " ")}`,
      );
    }
  });
});

// The README's examples of the listing commands, printed again: a changed output fails here.
describe("README command examples", () => {
  const readme = readFileSync(join(import.meta.dirname, "../README.md"), "utf8");

  it.each([
    [["holidays", "5785", "--sedra"], 8],
    [["holidays", "2025", "--israel", "--lang", "he", "--no-niqqud", "--no-rosh-chodesh"], 3],
    [["anniversary", "2014-03-02", "5785", "5786", "2027"], 4],
    [["anniversary", "--yahrzeit", "30 Adar I 5784", "--count", "4", "--from", "2026-12-01"], 6],
    [["--lang", "he", "2025-04-12"], 3],
    [["--lang", "ashkenazi", "2025-04-12"], 3],
  ])("hdate %j", async (argv, lines) => {
    const { io, out } = fakeIo();
    expect(await run(argv, io)).toBe(0);
    expect(readme).toContain(out.stdout.split("\n").slice(0, lines).join("\n"));
  });

  it("the library examples of the listings", () => {
    expect(holidaysOf(5778).holidays[0]!.name).toBe("Rosh Hashana 5778");
    expect(anniversaries("10 Av 5778", { years: [5779] }).anniversaries[0]!.gregorian.iso).toBe("2019-08-11");
  });
});
