import { describe, expect, it } from "vitest";
import { markEveningAfter } from "../../src/read/eveningAfter.js";
import type { StatedFields } from "../../src/read/mention.js";

describe("markEveningAfter", () => {
  it.each([
    ["25 décembre au coucher du soleil", 11, 32],
    ["24.9. abends/25.9.2023", 5, 12],
    ["22 Σεπτεμβρίου 2025 με τη δύση του ηλίου έως", 19, 40],
    ["December 4, 2026, at sundown", 16, 28],
    ["18 сентября вечером", 11, 19],
  ])("reads the evening after %j", (text, at, end) => {
    const stated: StatedFields = {};
    expect(markEveningAfter(text, at, stated)).toBe(end);
    expect(stated).toEqual({ evening: true, weekdayNames: "civil" });
  });

  it.each([
    ["December 4, 2026.", 16],
    ["December 4, 2026,at sundown", 16],
    ["18 сентября\nвечером", 11],
  ])("leaves %j as it is where neither a space nor a comma and a space follow", (text, at) => {
    const stated: StatedFields = {};
    expect(markEveningAfter(text, at, stated)).toBe(at);
    expect(stated).toEqual({});
  });

  it("keeps a weekday's own evening as it was written", () => {
    const stated: StatedFields = { weekday: 6, evening: true, weekdayNames: "hebrew-day" };
    expect(markEveningAfter("x au soir", 1, stated)).toBe(9);
    expect(stated.weekdayNames).toBe("hebrew-day");
  });

  it.each([
    ["25 décembre au soirée", 11],
    ["25 décembre 2024 et", 16],
    ["25 de diciembre este año", 15],
  ])("reads nothing after %j", (text, at) => {
    const stated: StatedFields = {};
    expect(markEveningAfter(text, at, stated)).toBe(at);
    expect(stated).toEqual({});
  });
});
