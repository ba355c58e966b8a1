import { describe, expect, it } from "vitest";
import { run } from "../../src/cli/main.js";
import { fakeIo } from "../support/fakeIo.js";

const SEED_LINES = "Sunday, July 22nd | 10 Av 5778\n\nDecember 13, 2015 2:27 pm\n";

async function cli(argv: string[], files: Record<string, string> = {}, stdin = "") {
  const { io, out } = fakeIo(files, stdin);
  const code = await run(argv, io);
  return { code, ...out };
}

describe("hdate DATE", () => {
  it("prints both calendars, the Hebrew script and the events for a Hebrew date", async () => {
    const { code, stdout, stderr } = await cli(["10 Av 5778"]);
    expect(code).toBe(0);
    expect(stderr).toBe("");
    expect(stdout).toContain("Sunday, 22 July 2018 (2018-07-22)");
    expect(stdout).toContain("י׳ אָב תשע״ח");
    expect(stdout).toContain("Tish'a B'Av (observed)");
  });

  it("reads a date given as several words", async () => {
    const { code, stdout } = await cli(["10", "Av", "5778"]);
    expect(code).toBe(0);
    expect(stdout).toContain("2018-07-22");
  });

  it("converts an ISO date to the Hebrew calendar", async () => {
    const { code, stdout } = await cli(["2018-07-22"]);
    expect(code).toBe(0);
    expect(stdout).toContain("10 Av 5778");
  });

  it("prints the fields PRODUCT.md fixes with --json", async () => {
    const { code, stdout } = await cli(["--json", "10 Av 5778"]);
    expect(code).toBe(0);
    const json = JSON.parse(stdout);
    expect(json.gregorian).toMatchObject({ iso: "2018-07-22", weekday: "Sunday" });
    expect(json.hebrew).toMatchObject({ day: 10, month: "Av", monthNumber: 5, year: 5778 });
    expect(json.events).toEqual(["Tish'a B'Av (observed)"]);
  });

  it("gives the next Hebrew day with --after-sunset and -s", async () => {
    for (const flag of ["--after-sunset", "-s"]) {
      const json = JSON.parse((await cli(["--json", flag, "2018-07-22"])).stdout);
      expect(json.hebrew.text).toBe("11 Av 5778");
      expect(json.gregorian.iso).toBe("2018-07-22");
      expect(json.afterSunset).toBe(true);
    }
  });

  it("answers for today without a date", async () => {
    const { code, stdout } = await cli(["--json", "--time-zone", "UTC"]);
    expect(code).toBe(0);
    const now = new Date();
    const iso = `${now.getUTCFullYear()}-${String(now.getUTCMonth() + 1).padStart(2, "0")}-${String(now.getUTCDate()).padStart(2, "0")}`;
    // Tolerate a run across UTC midnight.
    expect([iso, new Date(now.getTime() - 60_000).toISOString().slice(0, 10)]).toContain(
      JSON.parse(stdout).gregorian.iso,
    );
  });

  it("infers a missing year near --reference and says so", async () => {
    const { stdout } = await cli(["--reference", "2026-11-24", "10 Av"]);
    expect(stdout).toContain("10 Av 5786");
    expect(stdout).toMatch(/Inferred:\s+year 5786/);
  });

  it("prints help and the version", async () => {
    const help = await cli(["--help"]);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain("hdate check");
    const version = await cli(["--version"]);
    expect(version.code).toBe(0);
    expect(version.stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  });
});

describe("bad input and usage exit 2 with one line on stderr", () => {
  it.each([[[""]], [["   "]], [["", ""]], [["--json", "\t"]]])(
    "an empty date argument is bad input: %j",
    async (argv) => {
      const { code, stdout, stderr } = await cli(argv);
      expect(code).toBe(2);
      expect(stdout).toBe("");
      expect(stderr).toMatch(/^hdate: [^\n]+\n$/);
    },
  );

  it.each([
    [["--reference", "2018-13-01", "10 Av"]],
    [["--reference", "2018-13-01"]],
    [["--reference", "", "10 Av 5778"]],
    [["--jsonl", "--reference", "2018-02-30", "-"]],
    [["check", "--reference", "2018-13-01", "-"]],
  ])("a reference that names no day is a usage error: %j", async (argv) => {
    const { code, stdout } = await cli(argv, {}, "10 Av\n");
    expect(code).toBe(2);
    expect(stdout).toBe("");
  });

  it.each([
    [["40 Av 5778"], /Av 5778 has 30 days/],
    [["30 Cheshvan 5778"], /Cheshvan 5778 has 29 days/],
    [["1 Adar II 5778"], /not a leap year/],
    [["10 Avv 5778"], /did you mean "Av"/],
    [["Febuary 3, 2026"], /"Febuary" is not a month; did you mean "February"/],
    [["31 Decmber 2026"], /did you mean "December"/],
    [["banana"], /Cannot read a date/],
    [["--bogus"], /Unknown option/],
    [["--order", "ymd", "3/4/2020"], /--order takes/],
    [["--time-zone", "Mars/Olympus", "--json"], /Unknown time zone/],
    [["--reference", "yesterday", "10 Av"], /not a day/],
    [["check"], /needs a FILE/],
    [["check", "missing.txt"], /cannot read missing.txt: no such file/],
  ])("%j", async (argv, message) => {
    const { code, stdout, stderr } = await cli(argv);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toMatch(message);
    expect(stderr.trim().split("\n")).toHaveLength(1);
    expect(stderr).toMatch(/^hdate: /);
    expect(stderr).not.toMatch(/\bat .*\.(?:ts|js):\d+/);
  });

  it("rejects a huge argument without a stack trace", async () => {
    const { code, stderr } = await cli(["9".repeat(200_000)]);
    expect(code).toBe(2);
    expect(stderr.length).toBeLessThan(200);
  });
});

describe("hdate check", () => {
  it("reports the seed page's lines as consistent", async () => {
    const { code, stdout } = await cli(["check", "page.txt"], { "page.txt": SEED_LINES });
    expect(code).toBe(0);
    expect(stdout).toContain("page.txt: consistent");
    expect(stdout).toContain("match, Sunday ok");
    expect(stdout).toContain("1 Tevet 5776, 952 days before the masthead");
  });

  it("reads standard input with -", async () => {
    const { code, stdout } = await cli(["check", "--json", "-"], {}, SEED_LINES);
    expect(code).toBe(0);
    const report = JSON.parse(stdout);
    expect(report.verdict).toBe("consistent");
    expect(report.pairs[0]).toMatchObject({
      verdict: "match",
      offsetDays: 0,
      weekday: { verdict: "ok" },
      gregorian: { iso: "2018-07-22" },
    });
    expect(report.timestamps[0]).toMatchObject({
      gregorian: { iso: "2015-12-13" },
      daysFromMasthead: -952,
      hebrew: { text: "1 Tevet 5776" },
    });
  });

  it("exits 1 and explains an inconsistent page", async () => {
    const { code, stdout } = await cli(["check", "bad.txt"], {
      "bad.txt": "Monday, July 22nd | 10 Av 5778\n",
    });
    expect(code).toBe(1);
    expect(stdout).toContain("bad.txt: inconsistent");
    expect(stdout).toMatch(/was a Sunday, not a Monday/);
  });

  it("prints one JSON object per document with --json", async () => {
    const files = { "a.txt": SEED_LINES, "b.txt": "no dates here" };
    const { code, stdout } = await cli(["check", "--json", "a.txt", "b.txt"], files);
    expect(code).toBe(0);
    const lines = stdout
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line));
    expect(lines.map((report) => [report.file, report.verdict])).toEqual([
      ["a.txt", "consistent"],
      ["b.txt", "no-dates"],
    ]);
  });
});

describe("hdate: options and failures not covered above", () => {
  it("--israel uses the Israeli holiday schedule (22 Nisan is Pesach VIII only in the diaspora)", async () => {
    const diaspora = await cli(["22 Nisan 5784"]);
    expect(diaspora.stdout).toContain("Events:    Pesach VIII");
    const israel = await cli(["--israel", "22 Nisan 5784"]);
    expect(israel.code).toBe(0);
    expect(israel.stdout).toContain("Gregorian: Tuesday, 30 April 2024 (2024-04-30)");
    expect(israel.stdout).not.toContain("Pesach VIII");
  });

  it("--order dmy reads a numeric date day first", async () => {
    const { stdout } = await cli(["--order", "dmy", "3/4/2020"]);
    expect(stdout).toContain("Gregorian: Friday, 3 April 2020 (2020-04-03)");
    const mdy = await cli(["--order", "mdy", "3/4/2020"]);
    expect(mdy.stdout).toContain("(2020-03-04)");
  });

  it("-s marks the human output as after sunset", async () => {
    const { stdout } = await cli(["-s", "2018-07-22"]);
    expect(stdout).toContain(
      "Hebrew:    11 Av 5778  י״א אָב תשע״ח  (begins at sunset on Sunday, 22 July 2018)",
    );
  });

  it("-s with a Hebrew date keeps that date and says on which evening it begins, in text and JSON", async () => {
    const text = await cli(["-s", "10 Av 5778"]);
    expect(text.stdout).toContain("Hebrew:    10 Av 5778");
    expect(text.stdout).toContain("begins at sunset on Saturday, 21 July 2018");
    const json = JSON.parse((await cli(["--json", "-s", "10 Av 5778"])).stdout);
    expect(json.hebrew.text).toBe("10 Av 5778");
    expect(json.gregorian.iso).toBe("2018-07-21");
    expect(json).toMatchObject({ afterSunset: true, beginsAtSunset: "2018-07-21" });
    expect(json.events).toEqual(["Tish'a B'Av (observed)"]);
  });

  it("an unexpected Error is reported by the first line of its message, exit 2", async () => {
    const { io, out } = fakeIo();
    io.stdout.write = () => {
      throw new Error("write EIO\n    at something.js:1:1");
    };
    expect(await run(["10 Av 5778"], io)).toBe(2);
    expect(out.stderr).toBe("hdate: write EIO\n");
  });

  it("a thrown non-Error is reported as text, exit 2", async () => {
    const { io, out } = fakeIo();
    io.stdout.write = () => {
      throw "stream closed";
    };
    expect(await run(["--version"], io)).toBe(2);
    expect(out.stderr).toBe("hdate: stream closed\n");
  });
});
