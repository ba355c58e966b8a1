import { describe, expect, it } from "vitest";
import { adjacentPairs, joinsAsPair } from "../../../src/read/refiners/adjacency.js";

describe("joinsAsPair", () => {
  it.each([" | ", ", ", " // ", " … [", " (", " – ", "\n", " / ", " or ", " corresponding to ", ""])(
    "%j joins",
    (gap) => {
      expect(joinsAsPair(gap)).toBe(true);
    },
  );

  it.each([" was published on ", " and then ", "\n\n", `|${" ".repeat(45)}|`, " by staff "])(
    "%j does not",
    (gap) => {
      expect(joinsAsPair(gap)).toBe(false);
    },
  );
});

describe("adjacentPairs", () => {
  const at = (start: number, end: number, calendar: string) => ({ start, end, calendar });

  it("pairs neighbours of different calendars, each mention once", () => {
    const text = "July 22 | 10 Av | July 23";
    const mentions = [at(0, 7, "gregorian"), at(10, 15, "hebrew"), at(18, 25, "gregorian")];
    expect(adjacentPairs(text, mentions)).toEqual([[0, 1]]);
  });

  it("does not pair two dates of one calendar", () => {
    expect(adjacentPairs("10 Av | 11 Av", [at(0, 5, "hebrew"), at(8, 13, "hebrew")])).toEqual([]);
  });

  it("does not pair across prose", () => {
    const text = "July 22 was the day of 10 Av";
    expect(adjacentPairs(text, [at(0, 7, "gregorian"), at(23, 28, "hebrew")])).toEqual([]);
  });
});
