import { describe, expect, it } from "vitest";
import { run } from "../../src/cli/main.js";
import { fakeIo } from "../support/fakeIo.js";

async function cli(argv: string[], stdin: string) {
  const { io, out } = fakeIo({}, stdin);
  const code = await run(argv, io);
  return { code, ...out };
}

describe("hdate -: dates from standard input, one a line", () => {
  it("answers each line as hdate DATE does, in order, a blank line between reports", async () => {
    const { code, stdout, stderr } = await cli(["-"], "10 Av 5778\n2018-07-23\n");
    expect(code).toBe(0);
    expect(stderr).toBe("");
    const reports = stdout.split("\n\n");
    expect(reports).toHaveLength(2);
    expect(reports[0]).toMatch(/^Gregorian: Sunday, 22 July 2018 \(2018-07-22\)\n/);
    expect(reports[1]).toMatch(/^Gregorian: Monday, 23 July 2018 \(2018-07-23\)\nHebrew: {4}11 Av 5778/);
  });

  it("a bad line is one error line on stderr naming it; the run goes on and exits 2", async () => {
    const input = "10 Av 5778\n40 Av 5778\n\nnot\u001b[2J a date\r\n2018-07-22";
    const { code, stdout, stderr } = await cli(["-"], input);
    expect(code).toBe(2);
    expect(stderr.split("\n")).toEqual([
      expect.stringMatching(/^hdate: line 2: /),
      expect.stringMatching(/^hdate: line 4: .*\\u001b/),
      "",
    ]);
    expect(stdout.match(/^Gregorian: .*$/gm)).toEqual([
      "Gregorian: Sunday, 22 July 2018 (2018-07-22)",
      "Gregorian: Sunday, 22 July 2018 (2018-07-22)",
    ]);
  });

  it("takes the options of a single date: --json, -s, --order", async () => {
    const { code, stdout } = await cli(["--json", "-s", "--order", "dmy", "-"], "10 Av 5778\n3/4/2020\n");
    expect(code).toBe(0);
    const objects = stdout.split(/\n(?=\{)/).map((text) => JSON.parse(text));
    expect(objects.map((o) => [o.gregorian.iso, o.hebrew.text])).toEqual([
      ["2018-07-21", "10 Av 5778"],
      ["2020-04-03", "10 Nisan 5780"],
    ]);
  });

  it("reads nothing from stdin without -: no argument still means today", async () => {
    const { code, stdout } = await cli(["--json", "-z", "UTC"], "10 Av 5778\n");
    expect(code).toBe(0);
    expect(JSON.parse(stdout).input.kind).toBe("date");
  });

  it("- with another DATE is a usage error", async () => {
    const { code, stdout } = await cli(["-", "10 Av 5778"], "");
    expect(code).toBe(2);
    expect(stdout).toBe("");
  });

  it("empty input answers nothing, exit 0", async () => {
    expect(await cli(["-"], "")).toMatchObject({ code: 0, stdout: "", stderr: "" });
  });
});
