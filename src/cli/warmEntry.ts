// What the warm code of the CLI (dist/check-warm.cjs, see warmStart.ts) gives its loaders: the bin
// runs the CLI, a worker thread answers check tasks, and the build warms it up before it keeps the
// compiled code.
export { checkTaskAnswerer } from "./checkTask.js";
export { runProcess } from "./runProcess.js";
export { serveCheckTasks } from "./serveCheckTasks.js";
