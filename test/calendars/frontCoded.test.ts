import { describe, expect, it } from "vitest";
import { fromFrontCoded } from "../../src/calendars/frontCoded.js";
import { NAMES } from "../../src/calendars/holidayKinds.generated.js";

describe("fromFrontCoded", () => {
  it("gives its example's result", () => {
    expect(fromFrontCoded("0Purim!5 Katan")).toEqual(["Purim", "Purim Katan"]);
  });

  it("keeps what the name before shares, and no more of it", () => {
    expect(fromFrontCoded("0Rosh Chodesh Adar!A I!C!>v")).toEqual([
      "Rosh Chodesh Adar",
      "Rosh Chodesh Adar I",
      "Rosh Chodesh Adar I",
      "Rosh Chodesh Av",
    ]);
    expect(fromFrontCoded("0")).toEqual([""]);
  });

  it("gives the holiday table's names, sorted and distinct", () => {
    expect(NAMES).toContain("Rosh Chodesh Adar II");
    expect(NAMES).toContain("Chanukah: 8th Day");
    expect([...NAMES].sort()).toEqual(NAMES);
    expect(new Set(NAMES).size).toBe(NAMES.length);
  });
});
