import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

// The built bins (npm test builds first): bin.cjs, the one users run, answers one date of a common
// shape from its table without loading the rest of the CLI; what it declines goes to cli.js. Work
// is counted here (files and modules loaded), never timed; bench/run.mjs times it.
const DIST = join(import.meta.dirname, "../dist");
const LIST = join(import.meta.dirname, "support/listModules.cjs");
const { NODE_EXTRA_CA_CERTS: _ignored, ...ENV } = process.env;

function node(args: string[]) {
  const result = spawnSync(process.execPath, args, { env: ENV });
  return { code: result.status, stdout: result.stdout.toString(), stderr: result.stderr.toString() };
}

/** A run of `node ARGS…` with what it loaded. */
function loaded(args: string[]) {
  const { code, stdout, stderr } = node(["-r", LIST, ...args]);
  const lines = stderr.trimEnd().split("\n");
  const modules = JSON.parse(lines.pop()!) as {
    files: string[];
    esmLoader: boolean;
    builtins: number;
    streams: string[];
  };
  return { code, stdout, stderr: lines.join("\n"), ...modules };
}

describe("the bin's quick answer", () => {
  it("loads one file of ours, no ES module and no output stream for one date", () => {
    const empty = loaded(["-e", "0"]);
    for (const argv of [
      ["10 Av 5778"],
      ["July 22, 2018"],
      ["Sunday,", "22", "July", "2018"],
      ["2018-07-22"],
    ]) {
      const run = loaded([join(DIST, "bin.cjs"), ...argv]);
      expect(run).toMatchObject({ code: 0, stderr: "", files: [join(DIST, "bin.cjs")], esmLoader: false });
      expect(run.streams).toEqual([]);
      expect(run.stdout).toContain("(2018-07-22)");
      // No more of Node's own modules than an empty `node -e 0` loads (89 against 94 on Node 20.20).
      expect(run.builtins).toBeLessThanOrEqual(empty.builtins);
    }
  });

  it("answers --version alone from the one file, as the full CLI does", () => {
    const { version } = JSON.parse(readFileSync(join(DIST, "../package.json"), "utf8")) as {
      version: string;
    };
    const full = node([join(DIST, "bin.js"), "--version"]);
    for (const flag of ["--version", "-v"]) {
      const run = loaded([join(DIST, "bin.cjs"), flag]);
      expect(run).toMatchObject({ code: 0, stderr: "", files: [join(DIST, "bin.cjs")], esmLoader: false });
      expect(run.stdout).toBe(`${version}\n`);
      expect(run.stdout).toBe(full.stdout);
    }
    // With anything beside it, the full CLI answers (here: the version, which wins over a date).
    expect(loaded([join(DIST, "bin.cjs"), "-v", "10 Av 5778"])).toMatchObject({ code: 0, esmLoader: true });
  });

  it("is ASCII, as is its table: one-byte text that V8 scans and Node reads without decoding", () => {
    for (const file of ["bin.cjs", "one-date-shapes.txt"]) {
      const bytes = readFileSync(join(DIST, file));
      expect(bytes.length).toBeGreaterThan(10_000);
      expect(bytes.every((byte) => byte < 0x80)).toBe(true);
    }
  });

  it("loads the full CLI for what it declines, and answers as before", () => {
    const run = loaded([join(DIST, "bin.cjs"), "10 Av"]);
    expect(run).toMatchObject({ code: 0, stderr: "", esmLoader: true });
    expect(run.streams.length).toBeGreaterThan(0);
    expect(run.stdout).toContain("Inferred:  year");
    const bad = loaded([join(DIST, "bin.cjs"), "40 Av 5778"]);
    expect([bad.code, bad.stdout, bad.stderr]).toEqual([
      2,
      "",
      "hdate: Av 5778 has 30 days; there is no 40 Av 5778",
    ]);
  });

  it("ends quietly when its reader closes the pipe", () => {
    const run = spawnSync(
      "bash",
      ["-o", "pipefail", "-c", `"${process.execPath}" "${join(DIST, "bin.cjs")}" "10 Av 5778" | true`],
      { env: ENV },
    );
    expect([run.status, run.stderr.toString()]).toEqual([0, ""]);
  });

  it.each([
    ["10 Av 5778"],
    ["16 Av 5778"],
    ["Sunday, July 22, 2018"],
    ["Monday, July 22, 2018"],
    ["30 Cheshvan 5779"],
    ["10 Av"],
    ["--json", "10 Av 5778"],
    ["-s", "2018-07-22"],
  ])("prints what the ES module bin prints: %s", (...argv) => {
    expect(node([join(DIST, "bin.cjs"), ...argv])).toEqual(node([join(DIST, "bin.js"), ...argv]));
  });
});
