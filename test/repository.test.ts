import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";

// A clone with nothing beside it must pass: no test and no source file may read outside the
// repository (a folder beside the clone is not part of a user's clone).
const ROOT = join(import.meta.dirname, "..");

function filesUnder(folder: string): string[] {
  return readdirSync(join(ROOT, folder), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.(?:ts|mjs|js)$/.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name));
}

describe("the repository stands alone", () => {
  it.each(["src", "test", "bench", "scripts", "build"])(
    "no file under %s/ points outside the repository",
    (folder) => {
      const outside = filesUnder(folder).filter((file) =>
        /\.\.\/(?:\.\.\/)*shared\b|\/work\/shared/.test(readFileSync(file, "utf8")),
      );
      expect(outside).toEqual([]);
    },
  );
});
