import { describe, expect, it } from "vitest";
import { findPackedShapes, packedShapeIndex, packShapes } from "../../src/cli/packedShapes.js";
import { ShapeTable, shapeHash } from "../../src/read/readingShapes.js";
import { readAnew } from "../../src/read/readOneDate.js";

const OPTIONS = { referenceDayNumber: 739_617, numericOrder: "auto", israel: false } as const;

/** The shapes a table learns from the reader's readings of these strings. */
function learnedFrom(...texts: string[]) {
  const table = new ShapeTable();
  for (const text of texts) table.learn(text, readAnew(text, OPTIONS));
  return table.learned();
}

describe("packShapes and findPackedShapes", () => {
  const [av] = learnedFrom("10 Av 5778");
  const [sunday] = learnedFrom("Sunday, July 22, 2018");
  const packed = packShapes([av!, sunday!]);

  it("packs a shape a line, its hash first", () => {
    expect(packShapes([av!])).toBe(`\n${av![0]}\t${JSON.stringify(av![1])}\n`);
    expect(av![0]).toBe(shapeHash("10 Av 5778"));
  });

  it("gives back each shape as it was packed, with and without a weekday", () => {
    expect(findPackedShapes(packed, av![0])).toEqual([av![1]]);
    expect(findPackedShapes(packed, sunday![0])).toEqual([sunday![1]]);
  });

  it("gives back every shape of a hash, in the order packed (shapes may share one)", () => {
    const other = { ...av![1], leap: true };
    expect(findPackedShapes(packShapes([av!, sunday!, [av![0], other]]), av![0])).toEqual([av![1], other]);
  });

  it("finds no shape for a hash it does not hold, nor for a part of one", () => {
    expect(findPackedShapes(packed, shapeHash("10 av 5778"))).toEqual([]);
    expect(findPackedShapes(packed, Number(String(av![0]).slice(0, 4)))).toEqual([]);
  });

  it("keeps a line in ASCII, whatever the shape holds", () => {
    const shape = { ...av![1], sample: "10 Av 5778\u05d0" };
    const line = packShapes([[1, shape]]);
    expect(/^[\x00-\x7f]*$/.test(line)).toBe(true);
    expect(findPackedShapes(line, 1)).toEqual([shape]);
  });

  it("indexes a table once and answers as findPackedShapes does, hashes past 2^31 included", () => {
    const other = { ...av![1], leap: true };
    const table = packShapes([av!, sunday!, [av![0], other], [0xfffffffe, av![1]]]);
    const find = packedShapeIndex(table);
    for (const hash of [av![0], sunday![0], 0xfffffffe, shapeHash("10 av 5778")])
      expect(find(hash)).toEqual(findPackedShapes(table, hash));
    expect(find(av![0])).toEqual([av![1], other]);
    expect(find(0xfffffffe)).toEqual([av![1]]);
    // Each call gives objects of its own.
    expect(find(av![0])[0]).not.toBe(find(av![0])[0]);
  });

  it("indexes an empty table, and one cut short, without looping", () => {
    expect(packedShapeIndex("")(1)).toEqual([]);
    expect(packedShapeIndex("\n")(1)).toEqual([]);
    expect(packedShapeIndex("\n123")(123)).toEqual([]);
  });
});
