import fc from "fast-check";
import { expect } from "vitest";
import type { Extractor } from "../../../src/read/mention.js";
import { textAnchors } from "../../../src/read/textAnchors.js";

// Shared by the tests of the readers that say which run of digits their matches hold
// (Extractor.mayHoldRun): the reading skips a stretch where no run may be theirs, so every text
// they read something in must hold such a run.

/** Whether some run of digits of the text may be the extractor's. */
export function holdsSomeRun(extractor: Extractor, text: string): boolean {
  const runs = textAnchors(text, true).digitRuns;
  for (let run = 0; run < runs.length; run += 2) if (extractor.mayHoldRun!(text, runs, run)) return true;
  return false;
}

/** Pieces of digits, separators and words from which the property builds its texts. */
const PIECES = [
  "2018",
  "07",
  "22",
  "5778",
  "3",
  "12",
  "1",
  "123456",
  "14",
  "30",
  "00",
  "-",
  "/",
  ".",
  " ",
  ":",
  "T",
  "+",
  "Z",
  "Av",
  "Avv",
  "Tishrey",
  "of",
  "x",
  ",",
  "\n",
  "–",
  "2018-07-22",
  "3/4/20",
  "22.11.2014",
  "10 Avv 5778",
  "Tishrey 3, 5779",
  "July",
  "Sept.",
  "may",
  "November",
  "Sunday",
  "the",
  "th",
  "day",
  "Menachem-Av",
  "Adar II",
  "Sh\u2019vat",
  "\u1e24eshvan",
  "Veadar",
  "'",
  "(",
];

/** A property: whatever the extractor reads, in any text built from the pieces, holds its run. */
export function expectNothingReadWithoutItsRun(extractor: Extractor): void {
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 24 }), (pieces) => {
      const text = pieces.join("");
      if (extractor.extract(text, {}).length > 0) expect(holdsSomeRun(extractor, text)).toBe(true);
    }),
    { numRuns: 3000 },
  );
}
