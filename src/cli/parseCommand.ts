import { type ParseArgsConfig, parseArgs } from "node:util";
import { DateError } from "../errors.js";

type Spec = NonNullable<ParseArgsConfig["options"]>;

/**
 * A command's own arguments read by its own spec, strictly: a usage mistake is a DateError with
 * code `invalid-option` (one line at the terminal, exit 2).
 * @example parseCommand(["--json", "5778"], { json: { type: "boolean" } }).positionals // ["5778"]
 */
export function parseCommand<S extends Spec>(argv: string[], spec: S) {
  try {
    return parseArgs({ args: argv, options: spec, allowPositionals: true, strict: true });
  } catch (error) {
    throw new DateError("invalid-option", (error as Error).message.split("\n")[0]!);
  }
}
