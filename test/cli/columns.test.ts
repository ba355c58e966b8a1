import { describe, expect, it } from "vitest";
import { displayWidth, padColumn } from "../../src/cli/columns.js";
import { languageOptionsOf } from "../../src/cli/languageOptions.js";
import { parseCommand } from "../../src/cli/parseCommand.js";
import { dateErrorCode } from "../support/dateErrors.js";

describe("columns", () => {
  it("counts niqqud as no column", () => {
    expect(displayWidth("אָב")).toBe(2);
    expect(padColumn("אָב", 4)).toBe("אָב  ");
    expect(padColumn("Tishrei", 3)).toBe("Tishrei");
  });
});

describe("languageOptionsOf", () => {
  it.each([
    [{}, undefined],
    [{ lang: "he" }, { lang: "he", niqqud: true }],
    [
      { lang: "he", "no-niqqud": true },
      { lang: "he", niqqud: false },
    ],
    [{ "no-niqqud": true }, { lang: "en", niqqud: false }],
    [{ lang: "ashkenazi" }, { lang: "ashkenazi", niqqud: true }],
  ])("%o is %o", (values, options) => {
    expect(languageOptionsOf(values)).toEqual(options);
  });

  it("refuses another language", () => {
    expect(dateErrorCode(() => languageOptionsOf({ lang: "de" }))).toBe("invalid-option");
  });
});

describe("parseCommand", () => {
  it("reads a command's own options and refuses others as invalid-option", () => {
    expect(parseCommand(["--json", "5778"], { json: { type: "boolean" } }).positionals).toEqual(["5778"]);
    expect(dateErrorCode(() => parseCommand(["--x"], { json: { type: "boolean" } }))).toBe("invalid-option");
  });
});
