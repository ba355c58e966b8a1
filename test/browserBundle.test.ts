import { join } from "node:path";
import { analyzeMetafile, build } from "esbuild";
import { describe, expect, it } from "vitest";

// What `import { convertDate } from "hebrew-date-check"` costs a web page: bundled for the browser
// from the built package (npm test builds dist/ first), as the README says to reproduce it. A byte
// count of a build with fixed inputs, so the same on every machine.
const ROOT = join(import.meta.dirname, "..");
/**
 * A guard against regressions, not the goal: the goal is 110 KB, met (95.5 KB) before the readers of
 * twelve languages, weekdays, holidays and days in words came in. Reading the holidays from tables
 * per kind of year instead of @hebcal/core's holiday module took it from 156.0 to 139.1 KB; the
 * second round of real pages' words (Romanian and Slovak months, other languages' holiday names and
 * evening phrases, two year steps) brought it to 151.0 KB, the third (Hungarian month first, weekdays
 * and evening words after a date) to 154.0 KB, readings by shape (src/read/readingShapes.ts) to
 * 154.4 KB, and those readings for Hebrew numerals, times, numeric dates and Adar to 158.2 KB. The
 * readers, which convertDate needs whole (it reads every form), are most of it.
 */
const LIMIT_KB = 159;

async function browserBundle(source: string) {
  const result = await build({
    stdin: { contents: source, resolveDir: ROOT },
    bundle: true,
    minify: true,
    format: "esm",
    platform: "browser",
    write: false,
    metafile: true,
    outfile: "out.js",
    logLevel: "silent",
  });
  const bytes = result.outputFiles[0]!.contents.length;
  // The files that put code in the bundle (a bundler reads others and keeps nothing of them).
  const inputs = Object.entries(result.metafile.outputs["out.js"]!.inputs)
    .filter(([, input]) => input.bytesInOutput > 0)
    .map(([path]) => path);
  return { bytes, inputs, report: () => analyzeMetafile(result.metafile) };
}

describe("the browser bundle", () => {
  it(`of convertDate is at most ${LIMIT_KB} KB`, async () => {
    const { bytes, report } = await browserBundle('export { convertDate } from "hebrew-date-check";');
    expect(bytes / 1024, await report()).toBeLessThanOrEqual(LIMIT_KB);
  });

  it("of convertDate carries no sunset code, no Temporal polyfill, no luxon and nothing of @hebcal/core", async () => {
    const { inputs } = await browserBundle('export { convertDate } from "hebrew-date-check";');
    expect(inputs.some((path) => path.endsWith("dist/index.js"))).toBe(true);
    // The holidays come from src/calendars/holidayKinds.generated.ts, not @hebcal/core's holiday module.
    const unwanted =
      /sunset-engine|temporal-polyfill|[\\/]luxon[\\/]|@hebcal[\\/](?:noaa|core)|zmanim|location\.js/;
    expect(inputs.filter((path) => unwanted.test(path))).toEqual([]);
  });

  it("of checkDocument does carry the sunset engine (so the check above can fail)", async () => {
    const { inputs } = await browserBundle('export { checkDocument } from "hebrew-date-check";');
    expect(inputs.some((path) => path.endsWith("dist/sunset-engine.js"))).toBe(true);
  });
});
