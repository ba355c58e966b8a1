import { describe, expect, it } from "vitest";
import { DAYS_HELP } from "../../src/cli/commands/days.js";
import { run } from "../../src/cli/main.js";
import { fakeIo } from "../support/fakeIo.js";

async function hdate(argv: string[]) {
  const { io, out } = fakeIo();
  const code = await run(argv, io);
  return { code, ...out };
}

describe("hdate days", () => {
  it("prints one line per day, both ends included, in either calendar", async () => {
    const { code, stdout, stderr } = await hdate(["days", "2018-07-12", "2 Av 5778"]);
    expect([code, stderr]).toEqual([0, ""]);
    expect(stdout).toBe(
      [
        "2018-07-12 Thu  29 Tamuz 5778     Yom Kippur Katan Av",
        "2018-07-13 Fri  1 Av 5778         Rosh Chodesh Av",
        "2018-07-14 Sat  2 Av 5778",
        "",
      ].join("\n"),
    );
  });

  it("lists a Hebrew month given as Hebrew dates: 1 Av to 30 Av 5778 is 30 lines", async () => {
    const { stdout } = await hdate(["days", "1 Av 5778", "30 Av 5778"]);
    const lines = stdout.trimEnd().split("\n");
    expect(lines).toHaveLength(30);
    expect(lines[0]!.startsWith("2018-07-13 Fri")).toBe(true);
    expect(lines[29]!.startsWith("2018-08-11 Sat")).toBe(true);
  });

  it("--jsonl: one JSON day a line; --json: one array, the same days", async () => {
    const jsonl = (await hdate(["days", "--jsonl", "2018-07-21", "2018-07-22"])).stdout;
    const lines = jsonl
      .trimEnd()
      .split("\n")
      .map((line) => JSON.parse(line));
    expect(lines.map((day) => day.hebrew.text)).toEqual(["9 Av 5778", "10 Av 5778"]);
    expect(lines[1].events).toEqual([{ name: "Tish'a B'Av (observed)", kind: "fast" }]);
    const json = JSON.parse((await hdate(["days", "--json", "2018-07-21", "2018-07-22"])).stdout);
    expect(json).toEqual(lines);
  });

  it("--json of a single day is an array of one", async () => {
    const json = JSON.parse((await hdate(["days", "--json", "2018-07-22", "2018-07-22"])).stdout);
    expect(json.map((day: { gregorian: { iso: string } }) => day.gregorian.iso)).toEqual(["2018-07-22"]);
  });

  it("--lang he and --no-niqqud write the Hebrew date in Hebrew script; --israel the Israeli schedule", async () => {
    expect((await hdate(["days", "--lang", "he", "2018-07-22", "2018-07-22"])).stdout).toContain(
      "י׳ אָב תשע״ח",
    );
    expect(
      (await hdate(["days", "--lang", "he", "--no-niqqud", "2018-07-22", "2018-07-22"])).stdout,
    ).toContain("י׳ אב תשע״ח");
    expect((await hdate(["days", "2018-04-07", "2018-04-07"])).stdout).toContain("Pesach VIII");
    expect((await hdate(["days", "--israel", "2018-04-07", "2018-04-07"])).stdout).not.toContain(
      "Pesach VIII",
    );
  });

  it("reads the ends with --order and --reference", async () => {
    expect((await hdate(["days", "--order", "dmy", "03/04/2018", "03/04/2018"])).stdout).toMatch(
      /^2018-04-03 /u,
    );
    expect((await hdate(["days", "-r", "2018-07-01", "10 Av", "10 Av"])).stdout).toMatch(/^2018-07-22 /u);
  });

  it("writes in blocks and waits for the output to drain whenever a write says it is full", async () => {
    const { io } = fakeIo();
    let written = 0;
    let largest = 0;
    let pending = 0;
    let drains = 0;
    let lines = 0;
    io.stdout = {
      write: (chunk) => {
        // What is written before a drain is all that is ever held for the reader.
        pending += String(chunk).length;
        largest = Math.max(largest, pending);
        written += String(chunk).length;
        lines += String(chunk).split("\n").length - 1;
        return false;
      },
    };
    io.drain = async () => {
      drains += 1;
      pending = 0;
    };
    expect(await run(["days", "--jsonl", "1900-01-01", "1999-12-31"], io)).toBe(0);
    expect(lines).toBe(36_524);
    // ≈ 9 MB out, never more than one block (64 KiB and a line) held between drains.
    expect(written).toBeGreaterThan(8_000_000);
    expect(largest).toBeLessThan(64 * 1024 + 1024);
    expect(drains).toBeGreaterThan(written / (64 * 1024 + 1024));
  });

  it("goes on when stdout says it is full but the io has no way to wait", async () => {
    const { io } = fakeIo();
    let lines = 0;
    io.stdout = {
      write: (chunk) => {
        lines += String(chunk).split("\n").length - 1;
        return false;
      },
    };
    expect(await run(["days", "1990-01-01", "2009-12-31"], io)).toBe(0);
    expect(lines).toBe(7305);
  });

  it("--help prints its own help", async () => {
    const { code, stdout } = await hdate(["days", "-h"]);
    expect([code, stdout]).toEqual([0, DAYS_HELP]);
  });

  it.each([
    [["days", "2018-07-01"], "two dates"],
    [["days", "2018-07-02", "2018-07-01"], "before"],
    [["days", "40 Av 5778", "2018-08-01"], "40"],
    [["days", "--json", "--jsonl", "2018-07-01", "2018-07-02"], "give one"],
    [["days", "--order", "ymd", "2018-07-01", "2018-07-02"], "--order takes"],
    [["days", "--lang", "xx", "2018-07-01", "2018-07-02"], "--lang takes"],
  ])("%j exits 2 with one line on stderr", async (argv, said) => {
    const { code, stdout, stderr } = await hdate(argv);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr.split("\n")).toHaveLength(2);
    expect(stderr).toContain(said);
  });
});
