import { describe, it } from "vitest";
import { type ExpectedPair, expectPairs } from "./fixtures.js";

// Forms the second held-out batch of real-page snippets showed (test/pages, batch 2026-12-01b),
// written here with other days so that the batch stays held out. Every match is checked against
// ICU and @hebcal/core (hebrewOf).

type Expected = ExpectedPair;

type Row = [string, string, string, Expected[]];

describe("forms of the second held-out batch", () => {
  it.each<Row>([
    [
      "a holiday that begins a line pairs with its line's date, not the line above",
      "Calendrier 5787\nRéunion du bureau : dimanche 1 août 2027\nTisha Bé Av jeudi 12 août 2027",
      "consistent",
      [{ iso: "2027-08-12", hebrew: "9 Av 5787", verdict: "match", weekday: "ok" }],
    ],
    [
      "French: Roch Hachana 1er jour, then Yom Kippour on the next line",
      "Roch Hachana 1er jour samedi 2 octobre 2027\nYom Kippour lundi 11 octobre 2027",
      "consistent",
      [
        { iso: "2027-10-02", hebrew: "1 Tishrei 5788", verdict: "match", weekday: "ok" },
        { iso: "2027-10-11", hebrew: "10 Tishrei 5788", verdict: "match", weekday: "ok" },
      ],
    ],
    [
      "Spanish: an accented holiday name and the evening written before the civil date",
      "Janucá: Comienza con la puesta del sol del viernes, 24 diciembre, 2027",
      "consistent",
      [{ iso: "2027-12-24", hebrew: "25 Kislev 5788", verdict: "match-after-sunset", weekday: "ok" }],
    ],
    [
      "Spanish: the daytime of the evening's date is a mismatch",
      "Pesaj comienza al atardecer del 22 de abril de 2027.",
      "inconsistent",
      [{ iso: "2027-04-22", hebrew: "15 Nisan 5787", verdict: "mismatch" }],
    ],
    [
      "Polish: the year in the sentence before, the evening in a phrase",
      "W 2027 roku Rosz Haszana trwa od wieczora 1 października do wieczora 3 października.",
      "consistent",
      [{ iso: "2027-10-01", hebrew: "1 Tishrei 5788", verdict: "match-after-sunset" }],
    ],
    [
      "Romanian: a month from CLDR beside a holiday name with its comma below",
      "Roș Hașana 5788 – 2 octombrie 2027",
      "consistent",
      [{ iso: "2027-10-02", hebrew: "1 Tishrei 5788", verdict: "match" }],
    ],
    [
      "Hebrew: two dates joined by או (or), a two-digit civil year",
      "1/1/28 או ב׳ בטבת תשפ״ח?",
      "consistent",
      [{ iso: "2028-01-01", hebrew: "2 Tevet 5788", verdict: "match" }],
    ],
    [
      "Greek: the spoken month form, joined by ή (or)",
      "Σάββατο 2 Οκτώβρη 2027 ή 1 Tishrei 5788",
      "consistent",
      [{ iso: "2027-10-02", hebrew: "1 Tishrei 5788", verdict: "match", weekday: "ok" }],
    ],
  ])("%s", (_, text, verdict, pairs) => {
    expectPairs(text, verdict, pairs);
  });
});
