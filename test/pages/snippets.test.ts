import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

// The real-page corpus is data for bench/realPages.mjs; here it is only held to its own facts:
// every expected date agrees with ICU (test/pages/verify.mjs), and the checker does catch a wrong one.
const verify = fileURLToPath(new URL("./verify.mjs", import.meta.url));
const corpus = readFileSync(new URL("./snippets.jsonl", import.meta.url), "utf8");
const run = (input: string) => spawnSync(process.execPath, [verify, "-"], { input, encoding: "utf8" });

describe("test/pages/snippets.jsonl", () => {
  it("agrees with ICU on every expected pair and weekday", () => {
    const result = run(corpus);
    expect(result.stderr).toBe("");
    expect(result.status).toBe(0);
  });

  it("holds more than 120 snippets from many sites, with ids unique", () => {
    const snippets = corpus
      .split("\n")
      .filter((line) => line.trim() !== "")
      .map((line) => JSON.parse(line) as { id: string; site: string; lang: string });
    expect(snippets.length).toBeGreaterThan(120);
    expect(new Set(snippets.map((s) => s.id)).size).toBe(snippets.length);
    expect(new Set(snippets.map((s) => s.site)).size).toBeGreaterThan(40);
    expect(new Set(snippets.map((s) => s.lang)).size).toBeGreaterThanOrEqual(12);
  });

  it.each([
    ["a civil day moved by one", (line: string) => line.replace('"iso":"2018-07-22"', '"iso":"2018-07-23"')],
    [
      "a match that is not one",
      (line: string) => line.replace('"verdict":"match-after-sunset"', '"verdict":"match"'),
    ],
    ["a wrong offset", (line: string) => line.replace('"offsetDays":30', '"offsetDays":29')],
    ["a wrong weekday verdict", (line: string) => line.replace('"weekday":"ok"', '"weekday":"mismatch"')],
    ["a day-early evening left unmarked", (line: string) => line.replace(',"evening":true', "")],
  ])("fails loudly on %s", (_name, mutate) => {
    const mutated = mutate(corpus);
    expect(mutated).not.toBe(corpus);
    const result = run(mutated);
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/disagreement/);
  });
});
