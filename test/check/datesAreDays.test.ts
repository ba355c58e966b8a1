import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { statesDatesAreDays } from "../../src/check/rules/datesAreDays.js";

// The pattern as first written: tried at every character, too slow for a batch, kept here as the
// oracle the anchored search must agree with.
const WHOLE =
  /\b(?:begin|start|commence)s?\b[^.\n]{0,40}?\b(?:evening|night|sundown|sunset|day)\s+(?:prior|before)\b(?=\s*(?:[).;,]|the\s+(?:first\s+)?dates?\b|$))/imu;

function byWholePattern(text: string): boolean {
  const found = WHOLE.exec(text);
  if (!found) return false;
  const after = text.slice(found.index + found[0].length, found.index + found[0].length + 12);
  return !/^\s*,\s*(?:on\s+)?\p{L}*\s*\p{N}/u.test(after);
}

const WORDS = [
  "begin",
  "begins",
  "Starts",
  "commence",
  "rebegins",
  "the",
  "evening",
  "Night",
  "sundown",
  "day",
  "prior",
  "before",
  "BEFORE",
  "priority",
  "dates",
  "first",
  "date",
  "on",
  "April",
  "22",
  "holidays",
  "at",
  "x",
];
const SEPARATORS = [" ", "  ", ", ", ". ", "\n", " (", ") ", "; "];

describe("statesDatesAreDays", () => {
  it.each([
    ["Holidays begin the evening before the date noted.", true],
    ["PURIM / LOTS Mar 15, 2014 (starts evening prior)", true],
    ["All holidays begin at sundown the day before the first date", true],
    ["Passover begins the evening before, on April 22", false],
    ["Passover begins. The evening before the seder", false],
    ["Our office closes the evening before", false],
  ])("%s → %s", (text, expected) => {
    expect(statesDatesAreDays(text)).toBe(expected);
  });

  it("agrees with the pattern tried at every character", () => {
    const token = fc.tuple(fc.constantFrom(...WORDS), fc.constantFrom(...SEPARATORS));
    fc.assert(
      fc.property(fc.array(token, { maxLength: 24 }), (tokens) => {
        const text = tokens.map(([word, gap]) => word + gap).join("");
        expect(statesDatesAreDays(text)).toBe(byWholePattern(text));
      }),
      { numRuns: 3000 },
    );
  });
});
