import { once } from "node:events";
import { createReadStream } from "node:fs";
import { readFile, stat } from "node:fs/promises";
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
  openFile: async (path) => {
    const info = await stat(path);
    if (info.isDirectory()) throw Object.assign(new Error(`${path} is a directory`), { code: "EISDIR" });
    const size = info.size;
    const stream = createReadStream(path);
    await once(stream, "open");
    return { stream, size };
  },
  drain: async () => {
    await once(process.stdout, "drain");
  },
}).then((code) => {
  process.exitCode = code;
});
