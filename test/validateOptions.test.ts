import { describe, expect, it } from "vitest";
import { checkDocument } from "../src/check/checkDocument.js";
import { checkPair } from "../src/check/checkPair.js";
import { convertDate } from "../src/convert/convertDate.js";
import { parseDates } from "../src/read/parseDates.js";
import { validateOptions } from "../src/validateOptions.js";
import { dateErrorCode } from "./support/dateErrors.js";

const PAIR = { gregorian: "Sunday, July 22nd", hebrew: "10 Av 5778" };

describe("validateOptions", () => {
  it('@example: numericOrder "ymd" is invalid-option', () => {
    expect(
      dateErrorCode(() => validateOptions("convertDate", { numericOrder: "ymd" }, ["numericOrder"])),
    ).toBe("invalid-option");
  });

  it("takes undefined options, and options set to undefined, as not given", () => {
    expect(() => validateOptions("f", undefined, ["reference"])).not.toThrow();
    expect(() =>
      validateOptions("f", { reference: undefined, israel: undefined }, ["reference", "israel"]),
    ).not.toThrow();
  });
});

// Each entry point, with every option it takes given a value of the wrong type or no valid value.
const BAD: Array<[string, unknown]> = [
  ["options null", null],
  ["options a string", "dmy"],
  ["options an array", []],
  ["numericOrder ymd", { numericOrder: "ymd" }],
  ["numericOrder a number", { numericOrder: 1 }],
  ["reference month 13", { reference: "2018-13-01" }],
  ["reference 30 February", { reference: "2018-02-30" }],
  ["reference not a day", { reference: "soon" }],
  ["reference empty", { reference: "" }],
  ["reference a number", { reference: 20180722 }],
  ["reference null", { reference: null }],
  ["reference an Invalid Date", { reference: new Date(Number.NaN) }],
];
const BAD_CONVERT: Array<[string, unknown]> = [
  ...BAD,
  ["afterSunset a string", { afterSunset: "yes" }],
  ["israel a number", { israel: 1 }],
  ["timeZone a number", { timeZone: 3 }],
  ["timeZone unknown", { timeZone: "Mars/Olympus" }],
];
const BAD_CHECK: Array<[string, unknown]> = [
  ...BAD,
  ["timeZone a number", { timeZone: 3 }],
  ["timeZone unknown", { timeZone: "Mars/Olympus" }],
  ["location unknown", { location: "Atlantis" }],
  ["location a number", { location: 31 }],
  ["location with string coordinates", { location: { latitude: "31.78", longitude: "35.22" } }],
  ["location off the Earth", { location: { latitude: 95, longitude: 35 } }],
  ["location with a bad zone", { location: { latitude: 31, longitude: 35, timeZone: 3 } }],
  ["location with a numeric name", { location: { latitude: 31, longitude: 35, name: 5 } }],
  ["location null", { location: null }],
];

describe("a bad option is invalid-option everywhere", () => {
  it.each(BAD_CONVERT)("convertDate: %s", (_, options) => {
    expect(dateErrorCode(() => convertDate("10 Av 5778", options as never))).toBe("invalid-option");
    expect(dateErrorCode(() => convertDate(new Date(0), options as never))).toBe("invalid-option");
  });

  it.each(BAD)("parseDates: %s", (_, options) => {
    expect(dateErrorCode(() => parseDates("10 Av 5778", options as never))).toBe("invalid-option");
  });

  it.each(BAD_CHECK)("checkDocument: %s", (_, options) => {
    expect(dateErrorCode(() => checkDocument("10 Av 5778", options as never))).toBe("invalid-option");
  });

  it.each(BAD.filter(([name]) => !name.startsWith("numericOrder")))("checkPair: %s", (_, options) => {
    expect(dateErrorCode(() => checkPair(PAIR, options as never))).toBe("invalid-option");
  });

  it.each([
    ["a weekday that is none", { ...PAIR, weekday: "Funday" }],
    ["a weekday in lower case", { ...PAIR, weekday: "sunday" }],
    ["oldStyle a string", { ...PAIR, oldStyle: "yes" }],
  ])("checkPair: %s", (_, input) => {
    expect(dateErrorCode(() => checkPair(input as never))).toBe("invalid-option");
  });

  it("good options still work", () => {
    const options = {
      reference: "2018-01-01",
      numericOrder: "dmy" as const,
      timeZone: "+03:00",
      israel: true,
    };
    expect(convertDate("3/4/2020", options).gregorian.iso).toBe("2020-04-03");
    expect(
      parseDates("3/4/2020", { reference: new Date(0), numericOrder: "mdy" }).mentions[0]!.date?.month,
    ).toBe(3);
    expect(checkDocument(PAIR.gregorian, { location: { latitude: 31.78, longitude: 35.22 } }).verdict).toBe(
      "consistent",
    );
    expect(checkPair({ ...PAIR, weekday: "Sunday", oldStyle: false }).verdict).toBe("match");
  });
});
