// The file a worker thread of `hdate check --jsonl` runs: the ES module build's check-worker.js,
// beside the chunk that starts it. The warm build of the CLI (warmStart.ts) replaces this module by
// one naming its own worker file, check-warm-worker.cjs (tsup.config.ts).

/** The worker thread's file. */
export function checkWorkerFile(): URL | string {
  return new URL("./check-worker.js", import.meta.url);
}
