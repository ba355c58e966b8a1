// `hdate check` starts from a V8 code cache. Its code (dist/check-warm.cjs, the whole CLI as one
// function expression) is compiled with the bytecode the build kept after a warm-up
// (dist/check-warm.cache), so neither the file nor the functions a check runs are parsed and compiled
// again in each process and each worker thread. The cache is V8's: a Node with another V8, or other
// V8 flags, rejects it, and the code is then compiled as it would be without one. Node 20 has no
// module compile cache, and an ES module cannot be given one: hence the one CommonJS function.

/** The file of the code and the file of its cache, in the folder of the built CLI. */
export const WARM_CODE = "check-warm.cjs";
export const WARM_CACHE = "check-warm.cache";

/** What the warm code exports (src/cli/warmEntry.ts). */
export type WarmExports = typeof import("./warmEntry.js");

/**
 * The warm code of the CLI in `dir`, compiled from its cache where V8 takes it, or undefined when
 * the build made none (the ES module CLI answers then).
 * @example loadWarm(__dirname)?.runProcess(["check", "--jsonl", "pages.jsonl"])
 */
export function loadWarm(dir: string): WarmExports | undefined {
  // Required here, not imported: the bin's quick answer to one date loads no more than it needs.
  const { existsSync, readFileSync } = require("node:fs") as typeof import("node:fs");
  const { join } = require("node:path") as typeof import("node:path");
  const { Script } = require("node:vm") as typeof import("node:vm");
  const file = join(dir, WARM_CODE);
  if (!existsSync(file)) return undefined;
  const cacheFile = join(dir, WARM_CACHE);
  const cachedData = existsSync(cacheFile) ? readFileSync(cacheFile) : undefined;
  const script = new Script(readFileSync(file, "utf8"), { filename: file, cachedData });
  const module = { exports: {} as WarmExports };
  script.runInThisContext()(module.exports, require, module, file, dir);
  return module.exports;
}
