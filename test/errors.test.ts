import { describe, expect, it } from "vitest";
import { DateError, ERROR_CODES, isDateError } from "../src/errors.js";

describe("DateError", () => {
  it("keeps its code, input and suggestions, and is an Error named DateError", () => {
    const error = new DateError("unknown-month", 'did you mean "Av"?', { input: "Avv", suggestions: ["Av"] });
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe("DateError");
    expect(error.code).toBe("unknown-month");
    expect(error.input).toBe("Avv");
    expect(error.suggestions).toEqual(["Av"]);
    expect(ERROR_CODES).toContain(error.code);
  });

  it("toJSON carries the suggestions when there are some", () => {
    const error = new DateError("unknown-month", 'did you mean "Av" or "Ab"?', {
      suggestions: ["Av", "Ab"],
    });
    const expected = {
      code: "unknown-month",
      message: 'did you mean "Av" or "Ab"?',
      suggestions: ["Av", "Ab"],
    };
    expect(error.toJSON()).toEqual(expected);
    expect(JSON.parse(JSON.stringify(error))).toEqual(expected);
  });

  it("toJSON leaves suggestions out when there are none", () => {
    const error = new DateError("unreadable", 'Cannot read a date in "x"');
    expect(error.suggestions).toEqual([]);
    expect(error.input).toBeUndefined();
    expect(error.toJSON()).toEqual({ code: "unreadable", message: 'Cannot read a date in "x"' });
    expect(Object.keys(error.toJSON())).toEqual(["code", "message"]);
  });
});

describe("isDateError", () => {
  it("is true for a DateError", () => {
    expect(isDateError(new DateError("ambiguous", "two readings"))).toBe(true);
  });

  it("is true for a DateError from another copy of the library: an Error named DateError with a code", () => {
    const foreign = Object.assign(new Error("Av 5778 has 30 days"), {
      name: "DateError",
      code: "day-out-of-range",
    });
    expect(foreign).not.toBeInstanceOf(DateError);
    expect(isDateError(foreign)).toBe(true);
  });

  it.each([
    ["a plain Error", new Error("boom")],
    ["an Error with a code but another name", Object.assign(new TypeError("bad"), { code: "unreadable" })],
    ["an Error named DateError without a code", Object.assign(new Error("x"), { name: "DateError" })],
    ["a plain object shaped like one", { name: "DateError", code: "unreadable", message: "x" }],
    ["a string", "DateError"],
    ["null", null],
    ["undefined", undefined],
  ])("is false for %s", (_name, value) => {
    expect(isDateError(value)).toBe(false);
  });
});
