// hdate benchmarks: `npm run bench` (builds, then runs this). See docs/performance.md.
//
//   BENCH_LARGE=1 npm run bench   also times `hdate check --jsonl` on a 1 GB corpus (peak RSS target)
//   BENCH_ONLY=fields,text npm run bench   runs only these sections (fields, text, check, dates,
//                                 start, linear, prose); for quick looks while working, not for docs/performance.md
//   BENCH_FULL=1 npm run bench    never shortens the slow whole-process runs: by default the 200 MB
//                                 corpus is timed once (not 3 times) when a run is projected over 25 s
//
// Prints a table and writes bench/.data/latest.json. Every ratio compares figures measured in this run.

import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import os from "node:os";
import { dirname, join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { HDate } from "@hebcal/core";
import * as chrono from "chrono-node";
import {
  DATA_DIR,
  dateStrings,
  ensureJsonlCorpus,
  ensureSpreadDateLines,
  GREGORIAN_FORMS,
  HEBREW_FORMS,
  pages,
  plainDateStrings,
  prosePages,
  randomDays,
} from "./corpus.mjs";
import { HAVE_TIME, interleaved, median, pairedRatio, runNode, runNodeCapture, sink } from "./harness.mjs";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const DIST = join(ROOT, "dist", "index.js");
const BIN = join(ROOT, "dist", "bin.js");
// The bin users run (package.json "bin"): `hdate check` runs there from the code cache
// (src/cli/warmStart.ts), which the ES module bin does not use; the check section times it.
const BIN_CJS = join(ROOT, "dist", "bin.cjs");
if (!existsSync(DIST) || !existsSync(BIN)) {
  console.error("bench: dist/ is missing; run `npm run bench` (it builds first)");
  process.exit(2);
}
const { convertDate, checkDocument, parseDates } = await import("../dist/index.js");

const LARGE = process.env.BENCH_LARGE === "1";
const FULL = process.env.BENCH_FULL === "1";
const REFERENCE = "2026-11-24";
const benchStart = performance.now();
const loadBefore = os.loadavg();

const log = (message) => process.stderr.write(`bench: ${message}\n`);
const round = (value, digits = 0) => (Number.isFinite(value) ? Number(value.toFixed(digits)) : null);

/** Rows of the final table. */
const rows = [];
const results = {};

function row(section, name, value, unit, extra = {}) {
  rows.push({ section, name, value, unit, ...extra });
}

function target(ratio, { atLeast, atMost }) {
  if (!Number.isFinite(ratio)) return "n/a";
  if (atLeast !== undefined) return ratio >= atLeast ? "PASS" : "FAIL";
  return ratio <= atMost ? "PASS" : "FAIL";
}

// =============================================================================================
// 1. convertDate from fields vs @hebcal/core and ICU

function benchFields() {
  log("1/5 convertDate from fields vs @hebcal/core and ICU …");
  const SIZE = 4096;
  const MASK = SIZE - 1;
  const days = randomDays(SIZE, 1);
  const gFields = days.map((d) => ({ calendar: "gregorian", year: d.gy, month: d.gm, day: d.gd }));
  const hFields = days.map((d) => ({ calendar: "hebrew", year: d.hy, month: d.hm, day: d.hd }));
  const localDates = days.map((d) => new Date(d.gy, d.gm - 1, d.gd)); // HDate reads a Date's local day
  const utcDates = days.map((d) => new Date(Date.UTC(d.gy, d.gm - 1, d.gd)));
  const icu = new Intl.DateTimeFormat("en-u-ca-hebrew", {
    timeZone: "UTC",
    year: "numeric",
    month: "long",
    day: "numeric",
  });

  // Sanity: all three agree with the corpus (which @hebcal/hdate computed) before anything is timed.
  let disagreements = 0;
  for (let i = 0; i < SIZE; i++) {
    const d = days[i];
    const ours = convertDate(gFields[i]).hebrew;
    const back = convertDate(hFields[i]).gregorian;
    const theirs = new HDate(localDates[i]);
    const greg = new HDate(d.hd, d.hm, d.hy).greg();
    const icuDay = Number(icu.formatToParts(utcDates[i]).find((p) => p.type === "day").value);
    if (ours.year !== d.hy || ours.monthNumber !== d.hm || ours.day !== d.hd) disagreements++;
    if (back.year !== d.gy || back.month !== d.gm || back.day !== d.gd) disagreements++;
    if (theirs.getFullYear() !== d.hy || theirs.getMonth() !== d.hm || theirs.getDate() !== d.hd)
      disagreements++;
    if (greg.getFullYear() !== d.gy || greg.getMonth() + 1 !== d.gm || greg.getDate() !== d.gd)
      disagreements++;
    if (icuDay !== d.hd) disagreements++;
  }

  const tasks = [
    {
      name: "hdate G→H",
      batch(start, count) {
        let s = 0;
        for (let i = 0; i < count; i++) s += convertDate(gFields[(start + i) & MASK]).hebrew.day;
        return s;
      },
    },
    {
      name: "hebcal G→H",
      batch(start, count) {
        let s = 0;
        for (let i = 0; i < count; i++) s += new HDate(localDates[(start + i) & MASK]).getDate();
        return s;
      },
    },
    {
      name: "ICU G→H",
      batch(start, count) {
        let s = 0;
        for (let i = 0; i < count; i++) s += icu.formatToParts(utcDates[(start + i) & MASK]).length;
        return s;
      },
    },
    {
      name: "hdate H→G",
      batch(start, count) {
        let s = 0;
        for (let i = 0; i < count; i++) s += convertDate(hFields[(start + i) & MASK]).gregorian.day;
        return s;
      },
    },
    {
      name: "hebcal H→G",
      batch(start, count) {
        let s = 0;
        for (let i = 0; i < count; i++) {
          const h = hFields[(start + i) & MASK];
          s += new HDate(h.day, h.month, h.year).greg().getDate();
        }
        return s;
      },
    },
  ];
  const r = interleaved(tasks, { rounds: 7, sliceMs: 250 });
  const rate = (name) => r.get(name).opsPerSecond;
  const g2hVsHebcal = pairedRatio(r, "hdate G→H", "hebcal G→H");
  const g2hVsIcu = pairedRatio(r, "hdate G→H", "ICU G→H");
  const h2gVsHebcal = pairedRatio(r, "hdate H→G", "hebcal H→G");
  results.fields = {
    inputs: SIZE,
    disagreements,
    opsPerSecond: Object.fromEntries([...r].map(([name, v]) => [name, round(v.opsPerSecond)])),
    samples: Object.fromEntries([...r].map(([name, v]) => [name, v.samples.map((x) => round(x))])),
    ratios: {
      g2hVsHebcal: round(g2hVsHebcal, 2),
      g2hVsIcu: round(g2hVsIcu, 2),
      h2gVsHebcal: round(h2gVsHebcal, 2),
    },
  };
  const S = "1 fields";
  row(S, "hdate convertDate G→H", rate("hdate G→H"), "ops/s");
  row(S, "@hebcal/core new HDate(date)", rate("hebcal G→H"), "ops/s");
  row(S, "ICU formatToParts (hebrew)", rate("ICU G→H"), "ops/s");
  row(S, "hdate convertDate H→G", rate("hdate H→G"), "ops/s");
  row(S, "@hebcal/core new HDate(d,m,y).greg()", rate("hebcal H→G"), "ops/s");
  row(S, "ratio G→H hdate / @hebcal", g2hVsHebcal, "×", {
    target: "≥ 1.0",
    status: target(g2hVsHebcal, { atLeast: 1 }),
  });
  row(S, "ratio H→G hdate / @hebcal", h2gVsHebcal, "×", {
    target: "≥ 1.0",
    status: target(h2gVsHebcal, { atLeast: 1 }),
  });
  row(S, "ratio G→H hdate / ICU", g2hVsIcu, "×", { target: "≥ 5", status: target(g2hVsIcu, { atLeast: 5 }) });
}

// =============================================================================================
// 2. convertDate from text vs chrono-node

/**
 * chrono's CPU time per call over convertDate's on the same distinct plain strings: 21 rounds, each a
 * pass of chrono, one of convertDate and one more of chrono (their mean is the round's chrono), the
 * median of the rounds' ratios. On a loaded machine a wall-clock slice is the neighbours' as much as
 * ours (per-round wall-clock ratios went from 7.2 to 13.2 in one run at load 8-12); CPU time moves less.
 */
function cpuPerCallRatio(texts) {
  const cpu = () => {
    const usage = process.cpuUsage();
    return usage.user + usage.system;
  };
  const CALLS = 20_000;
  let at = 0;
  const hdatePass = () => {
    const start = cpu();
    for (let i = 0; i < CALLS; i++) sink.value += convertDate(texts[at++ % texts.length]).dayNumber;
    return (cpu() - start) / CALLS;
  };
  const chronoPass = () => {
    const start = cpu();
    for (let i = 0; i < CALLS / 10; i++) {
      const date = chrono.parseDate(texts[at++ % texts.length]);
      sink.value += date === null ? 0 : date.getDate();
    }
    return (cpu() - start) / (CALLS / 10);
  };
  hdatePass();
  chronoPass();
  const ratios = [];
  for (let round = 0; round < 21; round++) {
    const before = chronoPass();
    const hdate = hdatePass();
    ratios.push((before + chronoPass()) / 2 / hdate);
  }
  return median(ratios);
}

function benchText() {
  log("2/5 convertDate from text vs chrono-node …");
  const { mixed, gregorian } = dateStrings(randomDays(4000, 2));
  const options = { reference: REFERENCE };
  const chronoReference = new Date(Date.UTC(2026, 10, 24));
  const mixedTexts = mixed.map((m) => m.text);
  const gregorianTexts = gregorian.map((m) => m.text);

  // Sanity: hdate reads every string (to the right day where the year is written); chrono reads the Gregorian ones.
  let hdateErrors = 0;
  let hdateWrong = 0;
  for (const m of mixed) {
    try {
      const r = convertDate(m.text, options);
      if (m.form !== "weekday-month-day" && r.dayNumber !== m.day.abs) hdateWrong++;
    } catch {
      hdateErrors++;
    }
  }
  let chronoNull = 0;
  let chronoWrong = 0;
  for (const m of gregorian) {
    const date = chrono.parseDate(m.text, chronoReference);
    if (date === null) chronoNull++;
    else if (
      m.form !== "weekday-month-day" &&
      (date.getFullYear() !== m.day.gy || date.getMonth() + 1 !== m.day.gm || date.getDate() !== m.day.gd)
    )
      chronoWrong++;
  }

  const cycle = (texts, fn) => {
    const n = texts.length;
    return (start, count) => {
      let s = 0;
      for (let i = 0; i < count; i++) s += fn(texts[(start + i) % n]);
      return s;
    };
  };
  const tasks = [
    { name: "hdate mixed", batch: cycle(mixedTexts, (t) => convertDate(t, options).dayNumber) },
    { name: "hdate gregorian", batch: cycle(gregorianTexts, (t) => convertDate(t, options).dayNumber) },
    {
      name: "chrono gregorian",
      batch: cycle(gregorianTexts, (t) => {
        const d = chrono.parseDate(t, chronoReference);
        return d === null ? 0 : d.getDate();
      }),
    },
  ];
  // The bar: plain "July 22, 2018" and "22 July 2018" strings, both libraries with their default
  // options (convertDate's reference is then today, chrono's the clock's now). Distinct strings: 292 k
  // of them, cycled, so a string comes back only after 292 k calls, long after convertDate's cache of
  // its last 50 k readings has dropped it; no call is answered from that cache.
  const plain = plainDateStrings();
  // Distinct, as the bar asks: every string once in the list (so once per 292 k calls).
  const plainUnique = new Set(plain).size;
  let plainErrors = 0;
  let chronoPlainNull = 0;
  for (const t of plain.slice(0, 2000)) {
    try {
      convertDate(t);
    } catch {
      plainErrors++;
    }
    if (chrono.parseDate(t) === null) chronoPlainNull++;
  }
  tasks.push(
    { name: "hdate plain distinct", batch: cycle(plain, (t) => convertDate(t).dayNumber) },
    {
      name: "chrono plain distinct",
      batch: cycle(plain, (t) => {
        const d = chrono.parseDate(t);
        return d === null ? 0 : d.getDate();
      }),
    },
  );
  const r = interleaved(tasks, { rounds: 7, sliceMs: 300 });
  const plainVsChrono = pairedRatio(r, "hdate plain distinct", "chrono plain distinct");
  const plainVsChronoCpu = cpuPerCallRatio(plain);
  const mixedVsChrono = pairedRatio(r, "hdate mixed", "chrono gregorian");
  const sameVsChrono = pairedRatio(r, "hdate gregorian", "chrono gregorian");

  // Per form (one short slice each; indicative only).
  const perForm = {};
  const forms = [...Object.keys(GREGORIAN_FORMS), ...Object.keys(HEBREW_FORMS)];
  const formTasks = forms.map((form) => ({
    name: form,
    batch: cycle(
      mixed.filter((m) => m.form === form).map((m) => m.text),
      (t) => convertDate(t, options).dayNumber,
    ),
  }));
  const fr = interleaved(formTasks, { rounds: 3, sliceMs: 100, warmupMs: 100 });
  for (const [form, v] of fr) perForm[form] = round(v.opsPerSecond);

  results.text = {
    strings: { mixed: mixed.length, gregorian: gregorian.length },
    examples: Object.fromEntries(forms.map((f) => [f, mixed.find((m) => m.form === f)?.text])),
    sanity: { hdateErrors, hdateWrong, chronoNull, chronoWrong },
    opsPerSecond: Object.fromEntries([...r].map(([name, v]) => [name, round(v.opsPerSecond)])),
    samples: Object.fromEntries([...r].map(([name, v]) => [name, v.samples.map((x) => round(x))])),
    hdatePerForm: perForm,
    plain: {
      strings: plain.length,
      unique: plainUnique,
      hdateErrors: plainErrors,
      chronoNull: chronoPlainNull,
      sampled: 2000,
    },
    ratios: {
      plainDistinctVsChrono: round(plainVsChrono, 2),
      plainDistinctVsChronoCpu: round(plainVsChronoCpu, 2),
      mixedVsChrono: round(mixedVsChrono, 2),
      sameStringsVsChrono: round(sameVsChrono, 2),
    },
  };
  const S = "2 text";
  row(
    S,
    `hdate convertDate(text), plain, ${Math.round(plainUnique / 1000)} k distinct, each once a cycle`,
    r.get("hdate plain distinct").opsPerSecond,
    "strings/s",
  );
  row(
    S,
    "chrono-node parseDate, the same plain strings",
    r.get("chrono plain distinct").opsPerSecond,
    "strings/s",
  );
  row(S, "ratio hdate / chrono, plain distinct, default options (wall clock)", plainVsChrono, "×");
  row(S, "ratio hdate / chrono, plain distinct, default options (CPU time)", plainVsChronoCpu, "×", {
    target: "≥ 12",
    status: target(plainVsChronoCpu, { atLeast: 12 }),
  });
  row(
    S,
    "hdate convertDate(text), mixed forms (4 000 cycled)",
    r.get("hdate mixed").opsPerSecond,
    "strings/s",
  );
  row(
    S,
    "hdate convertDate(text), Gregorian only (cycled)",
    r.get("hdate gregorian").opsPerSecond,
    "strings/s",
  );
  row(S, "chrono-node parseDate, Gregorian", r.get("chrono gregorian").opsPerSecond, "strings/s");
  // Cycled through 4 000 strings, so hdate answers most from its cache of readings: reported only.
  row(S, "ratio hdate (mixed, cycled) / chrono", mixedVsChrono, "×", { target: "(reported)" });
  row(S, "ratio hdate / chrono, same strings (cycled)", sameVsChrono, "×", { target: "(reported)" });
}

// =============================================================================================
// 3. checkDocument in-process, then `hdate check --jsonl` as a whole process

function benchCheck() {
  log("3/5 checkDocument in-process …");
  const docs = pages(1500, 7);
  const bytes = docs.reduce((n, p) => n + Buffer.byteLength(p), 0);
  const verdicts = {};
  for (let i = 0; i < 200; i++) checkDocument(docs[i]); // warm up
  const times = [];
  for (let pass = 0; pass < 5; pass++) {
    const t0 = performance.now();
    for (const doc of docs) {
      const report = checkDocument(doc);
      if (pass === 0) verdicts[report.verdict] = (verdicts[report.verdict] ?? 0) + 1;
      sink.value += report.pairs.length;
    }
    times.push(performance.now() - t0);
  }
  const ms = median(times);
  const mbps = bytes / 1e6 / (ms / 1000);
  const dps = docs.length / (ms / 1000);
  results.checkInProcess = {
    documents: docs.length,
    bytes,
    meanDocumentBytes: round(bytes / docs.length),
    verdicts,
    passMs: times.map((t) => round(t)),
    mbPerSecond: round(mbps, 2),
    documentsPerSecond: round(dps),
  };
  const S = "3 check";
  row(
    S,
    `checkDocument in-process (${docs.length} pages, ${round(bytes / docs.length / 1000, 1)} KB avg)`,
    mbps,
    "MB/s",
    {
      digits: 2,
    },
  );
  row(S, "checkDocument in-process", dps, "docs/s");

  log("3/5 `hdate check --jsonl` as a process: corpora (generated once, then reused) …");
  const small = ensureJsonlCorpus(20);
  if (small.generatedMs)
    log(`    generated ${relative(ROOT, small.path)} in ${round(small.generatedMs / 1000, 1)} s`);
  const big = ensureJsonlCorpus(200);
  if (big.generatedMs)
    log(`    generated ${relative(ROOT, big.path)} in ${round(big.generatedMs / 1000, 1)} s`);

  // Sanity: one report line per input line, on the first 300 documents.
  const sample = join(DATA_DIR, "pages-sample-300.jsonl");
  writeFileSync(sample, `${readFileSync(small.path, "utf8").split("\n").slice(0, 300).join("\n")}\n`);
  const captured = runNodeCapture([BIN_CJS, "check", "--jsonl", sample], { cwd: ROOT });
  const outLines = captured.stdout.trimEnd().split("\n");
  const sampleVerdicts = {};
  for (const line of outLines) {
    const v = JSON.parse(line).verdict ?? "error";
    sampleVerdicts[v] = (sampleVerdicts[v] ?? 0) + 1;
  }
  const sampleOk = outLines.length === 300 && captured.status !== 2;

  // `--threads 1`: one thread (the single-thread bar); no flag: a worker thread a core, as a user runs it.
  const args = (path, threads) => [
    BIN_CJS,
    "check",
    "--jsonl",
    ...(threads ? ["--threads", String(threads)] : []),
    path,
  ];
  const first = runNode(args(small.path), { cwd: ROOT });
  if (first.status === 2) throw new Error(`hdate check --jsonl failed: ${first.stderr}`);
  const projected200 = (first.ms * big.bytes) / small.bytes;
  const bigRuns = FULL || projected200 < 25_000 ? 3 : 1;
  log(
    `    20 MB: ${round(first.ms / 1000, 1)} s; timing 20 MB ×3 (one thread and every core, alternating) and 200 MB ×${bigRuns} (projected ${round(projected200 / 1000)} s each) …`,
  );
  const smallTimes = [first.ms];
  const singleTimes = [];
  // CPU seconds (all threads) of each 20 MB run: what the work costs, whatever the neighbours do.
  const cpu20 = [];
  const cpu20single = [];
  const bigTimes = [];
  const bigRss = [];
  const bigCpu = [];
  for (let i = 0; i < 3; i++) {
    const single = runNode(args(small.path, 1), { cwd: ROOT, measureRss: true });
    singleTimes.push(single.ms);
    cpu20single.push(single.cpuSeconds);
    if (i > 0) {
      const threaded = runNode(args(small.path), { cwd: ROOT, measureRss: true });
      smallTimes.push(threaded.ms);
      cpu20.push(threaded.cpuSeconds);
    }
    if (i < bigRuns) {
      const run = runNode(args(big.path), { cwd: ROOT, measureRss: true });
      if (run.status === 2) throw new Error(`hdate check --jsonl failed: ${run.stderr}`);
      bigTimes.push(run.ms);
      bigRss.push(run.maxRssKb);
      bigCpu.push(run.cpuSeconds);
    }
  }
  const t20 = median(smallTimes);
  const t20single = median(singleTimes);
  const t200 = median(bigTimes);
  const scaling = t200 / t20;
  const rss200 = bigRss.every((x) => x !== null) ? Math.max(...bigRss) : null;
  results.cliCheck = {
    command: "node dist/bin.cjs check --jsonl [--threads 1] FILE > /dev/null",
    threads: os.availableParallelism(),
    ms20single: singleTimes.map((t) => round(t)),
    mbPerSecond20single: round(small.bytes / 1e6 / (t20single / 1000), 2),
    speedup20: round(t20single / t20, 2),
    cpuSeconds20single: cpu20single,
    cpuSeconds20: cpu20,
    cpuSeconds200: bigCpu,
    sample: { lines: outLines.length, expected: 300, verdicts: sampleVerdicts, ok: sampleOk },
    corpus20: { path: relative(ROOT, small.path), bytes: small.bytes, documents: small.lines },
    corpus200: { path: relative(ROOT, big.path), bytes: big.bytes, documents: big.lines },
    ms20: smallTimes.map((t) => round(t)),
    ms200: bigTimes.map((t) => round(t)),
    mbPerSecond20: round(small.bytes / 1e6 / (t20 / 1000), 2),
    mbPerSecond200: round(big.bytes / 1e6 / (t200 / 1000), 2),
    documentsPerSecond20: round(small.lines / (t20 / 1000)),
    documentsPerSecond200: round(big.lines / (t200 / 1000)),
    scaling200over20: round(scaling, 2),
    peakRssKb200: rss200,
  };
  const mbps20single = small.bytes / 1e6 / (t20single / 1000);
  row(S, `CLI check --jsonl --threads 1, 20 MB, median of ${singleTimes.length}`, t20single / 1000, "s", {
    digits: 2,
  });
  row(S, "CLI check --jsonl --threads 1, 20 MB", mbps20single, "MB/s", {
    digits: 2,
    target: "≥ 25",
    status: target(mbps20single, { atLeast: 25 }),
  });
  row(S, `CLI check --jsonl 20 MB (${small.lines} docs), median of ${smallTimes.length}`, t20 / 1000, "s", {
    digits: 2,
  });
  row(S, "CLI check --jsonl 20 MB", small.bytes / 1e6 / (t20 / 1000), "MB/s", { digits: 2 });
  row(S, "CLI check --jsonl 20 MB", small.lines / (t20 / 1000), "docs/s");
  row(S, `CLI check --jsonl 200 MB (${big.lines} docs), median of ${bigTimes.length}`, t200 / 1000, "s", {
    digits: 2,
  });
  // The target is throughput on a long run; the 20 MB run above carries start-up and warm-up too.
  const mbps200 = big.bytes / 1e6 / (t200 / 1000);
  row(S, `CLI check --jsonl 200 MB, ${os.availableParallelism()} threads`, mbps200, "MB/s", {
    digits: 2,
    target: "≥ 50 (goal 100)",
    status: target(mbps200, { atLeast: 50 }),
  });
  row(S, "ratio time(20 MB, 1 thread) / time(20 MB, every core)", t20single / t20, "×");
  const perCpu = (bytes, seconds) =>
    seconds.every((x) => x !== null) ? bytes / 1e6 / median(seconds) : Number.NaN;
  row(S, "MB per CPU second, 20 MB, 1 thread", perCpu(small.bytes, cpu20single), "MB/s", { digits: 2 });
  row(S, "MB per CPU second, 20 MB, every core", perCpu(small.bytes, cpu20), "MB/s", { digits: 2 });
  row(S, "MB per CPU second, 200 MB, every core", perCpu(big.bytes, bigCpu), "MB/s", { digits: 2 });
  row(S, "CLI check --jsonl 200 MB", big.lines / (t200 / 1000), "docs/s");
  row(S, "ratio time(200 MB) / time(20 MB)", scaling, "×", {
    target: "≤ 11",
    status: target(scaling, { atMost: 11 }),
  });
  row(S, "peak RSS, 200 MB run (/usr/bin/time %M)", rss200 === null ? Number.NaN : rss200 / 1024, "MB", {
    digits: 1,
    note: HAVE_TIME ? undefined : "/usr/bin/time not found",
  });

  if (LARGE) {
    log("3/5 BENCH_LARGE: 1 GB corpus …");
    const huge = ensureJsonlCorpus(1000);
    if (huge.generatedMs)
      log(`    generated ${relative(ROOT, huge.path)} in ${round(huge.generatedMs / 1000, 1)} s`);
    const run = runNode(args(huge.path), { cwd: ROOT, measureRss: true });
    results.cliCheckLarge = {
      corpus: { path: relative(ROOT, huge.path), bytes: huge.bytes, documents: huge.lines },
      ms: round(run.ms),
      status: run.status,
      mbPerSecond: round(huge.bytes / 1e6 / (run.ms / 1000), 2),
      peakRssKb: run.maxRssKb,
    };
    row(S, `CLI check --jsonl 1 GB (${huge.lines} docs), 1 run`, run.ms / 1000, "s", { digits: 1 });
    row(S, "CLI check --jsonl 1 GB", huge.bytes / 1e6 / (run.ms / 1000), "MB/s", { digits: 2 });
    const rssMb = run.maxRssKb === null ? Number.NaN : run.maxRssKb / 1024;
    row(S, "peak RSS, 1 GB run", rssMb, "MB", {
      digits: 1,
      target: "≤ 150",
      status: target(rssMb, { atMost: 150 }),
    });
  }
}

// =============================================================================================
// 4. `hdate --jsonl` on dates, one per line

function benchDateLines() {
  log("4/5 `hdate --jsonl` on date lines …");
  const args = (path) => [BIN, "--jsonl", "--reference", REFERENCE, path];
  const S = "4 dates";
  // 200 k lines, each a day drawn on its own: the Gregorian forms over 1850–2099, the Hebrew forms
  // over the Hebrew years 5600–5999 (bench/corpus.mjs, ensureSpreadDateLines). Start-up included.
  const file = ensureSpreadDateLines(200_000);
  const sample = join(DATA_DIR, "dates-spread-sample-1000.txt");
  writeFileSync(sample, `${readFileSync(file.path, "utf8").split("\n").slice(0, 1000).join("\n")}\n`);
  const captured = runNodeCapture(args(sample), { cwd: ROOT });
  const outLines = captured.stdout.trimEnd().split("\n");
  const errorLines = outLines.filter((l) => l.startsWith('{"error"')).length;
  // Interleaved, the order rotating each round: the 200 k lines, `node -e 0` and the 1 000-line
  // sample, so that the start-up's share of a run is seen beside it, under the same load.
  const loadStart = os.loadavg()[0];
  const commands = { lines: args(file.path), empty: ["-e", "0"], sample: args(sample) };
  const names = Object.keys(commands);
  const runs = Object.fromEntries(names.map((name) => [name, []]));
  for (let round = 0; round < 3; round++) {
    for (let k = 0; k < names.length; k++) {
      const name = names[(round + k) % names.length];
      const run = runNode(commands[name], { cwd: ROOT });
      if (run.status === 2) throw new Error(`hdate --jsonl failed: ${run.stderr}`);
      runs[name].push(run.ms);
    }
  }
  const loadEnd = os.loadavg()[0];
  const times = runs.lines;
  const ms = median(times);
  const lps = file.lines / (ms / 1000);
  results.cliDates = {
    command: `node dist/bin.js --jsonl --reference ${REFERENCE} FILE > /dev/null`,
    env: "NODE_EXTRA_CA_CERTS removed from the child environment",
    node: process.version,
    loadAverage: [round(loadStart, 2), round(loadEnd, 2)],
    path: relative(ROOT, file.path),
    sample: { lines: outLines.length, expected: 1000, errorLines },
    lines: file.lines,
    bytes: file.bytes,
    ms: times.map((t) => round(t)),
    nodeEmptyMs: runs.empty.map((t) => round(t, 1)),
    sampleMs: runs.sample.map((t) => round(t, 1)),
    linesPerSecond: round(lps),
  };
  log(
    `  --jsonl: load average ${loadStart.toFixed(2)} → ${loadEnd.toFixed(2)}, Node ${process.version}, NODE_EXTRA_CA_CERTS removed`,
  );
  row(S, `CLI --jsonl, 200 k lines (1850–2099, 5600–5999), median of 3`, ms / 1000, "s", { digits: 2 });
  row(S, "CLI --jsonl, 1 000 lines (start-up and warm-up), median of 3", median(runs.sample) / 1000, "s", {
    digits: 3,
  });
  row(S, "node -e 0, median of 3 (interleaved with the two above)", median(runs.empty) / 1000, "s", {
    digits: 3,
  });
  row(S, "CLI --jsonl, 200 k lines", lps, "lines/s", {
    target: "≥ 150 000 (goal 300 000)",
    status: target(lps, { atLeast: 150_000 }),
  });
}

// =============================================================================================
// 5. Cold start and import costs

function benchColdStart() {
  log("5/5 cold start and import costs …");
  // The bin users run (package.json "bin": dist/bin.cjs, which answers common one-date shapes
  // itself and loads the ES module CLI for the rest), beside the ES module bin the other sections time.
  const userBin = join(ROOT, JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")).bin.hdate);
  const loadStart = os.loadavg()[0];
  const commands = {
    "node -e 0": ["-e", "0"],
    'hdate "10 Av 5778"': [userBin, "10 Av 5778"],
    'hdate "July 22, 2018"': [userBin, "July 22, 2018"],
    'hdate "10 Av" (declined: no year)': [userBin, "10 Av"],
    "hdate --version": [userBin, "--version"],
    'node dist/bin.js "10 Av 5778" (ES module bin)': [BIN, "10 Av 5778"],
  };
  const names = Object.keys(commands);
  const check = runNodeCapture(commands['hdate "10 Av 5778"'], { cwd: ROOT });
  const convertsRight = check.status === 0 && check.stdout.includes("2018-07-22");
  for (let i = 0; i < 2; i++) for (const name of names) runNode(commands[name], { cwd: ROOT });
  // Interleaved: each round runs every command once, in an order that rotates between rounds.
  const ROUNDS = 25;
  const startMs = Object.fromEntries(names.map((name) => [name, []]));
  for (let round = 0; round < ROUNDS; round++) {
    for (let k = 0; k < names.length; k++) {
      const name = names[(round + k) % names.length];
      const run = runNode(commands[name], { cwd: ROOT });
      if (run.status !== 0) throw new Error(`${name} failed: ${run.stderr}`);
      startMs[name].push(run.ms);
    }
  }
  const emptyMs = startMs["node -e 0"];
  const binMs = startMs['hdate "10 Av 5778"'];
  const versionMs = startMs["hdate --version"];
  const ratio = median(binMs) / median(emptyMs);
  const loadEnd = os.loadavg()[0];

  const imports = {
    "@hebcal/core": 'import("@hebcal/core")',
    "@hebcal/hdate": 'import("@hebcal/hdate")',
    luxon: 'import("luxon")',
    "@hebcal/core/dist/esm/holidays": 'import("@hebcal/core/dist/esm/holidays")',
    "dist/index.js": 'import("./dist/index.js")',
  };
  const samples = { "node -e 0": [] };
  for (const name of Object.keys(imports)) samples[name] = [];
  const entries = [["node -e 0", "0"], ...Object.entries(imports)];
  for (let r = 0; r < 7; r++) {
    for (let k = 0; k < entries.length; k++) {
      const [name, code] = entries[(r + k) % entries.length];
      const run = runNode(["-e", code], { cwd: ROOT });
      if (run.status !== 0) throw new Error(`node -e '${code}' failed: ${run.stderr}`);
      samples[name].push(run.ms);
    }
  }
  const base = median(samples["node -e 0"]);
  const importCosts = {};
  for (const name of Object.keys(imports)) importCosts[name] = median(samples[name]) - base;

  results.coldStart = {
    env: "NODE_EXTRA_CA_CERTS removed from the child environment",
    convertsRight,
    nodeEmptyMs: emptyMs.map((t) => round(t, 1)),
    binMs: binMs.map((t) => round(t, 1)),
    versionMs: versionMs.map((t) => round(t, 1)),
    medianVersionMs: round(median(versionMs), 1),
    medianNodeEmptyMs: round(median(emptyMs), 1),
    medianBinMs: round(median(binMs), 1),
    ratio: round(ratio, 2),
    bin: relative(ROOT, userBin),
    loadAverage: [round(loadStart, 2), round(loadEnd, 2)],
    startMs: Object.fromEntries(Object.entries(startMs).map(([k, v]) => [k, v.map((t) => round(t, 1))])),
    medianStartMs: Object.fromEntries(Object.entries(startMs).map(([k, v]) => [k, round(median(v), 1)])),
    importSamplesMs: Object.fromEntries(
      Object.entries(samples).map(([k, v]) => [k, v.map((t) => round(t, 1))]),
    ),
    importCostMs: Object.fromEntries(Object.entries(importCosts).map(([k, v]) => [k, round(v, 1)])),
    importBaselineMs: round(base, 1),
  };
  const S = "5 start";
  row(S, `load average during the runs (Node ${process.version})`, loadStart, `→ ${loadEnd.toFixed(2)}`, {
    digits: 2,
  });
  for (const name of names) {
    row(S, `${name} (median of ${ROUNDS})`, median(startMs[name]), "ms", { digits: 1 });
    if (name === "node -e 0") continue;
    const each = median(startMs[name]) / median(emptyMs);
    const bar =
      name === 'hdate "10 Av 5778"'
        ? { target: "≤ 1.5 (goal 1.3)", status: target(each, { atMost: 1.5 }) }
        : {};
    row(S, `  ratio / node -e 0 (medians, interleaved)`, each, "×", bar);
  }
  for (const [name, cost] of Object.entries(importCosts)) {
    row(S, `import("${name}") − node -e 0 (median of 7)`, cost, "ms", { digits: 1 });
  }
}

// =============================================================================================
// 7. Prose: what the readers of words cost a text without dates
//
// Most of what a corpus holds is prose without dates. The readers of words (days in words, letter-
// named days, holiday names, month names in other languages, the repair of broken words) must cost
// it at most 10 % (issue 13's bar): checkDocument is timed with them and without them (an internal
// key, VOCABULARY in src/read/parseDates.ts), in interleaved rounds, on the same pages.

/** CPU time with `a` over time with `b`: the median over 21 rounds of alternating passes over `docs`. */
function cpuPairedRatio(docs, a, b) {
  const cpu = () => {
    const usage = process.cpuUsage();
    return usage.user + usage.system;
  };
  // Enough passes that one takes about 20 ms of CPU.
  const t0 = cpu();
  for (const doc of docs) sink.value += checkDocument(doc, b).checked;
  const passes = Math.max(1, Math.round(20_000 / Math.max(1, cpu() - t0)));
  const pass = (options) => {
    const start = cpu();
    for (let p = 0; p < passes; p++)
      for (const doc of docs) sink.value += checkDocument(doc, options).checked;
    return cpu() - start;
  };
  const ratios = [];
  for (let round = 0; round < 21; round++) {
    // Which goes first alternates, so that neither always follows the other's garbage.
    if (round % 2 === 0) {
      const x = pass(a);
      ratios.push(x / pass(b));
    } else {
      const y = pass(b);
      ratios.push(pass(a) / y);
    }
  }
  return median(ratios);
}

function benchProse() {
  log("7/7 prose without dates: checkDocument with and without the readers of words …");
  const WITHOUT = { reference: REFERENCE, [Symbol.for("hdate.vocabulary")]: false };
  const WITH = { reference: REFERENCE };
  const kinds = [
    ["English prose, no digits", prosePages(400, { script: "latin" })],
    ["English prose with numbers", prosePages(400, { script: "latin", numbers: true })],
    ["Hebrew prose, no digits", prosePages(400, { script: "hebrew" })],
  ];
  const S = "7 prose";
  results.prose = {};
  for (const [name, docs] of kinds) {
    let mentions = 0;
    for (const doc of docs) mentions += parseDates(doc, WITH).mentions.length;
    const chars = docs.reduce((n, doc) => n + doc.length, 0);
    const task = (label, options) => ({
      name: label,
      batch(start, count) {
        let s = 0;
        for (let i = 0; i < count; i++) s += checkDocument(docs[(start + i) % docs.length], options).checked;
        return s;
      },
    });
    const r = interleaved([task("with", WITH), task("without", WITHOUT)], { rounds: 7, sliceMs: 250 });
    // Time with the words over time without them: the rates' inverse ratio.
    const wallCost = pairedRatio(r, "without", "with");
    // And in CPU time, which a busy machine moves less than the wall clock (a page of prose takes
    // microseconds, a slice of the wall clock is the neighbours' as much as ours): alternating
    // passes over all the pages, the median of the paired ratios. The bar is judged on it.
    const cost = cpuPairedRatio(docs, WITH, WITHOUT);
    const mbps = (label) => (r.get(label).opsPerSecond * chars) / docs.length / 1e6;
    results.prose[name] = {
      documents: docs.length,
      chars,
      mentions,
      mbPerSecondWith: round(mbps("with"), 1),
      mbPerSecondWithout: round(mbps("without"), 1),
      timeRatio: round(wallCost, 3),
      cpuTimeRatio: round(cost, 3),
    };
    row(S, `${name}: checkDocument with the words`, mbps("with"), "MB/s", { digits: 1 });
    row(S, `${name}: checkDocument without them`, mbps("without"), "MB/s", { digits: 1 });
    row(S, `${name}: time with / without (wall clock)`, wallCost, "×");
    row(S, `${name}: CPU time with / without`, cost, "×", {
      target: "≤ 1.10",
      status: target(cost, { atMost: 1.1 }),
    });
  }
  benchProseCli(S, WITHOUT);
}

/**
 * The same cost as the bar words it, in `hdate check --jsonl` (one thread, 4 000 pages of each kind,
 * start-up included): what the words cost a whole run, their patterns' first compilation too, which
 * the warmed-up passes above never see. The CLI has no switch for the words, so the run without them
 * is given one through Object.prototype (vocabularyOf reads the key from the options object).
 */
function benchProseCli(S, WITHOUT) {
  if (!HAVE_TIME) return;
  const off = `--import=data:text/javascript,Object.prototype[Symbol.for("hdate.vocabulary")]=${WITHOUT[Symbol.for("hdate.vocabulary")]}`;
  const kinds = [
    ["English prose, no digits", { script: "latin" }, "latin"],
    ["English prose with numbers", { script: "latin", numbers: true }, "numbers"],
  ];
  results.proseCli = {};
  for (const [name, options, file] of kinds) {
    const path = join(DATA_DIR, `prose-${file}-4000.jsonl`);
    if (!existsSync(path)) {
      mkdirSync(DATA_DIR, { recursive: true });
      const lines = prosePages(4000, options).map((text, id) => JSON.stringify({ id, text }));
      writeFileSync(path, `${lines.join("\n")}\n`);
    }
    const args = ["check", "--jsonl", "--threads", "1", "-q", "-r", REFERENCE, path];
    const run = (extra) => runNode([...extra, BIN, ...args], { measureRss: true }).cpuSeconds;
    const ratios = [];
    for (let turn = 0; turn < 5; turn++) {
      // Alternating which goes first, as above.
      if (turn % 2 === 0) {
        const a = run([]);
        ratios.push(a / run([off]));
      } else {
        const b = run([off]);
        ratios.push(run([]) / b);
      }
    }
    const ratio = median(ratios);
    results.proseCli[name] = {
      megabytes: round(statSync(path).size / 1e6, 1),
      cpuTimeRatio: round(ratio, 3),
    };
    row(S, `${name}: check --jsonl, 4 000 pages, CPU with / without`, ratio, "×", {
      target: "≤ 1.10",
      status: target(ratio, { atMost: 1.1 }),
    });
  }
}

// =============================================================================================
// 6. Linear time: parseDates on the adversarial families of test/read/linearTime.test.ts
//
// The test proves linear time by counting work; here the same families are timed at 1 MB and
// 10 MB and the ratio reported (about 10 is linear, 100 would be quadratic); only the largest is
// judged, loosely: on a shared machine one run's ratio moves by a few tenths.

function benchLinear() {
  log("6/6 linear time: parseDates on repeated units, 1 MB and 10 MB …");
  const families = JSON.parse(readFileSync(join(ROOT, "test", "read", "linearTimeFamilies.json"), "utf8"));
  const MB = 1_000_000;
  const options = { reference: REFERENCE };
  // A repeated string is a rope that the first regex flattens: flatten it before the clock starts.
  const flat = (text) => Buffer.from(text, "utf8").toString("utf8");
  /** Milliseconds a parse takes, averaged over as many parses as fill `minMs` (at least one). */
  const timeParse = (text, minMs) => {
    const t0 = performance.now();
    let runs = 0;
    let now = t0;
    do {
      sink.value += parseDates(text, options).length;
      runs++;
      now = performance.now();
    } while (now - t0 < minMs);
    return (now - t0) / runs;
  };
  const S = "6 linear";
  const ratios = {};
  for (const [kind, list] of [
    ["no dates", families.noDates],
    ["dense", families.dense],
  ]) {
    for (const [name, unit] of list) {
      const small = flat(unit.repeat(Math.ceil(MB / unit.length)));
      const large = flat(small.repeat(10));
      timeParse(small.slice(0, MB / 10), 0); // warm-up
      const smallMs = Math.min(timeParse(small, 300), timeParse(small, 300));
      const largeMs = timeParse(large, 300);
      const ratio = largeMs / smallMs;
      ratios[name] = { kind, smallMs: round(smallMs, 1), largeMs: round(largeMs, 1), ratio: round(ratio, 2) };
      row(
        S,
        `${kind}: ${name}, 10 MB / 1 MB (${smallMs.toFixed(0)} → ${largeMs.toFixed(0)} ms)`,
        ratio,
        "×",
        {
          target: "≈ 10 (reported)",
        },
      );
    }
  }
  const values = Object.values(ratios).map((r) => r.ratio);
  results.linear = {
    ratios,
    medianRatio: round(median(values), 2),
    largestRatio: round(Math.max(...values), 2),
  };
  row(S, "median ratio over the families", median(values), "×", { target: "≈ 10 (reported)" });
  // Judged: a family near 100 is quadratic (one at 91× passed unnoticed here before this was judged);
  // 20 leaves twice the linear ratio for a shared machine's noise and the collector.
  const largest = Math.max(...values);
  row(S, "largest ratio", largest, "×", {
    target: "≤ 20 (10 linear, 100 quadratic)",
    status: target(largest, { atMost: 20 }),
  });
}

// =============================================================================================

function versionOf(pkg) {
  try {
    return JSON.parse(readFileSync(join(ROOT, "node_modules", pkg, "package.json"), "utf8")).version;
  } catch {
    return null;
  }
}

function git(args) {
  const r = spawnSync("git", args, { cwd: ROOT, encoding: "utf8" });
  return r.status === 0 ? r.stdout.trim() : null;
}

function printTable() {
  const fmt = (r) => {
    if (!Number.isFinite(r.value)) return "n/a";
    const digits = r.digits ?? (r.unit === "×" ? 2 : 0);
    return r.value.toLocaleString("en-US", { minimumFractionDigits: digits, maximumFractionDigits: digits });
  };
  const header = ["", "measure", "value", "unit", "target", "status"];
  const body = rows.map((r) => [r.section, r.name, fmt(r), r.unit, r.target ?? "", r.status ?? ""]);
  const widths = header.map((h, i) => Math.max(h.length, ...body.map((b) => b[i].length)));
  const line = (cells) =>
    cells.map((c, i) => (i === 2 ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join("  ");
  console.log(line(header));
  console.log(widths.map((w) => "-".repeat(w)).join("  "));
  let previous = "";
  for (const b of body) {
    console.log(line([b[0] === previous ? "" : b[0], ...b.slice(1)]));
    previous = b[0];
  }
}

const SECTIONS = {
  fields: benchFields,
  text: benchText,
  check: benchCheck,
  dates: benchDateLines,
  start: benchColdStart,
  linear: benchLinear,
  prose: benchProse,
};
const only = (process.env.BENCH_ONLY ?? "").split(",").filter(Boolean);
for (const name of only) {
  if (!(name in SECTIONS)) {
    console.error(`bench: BENCH_ONLY: no section "${name}" (${Object.keys(SECTIONS).join(", ")})`);
    process.exit(2);
  }
}
for (const [name, run] of Object.entries(SECTIONS)) if (only.length === 0 || only.includes(name)) run();

const durationSec = (performance.now() - benchStart) / 1000;
const report = {
  date: new Date().toISOString(),
  durationSec: round(durationSec, 1),
  machine: {
    cpus: os.availableParallelism(),
    cpuModel: os.cpus()[0]?.model ?? null,
    memoryGB: round(os.totalmem() / 2 ** 30, 1),
    node: process.version,
    platform: `${os.platform()} ${os.release()}`,
    loadAverageBefore: loadBefore.map((x) => round(x, 2)),
    loadAverageAfter: os.loadavg().map((x) => round(x, 2)),
  },
  versions: Object.fromEntries(
    ["@hebcal/core", "@hebcal/hdate", "luxon", "chrono-node"].map((p) => [p, versionOf(p)]),
  ),
  git: {
    commit: git(["rev-parse", "--short", "HEAD"]),
    dirtyFiles: (git(["status", "--porcelain", "--", "src"]) ?? "").split("\n").filter(Boolean).length,
  },
  distBytes: { "index.js": statSync(DIST).size, "bin.js": statSync(BIN).size },
  flags: { BENCH_LARGE: LARGE, BENCH_FULL: FULL },
  results,
  rows: rows.map((r) => ({ ...r, value: Number.isFinite(r.value) ? round(r.value, 2) : null })),
  sink: sink.value % 1000,
};
mkdirSync(DATA_DIR, { recursive: true });
writeFileSync(join(DATA_DIR, "latest.json"), `${JSON.stringify(report, null, 2)}\n`);

console.log();
console.log(
  `hdate benchmarks — ${report.date.slice(0, 16).replace("T", " ")} UTC — ${report.machine.cpus} × ${report.machine.cpuModel}, ` +
    `${report.machine.memoryGB} GB, Node ${process.version}; load average ${loadBefore[0].toFixed(2)} → ${os.loadavg()[0].toFixed(2)}`,
);
console.log("Rates are medians of interleaved rounds; ratios are medians of per-round ratios (same run).");
console.log();
printTable();
// Each section's sanity check, for the sections that ran.
const { fields, text, cliCheck, cliDates, coldStart } = results;
const sanity = [
  fields && fields.disagreements !== 0 ? `fields: ${fields.disagreements} disagreements` : null,
  text && (text.sanity.hdateErrors || text.sanity.hdateWrong)
    ? `text: hdate errors ${text.sanity.hdateErrors}, wrong ${text.sanity.hdateWrong}`
    : null,
  text && (text.sanity.chronoNull || text.sanity.chronoWrong)
    ? `text: chrono null ${text.sanity.chronoNull}, wrong ${text.sanity.chronoWrong}`
    : null,
  cliCheck && !cliCheck.sample.ok ? `check --jsonl sample: ${cliCheck.sample.lines} lines for 300` : null,
  cliDates && (cliDates.sample.errorLines || cliDates.sample.lines !== cliDates.sample.expected)
    ? `--jsonl dates sample: ${cliDates.sample.lines} lines, ${cliDates.sample.errorLines} error records`
    : null,
  text && (text.plain.hdateErrors || text.plain.chronoNull)
    ? `text plain: hdate errors ${text.plain.hdateErrors}, chrono null ${text.plain.chronoNull}`
    : null,
  text && text.plain.unique !== text.plain.strings
    ? `text plain: ${text.plain.strings - text.plain.unique} strings repeat in the list`
    : null,
  coldStart && !coldStart.convertsRight ? 'hdate "10 Av 5778" did not print 2018-07-22' : null,
  ...Object.entries(results.prose ?? {}).map(([name, p]) =>
    p.mentions !== 0 ? `prose: ${p.mentions} dates read in "${name}", which has none` : null,
  ),
].filter(Boolean);
console.log();
console.log(`sanity checks: ${sanity.length === 0 ? "all passed" : sanity.join("; ")}`);
console.log(
  `wrote ${relative(ROOT, join(DATA_DIR, "latest.json"))} in ${durationSec.toFixed(0)} s of benchmarking`,
);
