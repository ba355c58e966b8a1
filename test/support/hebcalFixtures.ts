import { readFileSync } from "node:fs";
import { join } from "node:path";

/** The Gregorian years the C hebcal fixtures span (scripts/make-hebcal-fixtures-holidays.mjs). */
export const FIXTURE_YEARS = { first: 1990, last: 2040 } as const;

/** A fixture written by scripts/make-hebcal-fixtures-holidays.mjs: dates (YYYY-MM-DD) by name. */
export function hebcalFixture(file: string): Record<string, string[]> {
  const path = join(import.meta.dirname, "..", "fixtures", "hebcal", file);
  return (JSON.parse(readFileSync(path, "utf8")) as { data: Record<string, string[]> }).data;
}

/** A fixture as a set of `YYYY-MM-DD name` lines, names mapped by `rename`. */
export function hebcalLines(file: string, rename: (name: string) => string = (name) => name): Set<string> {
  const lines = new Set<string>();
  for (const [name, dates] of Object.entries(hebcalFixture(file)))
    for (const date of dates) lines.add(`${date} ${rename(name)}`);
  return lines;
}
