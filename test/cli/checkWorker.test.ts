import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

// The worker threads for real, through the built binary (npm test builds first): the same bytes out
// as one thread, bad lines in place, the same summary.
const BIN = join(import.meta.dirname, "../../dist/bin.js");
const { NODE_EXTRA_CA_CERTS: _ignored, ...ENV } = process.env;

const SNIPPETS = readFileSync(new URL("../pages/snippets.jsonl", import.meta.url), "utf8")
  .split("\n")
  .filter((line) => line !== "");
const BAD = ["{not json", '{"id": "no text"}', "[1, 2]", ""];
// About 700 KB: several of the 128 KB blocks the threads are given.
const LINES: string[] = [];
for (let copy = 0; copy < 9; copy++)
  for (const [i, line] of SNIPPETS.entries()) LINES.push(i % 37 === copy ? BAD[copy % BAD.length]! : line);
const CORPUS = `\uFEFF${LINES.join("\r\n")}`;

function hdate(args: string[]) {
  const result = spawnSync(process.execPath, [BIN, "check", "--jsonl", "--summary", ...args, "-"], {
    input: CORPUS,
    env: ENV,
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: result.status, stdout: result.stdout.toString(), stderr: result.stderr.toString() };
}

describe("hdate check --jsonl on worker threads", () => {
  it("writes byte for byte what one thread writes, with the same summary and exit status", () => {
    expect(CORPUS.length).toBeGreaterThan(4 * 128 * 1024);
    const single = hdate(["--threads", "1"]);
    const threaded = hdate(["--threads", "3"]);
    expect(single.stdout.split("\n")).toHaveLength(LINES.length + 1);
    expect(threaded.stdout).toBe(single.stdout);
    expect(threaded.stderr).toBe(single.stderr);
    expect(threaded.stderr).toMatch(/^hdate: \d+ lines: .* errors\n$/);
    expect(threaded.code).toBe(single.code);
    const records = threaded.stdout
      .split("\n")
      .slice(0, -1)
      .map((line) => JSON.parse(line));
    LINES.forEach((line, i) => {
      if (BAD.includes(line)) expect(records[i].error.code).toBe("unreadable");
      else expect(records[i].id).toBe(JSON.parse(line).id);
    });
  });
});
