import type { LearnedShape } from "../read/readingShapes.js";

// A table of learned shapes as one string, a line a shape: a string literal of some thousand lines
// costs a start-up next to nothing to load, where as many objects cost milliseconds of parsing and
// garbage collection. Only the lines asked for become objects.
//
// A line: "\n" hash "\t" the shape as JSON, in ASCII (the bin reads the table as one-byte text).
// Shapes that differ only in what a hash cannot see (a weekday kept as written, a year's side of
// 1923) share a hash: each has its line.

const FIELD = "\t";
const LINE = "\n";
const TAB = 9;
const ZERO = 48;

/** JSON with every character past ASCII escaped, so that the line stays one-byte text. */
const asciiJson = (value: unknown): string =>
  JSON.stringify(value).replace(
    /[\u007f-\uffff]/g,
    (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`,
  );

/**
 * The table as one string.
 * @example packShapes([[7, shape]]) // "\n7\t{…}\n"
 */
export function packShapes(table: ReadonlyArray<readonly [number, LearnedShape]>): string {
  let packed = "";
  for (const [hash, shape] of table) packed += `${LINE}${hash}${FIELD}${asciiJson(shape)}`;
  return `${packed}${LINE}`;
}

/**
 * The shapes of a hash in a packed table, in the order they were packed (none when it has none).
 * @example findPackedShapes(packShapes([[7, shape]]), 7) // [shape]
 */
export function findPackedShapes(packed: string, hash: number): LearnedShape[] {
  const found: LearnedShape[] = [];
  const head = `${LINE}${hash}${FIELD}`;
  for (let start = packed.indexOf(head); start >= 0; start = packed.indexOf(head, start + 1)) {
    const end = packed.indexOf(LINE, start + 1);
    found.push(JSON.parse(packed.slice(start + head.length, end)) as LearnedShape);
  }
  return found;
}

/**
 * A finder of the shapes of a hash in a packed table, for a table asked many times: the lines are
 * indexed by hash once (where findPackedShapes searches the whole table at each call), and each
 * line becomes an object only when its hash is asked for.
 * @example packedShapeIndex(packShapes([[7, shape]]))(7) // [shape]
 */
export function packedShapeIndex(packed: string): (hash: number) => LearnedShape[] {
  // Keyed by the hash as a signed 32-bit number, which V8 keeps unboxed (a hash past 2^31 is not).
  const lines = new Map<number, number[]>();
  for (let start = packed.indexOf(LINE); start >= 0 && start + 1 < packed.length; ) {
    let hash = 0;
    let at = start + 1;
    for (let code = packed.charCodeAt(at); code !== TAB && at < packed.length; code = packed.charCodeAt(++at))
      hash = (hash * 10 + code - ZERO) | 0;
    // A line cut short before its shape holds none.
    if (at >= packed.length) break;
    const list = lines.get(hash);
    if (list === undefined) lines.set(hash, [at + 1]);
    else list.push(at + 1);
    start = packed.indexOf(LINE, at);
  }
  return (hash) =>
    (lines.get(hash | 0) ?? []).map(
      (from) => JSON.parse(packed.slice(from, packed.indexOf(LINE, from))) as LearnedShape,
    );
}
