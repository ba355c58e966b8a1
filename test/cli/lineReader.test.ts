import { Readable } from "node:stream";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { readLines } from "../../src/cli/lineReader.js";

/** A stream of `text`'s UTF-8 bytes cut at the given offsets (so characters may be split). */
function streamOf(text: string, cuts: number[]): Readable {
  const bytes = Buffer.from(text);
  const points = [...new Set(cuts.map((cut) => cut % (bytes.length + 1)))].sort((a, b) => a - b);
  const chunks: Buffer[] = [];
  let last = 0;
  for (const point of [...points, bytes.length]) {
    if (point > last) chunks.push(bytes.subarray(last, point));
    last = Math.max(last, point);
  }
  return Readable.from(chunks);
}

async function collect(stream: Readable): Promise<{ lines: string[]; bytes: number }> {
  const lines: string[] = [];
  let bytes = 0;
  for await (const batch of readLines(stream)) {
    lines.push(...batch.lines);
    bytes += batch.bytes;
  }
  return { lines, bytes };
}

/** The lines as `wc -l` counts them: split at "\n", a last line without one still counts, "\r\n" is one break. */
function expected(text: string): string[] {
  if (text === "") return [];
  const lines = text.split("\n").map((line) => line.replace(/\r$/, ""));
  if (text.endsWith("\n")) lines.pop();
  return lines;
}

describe("readLines", () => {
  it("gives the lines of any text, however the bytes are cut into chunks", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.oneof(fc.string({ unit: "grapheme" }), fc.constantFrom("\n", "\r\n", "\r", "י׳ אָב", "😀")),
          {
            maxLength: 30,
          },
        ),
        fc.array(fc.nat(400), { maxLength: 12 }),
        async (pieces, cuts) => {
          const text = pieces.join("");
          const { lines, bytes } = await collect(streamOf(text, cuts));
          expect(lines).toEqual(expected(text));
          expect(bytes).toBe(Buffer.byteLength(text));
        },
      ),
      { numRuns: 500 },
    );
  });

  it("reads CRLF files, a last line without a break, and empty lines in place", async () => {
    const { lines } = await collect(streamOf("10 Av 5778\r\n\r\n2018-07-22\n\nlast", [3, 12, 13]));
    expect(lines).toEqual(["10 Av 5778", "", "2018-07-22", "", "last"]);
  });

  it("drops a byte order mark at the start only", async () => {
    const { lines } = await collect(streamOf("\ufeff10 Av 5778\n\ufeffx\n", [1, 2]));
    expect(lines).toEqual(["10 Av 5778", "\ufeffx"]);
  });

  it("reads a line of several megabytes cut into many chunks", async () => {
    const long = "א".repeat(3_000_000);
    const { lines } = await collect(
      Readable.from(
        Buffer.from(`${long}\nshort\n`)
          .toString("latin1")
          .match(/[\s\S]{1,65536}/g)!
          .map((s) => Buffer.from(s, "latin1")),
      ),
    );
    expect(lines.map((line) => line.length)).toEqual([3_000_000, 5]);
    expect(lines[0]).toBe(long);
  });

  it("gives nothing for an empty stream", async () => {
    expect(await collect(Readable.from([]))).toEqual({ lines: [], bytes: 0 });
  });
});
