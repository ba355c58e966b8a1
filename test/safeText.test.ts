import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkDocument } from "../src/check/checkDocument.js";
import { run } from "../src/cli/main.js";
import { convertDate } from "../src/convert/convertDate.js";
import { DateError, isDateError } from "../src/errors.js";
import { safeText } from "../src/safeText.js";
import { fakeIo } from "./support/fakeIo.js";

/** Every character that could break a line or change a terminal, as the brief of safeText lists them. */
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/u;

const UNSAFE_SAMPLES = [
  "\n",
  "\r",
  "\t",
  "\u0000",
  "\u001b",
  "\u007f",
  "\u0085",
  "\u009b",
  "\u061c",
  "\u200e",
  "\u200f",
  "\u2028",
  "\u2029",
  "\u202a",
  "\u202e",
  "\u2066",
  "\u2069",
];

/** Strings built of date pieces and unsafe characters, so that many come close to a real date. */
const hostile = fc.oneof(
  fc
    .array(
      fc.oneof(
        fc.constantFrom(...UNSAFE_SAMPLES),
        fc.constantFrom("10", " ", "Av", "Avv", "5778", "2018-07-22", "-", "[31m", "July", "י׳ באב", "check"),
      ),
      { maxLength: 8 },
    )
    .map((pieces) => pieces.join("")),
  fc.string({ unit: "binary", maxLength: 40 }),
);

describe("safeText", () => {
  it.each([
    ["hello\nworld", "hello\\nworld"],
    ["\u001b[31mred", "\\u001b[31mred"],
    ["a\u202eb\u2066c", "a\\u202eb\\u2066c"],
    ["tab\there\r", "tab\\there\\r"],
    ["10 Av 5778", "10 Av 5778"],
    ["י׳ באב תשע״ח", "י׳ באב תשע״ח"],
  ])("shows %j as %j", (text, shown) => {
    expect(safeText(text)).toBe(shown);
  });

  it("leaves no unsafe character in any text", () => {
    fc.assert(fc.property(fc.string({ unit: "binary" }), (text) => !UNSAFE.test(safeText(text))));
  });
});

describe("messages that quote input", () => {
  it("a DateError's message is safe whatever it was built from", () => {
    fc.assert(fc.property(hostile, (text) => !UNSAFE.test(new DateError("unreadable", `"${text}"`).message)));
  });

  it("convertDate's errors never hold a control character, whatever the input", () => {
    fc.assert(
      fc.property(hostile, (text) => {
        try {
          convertDate(text, { reference: "2018-01-01" });
          return true;
        } catch (error) {
          return isDateError(error) && !UNSAFE.test(error.message);
        }
      }),
    );
  });

  it("an error at the terminal is one line without control characters, whatever the argument", async () => {
    await fc.assert(
      fc.asyncProperty(hostile, async (text) => {
        const { io, out } = fakeIo();
        const code = await run(["--reference", "2018-01-01", "--", text], io);
        if (code === 0) return out.stderr === "";
        return code === 2 && /^hdate: [^\n]*\n$/u.test(out.stderr) && !UNSAFE.test(out.stderr.slice(0, -1));
      }),
      { numRuns: 200 },
    );
  });

  it("option values and file names are quoted safely too", async () => {
    for (const argv of [
      ["--order", "x\u001b[2Jy", "10 Av 5778"],
      ["-z", "Mars/\nOlympus", "10 Av 5778"],
      ["check", "no\nsuch\u202efile.txt"],
    ]) {
      const { io, out } = fakeIo();
      expect(await run(argv, io)).toBe(2);
      expect(out.stderr.split("\n")).toHaveLength(2);
      expect(out.stderr.slice(0, -1)).not.toMatch(UNSAFE);
    }
  });

  it("hdate check shows file names and the texts it found safely", async () => {
    const name = "page\u001b[31m\n.txt";
    // Dates written across lines: their texts hold the line breaks.
    const page = "Sunday, July\n22nd | 10 Av\n5778\n\nDecember 13,\n2015 2:27 pm\n\n99 Avv 5778\n";
    const report = checkDocument(page);
    expect(report.pairs[0]!.hebrew.text).toContain("\n");
    expect(report.timestamps[0]!.text).toContain("\n");
    const { io, out } = fakeIo({ [name]: page });
    await run(["check", name], io);
    expect(out.stdout).toContain("page\\u001b[31m\\n.txt: ");
    for (const line of out.stdout.split("\n")) expect(line).not.toMatch(UNSAFE);
  });
});
