import { type ParseArgsConfig, parseArgs } from "node:util";
import { DateError } from "../errors.js";
import type { CliIo } from "./io.js";

type Spec = NonNullable<ParseArgsConfig["options"]>;

/**
 * A subcommand's argv read against its own spec (positionals allowed, unknown options refused);
 * usage mistakes throw a DateError with code `invalid-option`.
 * @example parseCommandArgs(["--json", "2018"], { json: { type: "boolean" } }).positionals // ["2018"]
 */
export function parseCommandArgs<const S extends Spec>(argv: string[], options: S) {
  try {
    return parseArgs({ args: argv, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new DateError("invalid-option", (error as Error).message.split("\n")[0]!);
  }
}

/**
 * `--lang`: en (the default) or he.
 * @example langOf("he") // "he"
 */
export function langOf(value: string | undefined): "en" | "he" {
  if (value === undefined) return "en";
  if (value === "en" || value === "he") return value;
  throw new DateError("invalid-option", `--lang takes en or he, not "${value}"`);
}

/**
 * Whether output may carry color and other styling: standard output is a terminal and NO_COLOR
 * (https://no-color.org) is unset or empty.
 * @example colorAllowed({ ...io, stdout: { write, isTTY: false } }) // false
 */
export function colorAllowed(io: CliIo, env: NodeJS.ProcessEnv = process.env): boolean {
  const noColor = env.NO_COLOR;
  return io.stdout.isTTY === true && (noColor === undefined || noColor === "");
}
