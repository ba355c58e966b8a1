import type { CheckOptions } from "../check/checkDocument.js";
import { answerBlock, type BlockAnswer } from "./answerBlock.js";
import { checkLineHandler } from "./checkLine.js";
import { errorRecord } from "./commands/batch.js";

/** A block of whole input lines for a worker, and whether it is the input's first. */
export interface CheckTask {
  block: Uint8Array;
  first: boolean;
}

/**
 * What a worker thread of `hdate check --jsonl` does with each task it is given.
 * @example checkTaskAnswerer({})({ block: new TextEncoder().encode('{"text":"10 Av 5778"}\n'), first: true }).kinds // [["unchecked", 1]]
 */
export function checkTaskAnswerer(options: CheckOptions): (task: CheckTask) => BlockAnswer {
  const handle = checkLineHandler(options);
  return (task) => answerBlock(task.block, task.first, handle, errorRecord);
}
