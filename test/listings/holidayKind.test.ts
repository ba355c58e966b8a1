import { flags } from "@hebcal/core/dist/esm/event";
import { describe, expect, it } from "vitest";
import { HOLIDAY_KINDS, holidayKindOf } from "../../src/listings/holidayKind.js";

describe("holidayKindOf", () => {
  it.each([
    ["Yom Kippur", flags.CHAG | flags.MAJOR_FAST, "major"],
    ["Tish'a B'Av", flags.MAJOR_FAST, "fast"],
    ["Erev Tish'a B'Av", flags.EREV | flags.MAJOR_FAST, "fast"],
    ["Tzom Gedaliah", flags.MINOR_FAST, "fast"],
    ["Yom HaShoah", flags.MODERN_HOLIDAY, "modern"],
    ["Rosh Chodesh Av", flags.ROSH_CHODESH, "rosh-chodesh"],
    ["Shabbat Zachor", flags.SPECIAL_SHABBAT, "special-shabbat"],
    ["Erev Purim", flags.EREV | flags.MINOR_HOLIDAY, "minor"],
    ["Chanukah: 1 Candle", flags.EREV | flags.CHANUKAH_CANDLES | flags.MINOR_HOLIDAY, "minor"],
    ["Erev Sukkot", flags.EREV | flags.LIGHT_CANDLES, "major"],
    ["Sukkot III (CH''M)", flags.CHOL_HAMOED | flags.CHUL_ONLY, "major"],
    ["a day with no flags", 0, "minor"],
  ])("%s is %s", (_name, mask, kind) => {
    expect(holidayKindOf(mask)).toBe(kind);
    expect(HOLIDAY_KINDS).toContain(kind);
  });
});
