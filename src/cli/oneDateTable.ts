import { oneDateShapes } from "./oneDateShapes.js";
import { packShapes } from "./packedShapes.js";

// The table oneDate.ts answers from. Here it is learned from the reader on first use (tests run the
// source); the CLI build replaces this module with one that reads the packed table from the file
// the build wrote beside the bin (tsup.config.ts), so that a start-up loads no reader.

let table: string | undefined;

/**
 * Shapes of one date, as the reader reads them (see oneDateShapes.ts), packed (packedShapes.ts).
 * @example findPackedShapes(oneDateTable(), shapeHash("10 Av 5778"))[0]?.month // 5
 */
export function oneDateTable(): string {
  table ??= packShapes(oneDateShapes());
  return table;
}
