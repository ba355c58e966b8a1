import type { MessagePort } from "node:worker_threads";
import type { CheckOptions } from "../check/checkDocument.js";
import type { CheckTask } from "./checkTask.js";
import { checkTaskAnswerer } from "./checkTask.js";

/**
 * Inside a worker thread of `hdate check --jsonl`: answers each task posted to it, in order, and
 * moves each answer's bytes back.
 * @example serveCheckTasks(parentPort!, workerData.hdateCheckOptions)
 */
export function serveCheckTasks(port: MessagePort, options: CheckOptions): void {
  const answer = checkTaskAnswerer(options);
  port.on("message", (task: CheckTask) => {
    const answered = answer(task);
    port.postMessage(answered, [answered.output.buffer as ArrayBuffer]);
  });
}
