// Writes src/calendars/holidayKinds.generated.ts: @hebcal/core's holiday tables (getHolidaysForYear_)
// for every Hebrew year of the supported range (1–13760), packed by kind of year.
//
//   node scripts/generate-holidays.mjs           rewrites the file
//   node scripts/generate-holidays.mjs --stdout  prints what it would write (a test compares the two)
//
// Why: a year's table depends on little more than its length and the weekday of its Rosh Hashanah
// (14 kinds of year), and on which modern days had been instituted by then; Birkat Hachamah (every
// 28 years) is the one event that also depends on the solar cycle. Building a year's table with
// @hebcal/core takes ≈ 1 ms (≈ 6 ms cold) and loading its holiday module most of a start-up, so the
// library reads the same tables from this file. Each row is one event: its day of the year (0 =
// 1 Tishrei), its name, whether it is a festival day (chag), whether Israel and the diaspora keep
// it, and the years of each kind that have it. test/calendars/holidayTable.test.ts compares the
// tables read back with @hebcal/core's for every year.

import { writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { getHolidaysForYear_ } from "@hebcal/core/dist/esm/holidays";
import { daysInYear, hebrew2abs } from "@hebcal/hdate";

const FIRST_YEAR = 1;
// The supported range ends on 9999-12-31 (Gregorian), in the Hebrew year 13760.
const LAST_YEAR = 13760;
/** @hebcal/core's flag for a festival day on which work is forbidden. */
const CHAG = 1;
/** The year in a Rosh Hashanah event's name ("Rosh Hashana 5779") is written back from the year. */
const YEAR_MARK = "%y";
/** The one event read from a rule instead of the rows. */
const BIRKAT_HACHAMAH = "Birkat Hachamah";

/** A kind of year: its length and the weekday (0 = Sunday) of 1 Tishrei. */
function kindOf(year) {
  const start = hebrew2abs(year, 7, 1);
  return `${daysInYear(year)}-${((start % 7) + 7) % 7}`;
}

/** One year's events in @hebcal/core's order, as [dayOfYear, name, bits]. */
function eventsOf(year) {
  const start = hebrew2abs(year, 7, 1);
  const rows = [];
  for (const events of getHolidaysForYear_(year).values()) {
    for (const event of events) {
      const name =
        event.constructor.name === "RoshHashanaEvent"
          ? event.getDesc().replace(String(year), YEAR_MARK)
          : event.getDesc();
      // The English rendering, with typographic apostrophes made plain, is the name: checked here.
      if (event.render("en").replace(/[\u2018\u2019]/g, "'") !== event.getDesc())
        throw new Error(`${year}: ${event.getDesc()} renders as ${event.render("en")}`);
      const bits =
        ((event.getFlags() & CHAG) !== 0 ? 1 : 0) |
        (event.observedInIsrael() ? 2 : 0) |
        (event.observedInDiaspora() ? 4 : 0);
      rows.push([event.getDate().abs() - start, name, bits]);
    }
  }
  return rows;
}

const kinds = [];
const kindIndex = new Map();
/** identity "day|name|bits" → Map(kind → sorted years that have it). */
const presence = new Map();
/** Precedence within a day: identity "name|bits" → Set of identities listed after it on some day. */
const after = new Map();
const firstSeen = new Map();
const yearsOfKind = new Map();

for (let year = FIRST_YEAR; year <= LAST_YEAR; year++) {
  const kind = kindOf(year);
  if (!kindIndex.has(kind)) {
    kindIndex.set(kind, kinds.length);
    kinds.push(kind);
    yearsOfKind.set(kind, []);
  }
  yearsOfKind.get(kind).push(year);
  const rows = eventsOf(year);
  const byDay = new Map();
  for (const [index, [day, name, bits]] of rows.entries()) {
    // Birkat Hachamah comes from its rule (src/calendars/birkatHachamah.ts), not from the rows: it
    // must be kept everywhere, no festival day, and listed last on its day.
    if (name === BIRKAT_HACHAMAH) {
      if (bits !== 6 || rows.slice(index + 1).some((row) => row[0] === day))
        throw new Error(`${year}: Birkat Hachamah is not the last event of its day, kept everywhere`);
      continue;
    }
    const identity = `${day}|${name}|${bits}`;
    if (!presence.has(identity)) presence.set(identity, new Map());
    const years = presence.get(identity);
    if (!years.has(kind)) years.set(kind, []);
    const list = years.get(kind);
    if (list[list.length - 1] === year) throw new Error(`${year}: ${identity} twice`);
    list.push(year);
    const order = `${name}|${bits}`;
    if (!firstSeen.has(order)) firstSeen.set(order, firstSeen.size);
    if (!after.has(order)) after.set(order, new Set());
    if (!byDay.has(day)) byDay.set(day, []);
    byDay.get(day).push(order);
  }
  for (const list of byDay.values()) {
    for (let i = 1; i < list.length; i++) after.get(list[i - 1]).add(list[i]);
  }
}

// One order of names within a day that agrees with every day of every year (a topological sort; the
// first seen first among equals). If two days disagree there is none, and the script fails.
const rank = new Map();
{
  const incoming = new Map([...after.keys()].map((k) => [k, 0]));
  for (const targets of after.values()) for (const t of targets) incoming.set(t, incoming.get(t) + 1);
  const ready = [...incoming].filter(([, n]) => n === 0).map(([k]) => k);
  while (ready.length > 0) {
    ready.sort((a, b) => firstSeen.get(a) - firstSeen.get(b));
    const next = ready.shift();
    rank.set(next, rank.size);
    for (const t of after.get(next)) {
      incoming.set(t, incoming.get(t) - 1);
      if (incoming.get(t) === 0) ready.push(t);
    }
  }
  if (rank.size !== after.size)
    throw new Error("no single order of events within a day agrees with every year");
}

const names = [...new Set([...presence.keys()].map((identity) => identity.split("|")[1]))].sort();
const nameIndex = new Map(names.map((name, i) => [name, i]));

/** Runs of a kind's years that have an event, as [from, to]. */
function runs(kind, years) {
  const all = yearsOfKind.get(kind);
  const have = new Set(years);
  const out = [];
  let from = null;
  let last = null;
  for (const year of all) {
    if (have.has(year)) {
      if (from === null) from = year;
      last = year;
    } else if (from !== null) {
      out.push([from, last]);
      from = null;
    }
  }
  if (from !== null) out.push([from, last]);
  return out;
}

// Numbers are written in base 91, one ASCII character a digit ("#" = 0 … "~" = 90, without "\\"),
// in fixed widths: a JavaScript string of them needs no escapes, and no separators between fields.
/** The names front-coded (src/calendars/frontCoded.ts reads them): each as the count of characters it shares with the one before, then the rest. */
function frontCoded(list) {
  let last = "";
  return list
    .map((name) => {
      if (name.includes("!")) throw new Error(`${name}: "!" separates the names`);
      let shared = 0;
      while (shared < last.length && shared < name.length && last[shared] === name[shared]) shared++;
      // "0" + 43 is "[", the last character before the backslash.
      shared = Math.min(shared, 43);
      last = name;
      return String.fromCharCode(48 + shared) + name.slice(shared);
    })
    .join("!");
}

const BASE = 91;
function digits(value, width) {
  if (!Number.isInteger(value) || value < 0 || value >= BASE ** width)
    throw new Error(`${value} does not fit ${width} digits`);
  let out = "";
  for (let i = 0; i < width; i++) {
    const digit = value % BASE;
    value = Math.floor(value / BASE);
    const code = 0x23 + digit;
    out = String.fromCharCode(code >= 0x5c ? code + 1 : code) + out;
  }
  return out;
}

/** A span of years: single (0), to the kind's last year (1), or from-to (2), as from·3 + type [+ to]. */
const SINGLE = 0;
const OPEN = 1;
const RANGE = 2;

const rows = [];
const maskUse = new Map();
for (const [identity, byKind] of presence) {
  const [day, name, bits] = identity.split("|");
  let always = 0;
  const partial = [];
  for (const [kind, years] of byKind) {
    const k = kindIndex.get(kind);
    if (years.length === yearsOfKind.get(kind).length) always |= 1 << k;
    else {
      const spans = runs(kind, years).map(([from, to]) => {
        if (from === to) return [from, SINGLE];
        // A run to the kind's last year is open-ended.
        if (to === yearsOfKind.get(kind).at(-1)) return [from, OPEN];
        return [from, RANGE, to];
      });
      partial.push([k, spans]);
    }
  }
  maskUse.set(always, (maskUse.get(always) ?? 0) + 1);
  rows.push({
    day: Number(day),
    rank: rank.get(`${name}|${bits}`),
    name: nameIndex.get(name),
    bits: Number(bits),
    always,
    partial,
  });
}
rows.sort((a, b) => a.day - b.day || a.rank - b.rank);
const masks = [...maskUse.keys()].sort((a, b) => maskUse.get(b) - maskUse.get(a) || a - b);
const maskIndex = new Map(masks.map((mask, i) => [mask, i]));

let packed = "";
let lastDay = 0;
for (const row of rows) {
  packed += digits(row.day - lastDay, 1);
  lastDay = row.day;
  packed += digits(row.name * 16 + row.bits * 2 + (row.partial.length > 0 ? 1 : 0), 2);
  packed += digits(maskIndex.get(row.always), 1);
  if (row.partial.length === 0) continue;
  packed += digits(row.partial.length, 1);
  for (const [k, spans] of row.partial) {
    packed += digits(k, 1) + digits(spans.length, 1);
    for (const [from, type, to] of spans)
      packed += digits(from * 3 + type, 3) + (type === RANGE ? digits(to, 3) : "");
  }
}

const output = `// Generated by scripts/generate-holidays.mjs from @hebcal/core's holiday tables (getHolidaysForYear_,
// @hebcal/core 6.9.3) for the Hebrew years ${FIRST_YEAR}–${LAST_YEAR}. Do not edit: change the script and run it.
// KINDS: the kinds of year, "length-weekday of 1 Tishrei" (0 = Sunday). NAMES: the events' English
// names ("${YEAR_MARK}" stands for the year; Birkat Hachamah is not among them: it comes from its rule,
// src/calendars/birkatHachamah.ts, last on its day). MASKS: the masks of kinds that rows name. Numbers in MASKS
// and ROWS are base 91, one character a digit ("#" = 0 … "~" = 90, skipping the backslash), in fixed
// widths. ROWS, in order of day and, within a day, as @hebcal/core lists them, one event a row: the
// days since the last row's day (1 digit; days of the year count from 0 = 1 Tishrei); name·16 +
// bits·2 + (1 if spans follow) (2 digits), where bits 1 = festival day (chag), 2 = kept in Israel,
// 4 = kept in the diaspora; the index in MASKS of the kinds in every year of which the event falls
// (1 digit); then, if spans follow, how many kinds have it in some of their years (1 digit) and for
// each: the kind (1), its number of runs of years (1), and each run as from·3 + type (3 digits;
// type 0: that year alone, 1: from it to the last year, 2: to the year in the next 3 digits). NAMES
// are front-coded (frontCoded.ts).

import { fromFrontCoded } from "./frontCoded.js";

export const KINDS: readonly string[] = ${JSON.stringify(kinds)};

export const NAMES: readonly string[] = fromFrontCoded(${JSON.stringify(frontCoded(names))});

export const MASKS = ${JSON.stringify(masks.map((mask) => digits(mask, 3)).join(""))};

export const ROWS = ${JSON.stringify(packed)};
`;

if (process.argv.includes("--stdout")) process.stdout.write(output);
else {
  const target = join(
    dirname(fileURLToPath(import.meta.url)),
    "..",
    "src",
    "calendars",
    "holidayKinds.generated.ts",
  );
  writeFileSync(target, output);
  process.stderr.write(`wrote ${target}: ${rows.length} rows, ${output.length} characters\n`);
}
