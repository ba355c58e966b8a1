import { describe, expect, it } from "vitest";
import { distanceWords } from "../../src/web/distanceWords.js";

describe("distanceWords", () => {
  it("its example", () => {
    expect(distanceWords(-952)).toBe("952 days before the page's date");
  });

  it.each([
    [undefined, "no page date to compare with"],
    [0, "on the page's date"],
    [1, "1 day after the page's date"],
    [-1, "1 day before the page's date"],
    [8, "8 days after the page's date"],
  ])("%s days: %s", (days, words) => {
    expect(distanceWords(days)).toBe(words);
  });
});
