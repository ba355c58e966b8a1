import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    testTimeout: 60_000,
    hookTimeout: 240_000,
    coverage: {
      provider: "v8",
      include: ["src/**/*.ts"],
      // The bin file only wires process streams to run(), and checkWorker.ts a worker thread's port to
      // checkTaskAnswerer (tested in-process); the built binary's tests exercise both.
      exclude: ["src/bin.ts", "src/cli/checkWorker.ts"],
      reporter: ["text-summary", "json-summary"],
      thresholds: { lines: 95, branches: 95, functions: 95, statements: 95 },
    },
  },
});
