import { describe, expect, it } from "vitest";
import { birkatHachamahIn } from "../../src/calendars/birkatHachamah.js";
import { weekdayOf } from "../../src/calendars/dayNumber.js";
import { dayNumberOfIso } from "../support/dayNumbers.js";

describe("birkatHachamahIn", () => {
  it("@example: 8 April 2009, a Wednesday", () => {
    expect(birkatHachamahIn(5769)).toBe(733505);
    expect(dayNumberOfIso("2009-04-08")).toBe(733505);
  });

  it("comes every 28 years, on a Wednesday, and not in the years between", () => {
    // 5741 (8 April 1981), a leap year, and 5797 (8 April 2037), a common one.
    expect(birkatHachamahIn(5741)).toBe(dayNumberOfIso("1981-04-08"));
    expect(birkatHachamahIn(5797)).toBe(dayNumberOfIso("2037-04-08"));
    for (let year = 5742; year < 5769; year++) expect(birkatHachamahIn(year)).toBeUndefined();
    for (const year of [5741, 5769, 5797]) expect(weekdayOf(birkatHachamahIn(year)!)).toBe("Wednesday");
  });
});
