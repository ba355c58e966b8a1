import { describe, expect, it } from "vitest";
import { checkOptionsOf, parseCliOptions } from "../../src/cli/options.js";
import { catchDateError } from "../support/dateErrors.js";

describe("parseCliOptions", () => {
  it("with no options: convert, nothing set", () => {
    expect(parseCliOptions(["10 Av 5778"])).toEqual({
      command: "convert",
      words: ["10 Av 5778"],
      json: false,
      jsonl: false,
      quiet: false,
      explain: false,
      summary: false,
      convert: {},
    });
  });

  it("maps every conversion option to the library's names", () => {
    const options = parseCliOptions([
      "-s",
      "--israel",
      "-z",
      "Asia/Jerusalem",
      "-r",
      "2018-07-22",
      "--order",
      "dmy",
      "3/4/2020",
    ]);
    expect(options.convert).toEqual({
      afterSunset: true,
      israel: true,
      timeZone: "Asia/Jerusalem",
      reference: "2018-07-22",
      numericOrder: "dmy",
    });
    expect(options.words).toEqual(["3/4/2020"]);
  });

  it("check: the command word is not a file; --location, --json, --jsonl and -q are kept", () => {
    const options = parseCliOptions([
      "check",
      "-l",
      "Jerusalem",
      "--json",
      "--jsonl",
      "-q",
      "a.txt",
      "b.txt",
    ]);
    expect(options).toMatchObject({
      command: "check",
      words: ["a.txt", "b.txt"],
      json: true,
      jsonl: true,
      quiet: true,
      location: "Jerusalem",
    });
  });

  it("takes --lang for one date", () => {
    expect(parseCliOptions(["10 Av 5778", "--lang", "he"]).language).toEqual({ lang: "he", niqqud: true });
  });

  it("help wins over version, and version over a command", () => {
    expect(parseCliOptions(["check", "-v", "-h"]).command).toBe("help");
    expect(parseCliOptions(["check", "--version"]).command).toBe("version");
  });

  it.each([
    [["--bogus"], /Unknown option '--bogus'/],
    [["--order"], /--order/],
    [["--order", "ymd"], /--order takes mdy, dmy or auto, not "ymd"/],
    [["check", "page.txt", "--lang", "he"], /not for check/],
    [["--jsonl", "--no-niqqud"], /not for --jsonl/],
  ])("%j is invalid-option, in one line", (argv, message) => {
    const error = catchDateError(() => parseCliOptions(argv));
    expect(error.code).toBe("invalid-option");
    expect(error.message).toMatch(message);
    expect(error.message).not.toContain("\n");
  });
});

describe("checkOptionsOf", () => {
  it("is empty when nothing is asked", () => {
    expect(checkOptionsOf(parseCliOptions(["check", "a.txt"]))).toEqual({});
  });

  it("passes reference, time zone and order on", () => {
    expect(
      checkOptionsOf(parseCliOptions(["check", "-r", "2018-07-22", "-z", "UTC", "--order", "mdy", "a.txt"])),
    ).toEqual({ reference: "2018-07-22", timeZone: "UTC", numericOrder: "mdy" });
  });

  it("a city name stays a name", () => {
    expect(checkOptionsOf(parseCliOptions(["check", "-l", "New York", "a.txt"])).location).toBe("New York");
  });

  it.each([
    ["31.77,35.22", { latitude: 31.77, longitude: 35.22 }],
    [" -33.87 , 151.21 ", { latitude: -33.87, longitude: 151.21 }],
    ["40,-74", { latitude: 40, longitude: -74 }],
  ])("LAT,LON %j becomes coordinates, without a zone unless --time-zone is given", (written, coordinates) => {
    expect(checkOptionsOf(parseCliOptions(["check", "-l", written, "a.txt"])).location).toEqual(coordinates);
    expect(
      checkOptionsOf(parseCliOptions(["check", "-l", written, "-z", "Asia/Jerusalem", "a.txt"])),
    ).toEqual({
      timeZone: "Asia/Jerusalem",
      location: { ...coordinates, timeZone: "Asia/Jerusalem" },
    });
  });

  it("something that is not two numbers is taken as a city name", () => {
    expect(checkOptionsOf(parseCliOptions(["check", "-l", "31.77;35.22", "a.txt"])).location).toBe(
      "31.77;35.22",
    );
  });
});
