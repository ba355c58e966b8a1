// CPU profiles of the benchmarked workloads, summarised by self time.
//
//   node bench/profile.mjs WORKLOAD [seconds]      (after `npm run build`)
//   node bench/profile.mjs all [seconds]
//
// WORKLOAD is one of:
//   fields-g2h   convertDate({calendar: "gregorian", …})         (section 1)
//   fields-h2g   convertDate({calendar: "hebrew", …})            (section 1)
//   text         convertDate(text, {reference}) on mixed forms   (section 2)
//   check        checkDocument on generated pages                (section 3, in-process)
//   cli-check         `hdate check --jsonl --threads 1` on the 20 MB corpus, as a process (section 3)
//   cli-dates         `hdate --jsonl` on 100 k date lines, days 1900–2099, as a process (section 4)
//   cli-dates-recent  the same on days 2010–2030                                        (section 4)
//   cli-dates-spread  `hdate --jsonl` on the 200 k lines section 4 times (1850–2099, 5600–5999)
//   text-plain   convertDate(text) on section 2's distinct plain strings, default options (section 2)
//   startup           `hdate "10 Av 5778"`, ten starts sampled every 50 µs              (section 5)
//
// In-process workloads re-run this file under `node --cpu-prof`; the cli-* and startup workloads run
// an unminified copy of the CLI built with source maps (bench/.data/profile-bin/, same bundling as
// tsup's) under `node --cpu-prof`, so that functions have names. Profiles go to
// bench/.data/profiles/. The summary lists the top functions by self time, with positions in hdate's
// bundles mapped back to src/ through their source maps, and self time per package.

import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import {
  DATA_DIR,
  dateStrings,
  ensureDateLines,
  ensureJsonlCorpus,
  ensureSpreadDateLines,
  pages,
  plainDateStrings,
  randomDays,
} from "./corpus.mjs";
import { childEnv } from "./harness.mjs";

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = join(HERE, "..");
const PROFILE_DIR = join(DATA_DIR, "profiles");
const WORKLOADS = [
  "fields-g2h",
  "fields-h2g",
  "text",
  "check",
  "cli-check",
  "cli-dates",
  "cli-dates-recent",
  "cli-dates-spread",
  "text-plain",
  "startup",
];
const IN_PROCESS = new Set(["fields-g2h", "fields-h2g", "text", "text-plain", "check"]);

// ---------------------------------------------------------------------------------------------
// Child: run one workload for a while.

async function runWorkload(name, seconds) {
  const { convertDate, checkDocument } = await import("../dist/index.js");
  const reference = "2026-11-24";
  let inputs;
  let op;
  if (name === "fields-g2h" || name === "fields-h2g") {
    const days = randomDays(4096, 1);
    inputs =
      name === "fields-g2h"
        ? days.map((d) => ({ calendar: "gregorian", year: d.gy, month: d.gm, day: d.gd }))
        : days.map((d) => ({ calendar: "hebrew", year: d.hy, month: d.hm, day: d.hd }));
    op = (x) => convertDate(x).dayNumber;
  } else if (name === "text") {
    inputs = dateStrings(randomDays(4000, 2)).mixed.map((m) => m.text);
    op = (x) => convertDate(x, { reference }).dayNumber;
  } else if (name === "text-plain") {
    inputs = plainDateStrings();
    op = (x) => convertDate(x).dayNumber;
  } else if (name === "check") {
    inputs = pages(600, 7);
    op = (x) => checkDocument(x).pairs.length;
  } else {
    throw new Error(`unknown workload ${name}`);
  }
  let sum = 0;
  let ops = 0;
  const end = performance.now() + seconds * 1000;
  while (performance.now() < end) {
    for (let i = 0; i < 256; i++) sum += op(inputs[(ops + i) % inputs.length]);
    ops += 256;
  }
  process.stdout.write(`${ops} ops in ${seconds} s (${Math.round(ops / seconds)} ops/s) [${sum % 10}]\n`);
}

// ---------------------------------------------------------------------------------------------
// Source maps (just enough to map dist/index.js positions to src/ files and lines).

const B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

function decodeMappings(map) {
  const lines = [];
  let source = 0;
  let origLine = 0;
  for (const lineText of map.mappings.split(";")) {
    const segments = [];
    let genCol = 0;
    for (const segment of lineText.split(",")) {
      if (!segment) continue;
      const values = [];
      let value = 0;
      let shift = 0;
      for (const ch of segment) {
        const digit = B64.indexOf(ch);
        value += (digit & 31) << shift;
        if (digit & 32) shift += 5;
        else {
          values.push(value & 1 ? -(value >>> 1) : value >>> 1);
          value = 0;
          shift = 0;
        }
      }
      genCol += values[0];
      if (values.length >= 4) {
        source += values[1];
        origLine += values[2];
        segments.push([genCol, source, origLine]);
      }
    }
    lines.push(segments);
  }
  return (line, column) => {
    const segments = lines[line];
    if (!segments || segments.length === 0) return undefined;
    let best = segments[0];
    for (const s of segments) if (s[0] <= column) best = s;
    return { source: map.sources[best[1]], line: best[2] + 1 };
  };
}

const mappers = new Map();
function mapperFor(file) {
  if (!mappers.has(file)) {
    const mapFile = `${file}.map`;
    mappers.set(file, existsSync(mapFile) ? decodeMappings(JSON.parse(readFileSync(mapFile, "utf8"))) : null);
  }
  return mappers.get(file);
}

// ---------------------------------------------------------------------------------------------
// Summaries

function packageOf(url) {
  if (!url) return "(native / VM)";
  if (url.startsWith("node:")) return "node internals";
  const path = url.replace(/^file:\/\//, "");
  const m = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path);
  if (m) return m[1];
  if (path.includes("/profile-bin/")) return "hdate CLI bundle (unminified copy)";
  if (path.includes("/dist/")) return `hdate ${relative(ROOT, path)}`;
  if (path.includes("/bench/")) return "bench driver";
  return relative(ROOT, path);
}

function describe(frame) {
  const name = frame.functionName || "(anonymous)";
  if (!frame.url) return name;
  const path = frame.url.replace(/^file:\/\//, "");
  if (!path.startsWith("node:") && !path.includes("/node_modules/")) {
    const mapped = mapperFor(path)?.(frame.lineNumber, frame.columnNumber);
    if (mapped) return `${name}  ${mapped.source.replace(/^(\.\.\/)+/, "")}:${mapped.line}`;
  }
  const short = path.startsWith("node:") ? path : relative(ROOT, path).replace(/^node_modules\//, "");
  return `${name}  ${short}:${frame.lineNumber + 1}`;
}

/** Top functions by self time and self time per package, over one or more .cpuprofile files. */
export function summarize(files, top = 15) {
  let total = 0;
  const byFunction = new Map();
  const byPackage = new Map();
  for (const file of [files].flat()) {
    const profile = JSON.parse(readFileSync(file, "utf8"));
    const byId = new Map(profile.nodes.map((n) => [n.id, n]));
    const selfUs = new Map();
    for (let i = 0; i < profile.samples.length; i++) {
      const id = profile.samples[i];
      selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0));
    }
    for (const [id, us] of selfUs) {
      const frame = byId.get(id).callFrame;
      if (frame.functionName === "(idle)") continue;
      total += us;
      const key = describe(frame);
      byFunction.set(key, (byFunction.get(key) ?? 0) + us);
      const pkg = frame.functionName.startsWith("(") ? frame.functionName : packageOf(frame.url);
      byPackage.set(pkg, (byPackage.get(pkg) ?? 0) + us);
    }
  }
  const ranked = (map, n) =>
    [...map]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([name, us]) => ({
        name,
        ms: Math.round(us / 1000),
        percent: Number(((100 * us) / total).toFixed(1)),
      }));
  return {
    totalMs: Math.round(total / 1000),
    functions: ranked(byFunction, top),
    packages: ranked(byPackage, 8),
  };
}

function print(title, summary) {
  console.log(`\n## ${title}: ${summary.totalMs} ms of samples (idle excluded)\n`);
  console.log("self %   self ms  function  (source)");
  for (const f of summary.functions)
    console.log(`${f.percent.toFixed(1).padStart(6)}  ${String(f.ms).padStart(8)}  ${f.name}`);
  console.log("\nby package:");
  for (const p of summary.packages)
    console.log(`${p.percent.toFixed(1).padStart(6)}  ${String(p.ms).padStart(8)}  ${p.name}`);
}

// ---------------------------------------------------------------------------------------------
// Parent: profile a workload in a child process.

/**
 * The CLI as tsup builds it (ESM, code splitting, everything bundled) but not minified and with
 * source maps, so a start-up profile names functions and src/ lines. Needs esbuild (tsup's own).
 */
async function buildUnminifiedCli() {
  const { build } = await import("esbuild");
  const outdir = join(DATA_DIR, "profile-bin");
  rmSync(outdir, { recursive: true, force: true });
  await build({
    // check-worker.js beside the chunks, as tsup builds it: `check --jsonl` starts its workers from it.
    entryPoints: {
      bin: join(ROOT, "src", "bin.ts"),
      "check-worker": join(ROOT, "src", "cli", "checkWorker.ts"),
    },
    outdir,
    bundle: true,
    format: "esm",
    splitting: true,
    platform: "node",
    target: "node20",
    sourcemap: true,
    logLevel: "error",
  });
  return join(outdir, "bin.js");
}

async function profileOne(name, seconds) {
  const dir = join(PROFILE_DIR, name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const flags = ["--cpu-prof", "--cpu-prof-dir", dir];
  let stdout = "";
  if (!IN_PROCESS.has(name) && name !== "startup") {
    const bin = await buildUnminifiedCli();
    const input =
      name === "cli-check"
        ? ensureJsonlCorpus(20)
        : name === "cli-dates"
          ? ensureDateLines(100_000, 5, { fromYear: 1900, toYear: 2099 })
          : name === "cli-dates-spread"
            ? ensureSpreadDateLines(200_000)
            : ensureDateLines(100_000, 6, { fromYear: 2010, toYear: 2030 });
    const args =
      name === "cli-check"
        ? [bin, "check", "--jsonl", "--threads", "1", input.path]
        : [bin, "--jsonl", "--reference", "2026-11-24", input.path];
    const t0 = performance.now();
    const result = spawnSync(process.execPath, [...flags, ...args], {
      cwd: ROOT,
      env: childEnv(),
      stdio: ["ignore", "ignore", "pipe"],
      encoding: "utf8",
    });
    if (result.status === 2 || result.error) throw new Error(`${name}: ${result.stderr ?? result.error}`);
    const seconds = (performance.now() - t0) / 1000;
    stdout = `hdate ${args.slice(1).join(" ").replace(`${ROOT}/`, "")} (unminified copy): ${input.lines} lines in ${seconds.toFixed(1)} s under the profiler`;
  } else if (name === "startup") {
    // Ten starts of the unminified copy, sampled every 50 µs, summed.
    const bin = await buildUnminifiedCli();
    for (let i = 0; i < 10; i++) {
      const result = spawnSync(process.execPath, [...flags, "--cpu-prof-interval", "50", bin, "10 Av 5778"], {
        cwd: ROOT,
        env: childEnv(),
        encoding: "utf8",
      });
      if (result.status !== 0) throw new Error(`${name}: ${result.stderr}`);
      stdout = `10 starts of an unminified copy of the CLI: hdate "10 Av 5778"`;
    }
  } else {
    const args = [...flags, fileURLToPath(import.meta.url), "--run", name, String(seconds)];
    const result = spawnSync(process.execPath, args, { cwd: ROOT, env: childEnv(), encoding: "utf8" });
    if (result.status !== 0) throw new Error(`${name}: ${result.stderr}`);
    stdout = result.stdout.trim().split("\n")[0];
  }
  const files = readdirSync(dir)
    .filter((f) => f.endsWith(".cpuprofile"))
    .map((f) => join(dir, f));
  const summary = summarize(files, name === "startup" ? 25 : 15);
  print(`${name} — ${stdout}`, summary);
  console.log(`(profiles: ${relative(ROOT, dir)}/, ${files.length} file${files.length > 1 ? "s" : ""})`);
  return summary;
}

if (process.argv[2] === "--run") {
  await runWorkload(process.argv[3], Number(process.argv[4] ?? 5));
} else if (process.argv[2] === "--summarize") {
  print(process.argv[3], summarize(process.argv[3], Number(process.argv[4] ?? 15)));
} else {
  const which = process.argv[2];
  const seconds = Number(process.argv[3] ?? 5);
  if (!which || !(which === "all" || WORKLOADS.includes(which))) {
    console.error(`usage: node bench/profile.mjs ${WORKLOADS.join("|")}|all [seconds]`);
    console.error("       node bench/profile.mjs --summarize FILE.cpuprofile [top]");
    process.exit(2);
  }
  if (!existsSync(join(ROOT, "dist", "index.js"))) {
    console.error("profile: run `npm run build` first");
    process.exit(2);
  }
  for (const name of which === "all" ? WORKLOADS : [which]) await profileOne(name, seconds);
}
