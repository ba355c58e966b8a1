import { isMainThread, parentPort, Worker, workerData } from "node:worker_threads";
import type { CheckOptions } from "../check/checkDocument.js";
import { checkWorkerFile } from "./checkWorkerFile.js";
import type { WorkerLike } from "./orderedPool.js";
import { serveCheckTasks } from "./serveCheckTasks.js";

// The worker threads of `hdate check --jsonl`: how the main thread starts one, and, inside it, the
// loop that answers its tasks. The build makes this file dist/check-worker.js, beside the chunk that
// starts it. Tests run the same answers in-process (checkTaskAnswerer) and the threads end to end.

/** Starts a worker thread answering check tasks with these options. */
export function startCheckWorker(options: CheckOptions): WorkerLike {
  return new Worker(checkWorkerFile(), {
    workerData: { hdateCheckOptions: options },
    // A smaller young generation than V8's default: on the bench pages it took peak RSS with two
    // threads from ≈ 195 to ≈ 150 MB (20 MB of input) for the same CPU time.
    resourceLimits: { maxYoungGenerationSizeMb: 8 },
  });
}

const port = parentPort;
if (!isMainThread && port !== null && workerData?.hdateCheckOptions !== undefined)
  serveCheckTasks(port, workerData.hdateCheckOptions as CheckOptions);
