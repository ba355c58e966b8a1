import { afterEach, describe, expect, it, vi } from "vitest";
import { CAL_HELP } from "../../src/cli/commands/cal.js";
import { run } from "../../src/cli/main.js";
import { fakeIo } from "../support/fakeIo.js";

async function hdate(argv: string[], options: { tty?: boolean } = {}) {
  const { io, out } = fakeIo();
  if (options.tty) {
    const write = (chunk: string | Uint8Array) => {
      out.stdout += String(chunk);
      return true;
    };
    io.stdout = { write, isTTY: true };
  }
  const code = await run(argv, io);
  return { code, ...out };
}

afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllEnvs();
});

describe("hdate cal", () => {
  it.each([
    [["cal", "7", "2018"], "July 2018 · Tamuz–Av 5778"],
    [["cal", "July", "2018"], "July 2018 · Tamuz–Av 5778"],
    [["cal", "Av 5778"], "Av 5778 · July–August 2018"],
    [["cal", "אב תשע״ח"], "Av 5778 · July–August 2018"],
    [["cal", "--israel", "4", "2018"], "April 2018 · Nisan–Iyyar 5778"],
  ])("%j prints the grid of %s", async (argv, title) => {
    const { code, stdout, stderr } = await hdate(argv);
    expect([code, stderr]).toEqual([0, ""]);
    expect(stdout.split("\n")[0]!.trim()).toBe(title);
  });

  it("--israel follows the Israeli schedule", async () => {
    expect((await hdate(["cal", "4", "2018"])).stdout).toContain("Pesach VIII");
    expect((await hdate(["cal", "--israel", "4", "2018"])).stdout).not.toContain("Pesach VIII");
  });

  it("prints a whole year: 12 grids for 2018, 13 for the leap year 5779", async () => {
    const titles = (text: string) => text.split("\n").filter((line) => line.includes(" · "));
    expect(titles((await hdate(["cal", "2018"])).stdout)).toHaveLength(12);
    const leap = titles((await hdate(["cal", "5779"])).stdout);
    expect(leap).toHaveLength(13);
    expect(leap[0]!.trim()).toBe("Tishrei 5779 · September–October 2018");
  });

  it("without a month is this month; today is highlighted only at a terminal, bracketed under NO_COLOR", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date("2018-07-18T12:00:00Z"));
    const piped = await hdate(["cal", "-z", "UTC"]);
    expect(piped.stdout.split("\n")[0]!.trim()).toBe("July 2018 · Tamuz–Av 5778");
    expect(piped.stdout).not.toMatch(/[[\u001b]/u);
    const terminal = await hdate(["cal", "-z", "UTC"], { tty: true });
    expect(terminal.stdout).toContain("\u001b[7m18 ");
    vi.stubEnv("NO_COLOR", "1");
    const plain = await hdate(["cal", "-z", "UTC"], { tty: true });
    expect(plain.stdout).not.toContain("\u001b");
    expect(plain.stdout).toContain("[18 ");
  });

  it("without a zone, this month is the local one's; a month without a year is near --reference", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date("2018-07-18T12:00:00Z"));
    expect((await hdate(["cal"])).stdout.split("\n")[0]!.trim()).toBe("July 2018 · Tamuz–Av 5778");
    expect((await hdate(["cal", "-r", "2018-06-01", "Av"])).stdout.split("\n")[0]!.trim()).toBe(
      "Av 5778 · July–August 2018",
    );
  });

  it("--digits, --lang he and --no-niqqud change the numerals and headings", async () => {
    const digits = (await hdate(["cal", "--digits", "7", "2018"])).stdout;
    expect(digits.split("\n")[2]).toBe("  1 18*   2 19    3 20    4 21    5 22    6 23    7 24");
    const hebrew = (await hdate(["cal", "--lang", "he", "Av", "5778"])).stdout;
    expect(hebrew).toContain("אָב תשע״ח");
    const bare = (await hdate(["cal", "--lang", "he", "--no-niqqud", "Av", "5778"])).stdout;
    expect(bare).toContain("אב תשע״ח");
    expect(bare).not.toMatch(/\p{M}/u);
  });

  it("--json prints the grids as data", async () => {
    const { code, stdout } = await hdate(["cal", "--json", "Av", "5778"]);
    expect(code).toBe(0);
    const grids = JSON.parse(stdout);
    expect(grids).toHaveLength(1);
    expect(grids[0].title).toBe("Av 5778 · July–August 2018");
    expect(grids[0].weeks[0][5].gregorian.iso).toBe("2018-07-13");
    expect(grids[0].weeks[0][5].events).toEqual([{ name: "Rosh Chodesh Av", kind: "rosh-chodesh" }]);
  });

  it("--help prints its own help", async () => {
    const { code, stdout } = await hdate(["cal", "--help"]);
    expect([code, stdout]).toEqual([0, CAL_HELP]);
  });

  it.each([
    [["cal", "Adar II", "5778"], "5778 is not a leap year"],
    [["cal", "13", "2018"], "no month 13"],
    [["cal", "Avx", "5778"], 'did you mean "Av"'],
    [["cal", "--lang", "fr"], "--lang takes en or he"],
    [["cal", "--bogus"], "--bogus"],
    [["cal", ""], "empty"],
  ])("%j exits 2 with one line on stderr", async (argv, said) => {
    const { code, stdout, stderr } = await hdate(argv);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    expect(stderr.split("\n")).toHaveLength(2);
    expect(stderr).toMatch(/^hdate: /u);
    expect(stderr).toContain(said);
  });
});
