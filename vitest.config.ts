import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // One seed for every property (test/support/propertySeed.ts): the same answer on every run.
    setupFiles: ["test/support/propertySeed.ts"],
    // Generous: on a shared machine at load 15–24 a few heavy tests (scale, hebrewYears, the tmux
    // grid) passed 60 s; a limit only matters for a test that hangs, and none is timed.
    testTimeout: 180_000,
    hookTimeout: 240_000,
    coverage: {
      provider: "v8",
      include: ["src/**/*.ts"],
      // The bin file and runProcess.ts only wire process streams to run(), and checkWorker.ts a worker thread's port to
      // checkTaskAnswerer (tested in-process); the built binary's tests exercise both.
      // The browser page's DOM code (src/web/page/) runs only inside Chromium, where v8 coverage of
      // Node cannot see it: test/web/page.test.ts drives it there; its pure functions (src/web/*.ts)
      // are tested and counted here.
      exclude: ["src/bin.ts", "src/cli/runProcess.ts", "src/cli/checkWorker.ts", "src/web/page/**"],
      reporter: ["text-summary", "json-summary"],
      thresholds: { lines: 95, branches: 95, functions: 95, statements: 95 },
    },
  },
});
