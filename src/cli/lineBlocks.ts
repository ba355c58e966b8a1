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
  #used = 0;
  #ready: Uint8Array[] = [];

  /** Whether a block is full and waiting to be taken. */
  get hasFullBlocks(): boolean {
    return this.#ready.length > 0;
  }

  /** Appends one line and its newline. */
  add(line: string): void {
    // A UTF-16 unit becomes at most 3 bytes; a line that might not fit starts a new block.
    if (line.length * 3 + 1 > BLOCK_BYTES - this.#used) {
      this.#closeBlock();
      if (line.length * 3 + 1 > BLOCK_BYTES) {
        this.#ready.push(encoder.encode(`${line}\n`));
        return;
      }
    }
    this.#used += encoder.encodeInto(line, this.#block.subarray(this.#used)).written;
    this.#block[this.#used++] = NEWLINE;
  }

  /**
   * Appends one line given in pieces (text, and bytes already encoded) and its newline. Text that is
   * ASCII, most of a date line, is copied unit by unit: for short pieces that is quicker than
   * encodeInto, which the rest still goes through.
   */
  addPieces(pieces: ReadonlyArray<string | Uint8Array>): void {
    let most = 1;
    for (const piece of pieces) most += typeof piece === "string" ? piece.length * 3 : piece.length;
    if (most > BLOCK_BYTES - this.#used) {
      this.#closeBlock();
      if (most > BLOCK_BYTES) {
        this.#ready.push(joined(pieces));
        return;
      }
    }
    const block = this.#block;
    let used = this.#used;
    for (const piece of pieces) {
      if (typeof piece !== "string") {
        block.set(piece, used);
        used += piece.length;
        continue;
      }
      const start = used;
      let i = 0;
      for (; i < piece.length; i++) {
        const unit = piece.charCodeAt(i);
        if (unit >= 0x80) break;
        block[used++] = unit;
      }
      if (i < piece.length) used = start + encoder.encodeInto(piece, block.subarray(start)).written;
    }
    block[used++] = NEWLINE;
    this.#used = used;
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
    if (this.#used === 0) return;
    // The stream keeps the written bytes until they are out: hand it this block, start a new one.
    this.#ready.push(this.#block.subarray(0, this.#used));
    this.#block = new Uint8Array(BLOCK_BYTES);
    this.#used = 0;
  }
}

/** A line longer than a block, in one piece of its own. */
function joined(pieces: ReadonlyArray<string | Uint8Array>): Uint8Array {
  const parts = pieces.map((piece) => (typeof piece === "string" ? encoder.encode(piece) : piece));
  const out = new Uint8Array(parts.reduce((n, part) => n + part.length, 0) + 1);
  let used = 0;
  for (const part of parts) {
    out.set(part, used);
    used += part.length;
  }
  out[used] = NEWLINE;
  return out;
}
