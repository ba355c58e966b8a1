import { describe, expect, it } from "vitest";
import { convertDate } from "../../src/convert/convertDate.js";
import { calendarDay } from "../../src/listings/calendarDay.js";

describe("calendarDay", () => {
  it("the @example: day 736897 is 10 Av 5778", () => {
    expect(calendarDay(736897, false).hebrew.text).toBe("10 Av 5778");
  });

  it("holds both calendars as a conversion of the day does, and its events with kinds", () => {
    const day = calendarDay(736897, false);
    const conversion = convertDate("2018-07-22");
    expect(day.dayNumber).toBe(736897);
    expect(day.gregorian).toEqual(conversion.gregorian);
    expect(day.hebrew).toEqual(conversion.hebrew);
    expect(day.events).toEqual([{ name: "Tish'a B'Av (observed)", kind: "fast" }]);
  });
});
