import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { emptyExports } from "../../build/emptyExports.js";

// The lean browser build empties every file of other languages' rows (tsup.config.ts,
// englishHebrewOnly): each must export only arrays and objects, whose empty stand-ins are tables
// with no row, and the lean build's readers must then need nothing else of it.

const ROOT = join(import.meta.dirname, "../..");
const LANGUAGE_FILE = /\.languages(?:\.generated)?\.ts$/;

function languageFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return languageFiles(path);
    return LANGUAGE_FILE.test(entry.name) ? [path] : [];
  });
}

describe("emptyExports", () => {
  it("makes each export of a file of rows an empty array or object", () => {
    const source = [
      'import { x } from "./x.js";',
      "/** Rows. */",
      'export const ROWS: readonly string[] = ["a", "b"];',
      'export const TABLE: Readonly<Record<string, readonly string[]>> = { fr: ["soir"] };',
      "export const UNPACKED: Record<string, string[]> = unpack();",
      "const LOCAL = [1];",
    ].join("\n");
    expect(emptyExports(source)).toBe(
      "export const ROWS = [];\nexport const TABLE = {};\nexport const UNPACKED = {};",
    );
    expect(emptyExports("const nothing = 1;")).toBe("");
  });

  const files = languageFiles(join(ROOT, "src"));

  it("finds the files of other languages' rows", () => {
    expect(files.map((path) => relative(ROOT, path)).sort()).toEqual(
      expect.arrayContaining([
        "src/read/lexicon/months.hand.languages.ts",
        "src/read/lexicon/months.languages.generated.ts",
        "src/read/lexicon/weekdays.languages.generated.ts",
        "src/read/lexicon/weekdays.languages.ts",
      ]),
    );
  });

  it.each(files.map((path) => [relative(ROOT, path), path]))(
    "stands in for %s with exports of the same names and kinds",
    async (_, path) => {
      const module = (await import(path)) as Record<string, unknown>;
      const standIn = emptyExports(readFileSync(path, "utf8"));
      const kinds = Object.fromEntries(
        [...standIn.matchAll(/export const (\w+) = (\[\]|\{\})/g)].map((match) => [match[1], match[2]]),
      );
      expect(Object.keys(kinds).sort()).toEqual(Object.keys(module).sort());
      for (const [name, value] of Object.entries(module)) {
        expect(kinds[name], name).toBe(Array.isArray(value) ? "[]" : "{}");
        expect(typeof value, name).toBe("object");
      }
    },
  );
});
