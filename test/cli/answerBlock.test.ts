import { describe, expect, it } from "vitest";
import { answerBlock } from "../../src/cli/answerBlock.js";
import type { TextLineOutcome } from "../../src/cli/commands/batch.js";
import { errorRecord } from "../../src/cli/commands/batch.js";

const bytes = (text: string) => new TextEncoder().encode(text);
const echo = (line: string): TextLineOutcome => {
  if (line === "boom") throw new Error("boom");
  return { json: JSON.stringify(line), flagged: line === "bad", kind: line === "" ? "empty" : "line" };
};

describe("answerBlock", () => {
  it("answers each line in order, as readLines cuts them", () => {
    const answer = answerBlock(bytes("\uFEFFa\r\n\nb\r\nc"), true, echo, errorRecord);
    expect(new TextDecoder().decode(answer.output)).toBe('"a"\n""\n"b"\n"c"\n');
    expect(answer.kinds).toEqual([
      ["line", 3],
      ["empty", 1],
    ]);
    expect(answer.flagged).toBe(false);
    expect(answer.bytes).toBe(11);
  });

  it("keeps a byte order mark that is not at the start of the input", () => {
    const answer = answerBlock(bytes("\uFEFFa\n"), false, echo, errorRecord);
    expect(new TextDecoder().decode(answer.output)).toBe('"\uFEFFa"\n');
  });

  it("puts an error record where a line fails, and flags it", () => {
    const answer = answerBlock(bytes("a\nboom\nbad\n"), false, echo, errorRecord);
    const lines = new TextDecoder().decode(answer.output).trimEnd().split("\n");
    expect(lines[0]).toBe('"a"');
    expect(JSON.parse(lines[1]!).error.code).toBe("unreadable");
    expect(answer.kinds).toEqual([
      ["line", 2],
      ["error", 1],
    ]);
    expect(answer.flagged).toBe(true);
  });

  it("answers an empty block with nothing", () => {
    const answer = answerBlock(new Uint8Array(0), true, echo, errorRecord);
    expect(answer.output.length).toBe(0);
    expect(answer.kinds).toEqual([]);
  });
});
