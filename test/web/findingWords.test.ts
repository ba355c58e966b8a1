import { describe, expect, it } from "vitest";
import { FINDING_CODES, type FindingCode } from "../../src/index.js";
import { findingWords } from "../../src/web/findingWords.js";

describe("findingWords", () => {
  it("its example", () => {
    expect(findingWords("weekday-mismatch")).toBe("A weekday is not the weekday of its date");
  });

  it("says every finding code in words of its own", () => {
    const codes = Object.keys(FINDING_CODES) as FindingCode[];
    const words = codes.map(findingWords);
    expect(words.every((text) => typeof text === "string" && /^[A-Z]/.test(text))).toBe(true);
    expect(new Set(words).size).toBe(codes.length);
  });
});
