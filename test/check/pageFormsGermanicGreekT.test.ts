import { describe, expect, it } from "vitest";
import { checkDocument } from "../../src/index.js";

// Forms of the held-out batch 2026-12-02t (German, Dutch, Hungarian, Greek, Yiddish) that the reader
// learnt afterwards, in other words and on other days than the corpus rows. Every weekday below was
// worked out with ICU's Hebrew calendar.

const reference = "2026-12-01";

describe("Yiddish datelines of the batch 2026-12-02t", () => {
  it.each<[string, string, string]>([
    // 13 Kislev 5787 was Monday, 23 November 2026.
    [
      "a Hasidic spelling of Monday, the portion abbreviated, a bullet",
      'מאנטאג פ\' וישלח • י"ג כסלו תשפ"ז',
      "consistent",
    ],
    // 2 Nisan 5787 was Friday, 9 April 2027.
    [
      "Friday spelt with two yods and '-טאג', a dash before the date",
      "פרייטאג פ' תזריע - ב' ניסן תשפ\"ז",
      "consistent",
    ],
    // 8 Tevet 5787 was Friday, 18 December 2026: 'Tuesday' does not fit.
    ["a Hasidic Tuesday beside a Thursday's date", "דינסטאג פ' ויגש • ח' טבת תשפ\"ז", "inconsistent"],
  ])("%s", (_, text, verdict) => {
    const report = checkDocument(text, { reference });
    expect(report.verdict).toBe(verdict);
    const codes = report.findings.map((f) => f.code);
    if (verdict === "inconsistent") expect(codes).toContain("weekday-mismatch");
    else expect(codes).not.toContain("weekday-mismatch");
  });

  it("reads the standard spelling 'זונטיק' and checks it", () => {
    // 16 Kislev 5787 was Thursday, 26 November 2026, not a Sunday.
    const report = checkDocument('זונטיק, ט"ז כסלו תשפ"ז', { reference });
    expect(report.findings.map((f) => f.code)).toContain("weekday-mismatch");
  });

  it("takes no bullet without a portion's word for a portion", () => {
    // A word and a bullet before the date are not a weekday's portion: no weekday is checked.
    const report = checkDocument("דאנערשטאג חדשות • ח' טבת תשפ\"ז", { reference });
    expect(report.findings.map((f) => f.code)).not.toContain("weekday-mismatch");
  });
});
