import { describe, expect, it } from "vitest";
import { renderDay } from "../../src/cli/renderDay.js";
import { calendarDay } from "../../src/listings/calendarDay.js";

const EN = { lang: "en", niqqud: true } as const;

describe("renderDay", () => {
  it("the @example: 2018-07-01 with its fast", () => {
    expect(renderDay(calendarDay(736876, false), EN)).toBe("2018-07-01 Sun  18 Tamuz 5778     Tzom Tammuz\n");
  });

  it("a day without events has no trailing space; several events are joined with ;", () => {
    expect(renderDay(calendarDay(736877, false), EN)).toBe("2018-07-02 Mon  19 Tamuz 5778\n");
    expect(renderDay(calendarDay(736896, false), EN)).toBe(
      "2018-07-21 Sat  9 Av 5778         Shabbat Chazon; Erev Tish'a B'Av\n",
    );
  });

  it("writes the Hebrew date in Hebrew script, isolated, with or without niqqud", () => {
    expect(renderDay(calendarDay(736897, false), { lang: "he", niqqud: true })).toBe(
      "2018-07-22 Sun  \u2067י׳ אָב תשע״ח\u2069  Tish'a B'Av (observed)\n",
    );
    expect(renderDay(calendarDay(736897, false), { lang: "he", niqqud: false })).toBe(
      "2018-07-22 Sun  \u2067י׳ אב תשע״ח\u2069  Tish'a B'Av (observed)\n",
    );
  });
});
