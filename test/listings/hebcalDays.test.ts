import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { daysBetween } from "../../src/listings/daysBetween.js";

// The C hebcal CLI's Hebrew date of every day of 1850–2150 (scripts/make-hebcal-fixtures-days.mjs
// wrote the fixture from `hebcal -d -h -g YEAR`): one row per Hebrew month, the days between implied.
const FIXTURE = join(import.meta.dirname, "..", "fixtures", "hebcal", "days-1850-2150.txt");

interface Row {
  iso: string;
  day: number;
  month: string;
  year: number;
}

function readFixture(): { rows: Row[]; end: string; days: number } {
  const lines = readFileSync(FIXTURE, "utf8")
    .split("\n")
    .filter((line) => line !== "" && !line.startsWith("#"));
  const end = /^end (?<iso>\S+)$/.exec(lines.pop()!)!.groups!.iso!;
  const rows = lines.map((line) => {
    const match = /^(?<iso>\S+) (?<day>\d+) (?<month>.+) (?<year>\d+)$/.exec(line);
    if (!match?.groups) throw new Error(`fixture row unreadable: ${line}`);
    const { iso, day, month, year } = match.groups;
    return { iso: iso!, day: Number(day), month: month!, year: Number(year) };
  });
  const days = Number(/(?<days>\d+) days/.exec(readFileSync(FIXTURE, "utf8"))!.groups!.days);
  return { rows, end, days };
}

const fixture = readFixture();

/** hebcal's Hebrew date of each day, expanded from the rows, as "day month year". */
function* hebcalDays(): Generator<string> {
  const { rows, end } = fixture;
  for (const [index, row] of rows.entries()) {
    const next = rows[index + 1];
    const first = Date.parse(row.iso);
    const stop = next === undefined ? Date.parse(end) + 86_400_000 : Date.parse(next.iso);
    for (let time = first, day = row.day; time < stop; time += 86_400_000, day++)
      yield `${new Date(time).toISOString().slice(0, 10)} ${day} ${row.month} ${row.year}`;
  }
}

describe("daysBetween against the C hebcal CLI", () => {
  it("has the fixture: 1850-01-01 … 2150-12-31, one row for each Hebrew month", () => {
    expect(fixture.rows[0]!.iso).toBe("1850-01-01");
    expect(fixture.end).toBe("2150-12-31");
    expect(fixture.rows.length).toBeGreaterThan(3700);
    expect(fixture.days).toBe(109_938);
  });

  it("gives hebcal's Hebrew date for every day of 1850–2150", () => {
    const expected = hebcalDays();
    const mismatches: string[] = [];
    let count = 0;
    for (const day of daysBetween(fixture.rows[0]!.iso, fixture.end)) {
      const ours = `${day.gregorian.iso} ${day.hebrew.day} ${day.hebrew.month} ${day.hebrew.year}`;
      const theirs = expected.next().value;
      if (ours !== theirs && mismatches.length < 10) mismatches.push(`${ours} ≠ ${theirs}`);
      count += 1;
    }
    expect(mismatches).toEqual([]);
    expect(expected.next().done).toBe(true);
    expect(count).toBe(fixture.days);
  });

  it("lists each Hebrew month, read as Hebrew dates, from hebcal's first day of it to the day before the next", () => {
    // Every 40th month: from its 1st day to its last, both ends given as Hebrew dates.
    const { rows } = fixture;
    for (let index = 1; index + 1 < rows.length; index += 40) {
      const row = rows[index]!;
      const length = (Date.parse(rows[index + 1]!.iso) - Date.parse(row.iso)) / 86_400_000;
      const days = [...daysBetween(`1 ${row.month} ${row.year}`, `${length} ${row.month} ${row.year}`)];
      expect([days[0]!.gregorian.iso, days.length]).toEqual([row.iso, length]);
    }
  });
});
