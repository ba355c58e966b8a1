import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { LineFramer } from "../../src/cli/lineFramer.js";

const bytes = (text: string) => new TextEncoder().encode(text);
const text = (block: Uint8Array | undefined) =>
  block === undefined ? undefined : new TextDecoder().decode(block);

describe("LineFramer", () => {
  it("takes blocks of at least so many bytes, ending at the first line end from there", () => {
    const framer = new LineFramer();
    framer.push(bytes("aa\nbbbb\ncc"));
    expect(text(framer.take(4))).toBe("aa\nbbbb\n");
    expect(framer.take(1)).toBeUndefined();
    framer.push(bytes("c\nd"));
    expect(text(framer.take(1))).toBe("ccc\n");
    expect(text(framer.end())).toBe("d");
    expect(framer.end()).toBeUndefined();
  });

  it("takes every whole line at once, and nothing while no line is whole", () => {
    const framer = new LineFramer();
    expect(framer.takeWhole()).toBeUndefined();
    framer.push(bytes("one "));
    framer.push(new Uint8Array(0));
    expect(framer.takeWhole()).toBeUndefined();
    framer.push(bytes("line\ntwo\nthr"));
    framer.push(bytes("ee"));
    expect(text(framer.takeWhole())).toBe("one line\ntwo\n");
    expect(framer.takeWhole()).toBeUndefined();
    framer.push(bytes("\n"));
    expect(text(framer.takeWhole())).toBe("three\n");
    expect(framer.end()).toBeUndefined();
  });

  it("keeps a character whose bytes come in two chunks whole", () => {
    const framer = new LineFramer();
    const line = bytes("10 באב\n");
    framer.push(line.subarray(0, 4));
    expect(framer.take(1)).toBeUndefined();
    framer.push(line.subarray(4));
    expect(text(framer.take(1))).toBe("10 באב\n");
  });

  it("copies what it keeps, so the stream may reuse its buffer", () => {
    const framer = new LineFramer();
    const chunk = bytes("ab");
    framer.push(chunk);
    chunk.fill(120);
    expect(text(framer.end())).toBe("ab");
  });

  it("cuts any chunking of any lines into the same lines, in order", () => {
    fc.assert(
      fc.property(
        fc.array(fc.stringMatching(/^[a-zא-ת\n]{0,12}$/), { maxLength: 12 }),
        fc.integer({ min: 1, max: 9 }),
        fc.boolean(),
        (pieces, minBytes, whole) => {
          const framer = new LineFramer();
          let out = "";
          for (const piece of pieces) {
            framer.push(bytes(piece));
            if (whole) out += text(framer.takeWhole()) ?? "";
            else
              for (let block = framer.take(minBytes); block; block = framer.take(minBytes))
                out += text(block);
          }
          out += text(framer.end()) ?? "";
          expect(out).toBe(pieces.join(""));
        },
      ),
    );
  });
});
