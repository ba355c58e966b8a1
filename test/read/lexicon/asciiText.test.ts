import fc from "fast-check";
import { describe, expect, it } from "vitest";
// @ts-expect-error: a plain script of the repository, without types.
import { toAscii } from "../../../scripts/asciiText.mjs";
// @ts-expect-error: a plain script of the repository, without types.
import { monthRows } from "../../../scripts/generate-months.mjs";
import { fromAscii } from "../../../src/read/lexicon/asciiText.js";
import { GENERATED_MONTH_ROWS } from "../../../src/read/lexicon/months.generated.js";

/** The scripts of the word tables: Latin with accents, Greek, Cyrillic, Hebrew, modifier letters. */
const TABLE_CHARACTER = fc.oneof(
  fc.integer({ min: 0x20, max: 0x7e }).filter((code) => code !== 0x7b && code !== 0x7d),
  fc.integer({ min: 0xa0, max: 0x24f }),
  fc.integer({ min: 0x2b0, max: 0x2ff }),
  fc.integer({ min: 0x370, max: 0x3ff }),
  fc.integer({ min: 0x400, max: 0x4ff }),
  fc.integer({ min: 0x591, max: 0x5f4 }),
);

describe("fromAscii", () => {
  it("reads the example of its comment", () => {
    expect(fromAscii("{A8N;O}")).toBe("июля");
    expect(fromAscii("Ti{09}rei")).toBe("Tișrei");
  });

  it("leaves text without runs as it is", () => {
    expect(fromAscii("1:janvier|2:f")).toBe("1:janvier|2:f");
  });

  it("reads back what toAscii wrote, which is ASCII", () => {
    fc.assert(
      fc.property(fc.array(TABLE_CHARACTER, { maxLength: 40 }), (codes) => {
        const text = String.fromCodePoint(...codes);
        const packed: string = toAscii(text);
        expect(/^[\x20-\x7e]*$/.test(packed)).toBe(true);
        expect(fromAscii(packed)).toBe(text);
      }),
    );
  });

  it("packs a Cyrillic word in its length plus three, and a row of them joined by | too", () => {
    expect(toAscii("сентября")).toHaveLength("сентября".length + 3);
    expect(toAscii("июня|июля")).toHaveLength("июня|июля".length + 3);
    expect(fromAscii(toAscii("июня|июля|"))).toBe("июня|июля|");
    expect(fromAscii(toAscii("адар I|адар II"))).toBe("адар I|адар II");
  });

  it("refuses what the form cannot hold", () => {
    expect(() => toAscii("a{b")).toThrow(/braces/);
    expect(() => toAscii("日")).toThrow(/cannot be packed/);
  });

  it("gives back every month row CLDR spells, in the same order", () => {
    expect(GENERATED_MONTH_ROWS).toEqual(monthRows());
    expect(GENERATED_MONTH_ROWS).toContainEqual(["ru", "gregorian", 7, "июля", "long"]);
    expect(GENERATED_MONTH_ROWS).toContainEqual(["he", "hebrew", 5, "אב", "long"]);
  });
});
