import { describe, expect, it } from "vitest";
import { displayWidth } from "../../src/cli/hebrewScript.js";
import { type GridStyle, renderGrid } from "../../src/cli/renderGrid.js";
import { calendarGrids } from "../../src/listings/calendarGrids.js";
import { monthGrid } from "../../src/listings/monthGrid.js";

const PLAIN: GridStyle = { digits: false, lang: "en", niqqud: true, color: false };
const july2018 = monthGrid({ calendar: "gregorian", year: 2018, month: 7 });
const av5778 = monthGrid({ calendar: "hebrew", year: 5778, month: 5 });

describe("renderGrid", () => {
  it("the @example: the title of July 2018, centred over the grid", () => {
    expect(renderGrid(july2018, PLAIN).split("\n")[0]).toBe("               July 2018 · Tamuz–Av 5778");
  });

  it("lays out July 2018 as the snapshot shows", async () => {
    await expect(renderGrid(july2018, PLAIN)).toMatchFileSnapshot("__snapshots__/cal-2018-07.txt");
  });

  it("lays out Av 5778 in Hebrew script without niqqud as the snapshot shows", async () => {
    await expect(renderGrid(av5778, { ...PLAIN, lang: "he", niqqud: false })).toMatchFileSnapshot(
      "__snapshots__/cal-av-5778-he.txt",
    );
  });

  it("lays out Adar II 5779 with the Hebrew days in digits as the snapshot shows", async () => {
    const grid = monthGrid({ calendar: "hebrew", year: 5779, month: 13 });
    await expect(renderGrid(grid, { ...PLAIN, digits: true })).toMatchFileSnapshot(
      "__snapshots__/cal-adar-ii-5779-digits.txt",
    );
  });

  it("every line of every month of 1900–2100 fits 80 columns, and grid rows are 56 at most", () => {
    let widest = 0;
    let widestRow = 0;
    for (let year = 1900; year <= 2100; year += 7) {
      for (const grid of [...calendarGrids(String(year)), ...calendarGrids(String(year + 3760))]) {
        for (const style of [PLAIN, { ...PLAIN, lang: "he" as const }, { ...PLAIN, digits: true }]) {
          const lines = renderGrid(grid, style).split("\n");
          widest = Math.max(widest, ...lines.map(displayWidth));
          widestRow = Math.max(widestRow, ...lines.slice(2, 2 + grid.weeks.length).map(displayWidth));
        }
      }
    }
    expect(widest).toBeLessThanOrEqual(80);
    expect(widestRow).toBeLessThanOrEqual(56);
  });

  it("cells sit in fixed columns: each Gregorian day ends at column 3 + 8 × its weekday", () => {
    const rows = renderGrid(july2018, PLAIN).split("\n").slice(2, 7);
    for (const [index, row] of rows.entries()) {
      for (let column = 0; column < 7; column++) {
        const day = july2018.weeks[index]![column];
        if (!day) continue;
        const visible = row.replace(/[\u2066-\u2069]/gu, "");
        expect(visible.slice(1 + 8 * column, 3 + 8 * column).trim()).toBe(String(day.gregorian.day));
      }
    }
  });

  it("marks a holiday with *, Rosh Chodesh with +, and lists each event under the grid", () => {
    const text = renderGrid(july2018, PLAIN);
    expect(text).toContain(" 1 \u2067י״ח\u2069*");
    expect(text).toContain("13 \u2067א׳\u2069+");
    expect(text).toContain("Fri 13 Jul   1 Av        + Rosh Chodesh Av\n");
    // A second event of a day goes on a line of its own, under the first.
    expect(text).toMatch(/Shabbat Chazon\n {25}\* Erev Tish'a B'Av\n/u);
  });

  it("highlights today in reverse video with color, in brackets without", () => {
    const today = july2018.weeks[2]![3]!.dayNumber; // Wednesday 18 July
    const colored = renderGrid(july2018, { ...PLAIN, color: true, today });
    expect(colored).toContain("\u001b[7m18 \u2067ו׳\u2069  \u001b[27m");
    const bracketed = renderGrid(july2018, { ...PLAIN, today }).split("\n")[4]!;
    expect(bracketed).toContain("[18 \u2067ו׳\u2069  ]19");
    // Today on a Sunday and on a Saturday: the brackets use the columns at the row's edges.
    const sunday = renderGrid(july2018, { ...PLAIN, today: july2018.weeks[1]![0]!.dayNumber }).split(
      "\n",
    )[3]!;
    expect(sunday.startsWith("[ 8 ")).toBe(true);
    const saturday = renderGrid(july2018, { ...PLAIN, today: july2018.weeks[1]![6]!.dayNumber }).split(
      "\n",
    )[3]!;
    expect(saturday.endsWith("14 \u2067ב׳\u2069  ]")).toBe(true);
    expect(renderGrid(july2018, PLAIN)).not.toMatch(/[[\]\u001b]/u);
  });

  it("writes Hebrew headings with niqqud unless asked not to", () => {
    const title = (niqqud: boolean) => renderGrid(av5778, { ...PLAIN, lang: "he", niqqud }).split("\n")[0]!;
    expect(title(true)).toContain("\u2067אָב תשע״ח · יולי–אוגוסט 2018\u2069");
    expect(title(false)).toContain("\u2067אב תשע״ח · יולי–אוגוסט 2018\u2069");
    const september = monthGrid({ calendar: "gregorian", year: 2018, month: 9 });
    expect(renderGrid(september, { ...PLAIN, lang: "he", niqqud: false }).split("\n")[0]).toContain(
      "ספטמבר 2018 · אלול תשע״ח–תשרי תשע״ט",
    );
  });
});
