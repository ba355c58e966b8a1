import { readFile } from "node:fs/promises";
import { run } from "./cli/main.js";

// A closed pipe (`hdate … | head`) is a normal way for output to end: stop quietly.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
});

run(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  stdin: process.stdin,
  readFile: (path) => readFile(path, "utf8"),
}).then((code) => {
  process.exitCode = code;
});
