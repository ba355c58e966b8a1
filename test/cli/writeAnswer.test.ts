import { closeSync, mkdtempSync, openSync, readFileSync, writeSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { type AnswerOut, writeAnswer } from "../../src/cli/writeAnswer.js";

const ANSWER = "Gregorian: Sunday, 22 July 2018 (2018-07-22)\nHebrew:    10 Av 5778  י׳ אָב תשע״ח\n";

/** An output that takes at most `chunk` bytes a write, then fails with `code` after `writes` writes. */
function fakeOut(chunk: number, failAfter = Number.POSITIVE_INFINITY, code = "EPIPE") {
  const taken: number[] = [];
  let finished: Uint8Array | undefined;
  let writes = 0;
  const out: AnswerOut = {
    write(bytes, offset) {
      if (writes++ >= failAfter) throw Object.assign(new Error(code), { code });
      const part = bytes.subarray(offset, offset + chunk);
      taken.push(...part);
      return part.length;
    },
    finish(bytes) {
      finished = bytes;
    },
  };
  return { out, taken: () => Buffer.from(taken).toString(), finished: () => finished };
}

describe("writeAnswer", () => {
  it("writes the answer's UTF-8 bytes to a file descriptor", () => {
    const file = join(mkdtempSync(join(tmpdir(), "hdate-answer-")), "out.txt");
    const fd = openSync(file, "w");
    writeAnswer(ANSWER, { write: (bytes, offset) => writeSync(fd, bytes, offset), finish: () => {} });
    closeSync(fd);
    expect(readFileSync(file, "utf8")).toBe(ANSWER);
  });

  it("goes on after a partial write until every byte is out", () => {
    const fake = fakeOut(7);
    writeAnswer(ANSWER, fake.out);
    expect(fake.taken()).toBe(ANSWER);
    expect(fake.finished()).toBeUndefined();
  });

  it("stops quietly at a closed pipe", () => {
    const fake = fakeOut(10, 2, "EPIPE");
    expect(() => writeAnswer(ANSWER, fake.out)).not.toThrow();
    expect(fake.taken()).toBe(ANSWER.slice(0, 20));
  });

  it("hands the rest to the stream when a non-blocking output is full", () => {
    const fake = fakeOut(10, 2, "EAGAIN");
    writeAnswer(ANSWER, fake.out);
    expect(Buffer.concat([Buffer.from(fake.taken()), fake.finished()!]).toString()).toBe(ANSWER);
  });

  it("lets any other error through", () => {
    const fake = fakeOut(10, 0, "EBADF");
    expect(() => writeAnswer(ANSWER, fake.out)).toThrow(expect.objectContaining({ code: "EBADF" }));
  });
});
