// Recomputes every expected date in snippets.jsonl with ICU (Intl's Hebrew calendar) and the
// weekday with Date.UTC, and fails loudly on any disagreement. The expectations were written from
// what the pages say and from @hebcal/core; this is the second source.
// Run: node test/pages/verify.mjs [FILE | -]   (default: snippets.jsonl beside this file; - reads stdin)
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const argument = process.argv[2];
const file = argument === "-" ? 0 : (argument ?? fileURLToPath(new URL("./snippets.jsonl", import.meta.url)));
const DAY = 86_400_000;
const WEEKDAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
// ICU's English month names, by the canonical names the corpus uses.
const ICU_MONTH = {
  Tishrei: "Tishri",
  Cheshvan: "Heshvan",
  Kislev: "Kislev",
  Tevet: "Tevet",
  Shevat: "Shevat",
  Adar: "Adar",
  "Adar I": "Adar I",
  "Adar II": "Adar II",
  Nisan: "Nisan",
  Iyyar: "Iyar",
  Sivan: "Sivan",
  Tammuz: "Tamuz",
  Av: "Av",
  Elul: "Elul",
};
const VERDICTS = new Set(["consistent", "inconsistent", "unchecked", "no-dates"]);
const PAIR_VERDICTS = new Set(["match", "match-after-sunset", "match-julian", "mismatch", "invalid"]);
const WEEKDAY_VERDICTS = new Set(["ok", "mismatch", "none"]);
const LAYOUT = /^[a-z]+(-[a-z]+)*$/;

const icu = new Intl.DateTimeFormat("en-u-ca-hebrew", {
  day: "numeric",
  month: "long",
  year: "numeric",
  timeZone: "UTC",
});
const hebrewOf = (ms) => icu.format(new Date(ms)).replace(/\u200f/g, "");

const isoToMs = (iso) => {
  const [y, m, d] = iso.split("-").map(Number);
  return Date.UTC(y, m - 1, d);
};
const msToIso = (ms) => new Date(ms).toISOString().slice(0, 10);

/** A Julian (Old Style) calendar date as milliseconds of its day, through the Julian Day Number. */
function julianToMs(iso) {
  const [y, m, d] = iso.split("-").map(Number);
  const a = Math.floor((14 - m) / 12);
  const yy = y + 4800 - a;
  const mm = m + 12 * a - 3;
  const jdn = d + Math.floor((153 * mm + 2) / 5) + 365 * yy + Math.floor(yy / 4) - 32083;
  return (jdn - 2440588) * DAY;
}

/** "25 Kislev 5787" as ICU writes it, or throws on a name the corpus should not use. */
function icuSpelling(hebrew) {
  const m = /^(\d{1,2}) (.+) (\d{4})$/.exec(hebrew);
  if (!m || !(m[2] in ICU_MONTH)) throw new Error(`not a canonical Hebrew date: "${hebrew}"`);
  return { text: `${Number(m[1])} ${ICU_MONTH[m[2]]} ${m[3]}`, year: Number(m[3]) };
}

/** The civil day (ms) on which a Hebrew date falls, or undefined when it names no real day. */
function civilDayOf(hebrew) {
  const { text, year } = icuSpelling(hebrew);
  // Every day of Hebrew year Y lies between 1 January of Y-3761 and 31 December of Y-3760.
  const from = Date.UTC(year - 3761, 0, 1);
  const to = Date.UTC(year - 3760, 11, 31);
  for (let ms = from; ms <= to; ms += DAY) if (hebrewOf(ms) === text) return ms;
  return undefined;
}

const problems = [];
const fail = (id, message) => problems.push(`${id}: ${message}`);

function checkWeekday(id, where, verdict, stated, civilMs) {
  if (!WEEKDAY_VERDICTS.has(verdict)) return fail(id, `${where}: weekday verdict "${verdict}"`);
  if (verdict === "none") {
    if (stated) fail(id, `${where}: a stated weekday with verdict none`);
    return;
  }
  if (!WEEKDAYS.includes(stated)) return fail(id, `${where}: weekday ${verdict} needs "stated"`);
  if (civilMs === undefined) return fail(id, `${where}: weekday judged on a day that does not exist`);
  const actual = WEEKDAYS[new Date(civilMs).getUTCDay()];
  if ((actual === stated) !== (verdict === "ok")) {
    fail(id, `${where}: stated ${stated}, the day is a ${actual}, expected weekday "${verdict}"`);
  }
}

function checkPair(id, index, pair) {
  const where = `pair ${index} (${pair.iso} / ${pair.hebrew})`;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(pair.iso ?? "")) return fail(id, `${where}: iso`);
  if (!PAIR_VERDICTS.has(pair.verdict)) return fail(id, `${where}: verdict "${pair.verdict}"`);
  const gregorian = isoToMs(pair.iso);
  if (msToIso(gregorian) !== pair.iso) return fail(id, `${where}: ${pair.iso} is not a calendar day`);
  const civil = civilDayOf(pair.hebrew);
  const actual = hebrewOf(gregorian);
  const { text } = icuSpelling(pair.hebrew);
  switch (pair.verdict) {
    case "match":
      if (actual !== text) fail(id, `${where}: ICU says ${pair.iso} is ${actual}`);
      break;
    case "match-after-sunset":
      if (hebrewOf(gregorian + DAY) !== text)
        fail(id, `${where}: ICU says the evening of ${pair.iso} begins ${hebrewOf(gregorian + DAY)}`);
      break;
    case "match-julian": {
      const asJulian = hebrewOf(julianToMs(pair.iso));
      if (asJulian !== text) fail(id, `${where}: read Old Style, ICU says ${asJulian}`);
      if (actual === text) fail(id, `${where}: matches read as Gregorian too; say match`);
      break;
    }
    case "mismatch": {
      if (civil === undefined) {
        fail(id, `${where}: names no real day; say invalid`);
        break;
      }
      const offset = Math.round((civil - gregorian) / DAY);
      // "evening": the civil date is written as the evening that begins the Hebrew day, so the
      // Hebrew date of that civil day itself is a day early (offset 0) and still a mismatch.
      if (offset === 0 && !pair.evening) fail(id, `${where}: ICU says they match`);
      if (pair.evening && hebrewOf(gregorian + DAY) === text)
        fail(id, `${where}: the evening begins it; say match-after-sunset`);
      if (pair.offsetDays !== undefined && pair.offsetDays !== offset) {
        fail(id, `${where}: offsetDays ${pair.offsetDays}, ICU gives ${offset}`);
      }
      break;
    }
    case "invalid":
      if (civil !== undefined) fail(id, `${where}: ICU finds the day ${msToIso(civil)}`);
      break;
  }
  if (pair.verdict !== "mismatch" && pair.offsetDays !== undefined)
    fail(id, `${where}: offsetDays on a ${pair.verdict}`);
  // The weekday belongs to the civil day written, or to the Hebrew day when the page names that day.
  const civilOfPair = pair.verdict === "match-julian" ? julianToMs(pair.iso) : gregorian;
  const weekdayDay = pair.statedOn === "hebrew" ? civil : civilOfPair;
  checkWeekday(id, where, pair.weekday, pair.stated, weekdayDay);
}

const lines = readFileSync(file, "utf8")
  .split("\n")
  .filter((line) => line.trim() !== "");
const seen = new Set();
const counts = { snippets: 0, pairs: 0, weekdayChecks: 0 };
for (const [lineNumber, line] of lines.entries()) {
  let snippet;
  try {
    snippet = JSON.parse(line);
  } catch (error) {
    fail(`line ${lineNumber + 1}`, `not JSON (${error.message})`);
    continue;
  }
  const id = snippet.id ?? `line ${lineNumber + 1}`;
  counts.snippets++;
  if (seen.has(id)) fail(id, "duplicate id");
  seen.add(id);
  for (const field of ["site", "lang", "layout", "from", "text"]) {
    if (typeof snippet[field] !== "string" || snippet[field] === "") fail(id, `missing ${field}`);
  }
  if (!LAYOUT.test(snippet.layout ?? "")) fail(id, `layout "${snippet.layout}"`);
  if (/[/:]/.test(snippet.site ?? "")) fail(id, "site must be a bare domain");
  const expect = snippet.expect ?? {};
  if (!VERDICTS.has(expect.verdict)) fail(id, `verdict "${expect.verdict}"`);
  const pairs = expect.pairs ?? [];
  for (const [index, pair] of pairs.entries()) checkPair(id, index, pair);
  counts.pairs += pairs.length;
  for (const [index, check] of (expect.weekdayChecks ?? []).entries()) {
    counts.weekdayChecks++;
    checkWeekday(
      id,
      `weekday check ${index} (${check.hebrew})`,
      check.weekday,
      check.stated,
      civilDayOf(check.hebrew),
    );
  }
  // The document verdict must follow from the pairs: any bad pair or weekday makes it inconsistent.
  const bad =
    pairs.some((p) => p.verdict === "mismatch" || p.verdict === "invalid" || p.weekday === "mismatch") ||
    (expect.weekdayChecks ?? []).some((c) => c.weekday === "mismatch");
  if (bad && expect.verdict !== "inconsistent") fail(id, "a bad pair or weekday, yet not inconsistent");
  if (!bad && expect.verdict === "inconsistent") fail(id, "inconsistent, yet every expected pair agrees");
  if (pairs.length > 0 && (expect.verdict === "unchecked" || expect.verdict === "no-dates")) {
    fail(id, `${expect.verdict} with expected pairs`);
  }
}

if (problems.length > 0) {
  console.error(`test/pages/verify.mjs: ${problems.length} disagreement(s)\n  ${problems.join("\n  ")}`);
  process.exit(1);
}
console.log(
  `verified ${counts.snippets} snippets, ${counts.pairs} pairs and ${counts.weekdayChecks} weekday checks against ICU`,
);
