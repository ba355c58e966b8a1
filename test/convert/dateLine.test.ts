import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { convertDate } from "../../src/convert/convertDate.js";
import { dateLineWriter, type LinePieces } from "../../src/convert/dateLine.js";
import { isDateError } from "../../src/errors.js";
import { options, text } from "../support/dateTexts.js";

const decoder = new TextDecoder();
const joined = (pieces: LinePieces) =>
  pieces.map((piece) => (typeof piece === "string" ? piece : decoder.decode(piece))).join("");

/** The line, or the code of the DateError thrown. */
function outcome(make: () => string): string {
  try {
    return make();
  } catch (error) {
    if (!isDateError(error)) throw error;
    return `error ${error.code}`;
  }
}

describe("dateLineWriter", () => {
  it("writes JSON.stringify(convertDate(text, options)), byte for byte, for text of every form", () => {
    let lines = 0;
    fc.assert(
      fc.property(
        text,
        options,
        fc.constantFrom("mdy", "dmy", "auto") as fc.Arbitrary<"mdy" | "dmy" | "auto">,
        (input, opts, order) => {
          const all = { ...opts, reference: "2026-11-24", numericOrder: order };
          const expected = outcome(() => JSON.stringify(convertDate(input, all)));
          // Twice: the second line of a day comes from its cached bytes.
          const line = dateLineWriter(all);
          for (let pass = 0; pass < 2; pass++) expect(outcome(() => joined(line(input)))).toBe(expected);
          if (!expected.startsWith("error")) lines++;
        },
      ),
      { numRuns: 3000 },
    );
    expect(lines).toBeGreaterThan(700);
  });

  it("encodes each day's part once, and reuses those bytes for every line of the day", () => {
    const line = dateLineWriter({ reference: "2026-11-24" });
    const first = line("10 Av 5778");
    const second = line("July 22, 2018");
    expect(second).toHaveLength(2);
    expect(second[1]).toBe(first[1]);
    expect(line("11 Av 5778")[1]).not.toBe(first[1]);
    // A line that inferred something writes its own lists between two views of its day's bytes.
    const inferred = line("Sunday, July 22nd");
    expect(inferred).toHaveLength(4);
    expect((inferred[1] as Uint8Array).buffer).toBe((first[1] as Uint8Array).buffer);
    expect(joined(inferred)).toBe(
      JSON.stringify(convertDate("Sunday, July 22nd", { reference: "2026-11-24" })),
    );
    // Past the days it keeps it starts over, and still answers.
    for (let n = 0; n < 50_001; n++) line(`${1 + (n % 28)} Av ${3000 + Math.floor(n / 28)}`);
    expect(joined(line("10 Av 5778"))).toBe(joined(first));
  });
});
