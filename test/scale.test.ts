import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

// docs/scale.md shards a corpus with GNU parallel: the sharded run's output must be the single
// run's, byte for byte. Runs where `parallel` is installed (.ci/run installs it).
const ROOT = join(import.meta.dirname, "..");
const BIN = join(ROOT, "dist/bin.js");
const { NODE_EXTRA_CA_CERTS: _ignored, ...ENV } = process.env;
const HAVE_PARALLEL = spawnSync("parallel", ["--version"]).status === 0;
const SCALE = readFileSync(join(ROOT, "docs/scale.md"), "utf8");

const SNIPPETS = readFileSync(join(ROOT, "test/pages/snippets.jsonl"), "utf8")
  .split("\n")
  .filter((line) => line !== "");
// One copy of the corpus, every 41st line broken: enough for several shards at 100 kB, and small
// enough that a busy machine runs both commands well within the test's time.
const LINES = SNIPPETS.map((line, i) => (i % 41 === 0 ? "{not json" : line));
const CORPUS = `${LINES.join("\n")}\n`;

function shell(command: string) {
  const result = spawnSync("bash", ["-o", "pipefail", "-c", command], {
    input: CORPUS,
    env: ENV,
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: result.status, stdout: result.stdout.toString(), stderr: result.stderr.toString() };
}

describe("docs/scale.md", () => {
  it.skipIf(!HAVE_PARALLEL)(
    "GNU parallel's sharded run writes the single run's bytes, in order",
    () => {
      // The command as the page gives it, with shards small enough that this corpus makes several.
      const command = "parallel --pipe --keep-order --block 20M hdate check --jsonl --threads 1 -";
      expect(SCALE).toContain(command);
      const hdate = `node ${BIN}`;
      const single = shell(`${hdate} check --jsonl --threads 1 -`);
      const sharded = shell(command.replace("--block 20M", "--block 100k").replace("hdate", hdate));
      expect(single.stdout.split("\n")).toHaveLength(LINES.length + 1);
      expect(sharded.stdout).toBe(single.stdout);
      // parallel's status is the number of shards that failed: each shard with an error record exits 1.
      expect(sharded.code).toBeGreaterThan(1);
      // Two whole runs of the corpus and a node start per shard: a loaded machine may take minutes.
    },
    900_000,
  );
});
