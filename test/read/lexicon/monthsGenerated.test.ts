import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";

// The month table from CLDR is committed (src/read/lexicon/months.generated.ts) so that the build
// needs no ICU of its own; its script must still make exactly that file from the ICU here.

const ROOT = new URL("../../../", import.meta.url);

describe("months.generated.ts", () => {
  it("is what scripts/generate-months.mjs makes now", () => {
    const run = spawnSync(process.execPath, ["scripts/generate-months.mjs", "--stdout"], {
      cwd: ROOT,
      encoding: "utf8",
    });
    expect(run.status).toBe(0);
    const committed = readFileSync(new URL("src/read/lexicon/months.generated.ts", ROOT), "utf8");
    expect(run.stdout).toBe(committed);
  });

  it("and months.languages.generated.ts, the other languages' rows, what it makes of them", () => {
    const run = spawnSync(process.execPath, ["scripts/generate-months.mjs", "--stdout", "languages"], {
      cwd: ROOT,
      encoding: "utf8",
    });
    expect(run.status).toBe(0);
    const committed = readFileSync(new URL("src/read/lexicon/months.languages.generated.ts", ROOT), "utf8");
    expect(run.stdout).toBe(committed);
    expect(committed).not.toMatch(/"he /);
  });
});
