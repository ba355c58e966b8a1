// How hdate does on dates written the way real pages write them: `npm run pages` (builds, then
// runs this) over test/pages/snippets.jsonl. See test/pages/README.md for the corpus.
//
//   node bench/realPages.mjs            the score, per layout and per language, and every miss
//   node bench/realPages.mjs --json     the same as one JSON object
//   node bench/realPages.mjs --quiet    the score without the list of misses
//   node bench/realPages.mjs --batch 2026-12-01   only the snippets of one batch (a held-out set)
//
// A score, not a gate: it always exits 0 once it has run. Today's reader answers only
// consistent / inconsistent / no-dates; the corpus also expects "unchecked" (dates found, none that
// could be checked), so the document score is given twice: strict, and with "unchecked" read as
// today's "consistent".

import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const DIST = join(ROOT, "dist", "index.js");
const CORPUS = join(ROOT, "test", "pages", "snippets.jsonl");
const REFERENCE = "2026-12-01";
if (!existsSync(DIST)) {
  console.error("pages: dist/ is missing; run `npm run pages` (it builds first)");
  process.exit(2);
}
const { checkDocument } = await import(DIST);
const args = new Set(process.argv.slice(2));
// `--batch NAME` scores only the snippets marked with that batch, so a held-out set keeps its own score.
const batchAt = process.argv.indexOf("--batch");
const batch = batchAt > 0 ? process.argv[batchAt + 1] : undefined;

// Canonical month names of the corpus, as hebcal month numbers (Adar of a common year is 12).
const MONTH_NUMBER = {
  Nisan: 1,
  Iyyar: 2,
  Sivan: 3,
  Tammuz: 4,
  Av: 5,
  Elul: 6,
  Tishrei: 7,
  Cheshvan: 8,
  Kislev: 9,
  Tevet: 10,
  Shevat: 11,
  Adar: 12,
  "Adar I": 12,
  "Adar II": 13,
};
const DAY = 86_400_000;

// Other spellings a report may use for the same months.
const MONTH_ALIASES = { Tishri: 7, Heshvan: 8, Marcheshvan: 8, "Sh'vat": 11, Shvat: 11, Tamuz: 4, Iyar: 2 };

function parseCanonical(text) {
  const m = /^(\d{1,2}) (.+) (\d{4})$/.exec(text ?? "");
  if (!m) return undefined;
  const month = MONTH_NUMBER[m[2]] ?? MONTH_ALIASES[m[2]];
  return month === undefined ? undefined : { year: Number(m[3]), month, day: Number(m[1]) };
}

/** A Julian (Old Style) date written as ISO fields, as the proleptic Gregorian ISO day. */
function julianToGregorianIso(iso) {
  const [y, m, d] = iso.split("-").map(Number);
  const a = Math.floor((14 - m) / 12);
  const yy = y + 4800 - a;
  const mm = m + 12 * a - 3;
  const jdn = d + Math.floor((153 * mm + 2) / 5) + 365 * yy + Math.floor(yy / 4) - 32083;
  return new Date((jdn - 2440588) * DAY).toISOString().slice(0, 10);
}

const sameHebrew = (a, b) => a && b && a.year === b.year && a.month === b.month && a.day === b.day;
const shiftIso = (iso, days) =>
  new Date(Date.parse(`${iso}T00:00:00Z`) + days * DAY).toISOString().slice(0, 10);
const pad = (n) => String(n).padStart(2, "0");

/** The judged pairs of a report, wherever this version of the library keeps them. */
function pairsOf(report) {
  if (Array.isArray(report?.pairs)) return report.pairs;
  if (Array.isArray(report?.groups)) {
    return report.groups.filter(
      (g) =>
        g?.kind === "pair" || g?.type === "pair" || (g?.gregorian !== undefined && g?.hebrew !== undefined),
    );
  }
  return [];
}

/** One found pair in the few fields the score compares, whatever else the report carries. */
function normalize(pair) {
  const g = pair.gregorian ?? {};
  const h = pair.hebrew ?? {};
  const iso = g.iso ?? (g.year && g.month && g.day ? `${g.year}-${pad(g.month)}-${pad(g.day)}` : undefined);
  const hebrew =
    Number.isInteger(h.year) && Number.isInteger(h.month) && Number.isInteger(h.day)
      ? { year: h.year, month: h.month, day: h.day }
      : parseCanonical(h.canonical ?? h.text);
  const weekday = typeof pair.weekday === "string" ? pair.weekday : (pair.weekday?.verdict ?? "none");
  return {
    iso,
    hebrew,
    verdict: pair.verdict,
    weekday,
    shown: `${iso ?? g.text ?? "?"} / ${h.canonical ?? h.text ?? "?"} ${pair.verdict}${weekday === "none" ? "" : `, weekday ${weekday}`}`,
  };
}

// A match on day D and a match-after-sunset on the evening of D-1 name the same Hebrew day; a
// page that writes "Sunday evening–Monday, 16–17 February / 19 Shevat" supports either reading.
function sameReading(expected, found) {
  if (found.iso === expected.iso) return { iso: true, verdict: found.verdict === expected.verdict };
  // An Old Style date may be reported as written or already converted to the Gregorian day.
  if (expected.verdict === "match-julian" && found.iso === julianToGregorianIso(expected.iso)) {
    return { iso: true, verdict: found.verdict === expected.verdict };
  }
  if (
    expected.verdict === "match" &&
    found.verdict === "match-after-sunset" &&
    found.iso === shiftIso(expected.iso, -1)
  ) {
    return { iso: true, verdict: true };
  }
  if (
    expected.verdict === "match-after-sunset" &&
    found.verdict === "match" &&
    found.iso === shiftIso(expected.iso, 1)
  ) {
    return { iso: true, verdict: true };
  }
  return { iso: false, verdict: false };
}

/** Matches expected pairs to found ones: the same Hebrew day first, then the same civil day. */
function matchPairs(expectedPairs, foundPairs) {
  const unused = new Set(foundPairs.keys());
  const outcomes = expectedPairs.map((expected) => {
    const hebrew = parseCanonical(expected.hebrew);
    // Of the found pairs of the same Hebrew day, the one that reads it as expected (a page may make
    // two pairs of one day: a heading's range end and a list line with its weekday).
    let best;
    let bestScore = -1;
    for (const i of unused) {
      const found = foundPairs[i];
      if (!sameHebrew(hebrew, found.hebrew)) continue;
      const reading = sameReading(expected, found);
      const score = reading.iso
        ? 1 + (reading.verdict ? 1 : 0) + (found.weekday === expected.weekday ? 1 : 0)
        : 0;
      if (score > bestScore) {
        best = { i, found, reading };
        bestScore = score;
      }
    }
    if (!best) {
      for (const i of unused) {
        if (foundPairs[i].iso === expected.iso) {
          best = { i, found: foundPairs[i], reading: { iso: true, verdict: false }, otherHebrew: true };
          break;
        }
      }
    }
    if (!best) return { expected, status: "not found" };
    unused.delete(best.i);
    const { found, reading } = best;
    let status = "right";
    if (best.otherHebrew) status = "other Hebrew day";
    else if (!reading.iso) status = "other civil day";
    else if (!reading.verdict) status = "wrong verdict";
    else if (found.weekday !== expected.weekday) status = "wrong weekday";
    return { expected, found, status };
  });
  return { outcomes, spurious: [...unused].map((i) => foundPairs[i]) };
}

/** Every Gregorian day and Hebrew date the reader saw, paired or not (when the report lists them). */
function sidesSeen(report, found) {
  const gregorian = found.map((p) => p.iso);
  const hebrew = found.map((p) => p.hebrew);
  for (const d of Array.isArray(report?.dates) ? report.dates : []) {
    if (d?.calendar === "gregorian") gregorian.push(d.iso);
    if (d?.calendar === "hebrew") hebrew.push(parseCanonical(d.hebrew));
  }
  return { gregorian, hebrew };
}

/** Why an expected pair is missing: which of its two dates the reader saw. */
function whyNotFound(expected, seen) {
  const h = parseCanonical(expected.hebrew);
  const isos =
    expected.verdict === "match-julian" ? [expected.iso, julianToGregorianIso(expected.iso)] : [expected.iso];
  const gSeen = seen.gregorian.some((iso) => isos.includes(iso));
  const hSeen = seen.hebrew.some((x) => sameHebrew(x, h));
  const gOtherYear = !gSeen && seen.gregorian.some((iso) => iso?.slice(5) === expected.iso.slice(5));
  const hOtherYear = !hSeen && seen.hebrew.some((x) => x && x.day === h.day && x.month === h.month);
  if (gSeen && hSeen) return "both dates read, not paired";
  if ((gSeen || gOtherYear) && (hSeen || hOtherYear)) return "both dates read, a year inferred wrongly";
  if (gSeen || gOtherYear) return "Hebrew date not read";
  if (hSeen || hOtherYear) return "Gregorian date not read";
  return "neither date read";
}

const readAsToday = (verdict) => (verdict === "unchecked" ? "consistent" : verdict);
const rate = (part, whole) => (whole === 0 ? "–" : `${((100 * part) / whole).toFixed(1)} %`);
const tally = () => ({ docs: 0, docsRight: 0, docsToday: 0, pairs: 0, pairsRight: 0 });

const snippets = readFileSync(CORPUS, "utf8")
  .split("\n")
  .filter((line) => line.trim() !== "")
  .map((line) => JSON.parse(line))
  .filter((snippet) => batch === undefined || snippet.batch === batch);

const total = {
  ...tally(),
  pairsFound: 0,
  errors: 0,
  caught: 0,
  clean: 0,
  falseAlarms: 0,
  spurious: 0,
  thrown: 0,
};
const byLayout = new Map();
const byLang = new Map();
const misses = [];
const statusCounts = {};
const causeCounts = {};

for (const snippet of snippets) {
  const expected = snippet.expect;
  let report;
  try {
    report = checkDocument(snippet.text, { reference: REFERENCE });
  } catch (error) {
    total.thrown++;
    report = { verdict: `threw ${error?.code ?? error?.name ?? "error"}`, pairs: [] };
  }
  const found = pairsOf(report).map(normalize);
  const { outcomes, spurious } = matchPairs(expected.pairs ?? [], found);
  const seen = sidesSeen(report, found);
  for (const o of outcomes) if (o.status === "not found") o.cause = whyNotFound(o.expected, seen);
  const docRight = report.verdict === expected.verdict;
  const docToday = report.verdict === readAsToday(expected.verdict);
  const pairsRight = outcomes.filter((o) => o.status === "right").length;

  total.docs++;
  total.docsRight += docRight ? 1 : 0;
  total.docsToday += docToday ? 1 : 0;
  total.pairs += outcomes.length;
  total.pairsRight += pairsRight;
  total.pairsFound += outcomes.filter((o) => o.status !== "not found").length;
  total.spurious += spurious.length;
  if (expected.verdict === "inconsistent") {
    total.errors++;
    total.caught += report.verdict === "inconsistent" ? 1 : 0;
  } else {
    total.clean++;
    total.falseAlarms += report.verdict === "inconsistent" ? 1 : 0;
  }
  for (const o of outcomes) {
    statusCounts[o.status] = (statusCounts[o.status] ?? 0) + 1;
    if (o.cause) causeCounts[o.cause] = (causeCounts[o.cause] ?? 0) + 1;
  }
  for (const [map, key] of [
    [byLayout, snippet.layout],
    [byLang, snippet.lang],
  ]) {
    const t = map.get(key) ?? tally();
    t.docs++;
    t.docsRight += docRight ? 1 : 0;
    t.docsToday += docToday ? 1 : 0;
    t.pairs += outcomes.length;
    t.pairsRight += pairsRight;
    map.set(key, t);
  }
  const pairMisses = outcomes.filter((o) => o.status !== "right");
  if (!docToday || pairMisses.length > 0 || spurious.length > 0) {
    misses.push({
      id: snippet.id,
      site: snippet.site,
      lang: snippet.lang,
      layout: snippet.layout,
      expected: expected.verdict,
      got: report.verdict,
      pairs: pairMisses.map((o) => ({
        status: o.cause ? `not found, ${o.cause}` : o.status,
        expected: `${o.expected.iso} / ${o.expected.hebrew} ${o.expected.verdict}${o.expected.weekday === "none" ? "" : `, weekday ${o.expected.weekday}`}`,
        got: o.found?.shown,
      })),
      spurious: spurious.map((p) => p.shown),
    });
  }
}

const summary = {
  reference: REFERENCE,
  snippets: total.docs,
  documents: { right: total.docsRight, rightReadingUncheckedAsConsistent: total.docsToday },
  pairs: {
    expected: total.pairs,
    found: total.pairsFound,
    right: total.pairsRight,
    outcomes: statusCounts,
    notFound: causeCounts,
  },
  errorsCaught: { caught: total.caught, of: total.errors },
  falseAlarms: { count: total.falseAlarms, of: total.clean },
  spuriousPairs: total.spurious,
  threw: total.thrown,
  byLayout: Object.fromEntries([...byLayout].sort()),
  byLang: Object.fromEntries([...byLang].sort()),
  misses,
};

if (args.has("--json")) {
  console.log(JSON.stringify(summary, null, 2));
} else {
  const line = (label, value) => console.log(`${label.padEnd(44)} ${value}`);
  console.log(`hdate on real-page snippets (${total.docs} snippets, reference ${REFERENCE})\n`);
  line(
    "documents, verdict right (strict)",
    `${total.docsRight}/${total.docs}  ${rate(total.docsRight, total.docs)}`,
  );
  line(
    "documents, verdict right (unchecked≈consistent)",
    `${total.docsToday}/${total.docs}  ${rate(total.docsToday, total.docs)}`,
  );
  line(
    "pairs found (same Hebrew day or civil day)",
    `${total.pairsFound}/${total.pairs}  ${rate(total.pairsFound, total.pairs)}`,
  );
  line(
    "pairs right (verdict, ISO day and weekday)",
    `${total.pairsRight}/${total.pairs}  ${rate(total.pairsRight, total.pairs)}`,
  );
  line("genuine errors caught", `${total.caught}/${total.errors}  ${rate(total.caught, total.errors)}`);
  line(
    "false alarms (expected not inconsistent)",
    `${total.falseAlarms}/${total.clean}  ${rate(total.falseAlarms, total.clean)}`,
  );
  line("pairs found that the page does not make", String(total.spurious));
  if (total.thrown > 0) line("checkDocument threw (it must not)", String(total.thrown));
  console.log(
    `\npair outcomes: ${Object.entries(statusCounts)
      .map(([k, v]) => `${k} ${v}`)
      .join(", ")}`,
  );
  console.log(
    `pairs not found: ${Object.entries(causeCounts)
      .map(([k, v]) => `${k} ${v}`)
      .join(", ")}`,
  );
  for (const [title, map] of [
    ["layout", byLayout],
    ["language", byLang],
  ]) {
    console.log(`\n${title.padEnd(16)} docs right (≈)   pairs right`);
    for (const [key, t] of [...map].sort()) {
      console.log(
        `${key.padEnd(16)} ${`${t.docsToday}/${t.docs}`.padStart(7)} ${rate(t.docsToday, t.docs).padStart(8)}   ${`${t.pairsRight}/${t.pairs}`.padStart(7)} ${rate(t.pairsRight, t.pairs).padStart(8)}`,
      );
    }
  }
  if (!args.has("--quiet")) {
    console.log(`\nmisses (${misses.length} snippets):`);
    for (const m of misses) {
      console.log(`- ${m.id} [${m.lang} ${m.layout}, ${m.site}] expected ${m.expected}, got ${m.got}`);
      for (const p of m.pairs)
        console.log(`    ${p.status}: expected ${p.expected}${p.got ? `; got ${p.got}` : ""}`);
      for (const s of m.spurious) console.log(`    extra pair: ${s}`);
    }
  }
}
