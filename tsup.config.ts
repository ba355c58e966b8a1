import { spawnSync } from "node:child_process";
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { Plugin } from "esbuild";
import { defineConfig, type Options } from "tsup";
import { emptyExports } from "./build/emptyExports.js";
import { packLiterals, packsFile } from "./build/packLiterals.js";
import { warmUpLines } from "./build/warmUpLines.js";
import { batchShapes } from "./src/cli/batchShapes.js";
import { oneDateShapes } from "./src/cli/oneDateShapes.js";
import { packShapes } from "./src/cli/packedShapes.js";
import { WARM_CACHE, WARM_CODE } from "./src/cli/warmStart.js";

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url));

// @hebcal/core's zmanim and molad modules and @hebcal/noaa `import "temporal-polyfill/global"`, which
// installs globalThis.Temporal, and then use that global. A library must leave the global scope as it
// found it, so as we bundle them that import becomes `import { Temporal } from "temporal-polyfill"`:
// the polyfill's plain entry installs nothing, and `Temporal` in their code is a binding local to our
// bundle. (esbuild's `inject` would do it too, but it adds the import to every file, ours included,
// which would run the polyfill at start-up.) Any other way to the global entry fails the build.
const GLOBAL_IMPORT = /import\s*["']temporal-polyfill\/global["'];?/g;

const noGlobals: Plugin = {
  name: "no-globals",
  setup(build) {
    build.onLoad({ filter: /[\\/]node_modules[\\/]@hebcal[\\/].*\.js$/ }, async (args) => {
      const source = await readFile(args.path, "utf8");
      if (!source.includes("temporal-polyfill/global")) return undefined;
      const contents = source.replace(GLOBAL_IMPORT, 'import { Temporal } from "temporal-polyfill";');
      return { contents, loader: "js" };
    });
    build.onResolve({ filter: /^temporal-polyfill\/global$/ }, (args) => ({
      errors: [{ text: `${args.importer} would install globalThis.Temporal` }],
    }));
  },
};

// @hebcal/core's event classes import its locale module, which registers Hebrew and Ashkenazi
// translations of every name it renders (≈ 25 KB). The holidays are read from
// src/calendars/holidayKinds.generated.ts, so only the sunset code carries @hebcal/core; in the
// CommonJS build, as before, that module is an empty one.
const noHebcalLocale: Plugin = {
  name: "no-hebcal-locale",
  setup(build) {
    build.onResolve({ filter: /^\.\/locale\.js$/ }, (args) =>
      /[\\/]@hebcal[\\/]core[\\/]/.test(args.importer) ? { path: here("build/noLocale.js") } : undefined,
    );
  },
};

// The library's non-ASCII string literals, packed into ASCII (build/packLiterals.ts says why): a web
// page's bundle of convertDate carries the hand-written word tables. The generated tables are packed
// already, and asciiText.ts is the decoder itself.
const DECODER = here("src/read/lexicon/asciiText.ts");
const packedLiterals: Plugin = {
  name: "packed-literals",
  setup(build) {
    build.onLoad({ filter: /[\\/]src[\\/].*\.ts$/ }, async (args) => {
      if (!packsFile(args.path)) return undefined;
      const source = await readFile(args.path, "utf8");
      if (!/[^\0-\x7f]/.test(source)) return undefined;
      return { contents: packLiterals(source, DECODER).code, loader: "ts" };
    });
  },
};

// The browser build (package.json's "browser" condition) reads dates without the table of shapes,
// a cache for batches: build/noShapeCache.ts says why.
const noShapeCache: Plugin = {
  name: "no-shape-cache",
  setup(build) {
    build.onResolve({ filter: /^\.\/readingShapes\.js$/ }, (args) =>
      /[\\/]src[\\/]read[\\/]readOneDate\.ts$/.test(args.importer)
        ? { path: here("build/noShapeCache.ts") }
        : undefined,
    );
  },
};

// The lean browser build (package.json's "browser" condition of "hebrew-date-check") reads English
// and Hebrew only: a web page that imports convertDate then carries no other language's words. The
// other languages' rows live in files named *.languages.ts (or *.languages.generated.ts), each export
// an array or an object of rows; here each becomes an empty one, so the readers built over the rows
// read English and Hebrew as the full build does and nothing else (it comes before packedLiterals,
// whose onLoad would take the file first). The readers only other languages
// need become the stand-ins of build/noOtherLanguages.ts, and the error for an unread text says
// which entry reads more (build/leanUnreadNote.ts). "hebrew-date-check/full" is the build without this.
const OTHER_LANGUAGE_READERS = /^\.\/extractors\/hungarian(?:MonthFirst|DayWords)\.js$/;
const englishHebrewOnly: Plugin = {
  name: "english-hebrew-only",
  setup(build) {
    build.onLoad({ filter: /\.languages(?:\.generated)?\.ts$/ }, async (args) => ({
      contents: emptyExports(await readFile(args.path, "utf8")),
      loader: "js",
    }));
    build.onResolve({ filter: OTHER_LANGUAGE_READERS }, (args) =>
      /[\\/]src[\\/]read[\\/]readMentions\.ts$/.test(args.importer)
        ? { path: here("build/noOtherLanguages.ts") }
        : undefined,
    );
    build.onResolve({ filter: /^\.\/unreadNote\.js$/ }, () => ({ path: here("build/leanUnreadNote.ts") }));
  },
};

/** A plugin that resolves every relative import of the given src/ modules to one file of stand-ins. */
function standIns(name: string, modules: readonly string[], file: string): Plugin {
  const targets = new Set(modules.map((module) => here(`src/${module}.ts`)));
  return {
    name,
    setup(build) {
      build.onResolve({ filter: /^\.\.?\/.*\.js$/ }, (args) => {
        const target = resolve(dirname(args.importer), args.path.replace(/\.js$/, ".ts"));
        return targets.has(target) ? { path: here(file) } : undefined;
      });
    },
  };
}

// The lean browser build reads dates written with numbers and month names, and no named days: the
// readers of holiday names, Torah portions and days in words (with the steps that only their
// mentions reach) become the stand-ins of build/noNamedDays.ts, as the other languages' rows become
// empty ones above. Together they are about a quarter of what convertDate costs a web page, most of
// it the holiday and portion name tables; "hebrew-date-check/full" reads them.
const calendarDatesOnly = standIns(
  "calendar-dates-only",
  [
    "read/extractors/holidayName",
    "read/extractors/parashahName",
    "read/extractors/hebrewDayWords",
    "read/extractors/gregorianDayWords",
    "read/extractors/hebrewLetterDay",
    "read/refiners/holidaySpan",
    "read/refiners/holidayYearOfPair",
    "read/refiners/holidayDay",
    "read/numberWords",
    "read/wordRegions",
    "read/monthWordsIn",
  ],
  "build/noNamedDays.ts",
);

// It leaves out the gates that only make long pages faster, too (build/noSpeedGates.ts says why it
// reads the same without them).
const withoutSpeedGates = standIns(
  "without-speed-gates",
  ["read/monthNearDay", "read/hebrewStretch", "read/localizedRuns"],
  "build/noSpeedGates.ts",
);

// src/place/loadSunsetEngine.ts imports the sunset engine statically; the builds swap it for
// build/loadSunsetEngine.ts, which runs the engine on first use. The ESM library goes one step
// further and keeps the engine in a file of its own (dist/sunset-engine.js): with `sideEffects: false`
// a bundler then drops the whole file when sunset is not used, which it cannot do for wrapped code
// inside index.js.
function lazySunset(where: "inline" | "own-file"): Plugin {
  return {
    name: "lazy-sunset",
    setup(build) {
      build.onResolve({ filter: /^\.\/loadSunsetEngine\.js$/ }, () =>
        where === "own-file"
          ? { path: "./sunset-engine.js", external: true }
          : { path: here("build/loadSunsetEngine.ts") },
      );
    },
  };
}

// What sunset uses, carried inside our bundles so that noGlobals applies to it: @hebcal/core's index,
// @hebcal/noaa, the polyfill, and their own dependencies, which are not ours to import.
const SUNSET_CODE = [
  /^@hebcal\/core$/,
  /^@hebcal\/noaa$/,
  /^temporal-polyfill/,
  /^temporal-utils/,
  /^quick-lru$/,
];

// The table of src/cli/oneDate.ts, learned from the reader here, at build time, and shipped as a
// file beside the bin (dist/one-date-shapes.txt), read when the bin starts: a string read from a file
// costs a start-up nothing to parse, where the same string as a literal in the bundle cost ≈ 3 ms.
// The bin's quick answer to one date then loads no reader (src/cli/oneDateTable.ts), and a run that
// is no one date (an option, a command) does not read the file.
const TABLE_FILE = "one-date-shapes.txt";
let table: string | undefined;
function oneDateTable(format: "esm" | "cjs"): Plugin {
  const where =
    format === "esm" ? `new URL("./${TABLE_FILE}", import.meta.url)` : `__dirname + "/${TABLE_FILE}"`;
  return {
    name: "one-date-table",
    setup(build) {
      build.onLoad({ filter: /[\\/]src[\\/]cli[\\/]oneDateTable\.ts$/ }, () => ({
        contents: `import { readFileSync } from "node:fs";\nlet table;\nexport function oneDateTable() {\n  table ??= readFileSync(${where}, "latin1");\n  return table;\n}\n`,
        loader: "js",
      }));
      build.onEnd(async () => {
        table ??= packShapes(oneDateShapes());
        // The other builds may not have made the folder yet (a fresh clone has none).
        const outdir = build.initialOptions.outdir ?? "dist";
        await mkdir(outdir, { recursive: true });
        await writeFile(join(outdir, TABLE_FILE), table);
      });
    },
  };
}

// The table a `hdate --jsonl` batch starts with (src/cli/batchShapes.ts), learned here the same way
// and shipped beside the CLI (dist/batch-shapes.txt), read only when a batch of dates starts.
const BATCH_TABLE_FILE = "batch-shapes.txt";
let batchTable: string | undefined;
function batchShapeTable(format: "esm" | "cjs"): Plugin {
  const where =
    format === "esm"
      ? `new URL("./${BATCH_TABLE_FILE}", import.meta.url)`
      : `__dirname + "/${BATCH_TABLE_FILE}"`;
  return {
    name: "batch-shape-table",
    setup(build) {
      build.onLoad({ filter: /[\\/]src[\\/]cli[\\/]batchShapeTable\.ts$/ }, () => ({
        contents: `import { readFileSync } from "node:fs";\nlet table;\nexport function batchShapeTable() {\n  table ??= readFileSync(${where}, "latin1");\n  return table;\n}\n`,
        loader: "js",
      }));
      build.onEnd(async () => {
        batchTable ??= packShapes(batchShapes());
        const outdir = build.initialOptions.outdir ?? "dist";
        await mkdir(outdir, { recursive: true });
        await writeFile(join(outdir, BATCH_TABLE_FILE), batchTable);
      });
    },
  };
}

// The warm CLI's worker threads run its own worker file (src/cli/checkWorkerFile.ts says why).
const warmWorkerFile: Plugin = {
  name: "warm-worker-file",
  setup(build) {
    build.onLoad({ filter: /[\\/]src[\\/]cli[\\/]checkWorkerFile\.ts$/ }, () => ({
      contents: `export function checkWorkerFile() {\n  return __dirname + "/check-warm-worker.cjs";\n}\n`,
      loader: "js",
    }));
  },
};

// The code cache of the warm CLI (src/cli/warmStart.ts), made by a Node process of its own (V8
// takes a cache only from a process with the same flags as its own; the build's may have others):
// the code compiled as the bin compiles it, `check --jsonl` run on build/warmUpLines.ts on the main
// thread and as a worker answers a task, then the bytecode V8 holds for it written beside it.
const WARM_UP = `
const [file, cache, input] = process.argv.slice(1);
const { readFileSync, writeFileSync } = require("node:fs");
const { dirname } = require("node:path");
const { Script } = require("node:vm");
const script = new Script(readFileSync(file, "utf8"), { filename: file });
const module = { exports: {} };
script.runInThisContext()(module.exports, require, module, file, dirname(file));
const answer = module.exports.checkTaskAnswerer({});
for (let i = 0; i < 3; i++) answer({ block: readFileSync(input), first: true });
module.exports.runProcess(["check", "--jsonl", "--threads", "1", input]).then(() => {
  writeFileSync(cache, script.createCachedData());
  process.exitCode = 0;
});
`;
async function writeWarmCache(): Promise<void> {
  const input = join(tmpdir(), `hdate-warm-up-${process.pid}.jsonl`);
  await writeFile(input, warmUpLines());
  try {
    const { NODE_OPTIONS: _options, ...env } = process.env;
    const run = spawnSync(
      process.execPath,
      ["-e", WARM_UP, here(`dist/${WARM_CODE}`), here(`dist/${WARM_CACHE}`), input],
      { env, stdio: ["ignore", "ignore", "inherit"] },
    );
    if (run.status !== 0) throw new Error(`the warm-up of ${WARM_CODE} failed (exit ${run.status})`);
  } finally {
    await rm(input, { force: true });
  }
}

// bin.cjs's import of the full CLI is the ES module build's cli.js beside it, not a copy bundled in.
const fullCliBeside: Plugin = {
  name: "full-cli-beside",
  setup(build) {
    build.onResolve({ filter: /^\.\/cli\/runProcess\.js$/ }, () => ({ path: "./cli.js", external: true }));
  },
};

const shared: Options = { target: "node20", sourcemap: true };

export default defineConfig([
  // The library for ESM callers: dependencies stay external, installed beside us.
  {
    ...shared,
    // es2022, not node20: for node20 esbuild writes a regex with a lookbehind and \p{…} as
    // `new RegExp(…)`, a call a web page's bundler must keep even where nothing uses the pattern.
    target: "es2022",
    entry: { index: "src/index.ts", listings: "src/listings/index.ts" },
    format: ["esm"],
    dts: true,
    clean: true,
    esbuildPlugins: [lazySunset("own-file"), packedLiterals],
  },
  // The same library for a web page's bundler (the "browser" condition of package.json): the ESM
  // build without the table of shapes (noShapeCache), reading English and Hebrew (englishHebrewOnly);
  // its types are index.d.ts.
  {
    ...shared,
    target: "es2022",
    entry: { browser: "src/index.ts" },
    format: ["esm"],
    esbuildPlugins: [
      lazySunset("own-file"),
      englishHebrewOnly,
      calendarDatesOnly,
      withoutSpeedGates,
      packedLiterals,
      noShapeCache,
    ],
  },
  // "hebrew-date-check/full" for a web page's bundler: the same, with every language.
  {
    ...shared,
    target: "es2022",
    entry: { "browser-full": "src/index.ts" },
    format: ["esm"],
    esbuildPlugins: [lazySunset("own-file"), packedLiterals, noShapeCache],
  },
  // Its sunset engine (see lazySunset), minified: it is parsed at every import. Without a source map:
  // it is nearly all @hebcal's and the polyfill's code, and its map would weigh 750 KB.
  {
    ...shared,
    entry: { "sunset-engine": "build/loadSunsetEngine.ts" },
    format: ["esm"],
    minify: true,
    sourcemap: false,
    noExternal: SUNSET_CODE,
    esbuildPlugins: [noGlobals],
  },
  // The library for CommonJS callers. @hebcal/core and @hebcal/hdate ship ESM only
  // (require() of them fails on Node 20), so this build carries its own copy of them.
  {
    ...shared,
    entry: { index: "src/index.ts", listings: "src/listings/index.ts" },
    format: ["cjs"],
    dts: true,
    noExternal: [/^@hebcal\//, ...SUNSET_CODE],
    esbuildPlugins: [noGlobals, noHebcalLocale, lazySunset("inline"), packedLiterals],
  },
  // The CLI: one minified file (plus lazily loaded chunks) so start-up parses as little as possible.
  {
    target: "node20",
    // check-worker.js: the worker threads of `check --jsonl` (src/cli/checkWorker.ts), loaded beside the chunk that starts them.
    // cli.js: the whole CLI, which bin.cjs loads when its quick answer declines.
    entry: { bin: "src/bin.ts", cli: "src/cli/runProcess.ts", "check-worker": "src/cli/checkWorker.ts" },
    format: ["esm"],
    minify: true,
    splitting: true,
    noExternal: [/.*/],
    banner: { js: "#!/usr/bin/env node" },
    esbuildPlugins: [noGlobals, lazySunset("inline"), oneDateTable("esm"), batchShapeTable("esm")],
  },
  // The bin users run (package.json "bin"): CommonJS in one file, since Node starts a CommonJS file
  // a few milliseconds sooner than an ES module (no module loader to set up), and a one-date answer
  // is little more than a start. It carries the quick answer (src/cli/oneDate.ts) and its table,
  // and imports the ES module CLI above (cli.js) only when that declines.
  {
    target: "node20",
    entry: { bin: "src/bin.ts" },
    format: ["cjs"],
    outExtension: () => ({ js: ".cjs" }),
    minify: true,
    // ASCII source (Hebrew letters written as escapes): V8 scans one-byte source faster than the
    // two-byte text any non-ASCII character turns a whole file into. esbuild's ASCII charset leaves
    // the letters of regular expression literals as they are, so they are escaped after it.
    esbuildOptions(options) {
      options.charset = "ascii";
    },
    onSuccess: async () => {
      const file = here("dist/bin.cjs");
      const source = await readFile(file, "utf8");
      await writeFile(
        file,
        source.replace(/[^\0-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`),
      );
    },
    noExternal: [/.*/],
    banner: { js: "#!/usr/bin/env node" },
    esbuildPlugins: [fullCliBeside, noHebcalLocale, oneDateTable("cjs")],
  },
  // The warm CLI (src/cli/warmStart.ts): the whole CLI in one CommonJS file written as one function
  // expression, which bin.cjs compiles with the code cache made here for `hdate check`, and the file
  // its worker threads run.
  {
    target: "node20",
    entry: { "check-warm": "src/cli/warmEntry.ts" },
    format: ["cjs"],
    outExtension: () => ({ js: ".cjs" }),
    minify: true,
    noExternal: [/.*/],
    banner: { js: "(function (exports, require, module, __filename, __dirname) {" },
    footer: { js: "})" },
    esbuildPlugins: [
      noGlobals,
      lazySunset("inline"),
      oneDateTable("cjs"),
      batchShapeTable("cjs"),
      warmWorkerFile,
    ],
    onSuccess: writeWarmCache,
  },
  {
    target: "node20",
    entry: { "check-warm-worker": "src/cli/checkWarmWorker.ts" },
    format: ["cjs"],
    outExtension: () => ({ js: ".cjs" }),
    minify: true,
    noExternal: [/.*/],
  },
]);
