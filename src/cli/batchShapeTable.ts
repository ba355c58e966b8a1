import { batchShapes } from "./batchShapes.js";
import { packShapes } from "./packedShapes.js";

// The table a `hdate --jsonl` batch starts with. Here it is learned from the reader on first use
// (tests run the source); the CLI build replaces this module with one that reads the packed table
// from the file the build wrote beside the bin (tsup.config.ts), so that a batch reads no sample.

let table: string | undefined;

/**
 * Shapes of dates written one a line, as the reader reads them (see batchShapes.ts), packed (packedShapes.ts).
 * @example packedShapeIndex(batchShapeTable())(shapeHash("4th of Av, 5600"))[0]?.month // 5
 */
export function batchShapeTable(): string {
  table ??= packShapes(batchShapes());
  return table;
}
