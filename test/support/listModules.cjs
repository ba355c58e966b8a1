// Preloaded (node -r) into a run of the built bin: at exit, writes to stderr the files of CommonJS
// modules it loaded, whether Node set up its ES module loader (which loading any ES module needs),
// how many of Node's own modules it loaded, and which of those that stand behind process.stdout.
// It writes through the file descriptor: process.stderr would load the stream modules it counts.
const { writeSync } = require("node:fs");

process.on("exit", () => {
  const list = process.moduleLoadList;
  writeSync(
    2,
    `${JSON.stringify({
      files: Object.keys(require.cache).filter((file) => file !== __filename),
      esmLoader: list.includes("NativeModule internal/modules/esm/loader"),
      builtins: list.length,
      streams: list.filter((name) => /^NativeModule (net|tty|internal\/fs\/sync_write_stream)$/.test(name)),
    })}\n`,
  );
});
