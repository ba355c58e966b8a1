import { Readable } from "node:stream";
import type { CliIo } from "../../src/cli/io.js";

const decoder = new TextDecoder();

/** What a write to stdout said: batches write UTF-8 blocks of whole lines, other commands strings. */
export function textOf(chunk: string | Uint8Array): string {
  return typeof chunk === "string" ? chunk : decoder.decode(chunk);
}

/** A CLI io whose output is collected in strings, with files served from a map. */
export function fakeIo(
  files: Record<string, string> = {},
  stdin = "",
  options: { stderrIsTTY?: boolean } = {},
) {
  const out = { stdout: "", stderr: "" };
  const io: CliIo = {
    stdout: {
      write: (chunk: string | Uint8Array) => {
        out.stdout += textOf(chunk);
        return true;
      },
    },
    stderr: {
      write: (chunk: string) => {
        out.stderr += chunk;
        return true;
      },
      isTTY: options.stderrIsTTY ?? false,
    },
    stdin: Readable.from([Buffer.from(stdin)]),
    readFile: async (path) => {
      const content = files[path];
      if (content === undefined) throw Object.assign(new Error(`ENOENT: ${path}`), { code: "ENOENT" });
      return content;
    },
    openFile: async (path) => {
      const content = files[path];
      if (content === undefined) throw Object.assign(new Error(`ENOENT: ${path}`), { code: "ENOENT" });
      return { stream: Readable.from([Buffer.from(content)]), size: Buffer.byteLength(content) };
    },
  };
  return { io, out };
}
