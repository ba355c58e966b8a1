import { describe, expect, it } from "vitest";
import { run } from "../../src/cli/main.js";
import { fakeIo } from "../support/fakeIo.js";

async function cli(argv: string[]) {
  const { io, out } = fakeIo();
  const code = await run(argv, io);
  return { code, ...out };
}

describe("hdate holidays", () => {
  it("lists a Hebrew year, a line a holiday: civil day, weekday, Hebrew date, kind, name", async () => {
    const { code, stdout, stderr } = await cli(["holidays", "5778"]);
    expect([code, stderr]).toEqual([0, ""]);
    const lines = stdout.trimEnd().split("\n");
    expect(lines[0]).toBe("Holidays of the Hebrew year 5778 (diaspora)");
    expect(lines[1]).toBe("2017-09-21 Thu    1 Tishrei 5778    major            Rosh Hashana 5778");
    expect(lines).toContain("2018-07-22 Sun    10 Av 5778        fast             Tish'a B'Av (observed)");
  });

  it("lists a Gregorian year with --israel, --sedra and the filters", async () => {
    const { code, stdout } = await cli([
      "holidays",
      "2018",
      "--israel",
      "--sedra",
      "--no-modern",
      "--no-rosh-chodesh",
    ]);
    expect(code).toBe(0);
    const lines = stdout.trimEnd().split("\n");
    expect(lines[0]).toBe("Holidays of the Gregorian year 2018 (Israel)");
    expect(lines[1]).toMatch(/^2018-01-06 Sat +19 Tevet 5778 +sedra +Parashat Shemot$/);
    expect(stdout).not.toMatch(/rosh-chodesh|modern/);
    expect(stdout).toContain("Parashat Shmini");
    expect(stdout).not.toContain("Shavuot II");
  });

  it("writes Hebrew script with --lang he, without niqqud with --no-niqqud, Ashkenazi with --lang ashkenazi", async () => {
    expect((await cli(["holidays", "5778", "--lang", "he"])).stdout).toContain("י׳ אָב תשע״ח");
    const plain = (await cli(["holidays", "5778", "--lang", "he", "--no-niqqud"])).stdout;
    expect(plain).toContain("2018-07-22 יום א׳ י׳ אב תשע״ח");
    expect(plain).toContain("תשעה באב (נדחה)");
    expect(plain).not.toMatch(/\p{M}/u);
    expect((await cli(["holidays", "5778", "--lang", "ashkenazi"])).stdout).toContain("Shabbos Shuvah");
  });

  it("prints JSON with --json and a line a holiday with --jsonl", async () => {
    const json = JSON.parse((await cli(["holidays", "5778", "--json"])).stdout);
    expect(json).toMatchObject({ year: 5778, calendar: "hebrew", israel: false });
    expect(json.holidays[0]).toMatchObject({
      name: "Rosh Hashana 5778",
      kind: "major",
      gregorian: { iso: "2017-09-21", weekday: "Thursday" },
      hebrew: { year: 5778, monthNumber: 7, day: 1 },
    });
    const lines = (await cli(["holidays", "5778", "--jsonl"])).stdout.trimEnd().split("\n");
    expect(lines.length).toBe(json.holidays.length);
    expect(JSON.parse(lines[0]!)).toEqual(json.holidays[0]);
  });

  it("reads a year in Hebrew script as a Hebrew year, also one below 3761", async () => {
    expect((await cli(["holidays", "תשע״ח"])).stdout).toBe((await cli(["holidays", "5778"])).stdout);
    const { code, stdout } = await cli(["holidays", "ג׳תשס״א", "--jsonl"]);
    expect(code).toBe(0);
    expect(JSON.parse(stdout.split("\n")[0]!).hebrew.year).toBe(3761);
  });

  it("lists this Hebrew year when no YEAR is given", async () => {
    const { code, stdout } = await cli(["holidays", "--jsonl"]);
    expect(code).toBe(0);
    const years = new Set(
      stdout
        .trimEnd()
        .split("\n")
        .map((line) => JSON.parse(line).hebrew.year),
    );
    expect(years.size).toBe(1);
  });

  it("prints its own help", async () => {
    const { code, stdout } = await cli(["holidays", "--help"]);
    expect(code).toBe(0);
    expect(stdout).toContain("hdate holidays [YEAR]");
  });

  it.each([
    [["holidays", "abc"]],
    [["holidays", "5778", "5779"]],
    [["holidays", "--bad"]],
    [["holidays", "5778", "--lang", "fr"]],
    [["holidays", "99999"]],
  ])("exits 2 with one line for %j", async (argv) => {
    const { code, stdout, stderr } = await cli(argv);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toMatch(/^hdate: [^\n]+\n$/);
  });
});
