import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

// `hdate check` from the code cache (src/cli/warmStart.ts), through the built files (npm test builds
// first): V8 takes the cache the build made, the bin then loads no ES module, and what it writes,
// on one thread and on worker threads, is byte for byte what the ES module CLI writes.
const DIST = join(import.meta.dirname, "../../dist");
const LIST = join(import.meta.dirname, "../support/listModules.cjs");
const SNIPPETS = join(import.meta.dirname, "../pages/snippets.jsonl");
const { NODE_EXTRA_CA_CERTS: _ignored, ...ENV } = process.env;

function node(args: string[], input?: string) {
  const result = spawnSync(process.execPath, args, { env: ENV, input, maxBuffer: 64 * 1024 * 1024 });
  return { code: result.status, stdout: result.stdout.toString(), stderr: result.stderr.toString() };
}

describe("the warm CLI", () => {
  it("is compiled from a cache V8 takes, which holds more than the file's own compilation", () => {
    const probe = `
      const { readFileSync } = require("node:fs");
      const { Script } = require("node:vm");
      const file = ${JSON.stringify(join(DIST, "check-warm.cjs"))};
      const source = readFileSync(file, "utf8");
      const cachedData = readFileSync(${JSON.stringify(join(DIST, "check-warm.cache"))});
      const warm = new Script(source, { filename: file, cachedData });
      const cold = new Script(source, { filename: file }).createCachedData();
      console.log(JSON.stringify({ rejected: warm.cachedDataRejected, warm: cachedData.length, cold: cold.length }));
    `;
    const run = node(["-e", probe]);
    expect(run.code).toBe(0);
    const { rejected, warm, cold } = JSON.parse(run.stdout) as {
      rejected: boolean;
      warm: number;
      cold: number;
    };
    expect(rejected).toBe(false);
    // The functions a check runs were compiled during the build's warm-up, and their bytecode kept.
    expect(warm).toBeGreaterThan(2 * cold);
  });

  it("runs `check --jsonl` in bin.cjs without an ES module, writing what the ES module bin writes", () => {
    const args = ["check", "--jsonl", "--threads", "1", "--summary", SNIPPETS];
    const run = node(["-r", LIST, join(DIST, "bin.cjs"), ...args]);
    const lines = run.stderr.trimEnd().split("\n");
    const loaded = JSON.parse(lines.pop()!) as { esmLoader: boolean };
    expect(loaded.esmLoader).toBe(false);
    const plain = node([join(DIST, "bin.js"), ...args]);
    expect(plain.stdout.split("\n").length).toBeGreaterThan(300);
    expect([run.code, run.stdout, `${lines.join("\n")}\n`]).toEqual([plain.code, plain.stdout, plain.stderr]);
  });

  it("answers on its own worker threads as the ES module CLI does on one", () => {
    const args = ["check", "--jsonl", "--summary", "-"];
    const input = `${readFileSync(SNIPPETS, "utf8")}{not json\n`;
    const threaded = node(
      [join(DIST, "bin.cjs"), ...args.slice(0, 2), "--threads", "3", ...args.slice(2)],
      input,
    );
    const single = node(
      [join(DIST, "bin.js"), ...args.slice(0, 2), "--threads", "1", ...args.slice(2)],
      input,
    );
    expect(single.stdout.split("\n").length).toBeGreaterThan(300);
    expect(threaded).toEqual(single);
  });

  it("checks a page as the ES module bin does", () => {
    const dir = mkdtempSync(join(tmpdir(), "hdate-warm-"));
    const page = join(dir, "page.txt");
    writeFileSync(page, "Sunday, July 22nd | 10 Av 5778\nMonday, July 22, 2018 / 11 Av 5778\n");
    for (const extra of [[], ["--json"]]) {
      const warm = node([join(DIST, "bin.cjs"), "check", ...extra, page]);
      expect(warm.stdout).toContain("10 Av 5778");
      expect(warm).toEqual(node([join(DIST, "bin.js"), "check", ...extra, page]));
    }
  });
});
