import { version } from "../package.json";
import { answerOneDate } from "./cli/oneDate.js";
import { loadWarm } from "./cli/warmStart.js";
import { writeAnswer } from "./cli/writeAnswer.js";

// One date of a common shape is answered without loading the readers (src/cli/oneDate.ts); the
// full CLI, loaded only otherwise, answers everything else.
const argv = process.argv.slice(2);
// `hdate --version` alone needs no reader either (the bundler keeps only this field of package.json).
const answer =
  argv.length === 1 && (argv[0] === "--version" || argv[0] === "-v") ? `${version}\n` : answerOneDate(argv);
if (answer !== undefined) writeAnswer(answer);
else {
  // A closed pipe (`hdate … | head`) is a normal way for output to end: stop quietly.
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
  });
  // `hdate check` runs from the code cache (src/cli/warmStart.ts) where the bin is CommonJS (bin.cjs,
  // the one users run); the ES module bin has no __dirname, and loads the ES module CLI.
  const warm = argv[0] === "check" && typeof __dirname === "string" ? loadWarm(__dirname) : undefined;
  if (warm !== undefined) void warm.runProcess(argv);
  else void import("./cli/runProcess.js").then(({ runProcess }) => runProcess(argv));
}
