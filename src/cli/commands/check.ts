import type { CliOptions } from "../options.js";
import { type CliIo, EXIT } from "../io.js";

/** `hdate check`: placeholder until the checker lands. */
export async function checkCommand(_options: CliOptions, io: CliIo): Promise<number> {
  io.stderr.write("hdate: check is not built yet\n");
  return EXIT.usage;
}
