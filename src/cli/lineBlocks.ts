// Batch output gathered as UTF-8 bytes in blocks of 64 KB, as grep writes into a pipe. Encoding
// each line into the block as it comes (TextEncoder.encodeInto) costs a tenth of what building a
// 64 KB string and letting the stream encode it did: that string was a rope of thousands of
// pieces, and flattening and encoding it took ≈ 9 µs a line, more than reading the date.

const BLOCK_BYTES = 64 * 1024;
const NEWLINE = 10;
const encoder = new TextEncoder();

/** Lines gathered into byte blocks, taken out in order to be written. */
export class LineBlocks {
  #block = new Uint8Array(BLOCK_BYTES);
  /** Bytes of the block being filled that are in use. */
  used = 0;
  #ready: Uint8Array[] = [];

  /** Whether a block is full and waiting to be taken. */
  get hasFullBlocks(): boolean {
    return this.#ready.length > 0;
  }

  /** Appends one line and its newline. */
  add(line: string): void {
    // A UTF-16 unit becomes at most 3 bytes; a line that might not fit starts a new block.
    if (line.length * 3 + 1 > BLOCK_BYTES - this.used) {
      this.#closeBlock();
      if (line.length * 3 + 1 > BLOCK_BYTES) {
        this.#ready.push(encoder.encode(`${line}\n`));
        return;
      }
    }
    this.used += encoder.encodeInto(line, this.#block.subarray(this.used)).written;
    this.#block[this.used++] = NEWLINE;
  }

  /**
   * The block to write a line of at most `most` bytes into, from `used` on (a writer that knows its
   * bytes, src/convert/dateLine.ts, writes there and moves `used` past them): a new block when this
   * one has not the room, one of its own for a line longer than a block.
   */
  room(most: number): Uint8Array {
    if (most > BLOCK_BYTES - this.used) {
      this.#closeBlock();
      if (most > BLOCK_BYTES) this.#block = new Uint8Array(most);
    }
    return this.#block;
  }

  /** The full blocks, in order; the block being filled stays. */
  takeFull(): Uint8Array[] {
    const ready = this.#ready;
    this.#ready = [];
    return ready;
  }

  /** Everything gathered so far, in order; what is added next goes to new blocks. */
  takeAll(): Uint8Array[] {
    this.#closeBlock();
    return this.takeFull();
  }

  #closeBlock(): void {
    if (this.used === 0) return;
    // The stream keeps the written bytes until they are out: hand it this block, start a new one.
    this.#ready.push(this.#block.subarray(0, this.used));
    this.#block = new Uint8Array(BLOCK_BYTES);
    this.used = 0;
  }
}
