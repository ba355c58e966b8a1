// Preloaded (node -r) into a run of the built bin: at exit, writes to stderr the files of CommonJS
// modules it loaded and whether Node set up its ES module loader (which loading any ES module needs).
process.on("exit", () => {
  const list = process.moduleLoadList;
  process.stderr.write(
    `${JSON.stringify({
      files: Object.keys(require.cache).filter((file) => file !== __filename),
      esmLoader: list.includes("NativeModule internal/modules/esm/loader"),
      builtins: list.length,
    })}\n`,
  );
});
