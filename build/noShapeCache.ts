import type { LearnedShape } from "../src/read/readingShapes.js";
import type { SingleReading } from "../src/read/readOneDate.js";

// The browser build's stand-in for src/read/readingShapes.ts: that table answers a string from the
// reading of another of the same shape, a speed-up for batches of many dates (≈ 6 KB of a web page's
// bundle). Without it every string goes to the reader, behind the cache of exact strings, and reads
// the same: the table only ever repeats the reader's answers.

/** A ShapeTable that learns nothing. */
export class ShapeTable {
  learn(_text: string, _reading: SingleReading): void {}

  learned(): Array<[number, LearnedShape]> {
    return [];
  }

  teach(_hash: number, _learned: LearnedShape): void {}

  consult(_find: (hash: number) => LearnedShape[]): void {}

  read(_text: string): SingleReading | undefined {
    return undefined;
  }
}
