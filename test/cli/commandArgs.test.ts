import { describe, expect, it } from "vitest";
import { colorAllowed, langOf, parseCommandArgs } from "../../src/cli/commandArgs.js";
import { dateErrorCode } from "../support/dateErrors.js";
import { fakeIo } from "../support/fakeIo.js";

describe("parseCommandArgs", () => {
  it("the @example: options and positionals", () => {
    expect(parseCommandArgs(["--json", "2018"], { json: { type: "boolean" } }).positionals).toEqual(["2018"]);
  });

  it("refuses an unknown option with invalid-option", () => {
    expect(dateErrorCode(() => parseCommandArgs(["--bogus"], { json: { type: "boolean" } }))).toBe(
      "invalid-option",
    );
  });
});

describe("langOf", () => {
  it("en by default, en or he when asked, invalid-option otherwise", () => {
    expect(langOf(undefined)).toBe("en");
    expect(langOf("en")).toBe("en");
    expect(langOf("he")).toBe("he");
    expect(dateErrorCode(() => langOf("fr"))).toBe("invalid-option");
  });
});

describe("colorAllowed", () => {
  const tty = () => {
    const { io } = fakeIo();
    return { ...io, stdout: { write: () => true, isTTY: true } };
  };

  it("only at a terminal (the @example)", () => {
    expect(colorAllowed(fakeIo().io, {})).toBe(false);
    expect(colorAllowed(tty(), {})).toBe(true);
  });

  it("never when NO_COLOR is set to anything but the empty string", () => {
    expect(colorAllowed(tty(), { NO_COLOR: "1" })).toBe(false);
    expect(colorAllowed(tty(), { NO_COLOR: "" })).toBe(true);
  });
});
