import type { Readable } from "node:stream";

/** The streams a CLI run reads and writes; tests pass fakes, the bin passes the process's own. */
export interface CliIo {
  /** Batches write UTF-8 bytes; everything else writes strings. */
  stdout: { write(chunk: string | Uint8Array): unknown; isTTY?: boolean };
  stderr: { write(chunk: string): unknown; isTTY?: boolean };
  stdin: Readable & { isTTY?: boolean };
  /** Reads a whole file as UTF-8 (fs.readFile in the bin). */
  readFile(path: string): Promise<string>;
  /** Opens a file as a stream, with its size for progress. */
  openFile(path: string): Promise<{ stream: Readable; size: number }>;
  /** Resolves when stdout can take more after a write returned false. */
  drain?(): Promise<void>;
}

/** Exit statuses: 0 fine or consistent, 1 an inconsistency was found, 2 bad input or usage. */
export const EXIT = { ok: 0, inconsistent: 1, usage: 2 } as const;
