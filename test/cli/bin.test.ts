import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

// End to end through the built binary (npm test builds first), as a user runs it (package.json "bin").
const BIN = join(import.meta.dirname, "../../dist/bin.cjs");
const { NODE_EXTRA_CA_CERTS: _ignored, ...ENV } = process.env;

function hdate(args: string[], input?: string | Buffer) {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    input,
    env: ENV,
    maxBuffer: 256 * 1024 * 1024,
  });
  return { code: result.status, stdout: result.stdout.toString(), stderr: result.stderr.toString() };
}

function shell(command: string) {
  const result = spawnSync("bash", ["-o", "pipefail", "-c", command], {
    env: { ...ENV, BIN },
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: result.status, stdout: result.stdout.toString(), stderr: result.stderr.toString() };
}

const dir = mkdtempSync(join(tmpdir(), "hdate-bin-"));

describe("the built hdate binary", () => {
  it("converts 10 Av 5778", () => {
    const { code, stdout, stderr } = hdate(["10 Av 5778"]);
    expect(stderr).toBe("");
    expect(code).toBe(0);
    expect(stdout).toContain("Sunday, 22 July 2018");
    expect(stdout).toContain("י׳ אָב תשע״ח");
    expect(stdout).toContain("Tish'a B'Av (observed)");
  });

  it("reads dates piped to - and quotes a bad one safely on one line", () => {
    const { code, stdout, stderr } = shell(`printf '10 Av 5778\\n\\033[31mred\\n' | node "$BIN" -`);
    expect(code).toBe(2);
    expect(stdout).toContain("Sunday, 22 July 2018");
    expect(stderr).toBe('hdate: line 2: Cannot read a date in "\\u001b[31mred"\n');
  });

  it("lists holidays and anniversaries, in Hebrew script too", () => {
    const holidays = hdate(["holidays", "5778", "--sedra", "--lang", "he", "--no-niqqud"]);
    expect([holidays.code, holidays.stderr]).toEqual([0, ""]);
    expect(holidays.stdout).toContain("2018-07-28 שבת    ט״ז אב תשע״ח    sedra            פרשת ואתחנן");
    const yahrzeit = hdate(["anniversary", "--yahrzeit", "--json", "30 Adar I 5774", "5780"]);
    expect(yahrzeit.code).toBe(0);
    expect(JSON.parse(yahrzeit.stdout).anniversaries[0].hebrew.text).toBe("30 Sh'vat 5780");
  });

  it("checks the bundled seed sample", () => {
    const { code, stdout } = hdate(["check", join(import.meta.dirname, "../../examples/seed-page.txt")]);
    expect(code).toBe(0);
    expect(stdout).toContain("consistent");
  });

  it.each([[["30 February 2015"]], [["--nope"]], [["check", join(dir, "missing.txt")]], [["check", dir]]])(
    "exits 2 with one line and no stack trace: %j",
    (args) => {
      const { code, stdout, stderr } = hdate(args);
      expect(code).toBe(2);
      expect(stdout).toBe("");
      expect(stderr.trim().split("\n")).toHaveLength(1);
      expect(stderr).not.toMatch(/\n\s+at /);
    },
  );

  it("treats binary garbage on stdin as a page without dates", () => {
    const garbage = Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256));
    const { code, stdout } = hdate(["check", "--json", "-"], garbage);
    expect(code).toBe(0);
    expect(JSON.parse(stdout).verdict).toMatch(/no-dates|consistent|inconsistent/);
  });

  it("reads an empty stdin as a page with no dates", () => {
    const { code, stdout } = hdate(["check", "--json", "-"], "");
    expect(code).toBe(0);
    expect(JSON.parse(stdout).verdict).toBe("no-dates");
  });

  it("ends quietly when the reader closes the pipe", () => {
    const file = join(dir, "many.txt");
    writeFileSync(file, "10 Av 5778\n".repeat(200_000));
    const { code, stderr, stdout } = shell(`node "$BIN" --jsonl "${file}" | head -n 3`);
    expect(stdout.trim().split("\n")).toHaveLength(3);
    expect(stderr).toBe("");
    expect(code).toBe(0);
  });

  it("streams a large file with lines of several megabytes, one line out per line in", () => {
    const file = join(dir, "big.jsonl");
    const filler = "lorem ipsum dolor sit amet ".repeat(300_000); // ≈ 8 MB on one line
    const lines = [
      JSON.stringify({ id: "a", text: `Sunday, July 22nd | 10 Av 5778\n${filler}` }),
      "garbage",
      JSON.stringify({ id: "c", text: `${filler} December 13, 2015 2:27 pm` }),
    ];
    writeFileSync(file, `${lines.join("\n")}\n`);
    const { code, stdout } = hdate(["check", "--jsonl", file]);
    const out = stdout
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line));
    expect(out.map((record) => record.id ?? record.error?.code)).toEqual(["a", "unreadable", "c"]);
    expect(out[0].verdict).toBe("consistent");
    expect(out[2].timestamps[0].gregorian.iso).toBe("2015-12-13");
    expect(code).toBe(1);
  });
});
