// Input bytes cut into blocks of whole lines, to be answered apart (by worker threads) and put back
// in order. A block ends just after a "\n" byte, which never occurs inside a UTF-8 sequence, so no
// character is split between blocks; what follows the last "\n" waits for the next chunk.

const NEWLINE = 10;

/** Chunks of a stream in, blocks of whole lines out; memory holds only what has not been taken. */
export class LineFramer {
  #chunks: Uint8Array[] = [];
  #bytes = 0;
  // What is known to hold no "\n", so that a long line is looked through once: the first `#searched`
  // bytes waiting, and (for take) the bytes from `#takeFrom` to `#takeScanned`.
  #searched = 0;
  #takeFrom = -1;
  #takeScanned = 0;

  /** Adds a chunk (copied: the stream may reuse its buffer). */
  push(chunk: Uint8Array): void {
    if (chunk.length === 0) return;
    this.#chunks.push(new Uint8Array(chunk));
    this.#bytes += chunk.length;
  }

  /**
   * A block of at least `minBytes`, up to the first line end from there, in a buffer of its own (so
   * it can be moved to a worker); undefined while no such line end has come.
   */
  take(minBytes: number): Uint8Array | undefined {
    const start = Math.max(minBytes - 1, 0);
    let from = this.#takeFrom === start ? this.#takeScanned : start;
    let k = 0;
    while (k < this.#chunks.length && from >= this.#chunks[k]!.length) from -= this.#chunks[k++]!.length;
    for (; k < this.#chunks.length; k++, from = 0) {
      const newline = this.#chunks[k]!.indexOf(NEWLINE, from);
      if (newline !== -1) return this.#cut(k, newline + 1);
    }
    this.#takeFrom = start;
    this.#takeScanned = Math.max(start, this.#bytes);
    return undefined;
  }

  /** Every whole line waiting, in one block; undefined when no line is whole. */
  takeWhole(): Uint8Array | undefined {
    let end = this.#bytes;
    for (let k = this.#chunks.length - 1; k >= 0 && end > this.#searched; k--) {
      const chunk = this.#chunks[k]!;
      end -= chunk.length;
      const newline = chunk.lastIndexOf(NEWLINE);
      if (newline !== -1) {
        const block = this.#cut(k, newline + 1);
        // The last line end was taken: what is left holds none.
        this.#searched = this.#bytes;
        return block;
      }
    }
    this.#searched = this.#bytes;
    return undefined;
  }

  /** Everything still waiting (a last line without "\n"), or undefined when nothing is. */
  end(): Uint8Array | undefined {
    if (this.#bytes === 0) return undefined;
    return this.#cut(this.#chunks.length - 1, this.#chunks[this.#chunks.length - 1]!.length);
  }

  /** Takes the chunks before `k` and the first `length` bytes of chunk `k`, in one new buffer. */
  #cut(k: number, length: number): Uint8Array {
    const last = this.#chunks[k]!;
    let size = length;
    for (let i = 0; i < k; i++) size += this.#chunks[i]!.length;
    const block = new Uint8Array(size);
    let at = 0;
    for (let i = 0; i < k; i++) {
      block.set(this.#chunks[i]!, at);
      at += this.#chunks[i]!.length;
    }
    block.set(last.subarray(0, length), at);
    const rest = this.#chunks.slice(k + 1);
    if (length < last.length) rest.unshift(last.subarray(length));
    this.#chunks = rest;
    this.#bytes -= size;
    // What is left may hold line ends again (takeWhole says when it holds none).
    this.#searched = 0;
    this.#takeFrom = -1;
    return block;
  }
}
