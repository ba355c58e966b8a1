// Timing helpers shared by run.mjs and profile.mjs.
//
// In-process benchmarks run in interleaved rounds: every round times each task for a fixed slice of
// time, in a rotating order, so that a noisy neighbour slows all tasks of a round alike. We report
// the median rate over the rounds and, for comparisons, the median of the per-round ratios (paired),
// which is steadier on a shared machine than a ratio of two medians.
//
// Child processes are timed with the wall clock around spawnSync, with NODE_EXTRA_CA_CERTS removed
// from their environment (it adds ~75 ms to every Node start on the machines this was written on,
// and a user's machine does not set it).

import { spawnSync } from "node:child_process";
import { closeSync, existsSync, openSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const n = sorted.length;
  if (n === 0) return Number.NaN;
  return n % 2 ? sorted[(n - 1) / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
};

/** Keeps results alive so the optimiser cannot drop the work. */
export const sink = { value: 0 };

/**
 * Times tasks in interleaved rounds. Each task is `{name, batch(start, count)}` where `batch` does
 * `count` operations (cycling through its inputs from `start`) and returns a number to sink.
 * Returns `Map(name → {opsPerSecond, samples})`; `samples[r]` is the rate in round r.
 */
export function interleaved(tasks, { rounds = 7, sliceMs = 250, warmupMs = 300 } = {}) {
  const state = new Map();
  for (const task of tasks) {
    // Warm up (JIT, caches), then size the batch so one batch takes about 2 ms.
    let count = 16;
    let position = 0;
    const warmEnd = performance.now() + warmupMs;
    while (performance.now() < warmEnd) {
      const t0 = performance.now();
      sink.value += task.batch(position, count);
      position += count;
      const elapsed = performance.now() - t0;
      if (elapsed < 2 && count < 1 << 20) count *= 2;
    }
    state.set(task.name, { count, position, samples: [] });
  }
  for (let round = 0; round < rounds; round++) {
    for (let k = 0; k < tasks.length; k++) {
      const task = tasks[(round + k) % tasks.length];
      const s = state.get(task.name);
      let ops = 0;
      const start = performance.now();
      let now = start;
      while (now - start < sliceMs) {
        sink.value += task.batch(s.position, s.count);
        s.position += s.count;
        ops += s.count;
        now = performance.now();
      }
      s.samples.push(ops / ((now - start) / 1000));
    }
  }
  const out = new Map();
  for (const [name, s] of state) out.set(name, { opsPerSecond: median(s.samples), samples: s.samples });
  return out;
}

/** Median over rounds of the ratio a/b of two tasks timed in the same rounds. */
export function pairedRatio(results, a, b) {
  const x = results.get(a).samples;
  const y = results.get(b).samples;
  return median(x.map((value, i) => value / y[i]));
}

/** The environment of a user's machine: this one's, without NODE_EXTRA_CA_CERTS. */
export function childEnv() {
  const env = { ...process.env };
  delete env.NODE_EXTRA_CA_CERTS;
  return env;
}

const TIME = "/usr/bin/time";
export const HAVE_TIME = existsSync(TIME);

/**
 * Runs `node args…` once with stdout to /dev/null (or a file), stdin from a file or ignored.
 * Returns `{ms, maxRssKb, cpuSeconds, status, stderr}`; maxRssKb and cpuSeconds (user + sys, all
 * threads: steadier than the wall clock on a busy machine) come from `/usr/bin/time -f "%M %U %S"` when asked for
 * and available (null otherwise).
 */
export function runNode(args, { cwd, stdoutFile = "/dev/null", stdinFile, measureRss = false } = {}) {
  const out = openSync(stdoutFile, "w");
  const input = stdinFile ? openSync(stdinFile, "r") : "ignore";
  const rssFile = join(tmpdir(), `hdate-bench-rss-${process.pid}`);
  const useTime = measureRss && HAVE_TIME;
  const command = useTime ? TIME : process.execPath;
  const argv = useTime ? ["-f", "%M %U %S", "-o", rssFile, process.execPath, ...args] : args;
  const t0 = performance.now();
  const result = spawnSync(command, argv, {
    cwd,
    env: childEnv(),
    stdio: [input, out, "pipe"],
    maxBuffer: 64 << 20,
  });
  const ms = performance.now() - t0;
  closeSync(out);
  if (typeof input === "number") closeSync(input);
  let maxRssKb = null;
  let cpuSeconds = null;
  if (useTime && existsSync(rssFile)) {
    const lines = readFileSync(rssFile, "utf8").trim().split("\n");
    const [rss, user, system] = lines[lines.length - 1].split(" ").map(Number);
    maxRssKb = rss;
    cpuSeconds = user + system;
    rmSync(rssFile, { force: true });
  }
  if (result.error) throw result.error;
  return { ms, maxRssKb, cpuSeconds, status: result.status, stderr: String(result.stderr ?? "") };
}

/** Runs `node args…` with its output captured (for sanity checks). */
export function runNodeCapture(args, { cwd } = {}) {
  const result = spawnSync(process.execPath, args, {
    cwd,
    env: childEnv(),
    encoding: "utf8",
    maxBuffer: 256 << 20,
  });
  if (result.error) throw result.error;
  return result;
}
