import { availableParallelism } from "node:os";
import type { Readable } from "node:stream";
import { answerBlock, type BlockAnswer } from "../answerBlock.js";
import { checkLineHandler } from "../checkLine.js";
import type { CheckTask } from "../checkTask.js";
import { type CliIo, EXIT } from "../io.js";
import { LineFramer } from "../lineFramer.js";
import { type CliOptions, checkOptionsOf } from "../options.js";
import { OrderedPool, type WorkerLike } from "../orderedPool.js";
import { startProgress } from "../progress.js";
import { errorRecord, openInput, streamLines, summaryLine } from "./batch.js";

/** How the threaded run is cut up; tests make it small, and give workers that run in-process. */
export interface CheckBatchTuning {
  /** Starts one worker (default: a worker thread running dist/check-worker.js). */
  startWorker?: (options: ReturnType<typeof checkOptionsOf>) => WorkerLike;
  /** Input bytes in a block handed to a worker (default 128 KB: a few dozen pages). */
  blockBytes?: number;
  /** An input at least this large goes to worker threads unless `--threads` says (default 128 MiB). */
  threadsFromBytes?: number;
}

// Each worker loads and warms up on its own (its optimising compiler too, which no cache holds): on
// two cores, two threads cost 1–4 CPU seconds more than one at 5–80 MB, and on a busy machine they
// were slower than one thread up to 80 MB, faster at 200 MB (docs/performance.md). On free cores they
// pay from about 20–30 MB; the default takes the busy machine's side, as `--threads` can overrule it.
const THREADS_FROM_BYTES = 128 * 1024 * 1024;
const BLOCK_BYTES = 128 * 1024;

/** `hdate check --jsonl`: one JSON document with a `text` field per line, one report per line; other fields are carried over. */
export async function checkBatchCommand(
  options: CliOptions,
  io: CliIo,
  tuning: CheckBatchTuning = {},
): Promise<number> {
  const checkOptions = checkOptionsOf(options);
  // A bad option is a usage error before the first line, not an error record on every line.
  const handle = checkLineHandler(checkOptions);
  const threads = options.threads ?? availableParallelism();
  // At a terminal each line is answered as soon as it is read.
  const interactive = io.stdout.isTTY === true || io.stdin.isTTY === true;
  if (interactive || threads < 2) return streamLines(options, io, handle);
  const input = await openInput(options, io);
  const threadsFromBytes = tuning.threadsFromBytes ?? THREADS_FROM_BYTES;
  if (options.threads === undefined && input.size !== undefined && input.size < threadsFromBytes)
    return streamLines(options, io, handle, input);
  // Standard input, whose size is not known, is answered here until enough has come to be worth threads.
  const hereUntil = options.threads === undefined && input.size === undefined ? threadsFromBytes : 0;
  return checkInThreads(options, io, input, {
    checkOptions,
    threads,
    hereUntil,
    blockBytes: tuning.blockBytes ?? BLOCK_BYTES,
    startWorker: tuning.startWorker ?? (await import("../checkWorker.js")).startCheckWorker,
    answerHere: (task) => answerBlock(task.block, task.first, handle, errorRecord),
  });
}

interface ThreadPlan {
  checkOptions: ReturnType<typeof checkOptionsOf>;
  threads: number;
  hereUntil: number;
  blockBytes: number;
  startWorker: NonNullable<CheckBatchTuning["startWorker"]>;
  answerHere: (task: CheckTask) => BlockAnswer;
}

/**
 * The lines of the input cut into blocks, answered by worker threads, and written in input order:
 * the same bytes as one thread writes. At most three blocks a thread are in flight, and reading waits
 * for writing, so memory stays flat.
 */
async function checkInThreads(
  options: CliOptions,
  io: CliIo,
  input: { stream: Readable; size?: number },
  plan: ThreadPlan,
): Promise<number> {
  const { stream, size } = input;
  const showProgress = !options.quiet && !options.json && io.stderr.isTTY === true && size !== undefined;
  const progress = showProgress ? startProgress(io.stderr, size) : undefined;
  const counts = new Map<string, number>();
  let flagged = false;
  let bytes = 0;
  const write = async (answer: BlockAnswer): Promise<void> => {
    flagged ||= answer.flagged;
    for (const [kind, count] of answer.kinds) counts.set(kind, (counts.get(kind) ?? 0) + count);
    if (answer.output.length > 0 && io.stdout.write(answer.output) === false) await io.drain?.();
    bytes += answer.bytes;
    progress?.update(bytes);
  };
  const framer = new LineFramer();
  let pool: OrderedPool<CheckTask, BlockAnswer> | undefined;
  let first = true;
  let read = 0;
  const send = async (block: Uint8Array): Promise<void> => {
    const task = { block, first };
    first = false;
    if (pool === undefined) await write(plan.answerHere(task));
    else await pool.submit(task, [block.buffer as ArrayBuffer]);
  };
  try {
    for await (const data of stream) {
      const chunk: Uint8Array = typeof data === "string" ? Buffer.from(data) : data;
      framer.push(chunk);
      read += chunk.length;
      if (pool === undefined && read >= plan.hereUntil) {
        const workers = Array.from({ length: plan.threads }, () => plan.startWorker(plan.checkOptions));
        // Each worker holds its next block while it answers one; a third a thread is answered and
        // waiting, or read and queued.
        pool = new OrderedPool(workers, plan.threads * 3, write, 2);
      }
      if (pool === undefined) {
        const block = framer.takeWhole();
        if (block !== undefined) await send(block);
      } else
        for (
          let block = framer.take(plan.blockBytes);
          block !== undefined;
          block = framer.take(plan.blockBytes)
        )
          await send(block);
    }
    const last = framer.end();
    if (last !== undefined) await send(last);
  } finally {
    await pool?.finish();
  }
  progress?.done(bytes);
  // The tally goes to standard error, so standard output keeps exactly one line per input line.
  if (options.summary || (showProgress && !options.quiet)) io.stderr.write(summaryLine(counts));
  return flagged ? EXIT.inconsistent : EXIT.ok;
}
