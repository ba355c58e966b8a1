import { describe, expect, it } from "vitest";
import { parseDates } from "../../../src/read/parseDates.js";

const OPTIONS = { reference: "2026-12-01" };

/** The civil date read in `text`, as year-month-day. */
function civil(text: string): string | undefined {
  const mention = parseDates(text, OPTIONS).mentions.find((m) => m.calendar === "gregorian");
  const date = mention?.date;
  if (!date) return undefined;
  return `${date.year}-${String(date.month).padStart(2, "0")}-${String(date.day).padStart(2, "0")}`;
}

describe("a short civil date read year first beside a Hebrew date", () => {
  it.each([
    // 20 Cheshvan 5783 is 14 November 2022: the first number is the year.
    ["כ' חשוון תשפ\"ג 22/11/14", "2022-11-14"],
    ["כ' חשוון תשפ\"ג 22.11.14", "2022-11-14"],
    // A wrong day keeps the year-first reading, so it is still caught, not hidden.
    ['כ"ה חשוון תשפ"ג 22/11/14', "2022-11-14"],
  ])("%s is %s", (text, iso) => {
    expect(civil(text)).toBe(iso);
  });

  it.each([
    // Day first agrees with the Hebrew year: nothing to change.
    ['כ"ה כסלו תשפ"ה 25/12/24', "2024-12-25"],
    // The last number one year off the Hebrew year is a slip of the year, not another order.
    ['כ"ה כסלו תשפ"ה 25/12/26', "2026-12-25"],
    // No Hebrew date beside it: the order stays day first.
    ["גליון 22/11/14", "2014-11-22"],
    // The first number is no year of the Hebrew date either.
    ["כ' חשוון תשפ\"ג 18/11/14", "2014-11-18"],
  ])("%s stays %s", (text, iso) => {
    expect(civil(text)).toBe(iso);
  });

  it("says why it read the order so", () => {
    const mention = parseDates("כ' חשוון תשפ\"ג 22/11/14", OPTIONS).mentions.find(
      (m) => m.calendar === "gregorian",
    );
    expect(mention?.inferred.map((inference) => [inference.field, inference.value, inference.from])).toEqual([
      ["order", "ymd", "hebrew"],
    ]);
  });
});
