import { describe, expect, it } from "vitest";
import { errorLine } from "../../src/cli/errorLine.js";
import { DateError } from "../../src/errors.js";

describe("errorLine", () => {
  it("@example: the first line of an Error, with a prefix", () => {
    expect(errorLine(new Error("boom\n    at x.js:1:1"), "line 2: ")).toBe("hdate: line 2: boom\n");
  });

  it("a DateError's whole message, a thrown non-Error as text, both safe", () => {
    expect(errorLine(new DateError("unreadable", 'Cannot read "a\nb"'))).toBe('hdate: Cannot read "a\\nb"\n');
    expect(errorLine("stream \u001b[2Jclosed")).toBe("hdate: stream \\u001b[2Jclosed\n");
  });
});
