import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { LineBlocks } from "../../src/cli/lineBlocks.js";

const decoder = new TextDecoder();

function text(blocks: Uint8Array[]): string {
  return blocks.map((block) => decoder.decode(block)).join("");
}

describe("LineBlocks", () => {
  it("gives back every line in order, in UTF-8, whatever the lengths and scripts", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(fc.string({ unit: "grapheme", maxLength: 200 }), fc.constant("י׳ אָב תשע״ח".repeat(3000))),
        ),
        fc.nat(5),
        (lines, takeEvery) => {
          const blocks = new LineBlocks();
          let out = "";
          lines.forEach((line, i) => {
            blocks.add(line);
            if (takeEvery > 0 && i % takeEvery === 0) out += text(blocks.takeFull());
            if (takeEvery === 1) out += text(blocks.takeAll());
          });
          out += text(blocks.takeAll());
          expect(out).toBe(lines.map((line) => `${line}\n`).join(""));
        },
      ),
      { numRuns: 300 },
    );
  });

  it("keeps the block being filled until it is full or everything is taken", () => {
    const blocks = new LineBlocks();
    blocks.add("אב");
    expect(blocks.hasFullBlocks).toBe(false);
    expect(blocks.takeFull()).toEqual([]);
    for (let i = 0; i < 1000; i++) blocks.add("x".repeat(199));
    expect(blocks.hasFullBlocks).toBe(true);
    const full = blocks.takeFull();
    // Whole lines only, a line's worst case (3 bytes a unit) short of 64 KB at most.
    expect(full[0]!.length).toBeGreaterThan(64 * 1024 - 3 * 200);
    expect(full[0]!.length).toBeLessThanOrEqual(64 * 1024);
    const rest = blocks.takeAll();
    expect(full.concat(rest).reduce((sum, block) => sum + block.length, 0)).toBe(5 + 1000 * 200);
    expect(blocks.takeAll()).toEqual([]);
  });

  it("never hands out a block it will write to again", () => {
    const blocks = new LineBlocks();
    blocks.add("first");
    const [taken] = blocks.takeAll();
    blocks.add("second, which must not overwrite the first");
    expect(decoder.decode(taken)).toBe("first\n");
  });

  it("writes a line longer than a block on its own", () => {
    const blocks = new LineBlocks();
    blocks.add("short");
    blocks.add("x".repeat(100_000));
    const taken = blocks.takeAll();
    expect(taken.map((block) => block.length)).toEqual([6, 100_001]);
  });

  it("writes a line given in pieces (text of any script, encoded bytes) as the same line whole", () => {
    const encoder = new TextEncoder();
    const piece = fc.oneof(
      fc.string({ unit: "grapheme", maxLength: 80 }),
      fc.string({ unit: "grapheme", maxLength: 80 }).map((s) => encoder.encode(s)),
      fc.constant("x".repeat(30_000)),
    );
    fc.assert(
      fc.property(fc.array(fc.array(piece, { maxLength: 6 }), { maxLength: 20 }), (lines) => {
        const whole = new LineBlocks();
        const pieces = new LineBlocks();
        for (const line of lines) {
          whole.add(line.map((p) => (typeof p === "string" ? p : decoder.decode(p))).join(""));
          pieces.addPieces(line);
        }
        expect(text(pieces.takeAll())).toBe(text(whole.takeAll()));
      }),
      { numRuns: 300 },
    );
  });
});
