import { describe, expect, it } from "vitest";
import { textDirection } from "../../src/web/textDirection.js";

describe("textDirection", () => {
  it("its example", () => {
    expect(textDirection("יום ו׳, כ״ה בכסלו תשפ״ד | Friday")).toBe("rtl");
  });

  it.each([
    ["Sunday, July 22nd | 10 Av 5778", "ltr"],
    ["10 Av 5778 | י׳ באב תשע״ח", "ltr"],
    ["  12.3 — י׳ באב", "rtl"],
    ["٢٢ يوليو", "rtl"],
    ["2018-07-22 | 10", "ltr"],
    ["", "ltr"],
  ])("%j is %s", (text, direction) => {
    expect(textDirection(text)).toBe(direction);
  });
});
