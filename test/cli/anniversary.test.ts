import { describe, expect, it } from "vitest";
import { run } from "../../src/cli/main.js";
import { fakeIo } from "../support/fakeIo.js";

async function cli(argv: string[]) {
  const { io, out } = fakeIo();
  const code = await run(argv, io);
  return { code, ...out };
}

describe("hdate anniversary", () => {
  it("lists the next ten birthdays from a day", async () => {
    const { code, stdout, stderr } = await cli(["anniversary", "10 Av 5778", "--from", "2026-12-01"]);
    expect([code, stderr]).toEqual([0, ""]);
    const lines = stdout.trimEnd().split("\n");
    expect(lines[0]).toBe("Birthday of 10 Av 5778 (2018-07-22)");
    expect(lines.slice(1)).toHaveLength(10);
    expect(lines[1]).toBe("2027-08-13 Fri    10 Av 5787  9 years");
  });

  it("takes a DATE of several words followed by years, Hebrew and Gregorian", async () => {
    const { code, stdout } = await cli([
      "anniversary",
      "--yahrzeit",
      "30",
      "Adar",
      "I",
      "5744",
      "5780",
      "2019",
    ]);
    expect(code).toBe(0);
    expect(stdout.trimEnd().split("\n")).toEqual([
      "Yahrzeit of 30 Adar I 5744 (1984-03-04)",
      "Each is kept from sunset on the evening before.",
      "2020-02-25 Tue    30 Sh'vat 5780  36 years",
      "2019-03-07 Thu    30 Adar I 5779  35 years",
    ]);
  });

  it("reads a date after nightfall with -s, in Hebrew script with --lang he", async () => {
    const { stdout } = await cli(["anniversary", "-s", "2018-07-21", "5779", "--lang", "he", "--no-niqqud"]);
    expect(stdout.trimEnd().split("\n")).toEqual([
      "Birthday of י׳ אב תשע״ח (evening of 2018-07-21)",
      "2019-08-11 יום א׳ י׳ אב תשע״ט  1 year",
    ]);
  });

  it("takes a DATE and YEARs in Hebrew script", async () => {
    const { code, stdout } = await cli(["anniversary", "י׳ באב תשע״ח", "תש״פ", "--jsonl"]);
    expect(code).toBe(0);
    expect(JSON.parse(stdout).gregorian.iso).toBe("2020-07-31");
    expect((await cli(["anniversary", "י׳", "באב", "תשע״ח", "--jsonl", "--count", "1"])).code).toBe(0);
  });

  it("says so when no anniversary falls in the years asked for", async () => {
    const { code, stdout } = await cli(["anniversary", "10 Tevet 5776", "2016"]);
    expect(code).toBe(0);
    expect(stdout).toContain("None in the years asked for.");
  });

  it("prints JSON with --json and a line each with --jsonl, --count long", async () => {
    const json = JSON.parse(
      (await cli(["anniversary", "2018-07-22", "--json", "--from", "2019-01-01"])).stdout,
    );
    expect(json).toMatchObject({ kind: "birthday", original: { hebrew: { text: "10 Av 5778" } } });
    expect(json.anniversaries[0]).toMatchObject({
      hebrewYear: 5779,
      years: 1,
      gregorian: { iso: "2019-08-11" },
    });
    const { stdout } = await cli([
      "anniversary",
      "2018-07-22",
      "--jsonl",
      "--count",
      "3",
      "--from",
      "2019-01-01",
    ]);
    expect(
      stdout
        .trimEnd()
        .split("\n")
        .map((line) => JSON.parse(line).hebrewYear),
    ).toEqual([5779, 5780, 5781]);
  });

  it("starts from today by default", async () => {
    const { code, stdout } = await cli(["anniversary", "1 Tishrei 5700", "--jsonl"]);
    expect(code).toBe(0);
    expect(stdout.trimEnd().split("\n")).toHaveLength(10);
  });

  it("prints its own help", async () => {
    const { code, stdout } = await cli(["anniversary", "-h"]);
    expect(code).toBe(0);
    expect(stdout).toContain("hdate anniversary DATE [YEAR...]");
  });

  it.each([
    [["anniversary"]],
    [["anniversary", "40 Av 5778"]],
    [["anniversary", "40", "Av", "5778", "5790"]],
    [["anniversary", "10 Av 5778", "5700"]],
    [["anniversary", "10 Av 5778", "--count", "x"]],
    [["anniversary", "10 Av 5778", "--count", "0"]],
    [["anniversary", "10 Av 5778", "--nope"]],
    [["anniversary", "10 Av 5778", "soon"]],
  ])("exits 2 with one line for %j", async (argv) => {
    const { code, stdout, stderr } = await cli(argv);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toMatch(/^hdate: [^\n]+\n$/);
  });
});
