import { defineConfig } from "tsup";

export default defineConfig([
  // The library for ESM callers: dependencies stay external, installed beside us.
  {
    entry: { index: "src/index.ts" },
    format: ["esm"],
    dts: true,
    sourcemap: true,
    clean: true,
    target: "node20",
  },
  // The library for CommonJS callers. @hebcal/core and @hebcal/hdate ship ESM only
  // (require() of them fails on Node 20), so this build carries its own copy of them.
  {
    entry: { index: "src/index.ts" },
    format: ["cjs"],
    dts: true,
    sourcemap: true,
    target: "node20",
    noExternal: [/^@hebcal\//],
  },
  // The CLI: one minified file (plus lazily loaded chunks) so start-up parses as little as possible.
  {
    entry: { bin: "src/bin.ts" },
    format: ["esm"],
    target: "node20",
    minify: true,
    splitting: true,
    noExternal: [/.*/],
    banner: { js: "#!/usr/bin/env node" },
  },
]);
