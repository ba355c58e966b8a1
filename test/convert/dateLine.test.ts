import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { convertDate } from "../../src/convert/convertDate.js";
import { dateLineWriter, type LineSink } from "../../src/convert/dateLine.js";
import { isDateError } from "../../src/errors.js";
import { options, text } from "../support/dateTexts.js";

const decoder = new TextDecoder();

/** A sink of one buffer that grows, as the line blocks are one after another. */
class GrowingSink implements LineSink {
  buffer = new Uint8Array(256);
  used = 0;
  asked: number[] = [];

  room(most: number): Uint8Array {
    this.asked.push(most);
    if (this.used + most > this.buffer.length) {
      const bigger = new Uint8Array(2 * (this.used + most));
      bigger.set(this.buffer.subarray(0, this.used));
      this.buffer = bigger;
    }
    return this.buffer;
  }

  /** What was written since the last call. */
  take(): string {
    const out = decoder.decode(this.buffer.subarray(0, this.used));
    this.used = 0;
    return out;
  }
}

/** The line (without its newline), or the code of the DateError thrown. */
function outcome(make: () => string): string {
  try {
    return make();
  } catch (error) {
    if (!isDateError(error)) throw error;
    return `error ${error.code}`;
  }
}

function writtenLine(line: (text: string, sink: LineSink) => void, sink: GrowingSink, input: string): string {
  line(input, sink);
  const out = sink.take();
  expect(out.endsWith("\n")).toBe(true);
  return out.slice(0, -1);
}

describe("dateLineWriter", () => {
  it("writes JSON.stringify(convertDate(text, options)), byte for byte, for text of every form", () => {
    let lines = 0;
    const sink = new GrowingSink();
    fc.assert(
      fc.property(
        text,
        options,
        fc.constantFrom("mdy", "dmy", "auto") as fc.Arbitrary<"mdy" | "dmy" | "auto">,
        (input, opts, order) => {
          const all = { ...opts, reference: "2026-11-24", numericOrder: order };
          const expected = outcome(() => JSON.stringify(convertDate(input, all)));
          // Twice: the second line of a month comes from its kept bytes.
          const line = dateLineWriter(all);
          for (let pass = 0; pass < 2; pass++) {
            expect(outcome(() => writtenLine(line, sink, input))).toBe(expected);
            // A line that fails writes nothing.
            expect(sink.used).toBe(0);
          }
          if (!expected.startsWith("error")) lines++;
        },
      ),
      { numRuns: 3000 },
    );
    expect(lines).toBeGreaterThan(700);
  });

  it("writes every script and escape of the input as JSON.stringify does", () => {
    const sink = new GrowingSink();
    const line = dateLineWriter({ reference: "2026-11-24" });
    const inputs = [
      "10 Av 5778",
      "י׳ באב תשע״ח",
      "(10 Av 5778) ",
      '"10 Av 5778"',
      "\t10 Av 5778\t",
      "\u202810 Av 5778\u2028",
      "\u00a010 Av 5778\u00a0",
      "(July 22, 2018)",
    ];
    for (const input of inputs)
      expect(writtenLine(line, sink, input)).toBe(
        JSON.stringify(convertDate(input, { reference: "2026-11-24" })),
      );
  });

  it("asks for room enough for the longest line it may write, then writes within it", () => {
    const sink = new GrowingSink();
    const line = dateLineWriter({ reference: "2026-11-24", afterSunset: true });
    for (const input of ["Sunday, July 22nd", "July 22, 2018 10:15 pm", `${" ".repeat(3000)}10 Av 5778`]) {
      line(input, sink);
      const asked = sink.asked.pop()!;
      expect(sink.used).toBeLessThanOrEqual(asked);
      expect(sink.take()).toBe(
        `${JSON.stringify(convertDate(input, { reference: "2026-11-24", afterSunset: true }))}\n`,
      );
    }
  });

  it("keeps a month's bytes, and starts over past the events lists it keeps", () => {
    const sink = new GrowingSink();
    const line = dateLineWriter({ reference: "2026-11-24" });
    const first = writtenLine(line, sink, "10 Av 5778");
    // Rosh Hashanah's list is made afresh for each year: 4 096 of them and the lists start over.
    for (let year = 1000; year < 5200; year++) line(`1 Tishrei ${year}`, sink);
    sink.take();
    expect(writtenLine(line, sink, "10 Av 5778")).toBe(first);
    expect(writtenLine(line, sink, "1 Tishrei 5787")).toBe(
      JSON.stringify(convertDate("1 Tishrei 5787", { reference: "2026-11-24" })),
    );
  });
});
