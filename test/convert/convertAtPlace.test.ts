import { describe, expect, it } from "vitest";
import { checkDocument } from "../../src/check/checkDocument.js";
import { convertAtPlace, converterAtPlace } from "../../src/convert/convertAtPlace.js";
import { dateErrorCode } from "../support/dateErrors.js";

// Sunset in Jerusalem on 22 July 2018 is at 19:47 local time (UTC+3), 16:47 UTC.
const JERUSALEM = { location: "Jerusalem", timeZone: "Asia/Jerusalem" };

describe("convertAtPlace", () => {
  it('@example: "July 22, 2018 8:30 pm" in Jerusalem is after sunset: 11 Av 5778', () => {
    const result = convertAtPlace("July 22, 2018 8:30 pm", JERUSALEM);
    expect(result.hebrew.text).toBe("11 Av 5778");
    expect(result.gregorian.iso).toBe("2018-07-22");
    expect(result.afterSunset).toBe(true);
  });

  it("@example: a date without a time is the day itself", () => {
    expect(converterAtPlace({ location: "Jerusalem" })("10 Av 5778").gregorian.iso).toBe("2018-07-22");
  });

  it("a time before sunset keeps the day", () => {
    const result = convertAtPlace("July 22, 2018 7:30 pm", JERUSALEM);
    expect(result.hebrew.text).toBe("10 Av 5778");
    expect(result.afterSunset).toBe(false);
  });

  it("agrees with checkDocument's reading of the same timestamp", () => {
    for (const text of ["July 22, 2018 8:30 pm", "July 22, 2018 7:30 pm", "2018-07-22T16:50:00Z"]) {
      const page = checkDocument(text, JERUSALEM).timestamps[0]!;
      const result = convertAtPlace(text, JERUSALEM);
      expect(result.hebrew.text, text).toBe(page.hebrew.text);
      expect(result.afterSunset, text).toBe(page.afterSunset);
    }
  });

  it("a stated offset wins over the zone; a named place gives the zone when none is asked", () => {
    expect(convertAtPlace("2018-07-22T16:50:00Z", { location: "Jerusalem" }).afterSunset).toBe(true);
    expect(convertAtPlace("2018-07-22T16:40:00Z", { location: "Jerusalem" }).afterSunset).toBe(false);
    expect(convertAtPlace("July 22, 2018 8:30 pm", { location: "Jerusalem" }).afterSunset).toBe(true);
    // 12:30 at UTC−5 is 17:30 UTC, after sunset in Jerusalem.
    expect(convertAtPlace("2018-07-22T12:30:00-05:00", { location: "Jerusalem" }).afterSunset).toBe(true);
  });

  it("coordinates without a zone cannot place a time without an offset: the day is kept", () => {
    const result = convertAtPlace("July 22, 2018 11:30 pm", {
      location: { latitude: 31.78, longitude: 35.22 },
    });
    expect(result.afterSunset).toBe(false);
    const zoned = { location: { latitude: 31.78, longitude: 35.22, timeZone: "Asia/Jerusalem" } };
    expect(convertAtPlace("July 22, 2018 8:30 pm", zoned).hebrew.text).toBe("11 Av 5778");
  });

  it("an instant falls on the place's day, and after its sunset on the next Hebrew day", () => {
    const evening = convertAtPlace(new Date("2018-07-22T17:30:00Z"), { location: "Jerusalem" });
    expect(evening.gregorian.iso).toBe("2018-07-22");
    expect(evening.hebrew.text).toBe("11 Av 5778");
    const lateUtc = convertAtPlace(new Date("2018-07-22T22:30:00Z"), { location: "Jerusalem" });
    expect(lateUtc.gregorian.iso).toBe("2018-07-23");
    expect(convertAtPlace(new Date("2018-07-22T12:00:00Z"), { location: "Jerusalem" }).hebrew.text).toBe(
      "10 Av 5778",
    );
  });

  it("asked for after sunset already, it is not asked again", () => {
    expect(convertAtPlace("10 Av 5778", { location: "Jerusalem", afterSunset: true }).gregorian.iso).toBe(
      "2018-07-21",
    );
  });

  it("an unknown place is invalid-option, before any date is read", () => {
    expect(dateErrorCode(() => converterAtPlace({ location: "Atlantis" }))).toBe("invalid-option");
    expect(dateErrorCode(() => convertAtPlace("10 Av 5778", { location: "Atlantis" }))).toBe(
      "invalid-option",
    );
  });
});
