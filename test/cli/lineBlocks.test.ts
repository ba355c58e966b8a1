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

  it("gives a writer room for a line in the block being filled, a new one, or one of its own", () => {
    const blocks = new LineBlocks();
    blocks.add("first");
    const block = blocks.room(100);
    expect(blocks.used).toBe(6);
    block[blocks.used++] = 0x61;
    block[blocks.used++] = 0x0a;
    // No room for 64 KB after the first two lines: that block is closed, a new one begun.
    const next = blocks.room(64 * 1024);
    expect(next).not.toBe(block);
    expect(blocks.used).toBe(0);
    next[blocks.used++] = 0x62;
    next[blocks.used++] = 0x0a;
    // Longer than a block: a block of its own, as long as asked.
    const own = blocks.room(100_000);
    expect(own.length).toBe(100_000);
    own[blocks.used++] = 0x63;
    own[blocks.used++] = 0x0a;
    blocks.add("last");
    expect(text(blocks.takeAll())).toBe("first\na\nb\nc\nlast\n");
  });
});
