import { oneDateShapes } from "./oneDateShapes.js";
import { packShapes } from "./packedShapes.js";

// The table oneDate.ts answers from. Here it is learned from the reader when first imported (tests
// run the source); the CLI build replaces this module with the packed table itself, learned once at
// build time (tsup.config.ts), so that a start-up loads no reader.

/** Shapes of one date, as the reader reads them (see oneDateShapes.ts), packed (packedShapes.ts). */
export const ONE_DATE_TABLE = packShapes(oneDateShapes());
