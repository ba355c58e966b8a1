import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parshiot, Sedra } from "@hebcal/core";
import { describe, expect, it } from "vitest";
import { parashahDays, parashahShabbatot } from "../../src/calendars/parashahDates.js";

const ROOT = join(import.meta.dirname, "..", "..");
/** The first halves of the readings @hebcal/core may double. */
const DOUBLED = [21, 26, 28, 31, 38, 41, 50];

describe("parashahShabbatot", () => {
  it("reads every portion and doubled reading on the Shabbat @hebcal/core's Sedra gives, 5600–6000, both schedules", () => {
    let compared = 0;
    for (let year = 5600; year <= 6000; year++) {
      for (const israel of [false, true]) {
        const sedra = new Sedra(year, israel);
        for (let portion = 0; portion < 54; portion++) {
          expect([year, israel, portion, parashahShabbatot(portion, year, { israel })[0] ?? null]).toEqual([
            year,
            israel,
            portion,
            portion === 53 ? null : (sedra.findContaining(parshiot[portion]!)?.abs() ?? null),
          ]);
          compared++;
        }
        for (const first of DOUBLED) {
          expect([year, israel, -first, parashahShabbatot(-first, year, { israel })[0] ?? null]).toEqual([
            year,
            israel,
            -first,
            sedra.find(-first)?.abs() ?? null,
          ]);
          compared++;
        }
      }
    }
    expect(compared).toBe(401 * 2 * 61);
  });

  it("gives a portion read twice in a year both Shabbatot, each one Sedra lists", () => {
    // 5786 begins with Vayeilech alone and ends with Nitzavim-Vayeilech.
    const days = parashahShabbatot(51, 5786);
    expect(days).toHaveLength(2);
    const sedra = new Sedra(5786, false);
    for (const day of days) expect(sedra.lookup(day).parsha).toContain("Vayeilech");
  });

  it("follows Israel's schedule where it parts from the diaspora's (Nasso 5786: a week earlier in Israel)", () => {
    // The second day of Shavuot 5786 is a Shabbat in the diaspora, an ordinary Shabbat in Israel.
    const [israel] = parashahDays(34, 5786, { israel: true });
    const [diaspora] = parashahDays(34, 5786);
    expect(israel).toEqual({ year: 5786, month: 3, day: 7 });
    expect(diaspora).toEqual({ year: 5786, month: 3, day: 14 });
  });

  it("reads Vezot Haberakhah, a doubled reading in a year that splits it, or a year out of range as no day", () => {
    expect(parashahShabbatot(53, 5787)).toEqual([]);
    expect(parashahShabbatot(-21, 5787)).toEqual([]); // 5787 is a leap year: Vayakhel and Pekudei apart
    expect(parashahShabbatot(21, 0)).toEqual([]);
    expect(parashahShabbatot(21, 13760)).toEqual([]);
    expect(parashahShabbatot(54, 5787)).toEqual([]);
    expect(parashahShabbatot(1.5, 5787)).toEqual([]);
  });

  it("gives a weekday of the week ending on the Shabbat (the examples' values)", () => {
    expect(parashahShabbatot(8, 5787)).toEqual([739955]);
    expect(parashahDays(8, 5787)).toEqual([{ year: 5787, month: 9, day: 25 }]);
    expect(parashahDays(8, 5787, { weekday: 3 })).toEqual([{ year: 5787, month: 9, day: 22 }]);
    expect(parashahDays(8, 5787, { weekday: 0 })).toEqual([{ year: 5787, month: 9, day: 19 }]);
  });
});

describe("parashahKinds.generated.ts", () => {
  it("is what scripts/generate-parashah.mjs writes", () => {
    const written = execFileSync(
      process.execPath,
      [join(ROOT, "scripts", "generate-parashah.mjs"), "--stdout"],
      {
        encoding: "utf8",
      },
    );
    expect(readFileSync(join(ROOT, "src", "calendars", "parashahKinds.generated.ts"), "utf8")).toBe(written);
  });
});
