import { once } from "node:events";
import { createReadStream } from "node:fs";
import { readFile, stat } from "node:fs/promises";
import { run } from "./main.js";

/**
 * The full CLI on this process's arguments and streams, setting its exit status (the bin loads it
 * when oneDate.ts declines).
 * @example await runProcess(["check", "page.txt"])
 */
export async function runProcess(argv: string[]): Promise<void> {
  process.exitCode = await run(argv, {
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
  });
}
