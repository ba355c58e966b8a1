import { writeSync } from "node:fs";

/** Where an answer goes: file descriptor writes, and a stream to finish on when they cannot. */
export interface AnswerOut {
  /** Writes from `offset`, returning how many bytes were taken (fs.writeSync on standard output). */
  write(bytes: Uint8Array, offset: number): number;
  /** Writes the rest through a stream that waits until the output can take it (process.stdout). */
  finish(bytes: Uint8Array): void;
}

const STANDARD_OUTPUT: AnswerOut = {
  write: (bytes, offset) => writeSync(1, bytes, offset),
  finish: (bytes) => process.stdout.write(bytes),
};

/**
 * Writes the bin's quick answer to standard output straight through its file descriptor: setting
 * up `process.stdout` (a stream over a file, a pipe or a terminal) costs a one-date run more than
 * the answer itself. A closed pipe (`hdate … | head`) ends the output quietly, as it does for the
 * full CLI.
 * @example writeAnswer("Gregorian: Sunday, 22 July 2018 (2018-07-22)\n…")
 */
export function writeAnswer(text: string, out: AnswerOut = STANDARD_OUTPUT): void {
  const bytes = Buffer.from(text);
  let written = 0;
  try {
    while (written < bytes.length) written += out.write(bytes, written);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    // Standard output left non-blocking by the caller, and full: the stream waits for it.
    if (code === "EAGAIN") out.finish(bytes.subarray(written));
    else if (code !== "EPIPE") throw error;
  }
}
