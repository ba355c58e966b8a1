import { describe, expect, it } from "vitest";
import { yearWordsEnd } from "../../src/read/yearWords.js";

describe("yearWordsEnd", () => {
  it("@example", () => {
    expect(yearWordsEnd("10 ав 5778 г. AM", 10)).toBe(16);
  });

  it.each([
    ["22 июля 2018 года", 12, 17],
    ["22 липня 2018 р.", 13, 16],
    ["22 lipca 2018 r.", 13, 16],
    ["10 Av 5778 AM", 10, 13],
    ["10 av 5778 A. M.", 10, 16],
    ["10 Av 5778 anno mundi", 10, 21],
    ["10 Av 5778 AMD", 10, 10],
    ["10 Av 5778 am", 10, 10],
    ["22 июля 2018 городу", 12, 12],
  ])("%j: the year ends at %i, its words at %i", (text, at, end) => {
    expect(yearWordsEnd(text, at)).toBe(end);
  });
});
