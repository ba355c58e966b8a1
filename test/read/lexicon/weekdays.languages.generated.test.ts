import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { CLDR_WEEKDAYS } from "../../../src/read/lexicon/weekdays.languages.generated.js";

const ROOT = fileURLToPath(new URL("../../../", import.meta.url));
const SCRIPT = `${ROOT}scripts/generate-weekdays.mjs`;
const GENERATED = `${ROOT}src/read/lexicon/weekdays.languages.generated.ts`;
const LANGUAGES = ["ru", "uk", "fr", "es", "pt", "it", "de", "pl", "nl", "hu", "el", "yi", "ro"];
/** 22 July 2018 was a Sunday (checked below). */
const SUNDAY = Date.UTC(2018, 6, 22);

describe("weekdays.languages.generated.ts", () => {
  it("is what scripts/generate-weekdays.mjs writes now (it cannot drift from CLDR)", () => {
    const written = execFileSync(process.execPath, [SCRIPT, "--stdout"], { encoding: "utf8" });
    expect(readFileSync(GENERATED, "utf8")).toBe(written);
  });

  it("holds the thirteen languages", () => {
    expect(Object.keys(CLDR_WEEKDAYS).sort()).toEqual([...LANGUAGES].sort());
    expect(new Date(SUNDAY).getUTCDay()).toBe(0);
  });

  it.each(
    LANGUAGES.flatMap((language) => (["long", "short"] as const).map((width) => [language, width] as const)),
  )("%s %s: every row is ICU's name of its weekday", (language, width) => {
    const format = new Intl.DateTimeFormat(language, { weekday: width, timeZone: "UTC" });
    const rows = CLDR_WEEKDAYS[language]![width];
    expect(rows).toHaveLength(7);
    rows.forEach((name, weekday) => {
      const day = new Date(SUNDAY + weekday * 86_400_000);
      expect(day.getUTCDay()).toBe(weekday);
      expect(name).toBe(format.format(day));
    });
  });
});
