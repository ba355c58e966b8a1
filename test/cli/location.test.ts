import { describe, expect, it } from "vitest";
import { run } from "../../src/cli/main.js";
import { fakeIo } from "../support/fakeIo.js";

async function cli(argv: string[], files: Record<string, string> = {}, stdin = "") {
  const { io, out } = fakeIo(files, stdin);
  const code = await run(argv, io);
  return { code, ...out };
}

describe("--location for single dates and batches", () => {
  it("a time after sunset at the place is the next Hebrew day, as check says", async () => {
    const argv = ["-z", "Asia/Jerusalem", "-l", "Jerusalem"];
    const text = "July 22, 2018 8:30 pm";
    const { code, stdout } = await cli([...argv, "--json", text]);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ afterSunset: true, hebrew: { text: "11 Av 5778" } });
    const human = await cli([...argv, text]);
    expect(human.stdout).toContain("Hebrew:    11 Av 5778");
    const check = await cli(["check", ...argv, "--json", "page.txt"], { "page.txt": text });
    expect(JSON.parse(check.stdout).timestamps[0]).toMatchObject({
      afterSunset: true,
      hebrew: { text: "11 Av 5778" },
    });
    const before = await cli([...argv, "--json", "July 22, 2018 7:30 pm"]);
    expect(JSON.parse(before.stdout).hebrew.text).toBe("10 Av 5778");
  });

  it("takes LAT,LON (in the zone given) as check does", async () => {
    const { stdout } = await cli([
      "-z",
      "Asia/Jerusalem",
      "-l",
      "31.78,35.22",
      "--json",
      "July 22, 2018 8:30 pm",
    ]);
    expect(JSON.parse(stdout).hebrew.text).toBe("11 Av 5778");
  });

  it("applies to every line of a batch", async () => {
    const input = "July 22, 2018 8:30 pm\nJuly 22, 2018 7:30 pm\n10 Av 5778\n";
    const { code, stdout } = await cli(
      ["--jsonl", "-z", "Asia/Jerusalem", "-l", "Jerusalem", "-"],
      {},
      input,
    );
    expect(code).toBe(0);
    const texts = stdout
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line).hebrew.text);
    expect(texts).toEqual(["11 Av 5778", "10 Av 5778", "10 Av 5778"]);
  });

  it.each([
    [["-l", "Atlantis", "10 Av 5778"]],
    [["-l", "Atlantis"]],
    [["-l", "Atlantis", "--json", "July 22, 2018 8:30 pm"]],
    [["--jsonl", "-l", "Atlantis", "-"]],
    [["check", "-l", "Atlantis", "-"]],
    [["check", "--jsonl", "-l", "Atlantis", "-"]],
    [["-l", "95,200", "10 Av 5778"]],
  ])("an unknown place is refused with exit 2 and nothing on stdout: %j", async (argv) => {
    const { code, stdout, stderr } = await cli(argv, {}, '10 Av 5778\n{"text": "10 Av 5778"}\n');
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr).toMatch(/^hdate: [^\n]+\n$/);
  });
});
