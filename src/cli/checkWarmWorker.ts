import { parentPort, workerData } from "node:worker_threads";
import { loadWarm } from "./warmStart.js";

// A worker thread of the warm CLI (dist/check-warm-worker.cjs): the check code compiled from the
// code cache (warmStart.ts), as on the main thread, then its loop over the tasks.
const warm = loadWarm(__dirname);
// A worker without its code would leave its tasks unanswered; failing, it fails the run.
if (warm === undefined) throw new Error("the warm CLI's code is missing beside its worker file");
if (parentPort !== null) warm.serveCheckTasks(parentPort, workerData.hdateCheckOptions);
