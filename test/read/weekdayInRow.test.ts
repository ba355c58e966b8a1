import { describe, expect, it } from "vitest";
import type { StatedFields } from "../../src/read/mention.js";
import { takeRowWeekdayAfter } from "../../src/read/weekdayInRow.js";

// A table's weekday column after its date: taken in a row that begins with a year's cell or sets
// its cells off with a tab or a pipe, never in prose.

function weekdayCellAfter(text: string, date: string): [number, StatedFields] {
  const at = text.indexOf(date) + date.length;
  const stated: StatedFields = {};
  return [takeRowWeekdayAfter(text, at, stated) - at, stated];
}

describe("takeRowWeekdayAfter", () => {
  it("reads the documented example", () => {
    expect(takeRowWeekdayAfter("2023 9 May Tue Lag BaOmer", 10, {})).toBe(14);
  });

  it.each([
    ["2023 9 May Tue Lag BaOmer", "9 May", 4, 2],
    ["2024 | 12 Oct | Sat | Yom Kippur", "12 Oct", 6, 6],
    ["Yom Kippur\t12 Oct\tSaturday", "12 Oct", 9, 6],
    ["2022 19. Mai Do Lag baOmer", "19. Mai", 3, 4],
    ["2021 30 Apr Fri.\n2020 12 May Tue", "30 Apr", 5, 5],
    // The row's last cell, any case: "Simchat Tóra 7. října 2023 sobota" (cs.testamentdespoetes.be).
    ["Simchat Tóra 3. října 2026 sobota", "3. října 2026", 7, 6],
    ["Yom Kippur 21 September 2026 Monday \nSukkot", "21 September 2026", 7, 1],
  ])("%j: the weekday after %j", (text, date, length, weekday) => {
    expect(weekdayCellAfter(text, date)).toEqual([length, { weekday }]);
  });

  it.each([
    ["prose, no row", "On 9 May Sunday school reopens.", "9 May"],
    ["a row whose first cell is no year", "Lag BaOmer 9 May Tue", "9 May"],
    ["a word that is no weekday", "2023 9 May Lag BaOmer", "9 May"],
    ["a weekday in lower case", "2023 9 May tue Lag BaOmer", "9 May"],
    ["a weekday glued to more letters", "2023 9 May Tuesdays", "9 May"],
    ["a short name ending a line of prose", "We met on 9 May Sat\nand talked", "9 May"],
    ["a short name with its full stop ending a line", "Lag BaOmer 9 May Tues.", "9 May"],
    ["a weekday with more words after it on its line", "Lag BaOmer 9 May Tuesday school", "9 May"],
  ])("takes nothing from %s", (_, text, date) => {
    expect(weekdayCellAfter(text, date)).toEqual([0, {}]);
  });

  it("keeps a weekday the date already states", () => {
    const stated: StatedFields = { weekday: 1 };
    expect(takeRowWeekdayAfter("2023 | Mon 9 May | Tue", 15, stated)).toBe(15);
    expect(stated).toEqual({ weekday: 1 });
  });
});
