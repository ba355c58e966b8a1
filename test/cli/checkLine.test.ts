import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkDocument } from "../../src/check/checkDocument.js";
import { checkLineHandler, readPlainLine } from "../../src/cli/checkLine.js";

// The line is written by hand; it must be the bytes JSON.stringify writes for the merged object, as
// the line was built before: the carried fields (a reserved name moved inside `carried`), then the
// report's own fields.
function reference(line: string): string {
  const empty = checkDocument("", {});
  const reserved = new Set([...Object.keys(empty), "masthead", "error", "carried"]);
  let document: unknown;
  try {
    document = JSON.parse(line);
  } catch {
    return JSON.stringify({ error: { code: "unreadable", message: "this line is not JSON" } });
  }
  if (typeof document !== "object" || document === null || Array.isArray(document))
    return JSON.stringify({ error: { code: "unreadable", message: "this line is not a JSON object" } });
  const { text, ...carried } = document as Record<string, unknown>;
  const own: Record<string, unknown> =
    typeof text === "string"
      ? (checkDocument(text) as unknown as Record<string, unknown>)
      : { error: { code: "unreadable", message: 'no "text" string on this line' } };
  const top: Record<string, unknown> = Object.create(null);
  const moved: Record<string, unknown> = Object.create(null);
  let anyMoved = false;
  for (const [name, value] of Object.entries(carried)) {
    if (reserved.has(name) || Object.hasOwn(own, name)) {
      moved[name] = value;
      anyMoved = true;
    } else top[name] = value;
  }
  if (anyMoved) top.carried = moved;
  return JSON.stringify(Object.assign(top, own));
}

const SNIPPETS = readFileSync(new URL("../pages/snippets.jsonl", import.meta.url), "utf8")
  .split("\n")
  .filter((line) => line !== "");

const handle = checkLineHandler({});
const RESERVED = new Set(["verdict", "error", "carried", "masthead"]);

describe("checkLineHandler", () => {
  it("writes each line of the pages corpus as JSON.stringify of the merged object", () => {
    expect(SNIPPETS.length).toBeGreaterThan(100);
    for (const line of SNIPPETS) expect(handle(line).json).toBe(reference(line));
  });

  it("takes the flat way for the corpus's lines without their nested field, and writes the same", () => {
    let plain = 0;
    // The flat way takes other fields' strings only without escapes (a note may quote `כ"ט`).
    let escaped = 0;
    for (const line of SNIPPETS) {
      const { expect: _nested, ...flat } = JSON.parse(line) as Record<string, unknown>;
      const { text: _text, ...others } = flat;
      if (JSON.stringify(others).includes("\\")) escaped++;
      const flatLine = JSON.stringify(flat);
      if (readPlainLine(flatLine, RESERVED) !== undefined) plain++;
      expect(handle(flatLine).json).toBe(reference(flatLine));
    }
    expect(escaped).toBeLessThan(SNIPPETS.length / 10);
    expect(plain).toBe(SNIPPETS.length - escaped);
  });

  it("reads a flat line's text and carried members without building its object", () => {
    expect(
      readPlainLine(' { "id" : 7 , "url": "https://a.example/x", "text": "10 Av\\n5778" } ', RESERVED),
    ).toEqual({
      text: "10 Av\n5778",
      carried: '"id":7,"url":"https://a.example/x"',
    });
    expect(readPlainLine('{"text":"a \\"quoted\\" word\\\\"}', RESERVED)).toEqual({
      text: 'a "quoted" word\\',
      carried: "",
    });
  });

  it.each([
    ['{"id": 1.5, "text": "x"}', "a number JSON.stringify writes otherwise"],
    ['{"id": -0, "text": "x"}', "minus zero"],
    ['{"id": 1e3, "text": "x"}', "an exponent"],
    ['{"id": 01, "text": "x"}', "a leading zero"],
    ['{"id": "a\\u0041", "text": "x"}', "an escape in a carried string"],
    ['{"id": [1], "text": "x"}', "a nested value"],
    ['{"id": 1, "id": 2, "text": "x"}', "a repeated name"],
    ['{"text": "x", "text": "y"}', "a repeated text"],
    ['{"2": 1, "text": "x"}', "an array index"],
    ['{"__proto__": 1, "text": "x"}', "__proto__"],
    ['{"verdict": "spam", "text": "x"}', "a reserved name"],
    ['{"text": 5}', "a text that is no string"],
    ['{"id": 1}', "no text"],
    ["{}", "an empty object"],
    ['{"text": "x"', "no closing brace"],
    ['{"text": "x"} 1', "something after the object"],
    ['{"text": "x" "id": 1}', "no comma"],
    ['{"text" "x"}', "no colon"],
    ['{"text": "x\\q"}', "a bad escape"],
    ['{"text": "unterminated}', "an unterminated text"],
    ['{"text": "a\u0001b"}', "a raw control character"],
    ['["text"]', "an array"],
    ['{text: "x"}', "a name without quotes"],
    ['{"id": tru, "text": "x"}', "a misspelt literal"],
  ])("leaves %s to JSON.parse (%s), and writes what JSON.stringify writes", (line) => {
    expect(readPlainLine(line, RESERVED)).toBeUndefined();
    expect(handle(line).json).toBe(reference(line));
  });

  it("writes fuzzed lines of flat and nested fields as JSON.stringify of the merged object", () => {
    const texts = fc.constantFrom(
      "Sunday, July 22nd | 10 Av 5778\nDecember 13, 2015 2:27 pm",
      "nothing here",
      "June 11–12, 2027",
      "Monday, July 22nd 2018 | 10 Av 5778",
      "י׳ באב תשע״ח",
      "",
    );
    const names = fc.oneof(
      fc.constantFrom(
        "id",
        "url",
        "verdict",
        "error",
        "carried",
        "masthead",
        "pairs",
        "__proto__",
        "0",
        "7",
        "é",
      ),
      fc.string({ maxLength: 6 }),
    );
    const values = fc.oneof(
      fc.string({ maxLength: 8 }),
      fc.integer(),
      fc.double(),
      fc.boolean(),
      fc.constant(null),
      fc.array(fc.integer(), { maxLength: 2 }),
      fc.dictionary(fc.string({ maxLength: 3 }), fc.integer(), { maxKeys: 2 }),
    );
    const line = fc
      .record({
        fields: fc.array(fc.tuple(names, values), { maxLength: 4 }),
        text: fc.option(texts, { nil: undefined }),
        at: fc.nat(4),
        spaced: fc.boolean(),
      })
      .map(({ fields, text, at, spaced }) => {
        const members = fields.map(([name, value]) => `${JSON.stringify(name)}:${JSON.stringify(value)}`);
        if (text !== undefined)
          members.splice(Math.min(at, members.length), 0, `"text":${JSON.stringify(text)}`);
        return spaced ? `{ ${members.join(", ").replaceAll('":', '": ')} }` : `{${members.join(",")}}`;
      });
    fc.assert(
      fc.property(line, (input) => {
        expect(handle(input).json).toBe(reference(input));
      }),
      { numRuns: 400 },
    );
  });

  it("says how a line counts: its verdict, and whether it is flagged", () => {
    expect(handle('{"text":"Monday, July 22nd 2018 | 10 Av 5778"}')).toMatchObject({
      kind: "inconsistent",
      flagged: true,
    });
    expect(handle('{"text":"Sunday, July 22nd | 10 Av 5778"}')).toMatchObject({
      kind: "consistent",
      flagged: false,
    });
    expect(handle('{"text":"Sunday, July 22nd | 10 Av 5778", "x": [1]}')).toMatchObject({
      kind: "consistent",
    });
    expect(handle('{"x": [1]}')).toMatchObject({ kind: "error", flagged: true });
    expect(handle("nope")).toMatchObject({ kind: "error", flagged: true });
  });
});
