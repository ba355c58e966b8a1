import { describe, expect, it } from "vitest";
import { convertView } from "../../src/web/convertView.js";

const factsOf = (view: ReturnType<typeof convertView>) =>
  view.ok ? Object.fromEntries(view.facts.map((fact) => [fact.label, fact.value])) : {};

describe("convertView", () => {
  it("its example", () => {
    expect(convertView("10 Av 5778", {}).ok).toBe(true);
  });

  it("both calendars, the weekday and the events", () => {
    const facts = factsOf(convertView("10 Av 5778", {}));
    expect(facts).toMatchObject({
      Gregorian: "Sunday, 22 July 2018 (2018-07-22)",
      Hebrew: "10 Av 5778",
      Weekday: "Sunday",
      Events: "Tish'a B'Av (observed)",
    });
  });

  it("after sunset, a Gregorian day gives the next Hebrew day", () => {
    expect(factsOf(convertView("2018-07-22", { afterSunset: true })).Hebrew).toBe("11 Av 5778");
    expect(factsOf(convertView("2018-07-22", {})).Hebrew).toBe("10 Av 5778");
  });

  it("Israel's holiday schedule", () => {
    expect(factsOf(convertView("22 Nisan 5778", {})).Events).toMatch(/Pesach VIII/);
    expect(factsOf(convertView("22 Nisan 5778", { israel: true })).Events).not.toMatch(/Pesach VIII/);
  });

  it("an empty box is today in the zone given", () => {
    const now = () => new Date("2018-07-22T22:30:00Z");
    expect(factsOf(convertView("  ", { timeZone: "Asia/Jerusalem" }, now)).Hebrew).toBe("11 Av 5778");
    expect(factsOf(convertView("", {}, now)).Hebrew).toBe("10 Av 5778");
    expect(convertView("", {}).ok).toBe(true);
  });

  it("says what was inferred", () => {
    const view = convertView("10 Av", { reference: "2018-07-01" });
    expect(view.ok && view.notes[0]).toMatch(/^Inferred year 5778/);
  });

  it("passes on the library's warnings", () => {
    const view = convertView("14 Adar 5779", {});
    expect(view.ok && view.notes.length).toBeGreaterThan(0);
  });

  it("an error gives its code and suggestions, never a throw", () => {
    expect(convertView("10 Avv 5778", {})).toMatchObject({
      ok: false,
      code: "unknown-month",
      suggestions: ["Av"],
    });
    expect(convertView("30 Cheshvan 5778", {})).toMatchObject({ ok: false, code: "day-out-of-range" });
    expect(convertView("10 Av 5778", { timeZone: "Mars/Olympus" })).toMatchObject({
      ok: false,
      code: "invalid-option",
    });
  });

  it("lets an error that is not a DateError through", () => {
    const broken = () => {
      throw new TypeError("no clock");
    };
    expect(() => convertView("", {}, broken)).toThrow(TypeError);
  });
});
