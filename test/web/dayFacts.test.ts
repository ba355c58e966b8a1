import { describe, expect, it } from "vitest";
import { convertDate, parseDates } from "../../src/index.js";
import { dayFacts, mentionFacts } from "../../src/web/dayFacts.js";

const REFERENCE = { reference: "2026-12-01" };
const factValue = (facts: Array<{ label: string; value: string }>, label: string) =>
  facts.find((fact) => fact.label === label)?.value;

describe("dayFacts", () => {
  it("its example: both calendars, the weekday and the events", () => {
    const facts = dayFacts(convertDate("10 Av 5778"));
    expect(facts[0]).toEqual({ label: "Gregorian", value: "Sunday, 22 July 2018 (2018-07-22)" });
    expect(factValue(facts, "Hebrew")).toBe("10 Av 5778");
    expect(factValue(facts, "In Hebrew script")).toBe("י׳ אָב תשע״ח");
    expect(factValue(facts, "Weekday")).toBe("Sunday");
    expect(factValue(facts, "Events")).toBe("Tish'a B'Av (observed)");
    expect(factValue(facts, "Begins")).toBeUndefined();
  });

  it("says none when the day has no event, and when a day begins at sunset", () => {
    expect(factValue(dayFacts(convertDate("2018-07-10")), "Events")).toBe("none");
    const evening = dayFacts(convertDate("10 Av 5778", { afterSunset: true }));
    expect(factValue(evening, "Begins")).toBe("at sunset on 2018-07-21");
  });
});

describe("mentionFacts", () => {
  it("its example", () => {
    expect(mentionFacts(parseDates("10 Av 5778").mentions[0]!)[2]!.value).toBe("י׳ אָב תשע״ח");
  });

  it("says what was inferred and why, and the weekday as written", () => {
    const [gregorian] = parseDates("Sunday, July 22nd | 10 Av 5778", REFERENCE).mentions;
    const facts = mentionFacts(gregorian!);
    expect(factValue(facts, "Inferred year")).toMatch(/^2018: from the Hebrew date beside it/);
    expect(factValue(facts, "Weekday written")).toBe("Sunday");
  });

  it("gives Israel's events when asked", () => {
    const [mention] = parseDates("22 Nisan 5778").mentions;
    expect(factValue(mentionFacts(mention!), "Events")).toMatch(/Pesach VIII/);
    expect(factValue(mentionFacts(mention!, { israel: true }), "Events")).not.toMatch(/Pesach VIII/);
  });

  it("a date that names no real day gives its problem and the suggestions", () => {
    const [invalid] = parseDates("30 Cheshvan 5778").mentions;
    expect(invalid!.problem).toBeDefined();
    const facts = mentionFacts(invalid!);
    expect(facts[0]!.label).toBe("Problem");
    expect(factValue(facts, "Did you mean")).toBeUndefined();
    const misspelt = parseDates("10 Cheshvam 5778").mentions.find((mention) => mention.problem);
    expect(misspelt?.problem?.suggestions?.length).toBeGreaterThan(0);
    expect(factValue(mentionFacts(misspelt!), "Did you mean")).toContain("Cheshvan");
  });
});
