import { describe, expect, it } from "vitest";
import { checkDocument } from "../../../src/check/checkDocument.js";
import { saysBegins } from "../../../src/read/refiners/holidayBegins.js";
import { type ExpectedPair, expectPairs, REFERENCE } from "../../check/fixtures.js";

// Holidays said to begin on a civil day, in the languages of the batch 2026-12-01f (test/pages),
// written here with other days so that the batch stays held out. Every match is checked against ICU.

type Row = [string, string, string, ExpectedPair[]];

describe("a holiday that begins on a civil day", () => {
  it.each<Row>([
    [
      "the eve: 'begins' is read as the evening when the first day is the next",
      "Passover begins on Wednesday, April 1, 2026.",
      "consistent",
      [{ iso: "2026-04-01", hebrew: "15 Nisan 5786", verdict: "match-after-sunset", weekday: "ok" }],
    ],
    [
      "the first day itself: 'begann am' the day is a match",
      "Pessach begann am 2. April 2026.",
      "consistent",
      [{ iso: "2026-04-02", hebrew: "15 Nisan 5786", verdict: "match" }],
    ],
    [
      "Greek, the holiday and its year before the verb",
      "Ο εορτασμός του Πέσαχ για το 2026 αρχίζει την Τετάρτη 1 Απριλίου.",
      "consistent",
      [{ iso: "2026-04-01", hebrew: "15 Nisan 5786", verdict: "match-after-sunset", weekday: "ok" }],
    ],
    [
      "Russian, an evening phrase between the verb and the date",
      "Песах начался с заходом солнца 1 апреля 2026 года.",
      "consistent",
      [{ iso: "2026-04-01", hebrew: "15 Nisan 5786", verdict: "match-after-sunset" }],
    ],
    [
      "Russian, a week off: the verb joins them, and the page is wrong",
      "Празднование Песаха 2026 года начнется в среду, 8 апреля.",
      "inconsistent",
      [{ iso: "2026-04-08", hebrew: "15 Nisan 5786", verdict: "mismatch", weekday: "ok" }],
    ],
    [
      "without a year, the year in which the holiday begins then, not the nearer one it merely lasts over",
      "Песах начался с заходом солнца 22 апреля.",
      "consistent",
      [{ iso: "2024-04-22", hebrew: "15 Nisan 5784", verdict: "match-after-sunset" }],
    ],
    [
      "an evening-to-evening range: the holiday is the first end's evening",
      "Yom Kippour aura lieu du dimanche soir 20 septembre 2026 au lundi soir 21 septembre 2026.",
      "consistent",
      [{ iso: "2026-09-20", hebrew: "10 Tishrei 5787", verdict: "match-after-sunset", weekday: "ok" }],
    ],
    [
      "Spanish: a Hebrew date that 'will occur' on a civil one",
      "En el año 2026, el 1 de Nisán ocurrirá el 19 de marzo.",
      "consistent",
      [{ iso: "2026-03-19", hebrew: "1 Nisan 5786", verdict: "match" }],
    ],
    [
      "Austrian 'heuer' (this year) joins a Hebrew date to its civil day in brackets",
      "Purim 5787 / 2027\n\nÜbermorgen, am 14. Adar (heuer der 23. März) ist Purim.",
      "consistent",
      [{ iso: "2027-03-23", hebrew: "14 Adar II 5787", verdict: "match" }],
    ],
    [
      "a 'from' before the civil date written first: the eve, day first as the page's other date is",
      "Janucá empieza el 25 de Kislev. A partir del 4/12/2026, celebraremos Janucá juntos.",
      "consistent",
      [{ iso: "2026-12-04", hebrew: "25 Kislev 5787", verdict: "match-after-sunset" }],
    ],
    [
      "no 'from' before it: the day before the holiday is a mistake",
      "El 4 de diciembre de 2026 celebraremos Janucá juntos.",
      "inconsistent",
      [{ iso: "2026-12-04", hebrew: "25 Kislev 5787", verdict: "mismatch" }],
    ],
    [
      "an infobox's New Style mark before the bracketed Hebrew date",
      "Lubavitcher Rebbe\nDied June 12, 1994 NS (3 Tammuz 5754) (aged 92)",
      "consistent",
      [{ iso: "1994-06-12", hebrew: "3 Tamuz 5754", verdict: "match" }],
    ],
  ])("%s", (_, text, verdict, pairs) => {
    expectPairs(text, verdict, pairs);
  });

  it("an Erev is the eve's whole day, not read as an evening", () => {
    const report = checkDocument("Erev Pesach begins on Wednesday, April 1, 2026.", { reference: REFERENCE });
    expect(report.pairs.map((pair) => pair.verdict)).toEqual(["match"]);
  });

  it("a range of Hebrew days without a year keeps both ends in one year", () => {
    const report = checkDocument("W Izraelu Szawuot trwa jeden dzień, poza Izraelem dwa (6-7 siwan).", {
      reference: REFERENCE,
    });
    expect(report.findings.map((finding) => finding.code)).not.toContain("range-reversed");
    expect(report.ranges[0]?.to.hebrew).toBe(report.ranges[0]?.from.hebrew?.replace(/^6/, "7"));
  });

  it("@example", () => {
    expect(saysBegins({ kind: "connector", text: " begins on ", phrase: "begins on" })).toBe(true);
    expect(saysBegins({ kind: "connector", text: " falls on ", phrase: "falls on" })).toBe(false);
    expect(saysBegins({ kind: "separator", text: " | " })).toBe(false);
  });
});
