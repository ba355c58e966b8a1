import { describe, expect, it } from "vitest";
import { parseDates } from "../../../src/read/parseDates.js";

const REFERENCE = "2026-11-24";

/** The year of the first mention and the step that gave it. */
function yearOf(text: string): { year: number | undefined; from: string | undefined } {
  const reading = parseDates(text, { reference: REFERENCE, trace: true });
  const step = reading.trace?.find((entry) => entry.field === "year")?.step;
  return { year: reading.mentions[0]!.date?.year, from: step };
}

describe("yearFromProse: a civil year the sentence gives before a year-less date", () => {
  it.each([
    ["In 2027 begint het Joodse nieuwe jaar (5788) op zaterdag 2 oktober.", 2027],
    ["En 2016, les festivités se dérouleront le 3 octobre.", 2016],
    ["W 2023 roku święto trwa od wieczora 15 września.", 2023],
    ["No ano de 2021 a festa começou a 6 de setembro.", 2021],
    // A table row whose first cell is the year, alone or with one word.
    ["2022 date | Sunset, 4 October – nightfall, 5 October |", 2022],
    ["Date 2023 | Coucher du soleil, 7 décembre |", 2023],
    ["В 2024 | с 18 августа до 19 августа", 2024],
    ["2025\t18 August", 2025],
    ["2018: 19 de setembro", 2018],
    // A row whose year a dash sets off, a label or a name between it and the date (a holiday's
    // name, the first mention, takes the Hebrew year that falls in it).
    ["2024- ערב ראש השנה- 22 בספטמבר.", 5784],
    ["2025 – Rosh Hashanah – September 23.", 5786],
    ["2019 — Seder night, April 19", 2019],
    // A table's year column copied as text, the date's cell right after it.
    ["2023 9 May Tue Lag BaOmer", 2023],
    ["2022 19. Mai Do Lag baOmer", 2022],
    ["Праздник в 2016 году: 3 октября.", 2016],
  ])("%s → %i", (text, year) => {
    expect(yearOf(text)).toEqual({ year, from: "year-from-prose" });
  });

  it.each([
    ["a year in the sentence before", "Het verslag verscheen in 2025. Het feest is op 2 oktober."],
    ["a year on the line before", "Archief van 2025\nHet feest is op 2 oktober."],
    ["a number that is not introduced as a year", "There were 2025 guests on 2 October."],
    ["a year cell with two words before it", "Our big fair 2025 | 2 October"],
    ["a year in a row's middle cell", "Fair | 2025 | 2 October"],
    ["a year that no cell's end follows", "2025 guests came on 2 October"],
    ["a span of years before a dash", "2023-24 - Festival - 2 October"],
    ["a year whose dash stands before a digit", "2025 -3 degrees on 2 October"],
    ["a year older than any page's", "In 1234 the fair opened on 2 October."],
    [
      "a year farther back than the reach",
      `In 2025 ${"the fair and the market and ".repeat(5)}on 2 October.`,
    ],
  ])("not from %s", (_, text) => {
    // Not the sentence's year; a year the page names elsewhere may still give it, later (yearFromPageYear).
    expect(yearOf(text).from).not.toBe("year-from-prose");
  });

  it("leaves a date whose partner states its year to the partner", () => {
    const reading = parseDates("In 2025: 15 Nisan 5787 (April 22)", { reference: REFERENCE });
    const gregorian = reading.mentions.find((m) => m.calendar === "gregorian")!;
    expect(gregorian.date?.year).toBe(2027);
    expect(gregorian.inferred?.[0]?.from).toBe("hebrew");
  });

  it("reads a holiday name's Hebrew year from the civil year", () => {
    const reading = parseDates("In 2027 Rosh Hashanah is celebrated.", { reference: REFERENCE });
    expect(reading.mentions[0]!.date).toMatchObject({ calendar: "hebrew", year: 5788, month: 7, day: 1 });
  });

  it("does not take the year inside another date (the page's date gives it instead)", () => {
    const reading = parseDates("On 3 May 2025 and on 2 October.", { reference: REFERENCE, trace: true });
    expect(reading.mentions[1]!.date?.year).toBe(2025);
    const steps = (reading.trace ?? []).filter((entry) => entry.field === "year").map((entry) => entry.step);
    expect(steps).toContain("year-from-page");
    expect(steps).not.toContain("year-from-prose");
  });
});
