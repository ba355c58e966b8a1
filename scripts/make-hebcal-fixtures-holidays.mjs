// Writes test/fixtures/hebcal/*.json: what the C `hebcal` CLI (Debian package `hebcal`, 4.31)
// says about holidays, Torah portions and yahrzeits over the Gregorian years 1990–2040, so that
// the tests compare hdate with an independent tool without needing it installed.
//
//   node scripts/make-hebcal-fixtures-holidays.mjs
//
// Each file groups dates (YYYY-MM-DD) by the name hebcal gives them, which keeps it small.

import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const OUT = join(dirname(fileURLToPath(import.meta.url)), "..", "test", "fixtures", "hebcal");
const FIRST_YEAR = 1990;
const YEARS = 51;

/**
 * Deaths whose yahrzeit rules differ from a plain "same day": 30 Cheshvan and 30 Kislev (months
 * of 29 or 30 days) with a first anniversary in a year that has the 30th and in one that has not,
 * Adar I and Adar II of a leap year, Adar of a common year, 30 Adar I, and a plain day. Gregorian dates, as hebcal's -Y file takes them; each verified by
 * hdate's own conversion and ICU in the test that reads the fixture.
 */
const DEATHS = [
  ["1982-11-16", "30 Cheshvan 5743"],
  ["1983-11-06", "30 Cheshvan 5744"],
  ["1988-11-09", "29 Cheshvan 5749"],
  ["1987-01-01", "30 Kislev 5747"],
  ["1987-12-21", "30 Kislev 5748"],
  ["1989-12-28", "30 Kislev 5750"],
  ["1984-03-04", "30 Adar I 5744"],
  ["1984-02-18", "15 Adar I 5744"],
  ["1984-03-19", "15 Adar II 5744"],
  ["1987-03-15", "14 Adar 5747"],
  ["1988-03-18", "29 Adar 5748"],
  ["1989-08-10", "9 Av 5749"],
];

function hebcal(args) {
  return execFileSync("hebcal", args, { encoding: "utf8", env: { ...process.env, LANG: "C.UTF-8" } });
}

/** `YYYY-MM-DD Name` lines (hebcal -g) grouped by name. */
function grouped(text) {
  const byName = {};
  for (const line of text.split("\n")) {
    const match = /^(?<iso>\d{4}-\d{2}-\d{2}) (?<name>.+)$/.exec(line);
    if (!match) continue;
    const days = byName[match.groups.name] ?? [];
    days.push(match.groups.iso);
    byName[match.groups.name] = days;
  }
  return byName;
}

function write(file, command, data) {
  const version = hebcal(["--version"]).trim();
  const body = { tool: version, command: `hebcal ${command.join(" ")}`, data };
  writeFileSync(join(OUT, file), `${JSON.stringify(body)}\n`);
  console.log(`${file}: ${Object.keys(data).length} names`);
}

const span = ["--years", String(YEARS), String(FIRST_YEAR)];
for (const [schedule, flags] of [
  ["diaspora", []],
  ["israel", ["-i"]],
]) {
  const holidays = ["-g", ...flags, ...span];
  write(`holidays-${schedule}.json`, holidays, grouped(hebcal(holidays)));
  const sedrot = ["-g", "-s", "-h", "-x", "--no-modern", ...flags, ...span];
  write(`sedrot-${schedule}.json`, sedrot, grouped(hebcal(sedrot)));
}

// hebcal prints each yahrzeit under the description given in the file: the Hebrew date of death.
const dir = mkdtempSync(join(tmpdir(), "hebcal-yahrzeit-"));
try {
  const file = join(dir, "deaths");
  const lines = DEATHS.map(([iso, hebrew]) => {
    const [year, month, day] = iso.split("-").map(Number);
    return `${month} ${day} ${year} ${iso} ${hebrew}`;
  });
  writeFileSync(file, `${lines.join("\n")}\n`);
  const yahrzeits = ["-g", "-h", "-x", "--no-modern", "-Y", "deaths", ...span];
  write(
    "yahrzeits.json",
    yahrzeits,
    grouped(hebcal(yahrzeits.map((arg) => (arg === "deaths" ? file : arg)))),
  );
} finally {
  rmSync(dir, { recursive: true });
}
