import { version } from "../../package.json";
import { errorLine } from "./errorLine.js";
import { HELP } from "./help.js";
import { type CliIo, EXIT } from "./io.js";
import { parseCliOptions } from "./options.js";

/** One line on stderr: the problem, and what might have been meant. */
function reportError(error: unknown, io: CliIo): number {
  io.stderr.write(errorLine(error));
  return EXIT.usage;
}

/**
 * Runs the CLI on arguments and streams, returning the exit status; it never exits the process.
 * @example await run(["10 Av 5778", "--json"], io) // 0, with the JSON on io.stdout
 */
export async function run(argv: string[], io: CliIo): Promise<number> {
  try {
    // Commands with options of their own read their argv themselves (the word comes first).
    switch (argv[0]) {
      case "cal": {
        const { calCommand } = await import("./commands/cal.js");
        return await calCommand(argv.slice(1), io);
      }
      case "days": {
        const { daysCommand } = await import("./commands/days.js");
        return await daysCommand(argv.slice(1), io);
      }
      case "holidays": {
        const { holidaysCommand } = await import("./commands/holidays.js");
        return await holidaysCommand(argv.slice(1), io);
      }
      case "anniversary": {
        const { anniversaryCommand } = await import("./commands/anniversary.js");
        return await anniversaryCommand(argv.slice(1), io);
      }
    }
    const options = parseCliOptions(argv);
    switch (options.command) {
      case "help":
        io.stdout.write(HELP);
        return EXIT.ok;
      case "version":
        io.stdout.write(`${version}\n`);
        return EXIT.ok;
      case "check": {
        const { checkCommand } = await import("./commands/check.js");
        return await checkCommand(options, io);
      }
      default: {
        if (options.jsonl) {
          const { convertBatchCommand } = await import("./commands/batch.js");
          return await convertBatchCommand(options, io);
        }
        const { convertCommand } = await import("./commands/convert.js");
        return await convertCommand(options.words, options, io);
      }
    }
  } catch (error) {
    return reportError(error, io);
  }
}
