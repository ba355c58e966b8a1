import { describe, expect, it } from "vitest";
import { parseDates } from "../../../src/index.js";
import { countRegexWork } from "../../support/regexWork.js";

const OPTIONS = { reference: "2026-11-24" } as const;

describe("eventListing", () => {
  it("pairs a holiday title with the span alone on the line below", () => {
    const text = "Purim party\n\nMarch 22, 2027 @ 6:00 PM – March 23, 2027 @ 9:00 PM";
    const reading = parseDates(text, OPTIONS);
    const pair = reading.groups.find((group) => group.kind === "pair");
    expect(pair && reading.mentions[pair.hebrew]?.text).toBe("Purim");
  });

  it("does linear work on one long line of many spans (each span looks back only to its neighbour)", () => {
    // A fuzzed input found each span's test of its line copying the whole line before it.
    const line = (n: number) => "Jun. 26 \u201912 - ".repeat(n);
    const work = (n: number) =>
      countRegexWork(() => parseDates(`Purim\n${line(n)}`, OPTIONS)).regex.chars / line(n).length;
    const short = work(100);
    const long = work(1000);
    expect(long).toBeLessThan(short * 2);
  });
});
