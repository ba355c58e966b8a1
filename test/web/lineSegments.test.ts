import { describe, expect, it } from "vitest";
import { lineSegments } from "../../src/web/lineSegments.js";
import { readPage } from "../../src/web/readPage.js";

const REFERENCE = { reference: "2026-12-01" };

describe("lineSegments", () => {
  it("its example", () => {
    expect(lineSegments("a 10 Av 5778", readPage("a 10 Av 5778"))[0]![1]).toEqual({
      kind: "mark",
      text: "10 Av 5778",
      mark: 0,
    });
  });

  it("cuts the text into lines, each date a mark, the pair's verdict after its later date", () => {
    const text = "Sunday, July 22nd | 10 Av 5778\n\nDecember 13, 2015 2:27 pm\n";
    expect(lineSegments(text, readPage(text, REFERENCE))).toEqual([
      [
        { kind: "mark", text: "Sunday, July 22nd", mark: 0 },
        { kind: "text", text: " | " },
        { kind: "mark", text: "10 Av 5778", mark: 1 },
        { kind: "badge", badge: 0 },
      ],
      [],
      [{ kind: "mark", text: "December 13, 2015 2:27 pm", mark: 2 }],
      [],
    ]);
  });

  it("gives the text back whole: joined, the segments are the text", () => {
    const text = "Today is\n10 Av 5778\nSunday, July 22nd, 2018\nand some words after";
    const lines = lineSegments(text, readPage(text, REFERENCE));
    const joined = lines
      .map((line) => line.map((segment) => (segment.kind === "badge" ? "" : segment.text)).join(""))
      .join("\n");
    expect(joined).toBe(text);
    expect(lines.flat().filter((segment) => segment.kind === "badge")).toHaveLength(1);
  });

  it("cuts a date written across a line break into two pieces of one mark, and skips overlaps", () => {
    const marks = [
      { start: 0, end: 10 },
      { start: 5, end: 8 },
    ];
    const lines = lineSegments("10 Av\n5778 after", { marks: marks as never, badges: [] });
    expect(lines).toEqual([
      [{ kind: "mark", text: "10 Av", mark: 0 }],
      [
        { kind: "mark", text: "5778", mark: 0 },
        { kind: "text", text: " after" },
      ],
    ]);
  });
});
