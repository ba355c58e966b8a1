// Writes test/fixtures/hebcal/days-1850-2150.txt: the Hebrew date of every day of 1850–2150 as the C
// `hebcal` CLI (Debian package hebcal, an implementation independent of @hebcal/core) prints it,
// stored compactly as the first day of each Hebrew month; the days between follow one by one.
// test/listings/hebcalDays.test.ts expands it and compares it with daysBetween, so the suite runs
// without hebcal installed.
//
//   node scripts/make-hebcal-fixtures-days.mjs   (needs /usr/bin/hebcal: apt-get install hebcal)

import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const FIRST_YEAR = 1850;
const LAST_YEAR = 2150;
const HEBCAL = process.env.HEBCAL ?? "hebcal";
const out = join(
  dirname(fileURLToPath(import.meta.url)),
  "..",
  "test",
  "fixtures",
  "hebcal",
  `days-${FIRST_YEAR}-${LAST_YEAR}.txt`,
);

// `hebcal -d -h -g YEAR`: every day of the civil year with its Hebrew date, holidays suppressed,
// ISO dates: "2018-07-13 1st of Av, 5778".
const LINE =
  /^(?<iso>\d{4}-\d{2}-\d{2}) (?<day>\d{1,2})(?:st|nd|rd|th) of (?<month>[A-Za-z' ]+), (?<year>\d{4})$/;

const version = execFileSync(HEBCAL, ["--version"], { encoding: "utf8" }).split("\n")[0].trim();
const rows = [];
let previous;
let days = 0;
for (let year = FIRST_YEAR; year <= LAST_YEAR; year++) {
  const text = execFileSync(HEBCAL, ["-d", "-h", "-g", String(year)], { encoding: "utf8" });
  for (const line of text.split("\n")) {
    if (line === "") continue;
    const match = LINE.exec(line);
    if (!match) throw new Error(`hebcal printed a line this script cannot read: ${JSON.stringify(line)}`);
    const { iso, month } = match.groups;
    const day = Number(match.groups.day);
    // Each day must follow the one before: the next day of the month, or the 1st of another month.
    if (previous !== undefined && day !== previous.day + 1 && day !== 1)
      throw new Error(`hebcal skipped from ${previous.iso} to ${iso}`);
    if (previous === undefined || day === 1) rows.push(`${iso} ${day} ${month} ${match.groups.year}`);
    previous = { iso, day };
    days += 1;
  }
}
rows.push(`end ${previous.iso}`);
const header = [
  `# ${version}: \`hebcal -d -h -g YEAR\` for ${FIRST_YEAR}–${LAST_YEAR}, ${days} days, written by scripts/make-hebcal-fixtures-days.mjs.`,
  "# One row per Hebrew month: the ISO day of its first row, then its Hebrew day, month and year;",
  "# each day after a row is the next day of that month, up to the next row; the last row ends the span.",
];
writeFileSync(out, `${[...header, ...rows].join("\n")}\n`);
console.log(`${out}: ${rows.length} rows for ${days} days`);
