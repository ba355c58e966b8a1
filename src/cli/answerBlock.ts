import type { TextLineOutcome } from "./commands/batch.js";

// The answer to a block of whole lines (see LineFramer), made the same way on the main thread and in
// a worker: lines are cut and decoded as readLines does ("\r" before "\n" dropped, a byte order mark
// at the very start of the input not part of the text), each line answered, and the output lines
// encoded at once into one buffer that can be moved back to the main thread.

const NEWLINE = 10;
const CARRIAGE_RETURN = 13;
const encoder = new TextEncoder();

/** What a block of lines came to: its output bytes, and what the summary and exit status need. */
export interface BlockAnswer {
  output: Uint8Array;
  /** Input bytes of the block (for progress). */
  bytes: number;
  /** How many lines of each kind (`consistent`, …, `error`), as [kind, count] pairs. */
  kinds: Array<[string, number]>;
  /** Whether some line counts against a clean exit. */
  flagged: boolean;
}

/**
 * Answers every line of a block, in order: one output line each, an error record where a line fails.
 * @example answerBlock(new TextEncoder().encode("a\nb\n"), false, handle).output // two lines
 */
export function answerBlock(
  block: Uint8Array,
  first: boolean,
  handle: (line: string) => TextLineOutcome,
  errorRecord: (error: unknown) => TextLineOutcome,
): BlockAnswer {
  const bytes = Buffer.from(block.buffer, block.byteOffset, block.length);
  const json: string[] = [];
  const kinds = new Map<string, number>();
  let flagged = false;
  for (let start = 0; start < bytes.length; ) {
    let end = bytes.indexOf(NEWLINE, start);
    const next = end === -1 ? bytes.length : end + 1;
    if (end === -1) end = bytes.length;
    if (end > start && bytes[end - 1] === CARRIAGE_RETURN) end--;
    let line = bytes.toString("utf8", start, end);
    if (first && start === 0 && line.charCodeAt(0) === 0xfeff) line = line.slice(1);
    let outcome: TextLineOutcome;
    try {
      outcome = handle(line);
    } catch (error) {
      outcome = errorRecord(error);
    }
    flagged ||= outcome.flagged;
    kinds.set(outcome.kind, (kinds.get(outcome.kind) ?? 0) + 1);
    json.push(outcome.json);
    start = next;
  }
  json.push("");
  return { output: encoder.encode(json.join("\n")), bytes: bytes.length, kinds: [...kinds], flagged };
}
