import type { Readable } from "node:stream";
import { checkTimeZone } from "../../calendars/zonedDay.js";
import { dateLineWriter } from "../../convert/dateLine.js";
import { conversionJson } from "../../convert/resultJson.js";
import { DateError, isDateError } from "../../errors.js";
import { toReferenceDayNumber } from "../../read/index.js";
import { shapesLearnedUnder } from "../../read/readOneDate.js";
import { safeText } from "../../safeText.js";
import { BATCH_SHAPE_OPTIONS } from "../batchShapes.js";
import { batchShapeTable } from "../batchShapeTable.js";
import { type CliIo, EXIT } from "../io.js";
import { LineBlocks } from "../lineBlocks.js";
import { readLines } from "../lineReader.js";
import { type CliOptions, locationOf } from "../options.js";
import { packedShapeIndex } from "../packedShapes.js";
import { startProgress } from "../progress.js";
import { converterOf } from "./convert.js";

/** The result of one input line: its output line (JSON), whether it counts against a clean exit, and what it was (for the summary). */
export interface LineOutcome {
  /** The line, or null when the handler wrote it into the blocks itself (date lines: src/convert/dateLine.ts). */
  json: string | null;
  flagged: boolean;
  /** A document's verdict, `converted`, or `error`. */
  kind: string;
}

/** A line answered as a string, as a check line always is (only date lines write their own bytes). */
export type TextLineOutcome = LineOutcome & { json: string };

/** The order kinds are named in the summary line. */
const KINDS = ["consistent", "inconsistent", "unchecked", "no-dates", "converted", "error"];

/** "1000 lines: 600 consistent, 50 inconsistent, 300 unchecked, 40 no-dates, 10 errors". */
export function summaryLine(counts: ReadonlyMap<string, number>): string {
  let lines = 0;
  for (const count of counts.values()) lines += count;
  const parts = KINDS.filter((kind) => counts.has(kind)).map((kind) => {
    const count = counts.get(kind)!;
    return kind === "error" ? `${count} error${count === 1 ? "" : "s"}` : `${count} ${kind}`;
  });
  return `hdate: ${lines} line${lines === 1 ? "" : "s"}${parts.length > 0 ? `: ${parts.join(", ")}` : ""}\n`;
}

export function errorRecord(error: unknown): TextLineOutcome {
  const body = isDateError(error)
    ? error.toJSON()
    : { code: "unreadable", message: safeText(error instanceof Error ? error.message : String(error)) };
  return { json: JSON.stringify({ error: body }), flagged: true, kind: "error" };
}

export async function openInput(
  options: CliOptions,
  io: CliIo,
): Promise<{ stream: Readable; size?: number }> {
  const source = options.words[0] ?? "-";
  if (options.words.length > 1)
    throw new DateError("invalid-option", "--jsonl reads one FILE or - (standard input)");
  if (source === "-") return { stream: io.stdin };
  try {
    return await io.openFile(source);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new DateError(
      "unreadable",
      `cannot read ${source}: ${code === "ENOENT" ? "no such file" : (error as Error).message}`,
      { input: source },
    );
  }
}

/**
 * Streams lines through `handle`, one output line per input line in the same order, in constant
 * memory (one chunk of input and one block of output at a time; writes wait for the output to drain). Output goes out
 * in blocks (one write per line cost more than the conversions), except at a terminal, where each
 * line appears as soon as it is answered.
 */
export async function streamLines(
  options: CliOptions,
  io: CliIo,
  handle: (line: string, blocks: LineBlocks) => LineOutcome,
  input?: { stream: Readable; size?: number },
): Promise<number> {
  const { stream, size } = input ?? (await openInput(options, io));
  const showProgress = !options.quiet && !options.json && io.stderr.isTTY === true && size !== undefined;
  const progress = showProgress ? startProgress(io.stderr, size) : undefined;
  let flagged = false;
  let bytes = 0;
  const counts = new Map<string, number>();
  const interactive = io.stdout.isTTY === true || io.stdin.isTTY === true;
  const pending = new LineBlocks();
  const write = async (blocks: Uint8Array[]): Promise<void> => {
    for (const block of blocks) {
      if (io.stdout.write(block) === false) await io.drain?.();
    }
  };
  for await (const batch of readLines(stream)) {
    for (const line of batch.lines) {
      let outcome: LineOutcome;
      try {
        outcome = handle(line, pending);
      } catch (error) {
        outcome = errorRecord(error);
      }
      flagged ||= outcome.flagged;
      counts.set(outcome.kind, (counts.get(outcome.kind) ?? 0) + 1);
      if (outcome.json !== null) pending.add(outcome.json);
      if (interactive) await write(pending.takeAll());
    }
    if (pending.hasFullBlocks) await write(pending.takeFull());
    bytes += batch.bytes;
    progress?.update(bytes);
  }
  await write(pending.takeAll());
  progress?.done(bytes);
  // The tally goes to standard error, so standard output keeps exactly one line per input line.
  if (options.summary || (showProgress && !options.quiet)) io.stderr.write(summaryLine(counts));
  return flagged ? EXIT.inconsistent : EXIT.ok;
}

/** Today's UTC day as YYYY-MM-DD, the reference convertDate would take. */
function todayIso(): string {
  return new Date().toISOString().slice(0, 10);
}

/** A date line the writer put into the blocks itself (one object for every line: nothing to allocate). */
const WRITTEN: LineOutcome = { json: null, flagged: false, kind: "converted" };

/** `hdate --jsonl`: one date per input line, one JSON conversion (or error record) per output line. */
export async function convertBatchCommand(options: CliOptions, io: CliIo): Promise<number> {
  // A bad option is a usage error before the first line, not an error record on every line.
  if (options.convert.timeZone !== undefined) checkTimeZone(options.convert.timeZone);
  toReferenceDayNumber(options.convert.reference);
  // Today is taken once, not per line: a batch that runs past midnight keeps one reference.
  const convertOptions = { ...options.convert, reference: options.convert.reference ?? todayIso() };
  if (locationOf(options) === undefined) {
    // Under the options its table was learned under, the batch starts with the shapes of the
    // common forms (batchShapes.ts): their first strings are not read by the whole reader, cold.
    const numericOrder = convertOptions.numericOrder ?? "auto";
    const israel = convertOptions.israel === true;
    if (numericOrder === BATCH_SHAPE_OPTIONS.numericOrder && israel === BATCH_SHAPE_OPTIONS.israel) {
      const referenceDayNumber = toReferenceDayNumber(convertOptions.reference);
      shapesLearnedUnder({ referenceDayNumber, numericOrder, israel }).consult(
        packedShapeIndex(batchShapeTable()),
      );
    }
    const line = dateLineWriter(convertOptions);
    return streamLines(options, io, (text, blocks) => {
      line(text, blocks);
      return WRITTEN;
    });
  }
  const convert = await converterOf({ ...options, convert: convertOptions });
  return streamLines(options, io, (line) => ({
    json: conversionJson(convert(line)),
    flagged: false,
    kind: "converted",
  }));
}
